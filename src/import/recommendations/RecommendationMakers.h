#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Who made a recommendation and to whom it is addressed, as the text names them: the body a
// sentence speaks for ("The Scrutiny Committee recommends ..."), a bare "the Committee" resolved
// to the body last named in full, "we" standing for the call-in's proposers or the body, and the
// addressee of "... is asked to", "recommends to Cabinet that", "commended to the Cabinet".
// Split from RecommendationFinder, which reads the lists and labels. Pure; any thread.
namespace scrutineer::parse::makers {

// "the Cabinet" -> "Cabinet".
QString stripArticle(QString name);

// The addressee of "... is asked to", "recommends to Cabinet that", "commended to the Cabinet";
// empty when the text names none.
QString addresseeIn(const QString& text);

// The body named in `text` ("the Scrutiny Committee"), resolving a bare "the Committee" to the
// last body of `namedBodies` with the same last word; empty when none.
QString bodyIn(const QString& text, const QStringList& namedBodies);

// Who speaks in a sentence: "we" (-> `fallback`), the first body it names that is not an owner
// ("The Committee's former ... Working Group" -> the working group), else `fallback`.
QString makerOf(const QString& text, const QStringList& namedBodies, const QString& fallback);

// Bodies named in full ("Scrutiny Committee", not "the Committee"), in order.
QStringList fullBodies(const QString& text);

// Abbreviations the text defines: the capitalised words just before a bracketed abbreviation whose
// letters are their initials ("The Communities and Local Government (CLG) Select Committee":
// CLG -> "Communities and Local Government").
QHash<QString, QString> abbreviationsIn(const QString& text);

// The body a lead-in names, by its abbreviation, as the maker of the recommendations it introduces
// ("the 8 CLG recommendations ... are set out below"): the body of `namedBodies` the abbreviation
// begins ("CLG Committee"), spelt out when `abbreviations` has it ("Communities and Local
// Government Committee"); empty when the text names none or the abbreviation names no body.
QString leadMaker(const QString& text, const QStringList& namedBodies, const QHash<QString, QString>& abbreviations);

} // namespace scrutineer::parse::makers
