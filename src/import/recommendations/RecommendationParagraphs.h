#pragma once

#include "minutes/MinutesLines.h"

#include <QList>
#include <QString>

#include <utility>

// A document's body text cut into paragraphs for the recommendation readers: a paragraph starts
// after a blank line's gap, at a list marker ("a.", "(1)", "2)", "•", "-") or at a recommendation
// label. Each keeps its marker, first page and left edge. Pure; any thread.
namespace scrutineer::parse {

struct RecParagraph {
    QString text; // joined, the marker removed
    QString marker; // "a", "1", "iv", "-" for a bullet; empty when unmarked
    enum class MarkerKind { None, Letter, Number, Roman, Bullet } markerKind = MarkerKind::None;
    int page = 0; // of the first line
    qreal left = 0; // of the first line (the marker's left when marked)
    qreal textLeft = 0; // left of the second line, else of the first
    qreal top = 0;
    bool endsWithColon = false;
    bool quoted = false; // a list item inside quotation marks (the marks removed)
    int firstLine = 0; // index into the lines it was cut from
    int lineCount = 0;
    // Where the paragraph runs on to a later page: that page and the text of its first line there.
    QList<std::pair<int, QString>> pageBreaks;

    // The page a part of the text starting at `offset` is printed on.
    int pageAt(qsizetype offset) const;
};

namespace recparagraphs {

// The paragraphs of `lines` (collected with minutes::collectLines); lines for which `skip` says
// true (a table's lines) are left out and break the paragraph they fall in.
QList<RecParagraph> cut(const QList<MinutesLine>& lines, const QList<bool>& skip = {});

// The list marker at the start of a line's text: its label without brackets or stop, and kind.
bool splitMarker(const QString& text, QString& marker, RecParagraph::MarkerKind& kind, QString& rest);

} // namespace recparagraphs
} // namespace scrutineer::parse
