#pragma once

#include "Database.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace scrutineer {

// Full-text search over every imported pack (SQLite FTS5 or PostgreSQL tsvector): pages, agenda items, resolutions,
// actions and notes, ranked, with snippets and the page to open. Use from the thread that owns
// the Database; background search opens its own Database on the same file.
class SearchIndex final {
public:
    enum class Kind { Page, AgendaItem, Resolution, Action, Note };

    struct Filter {
        QString body;      // substring of the body name; empty = all
        QDate from;        // meeting date range; invalid = open
        QDate to;
        QSet<Kind> kinds;  // empty = all
        int limit = 50;
    };

    struct Hit {
        Kind kind = Kind::Page;
        qint64 rowId = 0;
        qint64 meetingId = 0;
        QString body;
        QDate meetingDate;
        qint64 documentId = 0;
        int pdfPage = 0;
        std::optional<int> packPage;
        QString itemNumber; // the agenda item the page belongs to, if known
        QString title;      // item title, resolution's minute title, action ref ...
        QString snippet;    // matched terms between kMarkStart and kMarkEnd
        bool ocr = false;   // the page's text was read by OCR (the PDF has no text layer there)
        double rank = 0;    // lower is better (bm25)
    };

    static constexpr QChar kMarkStart = QChar(0x02);
    static constexpr QChar kMarkEnd = QChar(0x03);

    explicit SearchIndex(Database& database) : m_database(database) {}

    // Runs a user query: words (all must match; the last one as a prefix while typing),
    // "quoted phrases", word* prefixes, OR, and -excluded words. Hits are ranked by relevance
    // (bm25); for terms matching more than 2,000 rows of a kind, among the newest 2,000.
    QList<Hit> search(const QString& query, const Filter& filter) const;
    QList<Hit> search(const QString& query) const { return search(query, Filter{}); }

    // The FTS5 MATCH expression for a user query; empty when nothing searchable is left.
    static QString toFtsQuery(const QString& userQuery, bool prefixLastWord = true);
    // Snippet with the marks turned into <b>…</b> (HTML-escaped) or [..] for plain text.
    static QString snippetAsHtml(const QString& snippet);
    static QString snippetAsPlainText(const QString& snippet);
    static QString kindName(Kind kind);

private:
    Database& m_database;
};

} // namespace scrutineer
