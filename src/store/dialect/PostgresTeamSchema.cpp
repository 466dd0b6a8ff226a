#include "PostgresTeamSchema.h"

namespace scrutineer::postgres {

QStringList teamSchema(const QString& /*feature*/)
{
    return {};
}

QStringList afterMigrations()
{
    return {QStringLiteral("DO $$ BEGIN IF to_regproc('scrutineer_grant_roles') IS NOT NULL THEN PERFORM "
                           "scrutineer_grant_roles(); END IF; END $$")};
}

} // namespace scrutineer::postgres
