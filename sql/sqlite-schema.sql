-- A new Scrutineer library (SQLite) at the latest schema, in one script: the objects the
-- migrations in src/store/Schema.cpp create, in their order and as SQLite stores them.
-- Written by SqliteSchemaScript::dump(); MigrationTest checks it against the migrations
-- and writes it again (see its message) when a migration is added. Do not edit by hand.
-- A statement ends at a semicolon that ends a line.

CREATE TABLE authority (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE);

CREATE TABLE body (
            id INTEGER PRIMARY KEY,
            authority_id INTEGER REFERENCES authority(id),
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            kind TEXT,
            UNIQUE (authority_id, name_key));

CREATE TABLE meeting (
            id INTEGER PRIMARY KEY,
            body_id INTEGER REFERENCES body(id),
            date TEXT,
            time TEXT,
            venue TEXT,
            status TEXT,
            officer TEXT,
            officer_contact TEXT,
            no_declarations INTEGER NOT NULL DEFAULT 0);

CREATE INDEX meeting_body_date ON meeting(body_id, date);

CREATE TABLE document (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER REFERENCES meeting(id),
            file_name TEXT NOT NULL,
            file_path TEXT,
            sha256 TEXT NOT NULL UNIQUE,
            page_count INTEGER NOT NULL,
            kind TEXT NOT NULL,
            title TEXT,
            warnings TEXT,
            imported_at TEXT NOT NULL, kind_reason TEXT DEFAULT NULL, imported_by TEXT DEFAULT NULL);

CREATE TABLE page (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            pdf_page INTEGER NOT NULL,
            pack_page INTEGER,
            pack_page_evidence TEXT,
            width REAL, height REAL, rotation INTEGER NOT NULL DEFAULT 0,
            has_text INTEGER NOT NULL,
            blank INTEGER NOT NULL DEFAULT 0,
            agenda_stamp INTEGER,
            text TEXT NOT NULL DEFAULT '', ocr INTEGER NOT NULL DEFAULT 0, ocr_confidence REAL DEFAULT NULL,
            UNIQUE (document_id, pdf_page));

CREATE TABLE person (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            surname_key TEXT NOT NULL,
            initials TEXT);

CREATE INDEX person_surname ON person(surname_key);

CREATE TABLE membership (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id),
            person_id INTEGER REFERENCES person(id),
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            role_text TEXT,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            pdf_page INTEGER,
            position INTEGER NOT NULL);

CREATE TABLE attendance (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id),
            person_id INTEGER REFERENCES person(id),
            name TEXT NOT NULL,
            status TEXT NOT NULL,
            substitute TEXT,
            role_text TEXT,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            pdf_page INTEGER,
            position INTEGER NOT NULL, marked_table_id INTEGER DEFAULT NULL REFERENCES marked_table(id) ON DELETE CASCADE);

CREATE TABLE declaration (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id),
            member TEXT NOT NULL,
            minute_number TEXT,
            kind TEXT,
            text TEXT,
            withdrew INTEGER NOT NULL DEFAULT 0,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            pdf_page INTEGER,
            position INTEGER NOT NULL);

CREATE TABLE agenda_item (
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
            position INTEGER NOT NULL, marked_table_id INTEGER DEFAULT NULL REFERENCES marked_table(id) ON DELETE CASCADE);

CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);

CREATE TABLE minute (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id),
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            number TEXT,
            title TEXT,
            item TEXT,
            text TEXT,
            pdf_page INTEGER,
            position INTEGER NOT NULL, item_method TEXT DEFAULT NULL);

CREATE INDEX minute_meeting ON minute(meeting_id, position);

CREATE TABLE resolution (
            id INTEGER PRIMARY KEY,
            minute_id INTEGER NOT NULL REFERENCES minute(id) ON DELETE CASCADE,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id),
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            condition TEXT,
            votes TEXT,
            pdf_page INTEGER,
            position INTEGER NOT NULL, flags TEXT DEFAULT NULL);

