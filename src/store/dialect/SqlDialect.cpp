#include "SqlDialect.h"

#include "PostgresDialect.h"
#include "SqliteDialect.h"

namespace scrutineer {

const SqlDialect& SqlDialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

const SqlDialect& SqlDialect::postgres()
{
    static const PostgresDialect dialect;
    return dialect;
}

const SqlDialect& SqlDialect::of(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL") ? postgres() : sqlite();
}

} // namespace scrutineer
