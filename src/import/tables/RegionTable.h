#pragma once

#include "Action.h"
#include "Indicator.h"
#include "MarkedTable.h"
#include "Meeting.h"
#include "TableTemplate.h"
#include "layout/LayoutPage.h"
#include "tables/ColumnRoles.h"

#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

// A table the user marked on the page, read with the importer's own table readers: the words
// inside the rectangles become lines, the columns come from the header the HeaderReader finds
// (or the gutters between the words, or the user's boundaries), ColumnRoles settles each
// column's role from its heading and cells (or takes the user's), RoleTable cuts the rows (or
// the user's row starts do), and ActionPlanParser / ScorecardParser turn the rows into actions
// and indicators. Attendance lists, agendas and resolutions are read from the same grid or
// text. Works on layout pages only (no PDF, no database): the GUI's preview and the tests call
// it alike. Stateless; any thread.
namespace scrutineer::parse {

// Roles of the kinds that are not plans or scorecards.
namespace role {
inline const QString Name = QStringLiteral("name"); // attendance: the person
inline const QString Title = QStringLiteral("title"); // agenda: the item's title
inline const QString Pages = QStringLiteral("pages"); // agenda: the pack pages of its papers
inline const QString RoleText = QStringLiteral("role"); // attendance: the role as printed
} // namespace role

struct RegionColumn {
    qreal left = 0; // on the first area's page, points
    qreal right = 0;
    QString heading; // as printed in the header lines; empty when there are none
    QString role; // the role the rows are read with; empty: left out
    QStringList guesses; // what the heading says, most likely first
    bool chosen = false; // the role is the user's
};

struct RegionRow {
    int page = 0;
    qreal top = 0;
    qreal bottom = 0;
    QList<QStringList> cellLines; // per column: the cell's lines
    QStringList cells; // per column: the lines joined
    QString section; // a section row or merged cell naming it
    QList<qreal> lineTops; // where each of its lines starts, on `page` or later pages
    QList<int> linePages;
};

struct RegionTableResult {
    MarkedKind kind = MarkedKind::Plan;
    TableKind tableKind = TableKind::None;
    QList<RegionColumn> columns;
    QList<double> boundaries; // between columns, fractions of the first area's width
    int headerLines = 0; // lines of the first area read as headings
    bool headerFound = false; // the importer's HeaderReader knew the header
    QList<RegionRow> rows;
    QList<Action> actions;
    QList<Indicator> indicators;
    QList<Reading> readings; // indicatorIndex into `indicators`
    QList<Attendance> attendance;
    QList<AgendaItem> agendaItems;
    QList<Resolution> resolutions;
    QStringList problems; // what keeps rows from becoming records, in words for the user

    int recordCount() const;
};

class RegionTable final {
    Q_DECLARE_TR_FUNCTIONS(RegionTable)

public:
    // Reads the marked areas of the document's pages (pages are found by number; pages the
    // document lacks are skipped). Records are marked as defined by the user.
    static RegionTableResult read(const layout::LayoutDocument& document, const MarkedTableSpec& spec);
    // The words inside a rectangle of a page, as lines.
    static QList<layout::LayoutLine> linesIn(const layout::LayoutPage& page, const QRectF& rect);
    // The roles a column may take for a kind, in the order a user picks from.
    static QStringList rolesFor(MarkedKind kind);
    // What the user taught, as a template: headings and roles, columns as fractions of the
    // page width, where the table sat on its first page.
    static TableTemplate makeTemplate(const RegionTableResult& result, const MarkedTableSpec& spec,
                                      const QSizeF& firstPageSize);
};

} // namespace scrutineer::parse
