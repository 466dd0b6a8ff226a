#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Small text helpers shared by the parsers and the store. Pure functions; any thread.
namespace scrutineer::text {

// Runs of white space (including non-breaking spaces) become one space; trimmed.
QString collapseWhitespace(const QString& text);

// Quotation marks opened and not closed in the text (curly ones counted in pairs, straight ones
// by parity): a sentence with one open is quoting, not deciding.
int openQuotes(const QString& text);

// openQuotes of a text read in pieces, for a reader that asks after each piece: add() the pieces
// in order and open() is openQuotes of all of them so far. A value type; any thread.
class QuoteCount {
public:
    void add(QStringView piece);
    int open() const { return m_curly + (m_straight % 2); }

private:
    int m_curly = 0;
    int m_straight = 0;
};

// For comparisons only: NFKC, case-folded, curly quotes straight, every dash '-', spaces collapsed.
QString normaliseForMatch(const QString& text);

// Strip "Cllr.", "Councillor", "Mr", "Mrs", "Dr", "Sir", "Father", "Canon", "Revd" ... and trailing post-nominals
// (", OBE"); keeps the name as printed otherwise: "Cllr. Paula Murphy (Chair)" -> "Paula Murphy".
// The wording is person-wording.json's (PersonWording).
QString stripHonorifics(const QString& name);
// Ranks printed before the names of police, fire and armed forces members of boards and panels
// ("Supt Gareth Pryor", "Ch Insp A Lee", "Chief Fire Officer B Shaw"), as a regular-expression
// alternation for the honorific patterns of the parsers (person-wording.json's rank-title).
const QString& rankTitles();

// A matching key for a person: lower-case surname, hyphens and spaces around them removed
// ("Brodie - Browne" -> "brodie-browne").
QString surnameKey(const QString& name);

// Initial letters of the forenames, lower case ("Paula Murphy" -> "p"; "Mrs P Murphy" -> "p").
QString forenameInitials(const QString& name);

// Title Case for text printed in capitals, keeping small words lower ("OVERVIEW AND SCRUTINY
// COMMITTEE (CHILDREN'S SERVICES)" -> "Overview and Scrutiny Committee (Children's Services)").
QString titleCaseFromCapitals(const QString& text);

// True when the letters of the text are (nearly) all capitals.
bool isMostlyUpperCase(const QString& text);

} // namespace scrutineer::text
