#pragma once

#include "MarkedTable.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// What the user taught by marking a table, kept to read the next pack of the same body or
// document series without help: each column's heading words and role, where the columns sit
// across the page, and where such a table sits on its page. The store keeps templates; the
// importer receives them as plain values. Any thread.
namespace scrutineer {

struct TemplateColumn {
    QString heading; // as printed; empty when the marked table had no header row
    QString role; // the role the user settled; empty or kIgnoredRole: left out
    double left = 0; // fractions (0-1) of the page's width
    double right = 0;
    bool operator==(const TemplateColumn&) const = default;
};

struct TableTemplate {
    qint64 id = 0; // 0 until stored
    QString name;
    QString body; // the body whose papers it reads, as printed; empty = any body
    QString series; // words the document's title holds ("Improvement Plan"); empty = any document
    MarkedKind kind = MarkedKind::Plan;
    QList<TemplateColumn> columns; // left to right
    double top = 0; // where the table started on its first page, fraction of the page's height
    double bottom = 1; // where it ended there
    QString sourceFile; // the document it was taught on

    // True when some column has a heading to look for.
    bool headed() const;
    // True when the template is for this body (and the document title holds the series words).
    bool appliesTo(const QString& documentBody, const QString& documentTitle) const;
    QJsonObject toJson() const; // the definition, without id and name
    static TableTemplate fromJson(const QJsonObject& json);
    bool operator==(const TableTemplate&) const = default;
};

} // namespace scrutineer
