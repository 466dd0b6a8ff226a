#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The wording of the core's date and time grammar (resources/lexicon/date-wording.json, compiled
// into scrutineer_core): month names and the key each is known by, the words around a day (ordinal
// suffixes, "of"), before a due month ("in"), am and pm, and noon. The grammar's shapes stay in
// src/core/DateText. Loaded once; immutable afterwards; any thread.
namespace scrutineer {

class DateWording final {
public:
    struct Month {
        QString regex; // its printed forms: "Sept?(?:ember)?"
        QString key; // its first letters, lower case, by which any printed form is known: "sep"
    };

    // The wording compiled into the program.
    static const DateWording& instance();
    // Wording from JSON text in the format of date-wording.json.
    static DateWording fromJson(const QByteArray& json);

    // The months in calendar order (twelve when the wording is whole).
    const QList<Month>& months() const { return m_months; }
    // Every month's forms as one alternation ("Jan(?:uary)?|…"); a pattern that matches nothing
    // when there are none.
    QString monthAlternation() const;
    // Month number (1-12) for a month name or abbreviation in any case ("Sept", "SEPTEMBER"),
    // known by its first letters; 0 for none.
    int monthFromName(const QString& name) const;
    // The named entry's patterns as one alternation, as PersonWording::alternation: a pattern
    // that matches nothing for an unknown or empty entry.
    QString alternation(const QString& entry) const;
    // "am" or "pm" as a pattern: each letter may be followed by a full stop and, when `spaced`,
    // by spaces ("p.m.", "p m"); a pattern that matches nothing when the word is missing.
    QString meridiem(const QString& which, bool spaced) const;
    // The names of the entries that hold wording (for the tests that hold the data).
    QStringList patternNames() const { return m_patterns.keys(); }
    QStringList meridiemNames() const { return m_meridiem.keys(); }

private:
    QList<Month> m_months;
    QHash<QString, QStringList> m_patterns;
    QHash<QString, QString> m_meridiem;
};

} // namespace scrutineer
