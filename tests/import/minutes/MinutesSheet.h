#pragma once

// Writes hand-built minutes pages line by line for the minutes parser tests: each line()
// goes 14 pt below the last, gap() opens a paragraph break, pageBreak() starts the next page
// with a "Page N" footer on the old one. No PDF and no corpus file involved.
#include "../LayoutBuilders.h"

#include "minutes/MinutesLines.h"
#include "minutes/MinutesParser.h"

#include <QList>
#include <QString>

namespace scrutineer::testing {

class MinutesSheet {
public:
    static constexpr qreal kFont = 11;
    static constexpr qreal kMargin = 72;

    explicit MinutesSheet(int firstPage = 1, bool footers = true) : m_footers(footers) { start(firstPage); }

    // A line at the left margin, or indented to x.
    MinutesSheet& line(const QString& text) { return at(kMargin, text); }
    MinutesSheet& at(qreal x, const QString& text)
    {
        m_pages.last().text(x, m_y, text, kFont);
        m_y += 14;
        return *this;
    }
    // Several pieces on one line: {x, text}.
    MinutesSheet& row(const QList<QPair<qreal, QString>>& cells)
    {
        m_pages.last().row(m_y, cells, kFont);
        m_y += 14;
        return *this;
    }
    MinutesSheet& gap()
    {
        m_y += 12;
        return *this;
    }
    // "Agenda Item N" stamped top right of the current page.
    MinutesSheet& stamp(const QString& text)
    {
        m_pages.last().text(470, 28, text, 11);
        return *this;
    }
    MinutesSheet& pageBreak()
    {
        start(m_number + 1);
        return *this;
    }
    // A blank verso: only the notice.
    MinutesSheet& blankPage()
    {
        start(m_number + 1);
        m_pages.last().text(200, 400, QStringLiteral("This page is intentionally left blank"), kFont);
        return *this;
    }
    int pageNumber() const { return m_number; }

    QList<layout::LayoutPage> pages() const
    {
        QList<layout::LayoutPage> out;
        for (const PageBuilder& b : m_pages)
            out.append(b.build());
        return out;
    }
    layout::LayoutDocument document() const { return documentOf(pages()); }

    // Every line of the sheet as the minutes parsers read them.
    QList<parse::MinutesLine> lines() const
    {
        const layout::LayoutDocument doc = document();
        return parse::minutes::collectLines(doc, doc.pages.first().number, doc.pages.last().number);
    }

private:
    void start(int number)
    {
        if (m_footers && !m_pages.isEmpty())
            m_pages.last().text(280, 805, QStringLiteral("Page %1").arg(m_number), 9);
        m_pages.append(PageBuilder(number));
        m_number = number;
        m_y = 80;
    }

    QList<PageBuilder> m_pages;
    int m_number = 0;
    qreal m_y = 80;
    bool m_footers = true;
};

// The result's only meeting, or a failure.
inline const Meeting* onlyMeeting(const parse::MinutesResult& result)
{
    return result.meetings.size() == 1 ? &result.meetings.first() : nullptr;
}

inline const Minute* minuteNumbered(const Meeting& meeting, const QString& number)
{
    for (const Minute& m : meeting.minutes) {
        if (m.number == number)
            return &m;
    }
    return nullptr;
}

inline QStringList labels(const QList<Clause>& clauses)
{
    QStringList out;
    for (const Clause& c : clauses)
        out.append(c.label);
    return out;
}

} // namespace scrutineer::testing
