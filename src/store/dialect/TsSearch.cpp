#include "TsSearch.h"

namespace scrutineer {

QList<SearchBackend::Ranked> TsSearch::rank(const QSqlDatabase& db, const SearchSource& source,
                                            const QString& queryText, const SearchFilterSql& filter, int limit,
                                            int window) const
{
    // The newest `window` matches (ids grow with imports) are ranked, as on SQLite: ranking
    // reads each match's tsvector, and common words match tens of thousands of pages.
    const QString joins = filter.where.isEmpty() ? QString() : source.joins;
    const QString sql
        = QStringLiteral(
              "SELECT w.id, -ts_rank_cd(w.v, w.q, 1) AS r FROM (SELECT %1.id, %1.%2 AS v, q FROM %3 %1%4, "
              "to_tsquery('%5', :q) q WHERE %1.%2 @@ q%6 ORDER BY %1.id DESC LIMIT %7) w ORDER BY r, w.id DESC "
              "LIMIT %8")
              .arg(source.alias, QLatin1String(kColumn), source.table, joins, QLatin1String(kConfig), filter.where)
              .arg(window)
              .arg(limit);
    QList<Ranked> ranked;
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return ranked;
    q.bindValue(QStringLiteral(":q"), queryText);
    if (filter.bind)
        filter.bind(q);
    if (!q.exec())
        return ranked;
    while (q.next())
        ranked.append({q.value(0).toLongLong(), q.value(1).toDouble()});
    return ranked;
}

QString TsSearch::snippetColumn(const QString& textExpression) const
{
    // Marks are the control characters SearchIndex uses (\x02 and \x03), passed as options.
    return QStringLiteral("ts_headline('%1', %2, to_tsquery('%1', :q), 'StartSel=' || chr(2) || ', StopSel=' || chr(3) "
                          "|| ', MaxWords=16, MinWords=8, MaxFragments=1, FragmentDelimiter=\" … \"')")
        .arg(QLatin1String(kConfig), textExpression);
}

QString TsSearch::snippet(const QVariant& selected, const QString& /*queryText*/) const
{
    return selected.toString().simplified();
}

} // namespace scrutineer