CREATE TABLE clause (
            id INTEGER PRIMARY KEY,
            resolution_id INTEGER NOT NULL REFERENCES resolution(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES clause(id) ON DELETE CASCADE,
            label TEXT NOT NULL,
            path TEXT NOT NULL,
            text TEXT NOT NULL,
            position INTEGER NOT NULL);

CREATE TABLE minute_reference (
            id INTEGER PRIMARY KEY,
            minute_id INTEGER NOT NULL REFERENCES minute(id) ON DELETE CASCADE,
            raw TEXT NOT NULL,
            number TEXT, clause TEXT, body TEXT, date TEXT,
            above INTEGER NOT NULL DEFAULT 0,
            target_minute_id INTEGER REFERENCES minute(id) ON DELETE SET NULL,
            pdf_page INTEGER);

CREATE TABLE action (
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
            position INTEGER NOT NULL DEFAULT 0, evidence TEXT DEFAULT NULL, roles TEXT DEFAULT NULL, confidence REAL DEFAULT NULL, created_by TEXT DEFAULT NULL, created_at TEXT DEFAULT NULL, marked_table_id INTEGER DEFAULT NULL REFERENCES marked_table(id) ON DELETE CASCADE, defined_by TEXT DEFAULT NULL, template_id INTEGER DEFAULT NULL, area TEXT DEFAULT NULL);

CREATE INDEX action_key_index ON action(action_key);

CREATE TABLE indicator (
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
            position INTEGER NOT NULL DEFAULT 0, roles TEXT DEFAULT NULL, confidence REAL DEFAULT NULL, marked_table_id INTEGER DEFAULT NULL REFERENCES marked_table(id) ON DELETE CASCADE, defined_by TEXT DEFAULT NULL, template_id INTEGER DEFAULT NULL, area TEXT DEFAULT NULL);

CREATE TABLE threshold_band (
            id INTEGER PRIMARY KEY,
            indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
            grade TEXT NOT NULL,
            text TEXT NOT NULL,
            min REAL, max REAL,
            position INTEGER NOT NULL);

CREATE TABLE reading (
            id INTEGER PRIMARY KEY,
            indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
            period TEXT,
            value REAL,
            value_text TEXT,
            reported_rating TEXT,
            confidence REAL NOT NULL DEFAULT 1,
            document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
            pdf_page INTEGER, direction TEXT DEFAULT NULL);

CREATE TABLE note (
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
            updated_at TEXT NOT NULL, owner TEXT DEFAULT NULL, boxes TEXT DEFAULT NULL, orphaned INTEGER NOT NULL DEFAULT 0);

CREATE INDEX note_meeting ON note(meeting_id);

CREATE TABLE action_update (
            id INTEGER PRIMARY KEY,
            action_key TEXT NOT NULL,
            status TEXT NOT NULL,
            comment TEXT,
            changed_at TEXT NOT NULL, changed_by TEXT DEFAULT NULL, revision INTEGER DEFAULT NULL);

CREATE INDEX action_update_key ON action_update(action_key, changed_at);

CREATE TABLE correction (
            id INTEGER PRIMARY KEY,
            entity TEXT NOT NULL,
            entity_key TEXT NOT NULL,
            field TEXT NOT NULL,
            value TEXT,
            checked INTEGER NOT NULL DEFAULT 0,
            changed_at TEXT NOT NULL, changed_by TEXT DEFAULT NULL,
            UNIQUE (entity, entity_key, field));

CREATE TABLE user_threshold (
            id INTEGER PRIMARY KEY,
            indicator_key TEXT NOT NULL,
            grade TEXT NOT NULL,
            text TEXT NOT NULL,
            min REAL, max REAL,
            position INTEGER NOT NULL,
            changed_at TEXT NOT NULL, changed_by TEXT DEFAULT NULL);

CREATE TABLE user_reading (
            id INTEGER PRIMARY KEY,
            indicator_key TEXT NOT NULL,
            period TEXT NOT NULL,
            value REAL,
            value_text TEXT,
            reported_rating TEXT,
            changed_at TEXT NOT NULL, changed_by TEXT DEFAULT NULL);

CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT);

