#pragma once

#include "layout/LayoutPage.h"

#include <QList>
#include <QString>
#include <QStringList>

// The first pages of a document as the front-sheet readers see them: body lines in order,
// with a right-hand contact column ("Ask for:", "Telephone:", "Direct Dial/Ext:", "Date:")
// split off so it cannot interleave with the meeting details beside it. Stateless; any thread.
namespace scrutineer::parse {

struct FrontLine {
    QString text;
    layout::LayoutLine line; // the words the text came from
    int page = 0; // 1-based physical page
    qreal pageWidth = 0; // of the page the line is on
};

struct FrontMatter {
    QList<FrontLine> lines; // main column, top to bottom, page by page
    QList<FrontLine> contact; // right-hand contact column, top to bottom
    bool letter = false; // a covering letter ("Dear Member")
    QStringList removedLines; // headers, footers and stamps the furniture pass took out
};

class FrontMatterReader final {
public:
    // Reads up to maxPages pages from the first page with text; stops at a blank page, a page
    // stamped "Agenda Item N" or a page that opens with a minutes heading.
    static FrontMatter read(const layout::LayoutDocument& document, int maxPages = 4);

    // Vertical gap between two lines (top of b minus bottom of a), across pages = large.
    static qreal gap(const FrontLine& a, const FrontLine& b);
};

} // namespace scrutineer::parse
