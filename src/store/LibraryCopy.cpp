#include "LibraryCopy.h"

#include "Log.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <map>
#include <memory>

namespace scrutineer {
namespace {

// Rows per INSERT: enough to keep round trips few, few enough to keep statements small.
constexpr int kBatchParameters = 4000;

QStringList columnsOf(const QSqlDatabase& db, const QString& table)
{
    QStringList names;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

// Writes the rows of one table in multi-row INSERTs, each shape prepared once.
class BatchInsert {
public:
    BatchInsert(const QSqlDatabase& db, QString table, QStringList columns, bool stripNul)
        : m_db(db),
          m_table(std::move(table)),
          m_columns(std::move(columns)),
          m_stripNul(stripNul),
          m_rowsPerBatch(std::max(1, kBatchParameters / int(m_columns.size())))
    {
    }

    std::optional<QString> add(const QSqlQuery& source)
    {
        for (int i = 0; i < m_columns.size(); ++i) {
            QVariant value = source.value(i);
            if (m_stripNul && value.typeId() == QMetaType::QString && value.toString().contains(QChar(0)))
                value = QString(value.toString()).remove(QChar(0));
            m_pending.append(value);
        }
        if (m_pending.size() >= m_rowsPerBatch * m_columns.size())
            return flush();
        return std::nullopt;
    }

    std::optional<QString> flush()
    {
        const int rows = int(m_pending.size() / m_columns.size());
        if (rows == 0)
            return std::nullopt;
        std::unique_ptr<QSqlQuery>& query = m_prepared[rows];
        if (!query) {
            const QString row = QLatin1Char('(')
                + QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
            query = std::make_unique<QSqlQuery>(m_db);
            if (!query->prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                    .arg(m_table, m_columns.join(QStringLiteral(", ")),
                                         QStringList(rows, row).join(QLatin1Char(',')))))
                return query->lastError().text();
        }
        for (int i = 0; i < m_pending.size(); ++i)
            query->bindValue(i, m_pending.at(i));
        m_pending.clear();
        if (!query->exec())
            return query->lastError().text();
        return std::nullopt;
    }

private:
    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    bool m_stripNul;
    int m_rowsPerBatch;
    QVariantList m_pending;
    std::map<int, std::unique_ptr<QSqlQuery>> m_prepared;
};

} // namespace

QStringList LibraryCopy::tables() const
{
    const QSqlDatabase from = m_from.connection();
    const QSqlDatabase to = m_to.connection();
    const QStringList targetTables = to.tables();
    const QSet<QString> target(targetTables.cbegin(), targetTables.cend());
    QStringList candidates;
    for (const QString& table : from.tables()) {
        if (target.contains(table) && table != QLatin1String("scrutineer_schema"))
            candidates.append(table);
    }
    candidates.sort();
    // Parents first: a table goes once every table it refers to has gone.
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < candidates.size()) {
        bool progressed = false;
        for (const QString& table : candidates) {
            if (placed.contains(table))
                continue;
            bool ready = true;
            for (const QString& parent : m_from.dialect().referencedTables(from, table)) {
                if (parent != table && candidates.contains(parent) && !placed.contains(parent))
                    ready = false;
            }
            if (ready) {
                ordered.append(table);
                placed.insert(table);
                progressed = true;
            }
        }
        if (!progressed) { // a cycle: the rest in name order
            for (const QString& table : candidates) {
                if (!placed.contains(table)) {
                    ordered.append(table);
                    placed.insert(table);
                }
            }
        }
    }
    return ordered;
}

Expected<QList<LibraryCopy::Table>> LibraryCopy::run(const Progress& progress)
{
    const QSqlDatabase from = m_from.connection();
    QSqlDatabase to = m_to.connection();
    const QStringList order = tables();
    QSqlQuery probe(to);
    for (const QString& table : order) {
        if (probe.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table)) && probe.next()
            && probe.value(0).toBool()) {
            return Error {
                Error::Code::InputRejected, m_to.path(),
                tr("the database already holds a library (table %1 has rows); a library is copied only into an "
                   "empty database")
                    .arg(table)};
        }
    }

    Transaction transaction(to);
    if (!transaction.isActive())
        return Error {Error::Code::Database, m_to.path(), transaction.beginError().text()};
    const bool stripNul = m_to.dialect().backend() == SqlDialect::Backend::Postgres;
    QList<Table> copied;
    for (const QString& table : order) {
        const QStringList sourceColumns = columnsOf(from, table);
        const QStringList targetColumns = columnsOf(to, table);
        QStringList columns;
        for (const QString& column : sourceColumns) {
            if (targetColumns.contains(column))
                columns.append(column);
        }
        if (columns.isEmpty())
            continue;
        QSqlQuery rows(from);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                           .arg(columns.join(QStringLiteral(", ")), table,
                                columns.contains(QStringLiteral("id")) ? QStringLiteral("id") : columns.first()))) {
            return Error {Error::Code::Database, m_from.path(), rows.lastError().text()};
        }
        BatchInsert insert(to, table, columns, stripNul);
        Table done {table, 0};
        while (rows.next()) {
            if (auto failed = insert.add(rows))
                return Error {Error::Code::Database, m_to.path(), tr("copying %1: %2").arg(table, *failed)};
            ++done.rows;
        }
        if (auto failed = insert.flush())
            return Error {Error::Code::Database, m_to.path(), tr("copying %1: %2").arg(table, *failed)};
        if (columns.contains(QStringLiteral("id"))) {
            for (const QString& statement : m_to.dialect().followExplicitIds(table)) {
                if (auto failed = m_to.exec(statement))
                    return Error {Error::Code::Database, m_to.path(), *failed};
            }
        }
        copied.append(done);
        if (progress)
            progress(done);
    }
    if (!transaction.commit())
        return Error {Error::Code::Database, m_to.path(),
                      tr("the copy could not be committed: %1").arg(transaction.commitError().text())};
    log::info(QStringLiteral("copied the library %1 into %2").arg(m_from.path(), m_to.path()));
    m_to.exec(QStringLiteral("ANALYZE"));
    return copied;
}

} // namespace scrutineer