CREATE VIRTUAL TABLE page_fts USING fts5(text, content='page', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');

CREATE TRIGGER page_fts_ai AFTER INSERT ON page BEGIN INSERT INTO page_fts(rowid, text) VALUES (new.id, new.text); END;

CREATE TRIGGER page_fts_ad AFTER DELETE ON page BEGIN INSERT INTO page_fts(page_fts, rowid, text) VALUES ('delete', old.id, old.text); END;

CREATE TRIGGER page_fts_au AFTER UPDATE ON page BEGIN INSERT INTO page_fts(page_fts, rowid, text) VALUES ('delete', old.id, old.text); INSERT INTO page_fts(rowid, text) VALUES (new.id, new.text); END;

CREATE VIRTUAL TABLE agenda_fts USING fts5(title, report_of, content='agenda_item', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');

CREATE TRIGGER agenda_fts_ai AFTER INSERT ON agenda_item BEGIN INSERT INTO agenda_fts(rowid, title, report_of) VALUES (new.id, new.title, new.report_of); END;

CREATE TRIGGER agenda_fts_ad AFTER DELETE ON agenda_item BEGIN INSERT INTO agenda_fts(agenda_fts, rowid, title, report_of) VALUES ('delete', old.id, old.title, old.report_of); END;

CREATE TRIGGER agenda_fts_au AFTER UPDATE ON agenda_item BEGIN INSERT INTO agenda_fts(agenda_fts, rowid, title, report_of) VALUES ('delete', old.id, old.title, old.report_of); INSERT INTO agenda_fts(rowid, title, report_of) VALUES (new.id, new.title, new.report_of); END;

CREATE VIRTUAL TABLE resolution_fts USING fts5(text, content='resolution', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');

CREATE TRIGGER resolution_fts_ai AFTER INSERT ON resolution BEGIN INSERT INTO resolution_fts(rowid, text) VALUES (new.id, new.text); END;

CREATE TRIGGER resolution_fts_ad AFTER DELETE ON resolution BEGIN INSERT INTO resolution_fts(resolution_fts, rowid, text) VALUES ('delete', old.id, old.text); END;

CREATE TRIGGER resolution_fts_au AFTER UPDATE ON resolution BEGIN INSERT INTO resolution_fts(resolution_fts, rowid, text) VALUES ('delete', old.id, old.text); INSERT INTO resolution_fts(rowid, text) VALUES (new.id, new.text); END;

CREATE VIRTUAL TABLE action_fts USING fts5(text, owner, content='action', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');

CREATE TRIGGER action_fts_ai AFTER INSERT ON action BEGIN INSERT INTO action_fts(rowid, text, owner) VALUES (new.id, new.text, new.owner); END;

CREATE TRIGGER action_fts_ad AFTER DELETE ON action BEGIN INSERT INTO action_fts(action_fts, rowid, text, owner) VALUES ('delete', old.id, old.text, old.owner); END;

CREATE TRIGGER action_fts_au AFTER UPDATE ON action BEGIN INSERT INTO action_fts(action_fts, rowid, text, owner) VALUES ('delete', old.id, old.text, old.owner); INSERT INTO action_fts(rowid, text, owner) VALUES (new.id, new.text, new.owner); END;

CREATE VIRTUAL TABLE note_fts USING fts5(body, content='note', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');

CREATE TRIGGER note_fts_ai AFTER INSERT ON note BEGIN INSERT INTO note_fts(rowid, body) VALUES (new.id, new.body); END;

CREATE TRIGGER note_fts_ad AFTER DELETE ON note BEGIN INSERT INTO note_fts(note_fts, rowid, body) VALUES ('delete', old.id, old.body); END;

CREATE TRIGGER note_fts_au AFTER UPDATE ON note BEGIN INSERT INTO note_fts(note_fts, rowid, body) VALUES ('delete', old.id, old.body); INSERT INTO note_fts(rowid, body) VALUES (new.id, new.body); END;

CREATE TABLE user_resolution (
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
            updated_at TEXT NOT NULL, created_by TEXT DEFAULT NULL, changed_by TEXT DEFAULT NULL, marked_table_id INTEGER DEFAULT NULL REFERENCES marked_table(id) ON DELETE CASCADE);

CREATE INDEX user_resolution_meeting ON user_resolution(meeting_id);

CREATE INDEX document_meeting ON document(meeting_id);

CREATE INDEX action_meeting ON action(meeting_id);

CREATE INDEX agenda_item_document ON agenda_item(document_id, pdf_first);

CREATE TABLE document_region (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            first_page INTEGER NOT NULL,
            last_page INTEGER NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT,
            claimed INTEGER NOT NULL DEFAULT 1,
            confidence REAL NOT NULL DEFAULT 1,
            position INTEGER NOT NULL);

CREATE INDEX document_region_document ON document_region(document_id, position);

CREATE UNIQUE INDEX action_update_revision ON action_update(action_key, revision);

CREATE TABLE table_template (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            body_id INTEGER REFERENCES body(id) ON DELETE SET NULL,
            kind TEXT NOT NULL,
            definition TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            created_by TEXT DEFAULT NULL);

CREATE TABLE marked_table (
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
            created_by TEXT DEFAULT NULL);

CREATE INDEX marked_table_document ON marked_table(document_sha256);

CREATE TABLE review_state (
            id INTEGER PRIMARY KEY,
            entry_key TEXT NOT NULL UNIQUE,
            state TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            changed_by TEXT DEFAULT NULL);

CREATE TABLE recommendation (
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
            position INTEGER NOT NULL);

CREATE INDEX recommendation_key_index ON recommendation(recommendation_key);

CREATE TABLE recommendation_response (
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
            position INTEGER NOT NULL);

CREATE INDEX recommendation_response_key ON recommendation_response(recommendation_key);

CREATE TABLE recommendation_update (
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
            position INTEGER NOT NULL);

CREATE INDEX recommendation_update_key ON recommendation_update(recommendation_key);

CREATE TABLE recommendation_entry (
            id INTEGER PRIMARY KEY,
            recommendation_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            decision TEXT,
            text TEXT,
            date TEXT,
            lead TEXT,
            due TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT DEFAULT NULL);

CREATE INDEX recommendation_entry_key ON recommendation_entry(recommendation_key, id);

CREATE TABLE owner_alias (
            id INTEGER PRIMARY KEY,
            body TEXT,
            alias TEXT NOT NULL,
            person TEXT,
            post TEXT,
            valid_from TEXT,
            valid_to TEXT,
            changed_at TEXT NOT NULL);

CREATE TABLE recommendation_link (
            id INTEGER PRIMARY KEY,
            recommendation_key TEXT NOT NULL,
            response_id INTEGER REFERENCES recommendation_response(id) ON DELETE CASCADE,
            update_id INTEGER REFERENCES recommendation_update(id) ON DELETE CASCADE,
            link_evidence TEXT NOT NULL);

CREATE INDEX recommendation_link_key ON recommendation_link(recommendation_key);

CREATE INDEX recommendation_link_response ON recommendation_link(response_id);

CREATE INDEX recommendation_link_update ON recommendation_link(update_id);

CREATE INDEX membership_person ON membership(person_id);

CREATE INDEX attendance_person ON attendance(person_id);

CREATE INDEX membership_meeting ON membership(meeting_id);

CREATE INDEX attendance_meeting ON attendance(meeting_id);

-- The full-text indexes' statistics, as the migrations' rebuild leaves them.
INSERT INTO page_fts(page_fts) VALUES ('rebuild');
INSERT INTO agenda_fts(agenda_fts) VALUES ('rebuild');
INSERT INTO resolution_fts(resolution_fts) VALUES ('rebuild');
INSERT INTO action_fts(action_fts) VALUES ('rebuild');
INSERT INTO note_fts(note_fts) VALUES ('rebuild');

PRAGMA user_version = 17;
