#pragma once

#include "SearchBackend.h"

namespace scrutineer {

// SQLite's full-text search: FTS5 external-content tables ranked by bm25, snippets cut from the
// row's text in C++ (cheaper than FTS5's snippet(), which re-tokenises the row). Any thread.
class FtsSearch final : public SearchBackend {
public:
    QString queryText(const SearchQuery& query) const override { return query.toFts(); }
    QList<Ranked> rank(const QSqlDatabase& db, const SearchSource& source, const QString& queryText,
                       const SearchFilterSql& filter, int limit, int window) const override;
    QString snippetColumn(const QString& textExpression) const override { return textExpression; }
    QString snippet(const QVariant& selected, const QString& queryText) const override;
    bool snippetUsesQuery() const override { return false; }
};

} // namespace scrutineer
