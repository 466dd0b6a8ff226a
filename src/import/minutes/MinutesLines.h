#pragma once

#include "layout/LayoutPage.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// The body lines of a run of minutes pages in reading order, with the geometry the minutes
// parsers need (left edge, gap to the line above, page), plus the text helpers they share:
// joining wrapped lines, splitting sentences, telling names from roles. Pure; any thread.
namespace scrutineer::parse {

struct MinutesLine {
    QString text; // words joined, white space collapsed
    int page = 0; // 1-based physical page
    qreal left = 0;
    qreal top = 0;
    qreal right = 0;
    qreal height = 0;
    qreal gapBefore = -1; // space above the line on its page; -1 for the first line of a page
    qreal firstWordRight = 0; // right edge of the first word (a number column shows as a wide gap)
    qreal secondWordLeft = 0; // left edge of the second word, 0 when the line has one word
    QList<QPair<qreal, QString>> cells; // the line split at wide gaps: (left, text), for tables
};

namespace minutes {

// Body lines of pages [firstPage, lastPage] (1-based, inclusive). Lines the furniture pass
// left behind are dropped defensively: "Page N" / "Agenda Item N" in the margins and lines
// repeated at the same height on several pages of the run (running headers and footers).
QList<MinutesLine> collectLines(const layout::LayoutDocument& document, int firstPage, int lastPage);

// The "Agenda Item N" stamp of a page: the furniture pass's finding, else a margin word run.
std::optional<int> agendaStamp(const layout::LayoutPage& page);

// Lines [from, to) joined into running text: a line ending in a hyphen joins the next without
// a space (the hyphen is kept), other lines join with one space.
QString joinLines(const QList<MinutesLine>& lines, qsizetype from, qsizetype to);
QString joinTexts(const QStringList& texts);
// text = joinTexts({text, piece}) in place, for a `text` whose white space is already collapsed
// (one joinTexts made, or a MinutesLine's): in time for the piece alone, so that running text
// built a line at a time costs what its length does rather than its length squared.
void appendText(QString& text, const QString& piece);

// Sentences of running text, split after . ? ! when the next word starts a sentence; titles
// and initials ("Mr.", "J. J.", "No.", "p.m.") do not end one.
QStringList splitSentences(const QString& text);

// People and roles in attendance lists.
bool startsWithHonorific(const QString& text); // "Councillor", "Mr", "Cllr.", "Commissioner" ...
bool isPluralHonorific(const QString& text); // "Councillors ...", "Commissioners ..."
bool isPostNominal(const QString& text); // "OBE", "MBE", "CBE" ...
bool looksLikeName(const QString& text); // 1-5 capitalised words or initials, no role words
bool hasRoleWord(const QString& text); // Director, Manager, Member, Counsel ...
// The name as printed without honorifics and post-nominals; the honorific's role words
// ("Vice Chair", "Chair") are returned in roleOut when the honorific is a role.
QString personName(const QString& text, QString* roleOut = nullptr);

// True when a word opens a clause or sentence but is not a verb an owner could be asked to
// do ("the", "a", "this" ...).
bool isDeterminer(const QString& word);

} // namespace minutes
} // namespace scrutineer::parse
