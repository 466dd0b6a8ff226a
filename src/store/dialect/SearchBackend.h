#pragma once

#include "SearchIndex.h"
#include "SearchQuery.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

namespace scrutineer {

// One kind of searchable row: its table, how it joins on to its meeting (alias m) and body
// (alias b), what a hit shows, and the text a snippet quotes. Written in the SQL both backends share.
struct SearchSource {
    SearchIndex::Kind kind = SearchIndex::Kind::Page;
    QString table; // the indexed table, aliased `alias`
    QString alias;
    QString joins; // from the row to its meeting m and body b (and anything `detail` needs)
    QString detail; // meeting_id, document_id, pdf_page, title of the row
    QString text; // the text a snippet quotes
    QString fts; // SQLite: the FTS5 table over `table`
};

// The meeting filter of a search: SQL appended to WHERE (over m and b) and its bound values.
struct SearchFilterSql {
    QString where;
    std::function<void(QSqlQuery&)> bind;
};

// How one backend finds, ranks and quotes matches: FTS5 with bm25 on SQLite, tsvector with
// GIN indexes, ts_rank_cd and ts_headline on PostgreSQL. Stateless; any thread, with the
// caller's connection.
class SearchBackend {
public:
    struct Ranked {
        qint64 id = 0;
        double rank = 0; // lower is better
    };

    SearchBackend() = default;
    virtual ~SearchBackend() = default;
    SearchBackend(const SearchBackend&) = delete;
    SearchBackend& operator=(const SearchBackend&) = delete;

    // The engine's query for a parsed user query (bound as :q); empty when nothing to search.
    virtual QString queryText(const SearchQuery& query) const = 0;
    // The best `limit` rows of one source, ranked; for terms matching more than `window` rows,
    // among the newest `window`.
    virtual QList<Ranked> rank(const QSqlDatabase& db, const SearchSource& source, const QString& queryText,
                               const SearchFilterSql& filter, int limit, int window) const = 0;
    // The column the details query selects for a snippet of `textExpression` (may use :q).
    virtual QString snippetColumn(const QString& textExpression) const = 0;
    // The snippet, from what snippetColumn() selected: marks around the matched words.
    virtual QString snippet(const QVariant& selected, const QString& queryText) const = 0;
    virtual bool snippetUsesQuery() const = 0;
};

} // namespace scrutineer
