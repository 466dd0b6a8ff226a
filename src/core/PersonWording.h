#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// The wording about people that the core library reads itself (resources/lexicon/person-wording.json,
// compiled into scrutineer_core): titles before a name, ranks, post-nominals, and the words of an
// owner cell that name a post. The importer's wording stays in its own lexicon (src/import/lexicon);
// core cannot reach it and needs none of it. Loaded once; immutable afterwards; any thread.
namespace scrutineer {

class PersonWording final {
public:
    // The wording compiled into the program.
    static const PersonWording& instance();
    // Wording from JSON text in the format of person-wording.json.
    static PersonWording fromJson(const QByteArray& json);

    // The named entry's patterns as one alternation, for a pattern of the caller's own: the
    // pattern itself when there is one, else "(?:a|b)"; for an unknown or empty entry, a pattern
    // that matches nothing.
    QString alternation(const QString& entry) const;
    // True when the word (already lower case) is in the named list.
    bool inList(const QString& list, const QString& word) const;
    // The names of the entries and lists that hold wording (for the tests that hold the data).
    QStringList patternNames() const { return m_patterns.keys(); }
    QStringList listNames() const { return m_lists.keys(); }

private:
    QHash<QString, QStringList> m_patterns;
    QHash<QString, QSet<QString>> m_lists;
};

} // namespace scrutineer
