#pragma once

#include <QList>
#include <QString>

namespace scrutineer {

// A user's search as typed — words (all must match), "quoted phrases", word* prefixes, OR
// between two words, and -excluded words — parsed once and written out in the syntax of either
// full-text engine: an FTS5 MATCH expression or a PostgreSQL tsquery. Value type; any thread.
class SearchQuery final {
public:
    struct Term {
        QString text; // a word, or the words of a phrase
        bool prefix = false; // matches the start of a word
    };

    // `prefixLastWord`: the last word, still being typed, matches as a prefix (not when the
    // query ends in a space, nor for a single letter).
    static SearchQuery parse(const QString& userQuery, bool prefixLastWord = true);

    bool isEmpty() const { return m_required.isEmpty(); }
    // Every group must match; within a group, any one term (OR).
    const QList<QList<Term>>& required() const { return m_required; }
    const QList<Term>& excluded() const { return m_excluded; }

    // "a" AND ("b"* OR "c") NOT "d"; empty when nothing searchable is left.
    QString toFts() const;
    // 'a' & ( 'b':* | 'c' ) & !'d' for to_tsquery(); empty when nothing searchable is left.
    QString toTsQuery() const;

private:
    QList<QList<Term>> m_required;
    QList<Term> m_excluded;
};

} // namespace scrutineer
