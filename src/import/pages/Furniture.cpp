#include "pages/Furniture.h"

#include "lexicon/Lexicon.h"

#include "layout/LineBuilder.h"
#include "pages/FurnitureKinds.h"
#include "pages/RunningLines.h"
#include "pages/StampFinder.h"

#include <QRegularExpression>

#include <algorithm>

namespace scrutineer::parse {
namespace {

// A blank verso carries the notice and little else (a running header or footer at most).
constexpr int kMaxOtherWordsOnBlankPage = 30;

// Marks the words of a "This page is intentionally left blank" notice, if the page is one.
// Words are read in content order (the notice may run vertically on a landscape page).
bool markBlankNotice(const layout::LayoutPage& page, QList<bool>& furniture, QString& notice)
{
    static const QRegularExpression pattern(Lexicon::instance().alternation(QStringLiteral("blank-page-furniture")),
                                            QRegularExpression::CaseInsensitiveOption);
    // The notice is at most nine words: a page with many more cannot be a blank verso.
    const qsizetype remaining = std::count(furniture.begin(), furniture.end(), false);
    if (remaining > kMaxOtherWordsOnBlankPage + 9)
        return false;
    QString text;
    QList<int> indices;
    QList<QPair<int, int>> spans;
    for (int i = 0; i < page.words.size(); ++i) {
        if (furniture.at(i))
            continue;
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        spans.append({int(text.size()), int(text.size() + page.words.at(i).text.size())});
        text += page.words.at(i).text;
        indices.append(i);
    }
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    QList<int> noticeWords;
    for (int k = 0; k < indices.size(); ++k) {
        if (spans.at(k).first < m.capturedEnd(0) && spans.at(k).second > m.capturedStart(0))
            noticeWords.append(indices.at(k));
    }
    if (indices.size() - noticeWords.size() > kMaxOtherWordsOnBlankPage)
        return false;
    for (int i : noticeWords)
        furniture[i] = true;
    notice = m.captured(0);
    return true;
}

} // namespace

void Furniture::stripPage(layout::LayoutPage& page)
{
    StampScan scan = StampFinder::scan(page);
    page.furniture = layout::PageFurnitureInfo {};
    page.furniture.agendaStamp = scan.agendaStamp;
    page.furniture.printedPage = scan.printedPage;
    page.furniture.removedLines = scan.removedLines;
    QString notice;
    if (markBlankNotice(page, scan.furniture, notice)) {
        page.furniture.intentionallyBlank = true;
        page.furniture.removedLines.append(furniture::entry(furniture::Kind::BlankNotice, notice));
    }
    QList<layout::LayoutWord> body;
    body.reserve(page.words.size());
    for (int i = 0; i < page.words.size(); ++i) {
        if (!scan.furniture.at(i))
            body.append(page.words.at(i));
    }
    page.lines = layout::buildLines(body, page.number);
}

void Furniture::strip(layout::LayoutDocument& document)
{
    for (layout::LayoutPage& page : document.pages)
        stripPage(page);
    RunningLines::strip(document);
}

} // namespace scrutineer::parse
