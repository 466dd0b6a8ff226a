#include "PostgresTeamSchema.h"

#include "PostgresDialect.h"

namespace scrutineer::postgres {
namespace {

QString role(const char* name)
{
    return QLatin1String(name);
}

// Authorship: a BEFORE trigger writes the connected role into the named column, so that what a
// row says about who made it cannot be made up by the client.
QStringList authorship()
{
    QStringList statements {
        QStringLiteral("CREATE FUNCTION scrutineer_stamp_author() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], current_user)); RETURN NEW; "
                       "END $$"),
    };
    struct Stamp {
        const char* table;
        const char* column;
        const char* events;
        const char* when;
    };
    const Stamp stamps[] = {
        {"document", "imported_by", "INSERT", ""},
        {"note", "owner", "INSERT", ""},
        {"action", "created_by", "INSERT", " WHEN (NEW.origin = 'manual')"},
        {"action_update", "changed_by", "INSERT OR UPDATE", ""},
        {"correction", "changed_by", "INSERT OR UPDATE", ""},
        {"user_resolution", "created_by", "INSERT", ""},
        {"user_resolution", "changed_by", "INSERT OR UPDATE", ""},
        {"user_threshold", "changed_by", "INSERT OR UPDATE", ""},
        {"user_reading", "changed_by", "INSERT OR UPDATE", ""},
    };
    for (const Stamp& s : stamps) {
        statements.append(
            QStringLiteral("CREATE TRIGGER %1_%2 BEFORE %3 ON %1 FOR EACH ROW%4 EXECUTE FUNCTION "
                           "scrutineer_stamp_author('%2')")
                .arg(QLatin1String(s.table), QLatin1String(s.column), QLatin1String(s.events), QLatin1String(s.when)));
    }
    return statements;
}

// Private notes: each user sees and changes only their own, whatever SQL they write. (The
// owner of the tables — the administrators' role — and superusers are not bound by policies.)
// An import that replaces a document moves everybody's notes to the new version through two
// functions that run as the tables' owner and can do nothing else.
QStringList privateNotes()
{
    return {
        QStringLiteral("ALTER TABLE note ENABLE ROW LEVEL SECURITY"),
        QStringLiteral(
            "CREATE POLICY note_owner ON note USING (owner = current_user) WITH CHECK (owner = current_user)"),
        QStringLiteral(
            "CREATE FUNCTION scrutineer_note_anchors(old_sha text) RETURNS TABLE (id bigint, pdf_page bigint, "
            "anchor_text text) LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$ "
            "SELECT n.id, n.pdf_page, n.anchor_text FROM note n WHERE n.document_sha256 = old_sha AND NOT "
            "EXISTS (SELECT 1 FROM document d WHERE d.sha256 = old_sha) $$"),
        QStringLiteral(
            "CREATE FUNCTION scrutineer_move_note(note_id bigint, old_sha text, new_sha text, page bigint) "
            "RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$ UPDATE note SET "
            "document_sha256 = new_sha, pdf_page = page WHERE id = note_id AND document_sha256 = old_sha AND "
            "NOT EXISTS (SELECT 1 FROM document d WHERE d.sha256 = old_sha) AND EXISTS (SELECT 1 FROM "
            "document d WHERE d.sha256 = new_sha) $$"),
        QStringLiteral("REVOKE ALL ON FUNCTION scrutineer_note_anchors(text) FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON FUNCTION scrutineer_move_note(bigint, text, text, bigint) FROM PUBLIC"),
    };
}

// Change notifications and grants, redone after every migration so that tables added later
// get them too: a statement-level trigger on every table NOTIFYs the table's name and the
// writer's application_name (delivered at commit, once per table and transaction); the
// reader, officer and administrator roles get their privileges when they exist. A later
// migration that adds a function importers call names it in `officerFunctions`.
QString afterMigrationFunction(const QStringList& officerFunctions = {})
{
    QString grants;
    for (const QString& function : officerFunctions)
        grants += QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2; ")
                      .arg(function, role(PostgresDialect::kOfficerRole));
    return QStringLiteral(
               "CREATE OR REPLACE FUNCTION scrutineer_after_migration() RETURNS void LANGUAGE plpgsql SET search_path "
               "FROM CURRENT AS $f$ DECLARE t text; s text := current_schema(); BEGIN "
               "FOR t IN SELECT c.relname FROM pg_class c WHERE c.relnamespace = s::regnamespace AND c.relkind = 'r' "
               "AND c.relname <> 'scrutineer_schema' LOOP "
               "EXECUTE format('CREATE OR REPLACE TRIGGER scrutineer_notify AFTER INSERT OR UPDATE OR DELETE ON %I FOR "
               "EACH STATEMENT EXECUTE FUNCTION scrutineer_notify_change()', t); END LOOP; "
               "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
               "EXECUTE format('GRANT USAGE ON SCHEMA %I TO %1', s); "
               "EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %1', s); "
               "GRANT INSERT, UPDATE, DELETE ON note TO %1; END IF; "
               "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%2') THEN "
               "EXECUTE format('GRANT USAGE ON SCHEMA %I TO %2', s); "
               "EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %2', s); "
               "REVOKE INSERT, UPDATE, DELETE ON scrutineer_schema FROM %2; "
               "GRANT EXECUTE ON FUNCTION scrutineer_note_anchors(text) TO %2; "
               "GRANT EXECUTE ON FUNCTION scrutineer_move_note(bigint, text, text, bigint) TO %2; %4END IF; "
               "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%3') THEN "
               "EXECUTE format('GRANT ALL ON ALL TABLES IN SCHEMA %I TO %3', s); END IF; "
               "END $f$")
        .arg(role(PostgresDialect::kReaderRole), role(PostgresDialect::kOfficerRole),
             role(PostgresDialect::kAdministratorRole), grants);
}

QStringList changeNotifications()
{
    return {
        QStringLiteral(
            "CREATE FUNCTION scrutineer_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM "
            "pg_notify('%1', TG_TABLE_NAME || ' ' || COALESCE(current_setting('application_name', true), "
            "'')); RETURN NULL; END $$")
            .arg(QLatin1String(PostgresDialect::kChannel)),
        afterMigrationFunction(),
    };
}

// Authorship of what the user teaches (schema 10): stamped by the server like the other edits.
QStringList markingAuthorship()
{
    QStringList statements;
    for (const char* table : {"marked_table", "table_template"}) {
        statements.append(QStringLiteral("CREATE TRIGGER %1_created_by BEFORE INSERT ON %1 FOR EACH ROW EXECUTE "
                                         "FUNCTION scrutineer_stamp_author('created_by')")
                              .arg(QLatin1String(table)));
    }
    statements.append(QStringLiteral("CREATE TRIGGER review_state_changed_by BEFORE INSERT OR UPDATE ON review_state "
                                     "FOR EACH ROW EXECUTE FUNCTION scrutineer_stamp_author('changed_by')"));
    return statements;
}

// Notifications say "table<TAB>role<TAB>application name" (ChangeListener reads them).
QStringList notificationsNameTheUser()
{
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION scrutineer_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN PERFORM pg_notify('%1', TG_TABLE_NAME || chr(9) || current_user || chr(9) || "
                       "COALESCE(current_setting('application_name', true), '')); RETURN NULL; END $$")
            .arg(QLatin1String(PostgresDialect::kChannel))};
}

// Highlights (schema 15): a revised pack moves a note with its orphaned mark and drops the
// boxes of the old version, through a function that, like scrutineer_move_note, can do nothing
// else and only for a document being replaced.
QStringList highlightMoves()
{
    const QString signature = QStringLiteral("scrutineer_reanchor_note(bigint, text, text, bigint, bigint)");
    return {
        QStringLiteral(
            "CREATE FUNCTION scrutineer_reanchor_note(note_id bigint, old_sha text, new_sha text, page bigint, lost "
            "bigint) RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$ UPDATE note SET "
            "document_sha256 = new_sha, pdf_page = page, boxes = NULL, orphaned = lost WHERE id = note_id AND "
            "document_sha256 = old_sha AND NOT EXISTS (SELECT 1 FROM document d WHERE d.sha256 = old_sha) AND "
            "EXISTS (SELECT 1 FROM document d WHERE d.sha256 = new_sha) $$"),
        QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(signature),
        afterMigrationFunction({signature}),
    };
}

} // namespace

QStringList teamSchema(const QString& feature)
{
    if (feature == QLatin1String("team"))
        return authorship() + privateNotes() + changeNotifications();
    if (feature == QLatin1String("marking"))
        return markingAuthorship();
    if (feature == QLatin1String("team-notify-user"))
        return notificationsNameTheUser();
    if (feature == QLatin1String("highlights"))
        return highlightMoves();
    return {};
}

QStringList afterMigrations()
{
    return {QStringLiteral("DO $$ BEGIN IF to_regproc('scrutineer_after_migration') IS NOT NULL THEN PERFORM "
                           "scrutineer_after_migration(); END IF; END $$")};
}

} // namespace scrutineer::postgres
