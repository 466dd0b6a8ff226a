#pragma once

#include "Resolution.h"

#include <QString>

// A resolution as an officer types it: "RESOLVED: That" and the preamble, then one numbered
// clause per line — "(1)", "1)", "1.", "(a)", "a)", "(i)", "i." — nesting by label kind
// (numbers, then letters, then roman numerals). "(i)" after "(h)" is a letter; after a clause
// ending ":" it opens a roman list. Lines without a label continue the clause above.
// Pure functions; any thread.
namespace scrutineer::gui::clausetext {

constexpr auto kTemplate = "RESOLVED: That\n(1) ";

// Parses typed text into a resolution (text = everything after "RESOLVED:", as typed).
Resolution parse(const QString& typed);
// The editable text of a resolution: "RESOLVED: " + preamble, then a line per clause.
QString format(const Resolution& resolution);
// Rich text for reading panes and reports: the preamble, then indented labelled clauses.
QString toHtml(const Resolution& resolution);
// One line for tables: the preamble and the clauses run together.
QString summary(const Resolution& resolution);
// The label the next top-level clause takes ("(3)" after "(2)"; "(1)" when there is none).
QString nextLabel(const QString& typed);
// Removes clauses with no text and no sub-clauses, at every depth.
void dropEmpty(QList<Clause>& clauses);
// Clauses at every depth.
int clauseCount(const QList<Clause>& clauses);

} // namespace scrutineer::gui::clausetext
