#include "TsSearch.h"

namespace scrutineer {
namespace {

// A planner setting for the statements run while it lives (SET, then RESET): it is not SET LOCAL
// because the connection may or may not be in a transaction. A SET inside a transaction that
// fails is undone by its rollback.
class PlannerSetting final {
public:
    PlannerSetting(const QSqlDatabase& db, const QString& name, const QString& value) : m_db(db), m_name(name)
    {
        QSqlQuery(m_db).exec(QStringLiteral("SET %1 = %2").arg(name, value));
    }
    ~PlannerSetting() { QSqlQuery(m_db).exec(QStringLiteral("RESET %1").arg(m_name)); }
    PlannerSetting(const PlannerSetting&) = delete;
    PlannerSetting& operator=(const PlannerSetting&) = delete;

private:
    QSqlDatabase m_db;
    QString m_name;
};

} // namespace

QList<SearchBackend::Ranked> TsSearch::rank(const QSqlDatabase& db, const SearchSource& source,
                                            const QString& queryText, const SearchFilterSql& filter, int limit,
                                            int window) const
{
    // The newest `window` matches (ids grow with imports) are ranked, as on SQLite: ranking
    // reads each match's tsvector, and common words match tens of thousands of pages.
    // Left to itself the planner finds them by walking the ids backwards and testing each row's
    // tsvector, or by scanning the table, not knowing that testing one means detoasting it; the
    // GIN index and a sort of the matching ids is several times faster (docs/benchmarks.md), so
    // the id order is hidden from it and sequential scans are off for this one statement.
    const PlannerSetting noSeqScan(db, QStringLiteral("enable_seqscan"), QStringLiteral("off"));
    const QString joins = filter.where.isEmpty() ? QString() : source.joins;
    const QString sql
        = QStringLiteral(
              "SELECT w.id, -ts_rank_cd(w.v, w.q, 1) AS r FROM (SELECT %1.id, %1.%2 AS v, q FROM %3 %1%4, "
              "to_tsquery('%5', :q) q WHERE %1.%2 @@ q%6 ORDER BY %1.id + 0 DESC LIMIT %7) w ORDER BY r, w.id DESC "
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
