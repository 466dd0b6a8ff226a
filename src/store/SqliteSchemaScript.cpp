#include "SqliteSchemaScript.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextStream>

namespace scrutineer {
namespace {

// The tables FTS5 makes for each of its virtual tables: created with it, so not in the script.
const QStringList& ftsShadowSuffixes()
{
    static const QStringList suffixes {QStringLiteral("_data"), QStringLiteral("_idx"), QStringLiteral("_docsize"),
                                       QStringLiteral("_config"), QStringLiteral("_content")};
    return suffixes;
}

struct ParsedSchemaScript {
    QStringList statements;
    int version = 0;
};

const ParsedSchemaScript& parsedSchemaScript()
{
    static const ParsedSchemaScript parsed = [] {
        ParsedSchemaScript script;
        QFile file(QStringLiteral(":/scrutineer/schema/sqlite-schema.sql"));
        if (!file.open(QIODevice::ReadOnly))
            return script;
        script.statements = SqliteSchemaScript::split(QString::fromUtf8(file.readAll()));
        static const QRegularExpression versionPragma(QStringLiteral("^PRAGMA user_version = (\\d+)$"));
        const QRegularExpressionMatch match
            = script.statements.isEmpty() ? QRegularExpressionMatch() : versionPragma.match(script.statements.last());
        if (match.hasMatch())
            script.version = match.captured(1).toInt();
        else
            script.statements.clear();
        return script;
    }();
    return parsed;
}

} // namespace

int SqliteSchemaScript::version()
{
    return parsedSchemaScript().version;
}

const QStringList& SqliteSchemaScript::statements()
{
    return parsedSchemaScript().statements;
}

QStringList SqliteSchemaScript::split(const QString& script)
{
    QStringList statements;
    QString current;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        if (current.isEmpty() && (line.trimmed().isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        if (!current.isEmpty())
            current += QLatin1Char('\n');
        const QString end = line.trimmed();
        if (end.endsWith(QLatin1Char(';'))) {
            current += line.left(line.lastIndexOf(QLatin1Char(';')));
            statements.append(current);
            current.clear();
        } else {
            current += line;
        }
    }
    return statements;
}

QString SqliteSchemaScript::dump(const QSqlDatabase& db)
{
    QString text;
    QTextStream out(&text);
    out << "-- A new Scrutineer library (SQLite) at the latest schema, in one script: the objects the\n"
           "-- migrations in src/store/Schema.cpp create, in their order and as SQLite stores them.\n"
           "-- Written by SqliteSchemaScript::dump(); MigrationTest checks it against the migrations\n"
           "-- and writes it again (see its message) when a migration is added. Do not edit by hand.\n"
           "-- A statement ends at a semicolon that ends a line.\n";
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"));
    QList<QPair<QString, QString>> objects;
    QStringList virtualTables;
    while (q.next()) {
        objects.append({q.value(0).toString(), q.value(1).toString()});
        if (objects.last().second.startsWith(QLatin1String("CREATE VIRTUAL TABLE")))
            virtualTables.append(objects.last().first);
    }
    auto isShadow = [&virtualTables](const QString& name) {
        for (const QString& table : virtualTables) {
            for (const QString& suffix : ftsShadowSuffixes()) {
                if (name == table + suffix)
                    return true;
            }
        }
        return false;
    };
    for (const auto& [name, sql] : std::as_const(objects)) {
        if (!isShadow(name))
            out << "\n" << sql << ";\n";
    }
    out << "\n-- The full-text indexes' statistics, as the migrations' rebuild leaves them.\n";
    for (const QString& table : std::as_const(virtualTables))
        out << QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild');\n").arg(table);
    q.exec(QStringLiteral("PRAGMA user_version"));
    out << "\nPRAGMA user_version = " << (q.next() ? q.value(0).toInt() : 0) << ";\n";
    return text;
}

} // namespace scrutineer
