#pragma once

#include "SearchBackend.h"

namespace scrutineer {

// PostgreSQL's full-text search: a stored tsvector column (search_vector) on every searchable
// table with a GIN index, queries through to_tsquery(), ranked by ts_rank_cd (title words weigh
// more than body words) and quoted by ts_headline. Any thread.
class TsSearch final : public SearchBackend {
public:
    // The text search configuration of the indexed columns and of every query: English stems,
    // so "fostering" finds "foster" and "councillors" finds "councillor".
    static constexpr const char* kConfig = "english";
    // The tsvector column the PostgreSQL dialect adds to each table an FTS5 table indexed.
    static constexpr const char* kColumn = "search_vector";

    QString queryText(const SearchQuery& query) const override { return query.toTsQuery(); }
    QList<Ranked> rank(const QSqlDatabase& db, const SearchSource& source, const QString& queryText,
                       const SearchFilterSql& filter, int limit, int window) const override;
    QString snippetColumn(const QString& textExpression) const override;
    QString snippet(const QVariant& selected, const QString& queryText) const override;
    bool snippetUsesQuery() const override { return true; }
};

} // namespace scrutineer
