#pragma once

#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

// A table (or list, or resolution) the user marked on a document's pages because the importer
// missed or misread it: where it sits, what it is, and what the user changed in the preview
// (column boundaries, column roles, where rows start). Stored with the accepted rows as user
// data, and what templates are made from. Plain values with their JSON form; any thread.
namespace scrutineer {

enum class MarkedKind { Plan, Scorecard, Attendance, Resolution, Agenda };

QString toString(MarkedKind kind); // "plan", "scorecard", "attendance", "resolution", "agenda"
MarkedKind markedKindFromString(const QString& text, MarkedKind fallback = MarkedKind::Plan);
// True for the kinds read as a grid of columns (everything but a resolution).
bool isGridKind(MarkedKind kind);

// A rectangle on one page, in PDF points (origin top-left of the page as displayed).
struct PageArea {
    int page = 0; // 1-based
    QRectF rect;
    bool operator==(const PageArea&) const = default;
};

// Where a row starts: a page and a y position on it (the top of the row's first line).
struct RowStart {
    int page = 0;
    qreal y = 0;
    bool operator==(const RowStart&) const = default;
};

// A row's column role that means "leave this column out".
inline const QString kIgnoredRole = QStringLiteral("-");

struct MarkedTableSpec {
    MarkedKind kind = MarkedKind::Plan;
    QList<PageArea> areas; // in reading order: one per page for a table that runs on
    // Boundaries between neighbouring columns as fractions (0-1) of each area's width; empty
    // when the reader finds the columns.
    QList<double> boundaries;
    // The role of each column, left to right, as the user chose it: empty = the reader's guess,
    // kIgnoredRole = left out. May be shorter than the columns.
    QStringList roles;
    // Where each row starts, when the user joined or split rows; empty = rows cut by the reader.
    QList<RowStart> rowStarts;
    // Lines at the top of the first area that are the table's headings: -1 = the reader decides.
    int headerLines = -1;

    int firstPage() const;
    int lastPage() const;
    bool isEmpty() const { return areas.isEmpty(); }
    // Every page moved by `offset` (a revised pack that gained or lost pages before the table).
    void shiftPages(int offset);
    QJsonObject toJson() const;
    static MarkedTableSpec fromJson(const QJsonObject& json);
    bool operator==(const MarkedTableSpec&) const = default;
};

} // namespace scrutineer
