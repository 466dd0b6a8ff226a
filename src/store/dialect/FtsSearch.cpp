#include "FtsSearch.h"

#include "Snippet.h"

namespace scrutineer {

QList<SearchBackend::Ranked> FtsSearch::rank(const QSqlDatabase& db, const SearchSource& source,
                                             const QString& queryText, const SearchFilterSql& filter, int limit,
                                             int window) const
{
    // The row and its meeting are joined only when a filter needs them.
    const QString joins = filter.where.isEmpty()
        ? QString()
        : QStringLiteral(" JOIN %1 %2 ON %2.id = %3.rowid").arg(source.table, source.alias, source.fts) + source.joins;
    auto bind = [&](QSqlQuery& q) {
        q.bindValue(QStringLiteral(":q"), queryText);
        if (filter.bind)
            filter.bind(q);
    };
    QSqlQuery q(db);
    // bm25 costs about a microsecond per match: for words on tens of thousands of pages, rank
    // only the newest `window` matches (rowid order is import order), which FTS5 finds by
    // walking its index backwards.
    QString newest;
    if (q.prepare(
            QStringLiteral("SELECT %1.rowid FROM %1%2 WHERE %1 MATCH :q%3 ORDER BY %1.rowid DESC LIMIT 1 OFFSET %4")
                .arg(source.fts, joins, filter.where)
                .arg(window))) {
        bind(q);
        if (q.exec() && q.next())
            newest = QStringLiteral(" AND %1.rowid > %2").arg(source.fts).arg(q.value(0).toLongLong());
    }
    QList<Ranked> ranked;
    if (!q.prepare(QStringLiteral("SELECT %1.rowid, %1.rank FROM %1%2 WHERE %1 MATCH :q%3%4 ORDER BY %1.rank LIMIT %5")
                       .arg(source.fts, joins, filter.where, newest)
                       .arg(limit)))
        return ranked;
    bind(q);
    if (!q.exec())
        return ranked; // a malformed MATCH expression finds nothing rather than failing the search
    while (q.next())
        ranked.append({q.value(0).toLongLong(), q.value(1).toDouble()});
    return ranked;
}

QString FtsSearch::snippet(const QVariant& selected, const QString& queryText) const
{
    return snippet::make(selected.toString(), snippet::termsOfFtsQuery(queryText), SearchIndex::kMarkStart,
                         SearchIndex::kMarkEnd);
}

} // namespace scrutineer
