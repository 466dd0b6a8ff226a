#pragma once

#include <QString>
#include <QStringList>

// Builds a search-result snippet from a row's text: the window of about `words` words around
// the first place the query's terms occur, the terms wrapped in marks. A cheap stand-in for
// FTS5's snippet(), which re-tokenises the whole row for every hit. Pure; any thread.
namespace scrutineer::snippet {

struct Term {
    QString text;        // a word or a phrase, as typed
    bool prefix = false; // matches the start of a word
};

// The terms of an FTS query string as toFtsQuery writes it ("a" AND "b"* NOT "c").
QList<Term> termsOfFtsQuery(const QString& ftsQuery);

QString make(const QString& text, const QList<Term>& terms, QChar markStart, QChar markEnd, int words = 14);

} // namespace scrutineer::snippet
