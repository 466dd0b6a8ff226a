#include "Schema.h"
#include "SchemaSteps.h"

namespace scrutineer::schema {
namespace {

// v4: resolutions written by officers during a meeting (user data, next to the corrections of
// extracted ones in `correction`), keyed by meeting id, which a re-import keeps.
QStringList v4()
{
    return {
        QStringLiteral(R"(CREATE TABLE user_resolution (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id),
            agenda_number TEXT,
            minute_number TEXT,
            minute_title TEXT,
            text TEXT NOT NULL,
            condition TEXT,
            clauses TEXT,
            votes TEXT,
            checked INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX user_resolution_meeting ON user_resolution(meeting_id)"),
    };
}

// v5: indexes for the per-meeting counts the navigator shows (documents and open actions of
// each meeting); without them listing 600 meetings scanned both tables per row (~500 ms).
QStringList v5()
{
    return {
        QStringLiteral("CREATE INDEX document_meeting ON document(meeting_id)"),
        QStringLiteral("CREATE INDEX action_meeting ON action(meeting_id)"),
    };
}

// v6: the agenda item covering a page, looked up for every search hit and page jump; without
// it each lookup scanned every agenda item in the archive (search median 18 ms -> 7 ms on 600 packs).
QStringList v6()
{
    return {
        QStringLiteral("CREATE INDEX agenda_item_document ON agenda_item(document_id, pdf_first)"),
    };
}

// v7: facts the parsers record about how something was printed. NULL in rows written before
// (and whenever the document does not say) reads as empty / unknown. Lists are JSON text arrays,
// like agenda_item.flags; a recorded vote's absent names live inside resolution.votes with the
// other name lists, so they need no column.
QStringList v7()
{
    return {
        // how a decision was recorded when no "RESOLVED" introduces it ("agreed-without-resolved")
        QStringLiteral("ALTER TABLE resolution ADD COLUMN flags TEXT DEFAULT NULL"),
        // how minute.item was found: "printed", "title", "title+numbering"
        QStringLiteral("ALTER TABLE minute ADD COLUMN item_method TEXT DEFAULT NULL"),
        // direction of travel as printed beside a reading ("Improving", an arrow)
        QStringLiteral("ALTER TABLE reading ADD COLUMN direction TEXT DEFAULT NULL"),
    };
}

// v8: tables read by column role and the inspection report. An action keeps the plan's "how we
// will know" text; actions and indicators read from a table keep the roles it was read with
// (JSON list) and how sure the reading is; a document keeps why it got its kind and what each
// stretch of it was read as, or seen and not understood (document_region, deleted with it).
QStringList v8()
{
    return {
        QStringLiteral("ALTER TABLE action ADD COLUMN evidence TEXT DEFAULT NULL"),
        QStringLiteral("ALTER TABLE action ADD COLUMN roles TEXT DEFAULT NULL"),
        QStringLiteral("ALTER TABLE action ADD COLUMN confidence REAL DEFAULT NULL"),
        QStringLiteral("ALTER TABLE indicator ADD COLUMN roles TEXT DEFAULT NULL"),
        QStringLiteral("ALTER TABLE indicator ADD COLUMN confidence REAL DEFAULT NULL"),
        QStringLiteral("ALTER TABLE document ADD COLUMN kind_reason TEXT DEFAULT NULL"),
        QStringLiteral(R"(CREATE TABLE document_region (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            first_page INTEGER NOT NULL,
            last_page INTEGER NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT,
            claimed INTEGER NOT NULL DEFAULT 1,
            confidence REAL NOT NULL DEFAULT 1,
            position INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX document_region_document ON document_region(document_id, position)"),
    };
}

// v9: who did what, for libraries several people share. Edits record the user they were made by
// (the PostgreSQL role; a personal library's login name); a note belongs to its owner; a status
// update carries the revision it made, one more than the one its author saw, so that two people
// changing the same action cannot both write the next revision (optimistic concurrency).
// NULL in rows written before: nobody recorded. The "team" feature adds what only a server has.
QStringList v9()
{
    return {
        QStringLiteral("ALTER TABLE document ADD COLUMN imported_by TEXT DEFAULT NULL"),
        QStringLiteral("ALTER TABLE note ADD COLUMN owner TEXT DEFAULT NULL"),
        QStringLiteral("ALTER TABLE action ADD COLUMN created_by TEXT DEFAULT NULL"),
        QStringLiteral("ALTER TABLE action ADD COLUMN created_at TEXT DEFAULT NULL"),
        QStringLiteral("ALTER TABLE action_update ADD COLUMN changed_by TEXT DEFAULT NULL"),
        QStringLiteral("ALTER TABLE action_update ADD COLUMN revision INTEGER DEFAULT NULL"),
        QStringLiteral("UPDATE action_update SET revision = (SELECT COUNT(*) FROM action_update o WHERE o.action_key = "
                       "action_update.action_key AND o.id <= action_update.id)"),
        QStringLiteral("CREATE UNIQUE INDEX action_update_revision ON action_update(action_key, revision)"),
        QStringLiteral("ALTER TABLE correction ADD COLUMN changed_by TEXT DEFAULT NULL"),
        QStringLiteral("ALTER TABLE user_resolution ADD COLUMN created_by TEXT DEFAULT NULL"),
        QStringLiteral("ALTER TABLE user_resolution ADD COLUMN changed_by TEXT DEFAULT NULL"),
        QStringLiteral("ALTER TABLE user_threshold ADD COLUMN changed_by TEXT DEFAULT NULL"),
        QStringLiteral("ALTER TABLE user_reading ADD COLUMN changed_by TEXT DEFAULT NULL"),
    };
}

// v10: what the user teaches when the importer misses. A marked table is user data: where the
// user drew it on which document (by SHA-256, moved to a revised version of the document), what
// they said it is and corrected in the preview, and the records they accepted; the records are
// also written beside the extracted ones (marked_table_id, defined_by 'user'), deleted with
// their document and written again for a new version, so every view shows them. A template
// carries what was taught to the next pack of the same body; rows read with it say so
// (defined_by 'template'). review_state keeps what an officer accepted or dismissed in the review
// queue, keyed by what a re-import keeps.
QStringList v10()
{
    return {
        QStringLiteral(R"(CREATE TABLE table_template (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            body_id INTEGER REFERENCES body(id) ON DELETE SET NULL,
            kind TEXT NOT NULL,
            definition TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            created_by TEXT DEFAULT NULL))"),
        QStringLiteral(R"(CREATE TABLE marked_table (
            id INTEGER PRIMARY KEY,
            document_sha256 TEXT NOT NULL,
            meeting_id INTEGER REFERENCES meeting(id),
            kind TEXT NOT NULL,
            first_page INTEGER NOT NULL,
            last_page INTEGER NOT NULL,
            spec TEXT NOT NULL,
            records TEXT NOT NULL,
            anchor_text TEXT,
            template_id INTEGER REFERENCES table_template(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            created_by TEXT DEFAULT NULL))"),
        QStringLiteral("CREATE INDEX marked_table_document ON marked_table(document_sha256)"),
        QStringLiteral(R"(CREATE TABLE review_state (
            id INTEGER PRIMARY KEY,
            entry_key TEXT NOT NULL UNIQUE,
            state TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            changed_by TEXT DEFAULT NULL))"),
        QStringLiteral("ALTER TABLE action ADD COLUMN marked_table_id INTEGER DEFAULT NULL REFERENCES marked_table(id) "
                       "ON DELETE CASCADE"),
        QStringLiteral("ALTER TABLE action ADD COLUMN defined_by TEXT DEFAULT NULL"),
        QStringLiteral("ALTER TABLE action ADD COLUMN template_id INTEGER DEFAULT NULL"),
        QStringLiteral("ALTER TABLE action ADD COLUMN area TEXT DEFAULT NULL"),
        QStringLiteral("ALTER TABLE indicator ADD COLUMN marked_table_id INTEGER DEFAULT NULL REFERENCES "
                       "marked_table(id) ON DELETE CASCADE"),
        QStringLiteral("ALTER TABLE indicator ADD COLUMN defined_by TEXT DEFAULT NULL"),
        QStringLiteral("ALTER TABLE indicator ADD COLUMN template_id INTEGER DEFAULT NULL"),
        QStringLiteral("ALTER TABLE indicator ADD COLUMN area TEXT DEFAULT NULL"),
        QStringLiteral("ALTER TABLE attendance ADD COLUMN marked_table_id INTEGER DEFAULT NULL REFERENCES "
                       "marked_table(id) ON DELETE CASCADE"),
        QStringLiteral("ALTER TABLE agenda_item ADD COLUMN marked_table_id INTEGER DEFAULT NULL REFERENCES "
                       "marked_table(id) ON DELETE CASCADE"),
        QStringLiteral("ALTER TABLE user_resolution ADD COLUMN marked_table_id INTEGER DEFAULT NULL REFERENCES "
                       "marked_table(id) ON DELETE CASCADE"),
    };
}

// v11 (server only): change notifications name the user who made the change as well as the
// program, so that two windows of one program, signed in as two people, hear each other.
QStringList v11() { return {}; }

// v12: scrutiny recommendations, the executive's responses and the progress reported on them.
// Extracted rows name their document and page and go with it; responses and updates carry the
// recommendation_key of the recommendation they were linked to (NULL until one is imported) and
// the evidence that linked them. What an officer records by hand is user data in
// recommendation_entry, keyed by recommendation_key, so a re-import keeps it.
QStringList v12()
{
    return {
        QStringLiteral(R"(CREATE TABLE recommendation (
            id INTEGER PRIMARY KEY,
            recommendation_key TEXT NOT NULL,
            number TEXT,
            text TEXT NOT NULL,
            source TEXT NOT NULL,
            made_by TEXT,
            addressed_to TEXT,
            quoted_in TEXT,
            meeting_id INTEGER REFERENCES meeting(id),
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            pdf_page INTEGER,
            position INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX recommendation_key_index ON recommendation(recommendation_key)"),
        QStringLiteral(R"(CREATE TABLE recommendation_response (
            id INTEGER PRIMARY KEY,
            recommendation_key TEXT,
            link_evidence TEXT,
            number TEXT,
            quoted_text TEXT,
            decision TEXT NOT NULL,
            decision_text TEXT,
            text TEXT,
            date TEXT,
            lead TEXT,
            due TEXT,
            due_text TEXT,
            meeting_id INTEGER REFERENCES meeting(id),
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            pdf_page INTEGER,
            position INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX recommendation_response_key ON recommendation_response(recommendation_key)"),
        QStringLiteral(R"(CREATE TABLE recommendation_update (
            id INTEGER PRIMARY KEY,
            recommendation_key TEXT,
            link_evidence TEXT,
            number TEXT,
            quoted_text TEXT,
            date TEXT,
            text TEXT,
            status_text TEXT,
            meeting_id INTEGER REFERENCES meeting(id),
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            pdf_page INTEGER,
            position INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX recommendation_update_key ON recommendation_update(recommendation_key)"),
        QStringLiteral(R"(CREATE TABLE recommendation_entry (
            id INTEGER PRIMARY KEY,
            recommendation_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            decision TEXT,
            text TEXT,
            date TEXT,
            lead TEXT,
            due TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT DEFAULT NULL))"),
        QStringLiteral("CREATE INDEX recommendation_entry_key ON recommendation_entry(recommendation_key, id)"),
    };
}

// v13: the officers' alias table for action owners (user data): a printed post or spelling of a
// name and the person (or post) it stands for, in one body (by name, which a re-import keeps) or
// every body (NULL), between two dates (either open).
QStringList v13()
{
    return {
        QStringLiteral(R"(CREATE TABLE owner_alias (
            id INTEGER PRIMARY KEY,
            body TEXT,
            alias TEXT NOT NULL,
            person TEXT,
            post TEXT,
            valid_from TEXT,
            valid_to TEXT,
            changed_at TEXT NOT NULL))"),
    };
}

// v14: pages whose text was read by OCR because the PDF has no text layer there. has_text keeps
// meaning "the PDF has a text layer on this page" (the export's pages_without_text); ocr says
// the page's text came from its image, with the mean word confidence (0..1).
QStringList v14()
{
    return {
        QStringLiteral("ALTER TABLE page ADD COLUMN ocr INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE page ADD COLUMN ocr_confidence REAL DEFAULT NULL"),
    };
}

// v15: highlights on the page. A note may keep the boxes (PDF points, on its page) of the words
// it quotes, drawn over the page, as a JSON array; kind 'highlight' is one with nothing written
// about it yet. The boxes belong to the version they were drawn on: a note moved to a revised
// version loses them until the viewer finds its quote again. orphaned: the revised version
// prints the quote nowhere, so the note stayed at its old page number (and is never dropped).
// On a server the move goes through a function like schema 9's, which can do nothing else.
QStringList v15()
{
    return {
        QStringLiteral("ALTER TABLE note ADD COLUMN boxes TEXT DEFAULT NULL"),
        QStringLiteral("ALTER TABLE note ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0"),
    };
}

// v16: a recommendation answered in another document with nothing to link them by key (a
// call-in's requests and the rows of the executive's response paper): which response or update
// answers which recommendation, and the evidence. Derived data, recomputed after every import
// (RecommendationLinker); a link goes with the response or update it names.
QStringList v16()
{
    return {
        QStringLiteral(R"(CREATE TABLE recommendation_link (
            id INTEGER PRIMARY KEY,
            recommendation_key TEXT NOT NULL,
            response_id INTEGER REFERENCES recommendation_response(id) ON DELETE CASCADE,
            update_id INTEGER REFERENCES recommendation_update(id) ON DELETE CASCADE,
            link_evidence TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX recommendation_link_key ON recommendation_link(recommendation_key)"),
        QStringLiteral("CREATE INDEX recommendation_link_response ON recommendation_link(response_id)"),
        QStringLiteral("CREATE INDEX recommendation_link_update ON recommendation_link(update_id)"),
    };
}

// v17: membership and attendance lists by person and by meeting, so that the import finds who a
// printed name is (the same surname in the same body) and which people a body has had by index,
// not by a scan of every list in the library; a meeting's lists are read by index too.
QStringList v17()
{
    return {
        QStringLiteral("CREATE INDEX membership_person ON membership(person_id)"),
        QStringLiteral("CREATE INDEX attendance_person ON attendance(person_id)"),
        QStringLiteral("CREATE INDEX membership_meeting ON membership(meeting_id)"),
        QStringLiteral("CREATE INDEX attendance_meeting ON attendance(meeting_id)"),
    };
}

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> all{
        {1, QStringLiteral("extracted data: meetings, documents, pages, agenda, minutes, actions, indicators"), steps::v1()},
        {2, QStringLiteral("user data: notes, action status history, corrections, thresholds, readings"), steps::v2()},
        {3, QStringLiteral("FTS5 search index over pages, agenda items, resolutions, actions and notes"), steps::v3()},
        {4, QStringLiteral("user data: resolutions recorded in the app"), v4()},
        {5, QStringLiteral("indexes for per-meeting document and action counts"), v5()},
        {6, QStringLiteral("index of agenda items by document and first page"), v6()},
        {7, QStringLiteral("resolution flags, how a minute's agenda item was found, a reading's direction of travel"), v7()},
        {8, QStringLiteral("tables read by role (evidence, roles, confidence) and the inspection report of each document"), v8()},
        {9, QStringLiteral("who made each edit, note owners, action status revisions; on a server: row-level security, "
                           "change notifications, team roles"),
         v9(), QStringLiteral("team")},
        {10, QStringLiteral("tables the user marks, templates for the next pack, the review queue's accepted and "
                            "dismissed entries"),
         v10(), QStringLiteral("marking")},
        {11, QStringLiteral("on a server: change notifications name the user who made the change"), v11(),
         QStringLiteral("team-notify-user")},
        {12, QStringLiteral("scrutiny recommendations, executive responses, progress updates and the ones recorded by hand"),
         v12()},
        {13, QStringLiteral("user data: aliases of action owners"), v13()},
        {14, QStringLiteral("pages read by OCR and their mean confidence"), v14()},
        {15, QStringLiteral("highlights on the page: the boxes of a note's quote, notes whose quote a revised pack lost"),
         v15(), QStringLiteral("highlights")},
        {16, QStringLiteral("recommendations answered in another document: the links and their evidence"), v16()},
        {17, QStringLiteral("indexes of membership and attendance by person and by meeting"), v17()},
    };
    return all;
}

int currentVersion() { return migrations().last().version; }

} // namespace scrutineer::schema
