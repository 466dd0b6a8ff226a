#include "SchemaSteps.h"

// The first three schema steps, the base every later migration builds on: the extracted data
// (v1), the user's own data (v2) and the FTS5 search index over both (v3).
namespace scrutineer::schema::steps {

// v1: everything extracted from documents. Every extracted row names its document and PDF page
// and goes when its document is replaced (ON DELETE CASCADE). Meetings, bodies and people are
// shared across documents and never deleted by a re-import.
QStringList v1()
{
    return {
        QStringLiteral(R"(CREATE TABLE authority (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE))"),
        QStringLiteral(R"(CREATE TABLE body (
            id INTEGER PRIMARY KEY,
            authority_id INTEGER REFERENCES authority(id),
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            kind TEXT,
            UNIQUE (authority_id, name_key)))"),
        QStringLiteral(R"(CREATE TABLE meeting (
            id INTEGER PRIMARY KEY,
            body_id INTEGER REFERENCES body(id),
            date TEXT,
            time TEXT,
            venue TEXT,
            status TEXT,
            officer TEXT,
            officer_contact TEXT,
            no_declarations INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX meeting_body_date ON meeting(body_id, date)"),
        QStringLiteral(R"(CREATE TABLE document (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER REFERENCES meeting(id),
            file_name TEXT NOT NULL,
            file_path TEXT,
            sha256 TEXT NOT NULL UNIQUE,
            page_count INTEGER NOT NULL,
            kind TEXT NOT NULL,
            title TEXT,
            warnings TEXT,
            imported_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE page (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            pdf_page INTEGER NOT NULL,
            pack_page INTEGER,
            pack_page_evidence TEXT,
            width REAL, height REAL, rotation INTEGER NOT NULL DEFAULT 0,
            has_text INTEGER NOT NULL,
            blank INTEGER NOT NULL DEFAULT 0,
            agenda_stamp INTEGER,
            text TEXT NOT NULL DEFAULT '',
            UNIQUE (document_id, pdf_page)))"),
        QStringLiteral(R"(CREATE TABLE person (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            surname_key TEXT NOT NULL,
            initials TEXT))"),
        QStringLiteral("CREATE INDEX person_surname ON person(surname_key)"),
        QStringLiteral(R"(CREATE TABLE membership (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id),
            person_id INTEGER REFERENCES person(id),
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            role_text TEXT,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            pdf_page INTEGER,
            position INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE attendance (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id),
            person_id INTEGER REFERENCES person(id),
            name TEXT NOT NULL,
            status TEXT NOT NULL,
            substitute TEXT,
            role_text TEXT,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            pdf_page INTEGER,
            position INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE declaration (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id),
            member TEXT NOT NULL,
            minute_number TEXT,
            kind TEXT,
            text TEXT,
            withdrew INTEGER NOT NULL DEFAULT 0,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            pdf_page INTEGER,
            position INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE agenda_item (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id),
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            number TEXT NOT NULL,
            title TEXT NOT NULL,
            description TEXT,
            report_of TEXT,
            pack_first INTEGER, pack_last INTEGER,
            pdf_first INTEGER, pdf_last INTEGER,
            page_evidence TEXT,
            exempt INTEGER NOT NULL DEFAULT 0,
            exempt_paragraphs TEXT,
            flags TEXT,
            pdf_page INTEGER,
            position INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position)"),
        QStringLiteral(R"(CREATE TABLE minute (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id),
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            number TEXT,
            title TEXT,
            item TEXT,
            text TEXT,
            pdf_page INTEGER,
            position INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX minute_meeting ON minute(meeting_id, position)"),
        QStringLiteral(R"(CREATE TABLE resolution (
            id INTEGER PRIMARY KEY,
            minute_id INTEGER NOT NULL REFERENCES minute(id) ON DELETE CASCADE,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id),
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            condition TEXT,
            votes TEXT,
            pdf_page INTEGER,
            position INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE clause (
            id INTEGER PRIMARY KEY,
            resolution_id INTEGER NOT NULL REFERENCES resolution(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES clause(id) ON DELETE CASCADE,
            label TEXT NOT NULL,
            path TEXT NOT NULL,
            text TEXT NOT NULL,
            position INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE minute_reference (
            id INTEGER PRIMARY KEY,
            minute_id INTEGER NOT NULL REFERENCES minute(id) ON DELETE CASCADE,
            raw TEXT NOT NULL,
            number TEXT, clause TEXT, body TEXT, date TEXT,
            above INTEGER NOT NULL DEFAULT 0,
            target_minute_id INTEGER REFERENCES minute(id) ON DELETE SET NULL,
            pdf_page INTEGER))"),
        QStringLiteral(R"(CREATE TABLE action (
            id INTEGER PRIMARY KEY,
            action_key TEXT NOT NULL,
            origin TEXT NOT NULL,
            ref TEXT,
            section TEXT,
            text TEXT NOT NULL,
            owner TEXT,
            due TEXT,
            due_text TEXT,
            status TEXT NOT NULL,
            status_text TEXT,
            commentary TEXT,
            flags TEXT,
            meeting_id INTEGER REFERENCES meeting(id),
            resolution_id INTEGER REFERENCES resolution(id) ON DELETE SET NULL,
            clause_path TEXT,
            document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
            pdf_page INTEGER,
            position INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX action_key_index ON action(action_key)"),
        QStringLiteral(R"(CREATE TABLE indicator (
            id INTEGER PRIMARY KEY,
            indicator_key TEXT NOT NULL,
            name TEXT NOT NULL,
            description TEXT,
            polarity TEXT NOT NULL,
            unit TEXT,
            target REAL,
            floor REAL,
            defects TEXT,
            section TEXT,
            meeting_id INTEGER REFERENCES meeting(id),
            document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
            pdf_page INTEGER,
            position INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE threshold_band (
            id INTEGER PRIMARY KEY,
            indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
            grade TEXT NOT NULL,
            text TEXT NOT NULL,
            min REAL, max REAL,
            position INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE reading (
            id INTEGER PRIMARY KEY,
            indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
            period TEXT,
            value REAL,
            value_text TEXT,
            reported_rating TEXT,
            confidence REAL NOT NULL DEFAULT 1,
            document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
            pdf_page INTEGER))"),
    };
}

// v2: user-owned data, kept apart from extracted rows and keyed by things a re-import keeps
// (meeting ids, agenda numbers, action and indicator keys, quoted text), never by extracted ids.
QStringList v2()
{
    return {
        QStringLiteral(R"(CREATE TABLE note (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER REFERENCES meeting(id),
            agenda_number TEXT,
            document_sha256 TEXT,
            pdf_page INTEGER,
            anchor_text TEXT,
            kind TEXT NOT NULL DEFAULT 'note',
            body TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX note_meeting ON note(meeting_id)"),
        QStringLiteral(R"(CREATE TABLE action_update (
            id INTEGER PRIMARY KEY,
            action_key TEXT NOT NULL,
            status TEXT NOT NULL,
            comment TEXT,
            changed_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX action_update_key ON action_update(action_key, changed_at)"),
        QStringLiteral(R"(CREATE TABLE correction (
            id INTEGER PRIMARY KEY,
            entity TEXT NOT NULL,
            entity_key TEXT NOT NULL,
            field TEXT NOT NULL,
            value TEXT,
            checked INTEGER NOT NULL DEFAULT 0,
            changed_at TEXT NOT NULL,
            UNIQUE (entity, entity_key, field)))"),
        QStringLiteral(R"(CREATE TABLE user_threshold (
            id INTEGER PRIMARY KEY,
            indicator_key TEXT NOT NULL,
            grade TEXT NOT NULL,
            text TEXT NOT NULL,
            min REAL, max REAL,
            position INTEGER NOT NULL,
            changed_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE user_reading (
            id INTEGER PRIMARY KEY,
            indicator_key TEXT NOT NULL,
            period TEXT NOT NULL,
            value REAL,
            value_text TEXT,
            reported_rating TEXT,
            changed_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT))"),
    };
}

namespace {

// v3: the FTS5 search index, external-content tables kept in step by triggers.
QStringList ftsTable(const QString& name, const QString& table, const QStringList& columns)
{
    const QString cols = columns.join(QStringLiteral(", "));
    QStringList newCols;
    QStringList oldCols;
    for (const QString& c : columns) {
        newCols.append(QStringLiteral("new.") + c);
        oldCols.append(QStringLiteral("old.") + c);
    }
    return {
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='id', "
                       "tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
            .arg(name, cols, table),
        QStringLiteral("CREATE TRIGGER %1_ai AFTER INSERT ON %2 BEGIN INSERT INTO %1(rowid, %3) VALUES (new.id, %4); END")
            .arg(name, table, cols, newCols.join(QStringLiteral(", "))),
        QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %2 BEGIN INSERT INTO %1(%1, rowid, %3) VALUES ('delete', "
                       "old.id, %4); END")
            .arg(name, table, cols, oldCols.join(QStringLiteral(", "))),
        QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE ON %2 BEGIN INSERT INTO %1(%1, rowid, %3) VALUES ('delete', "
                       "old.id, %4); INSERT INTO %1(rowid, %3) VALUES (new.id, %5); END")
            .arg(name, table, cols, oldCols.join(QStringLiteral(", ")), newCols.join(QStringLiteral(", "))),
        QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(name),
    };
}

} // namespace

QStringList v3()
{
    QStringList all;
    all += ftsTable(QStringLiteral("page_fts"), QStringLiteral("page"), {QStringLiteral("text")});
    all += ftsTable(QStringLiteral("agenda_fts"), QStringLiteral("agenda_item"),
                    {QStringLiteral("title"), QStringLiteral("report_of")});
    all += ftsTable(QStringLiteral("resolution_fts"), QStringLiteral("resolution"), {QStringLiteral("text")});
    all += ftsTable(QStringLiteral("action_fts"), QStringLiteral("action"),
                    {QStringLiteral("text"), QStringLiteral("owner")});
    all += ftsTable(QStringLiteral("note_fts"), QStringLiteral("note"), {QStringLiteral("body")});
    return all;
}

} // namespace scrutineer::schema::steps
