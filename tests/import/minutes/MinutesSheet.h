#pragma once

// Writes hand-built minutes pages line by line for the minutes parser tests: each line()
// goes one leading below the last, gap() opens a paragraph break, pageBreak() starts the next
// page with a "Page N" footer on the old one. The geometry (font size, margin, leading, page
// size and rotation) can be varied so that rules are not tuned to one layout. No PDF and no
// corpus file involved.
#include "../LayoutBuilders.h"

#include "minutes/MinutesLines.h"
#include "minutes/MinutesParser.h"
#include "minutes/ResolutionParser.h"

#include <QList>
#include <QString>

namespace scrutineer::testing {

class MinutesSheet {
public:
    static constexpr qreal kFont = 11;
    static constexpr qreal kMargin = 72;

    explicit MinutesSheet(int firstPage = 1, bool footers = true) : m_footers(footers) { start(firstPage); }
    MinutesSheet(int firstPage, const SheetGeometry& geometry, bool footers = true)
        : m_geometry(geometry), m_footers(footers)
    {
        start(firstPage);
    }

    const SheetGeometry& geometry() const { return m_geometry; }
    // x of the margin plus an indent given in default (11 pt, 72 pt margin) points, scaled.
    qreal x(qreal defaultX) const { return m_geometry.margin + (defaultX - kMargin) * m_geometry.font / kFont; }

    // A line at the left margin, or indented to x (in this sheet's own points).
    MinutesSheet& line(const QString& text) { return at(m_geometry.margin, text); }
    MinutesSheet& at(qreal x, const QString& text)
    {
        m_pages.last().text(x, m_y, text, m_geometry.font);
        m_y += m_geometry.leading;
        return *this;
    }
    // A line of a justified paragraph: its words spread from the margin to the right margin.
    MinutesSheet& justified(const QString& text)
    {
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const qreal font = m_geometry.font;
        qreal inked = 0;
        for (const QString& w : words)
            inked += w.size() * font * 0.5;
        const qreal width = m_geometry.page.width() - 2 * m_geometry.margin;
        const qreal space = words.size() > 1 ? std::max(font * 0.3, (width - inked) / (words.size() - 1)) : 0;
        qreal x = m_geometry.margin;
        for (const QString& w : words) {
            m_pages.last().text(x, m_y, w, font);
            x += w.size() * font * 0.5 + space;
        }
        m_y += m_geometry.leading;
        return *this;
    }
    // Several pieces on one line: {x, text}.
    MinutesSheet& row(const QList<QPair<qreal, QString>>& cells)
    {
        m_pages.last().row(m_y, cells, m_geometry.font);
        m_y += m_geometry.leading;
        return *this;
    }
    MinutesSheet& gap()
    {
        m_y += m_geometry.leading * 6 / 7;
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
        for (const PageBuilder& b : m_pages) {
            out.append(b.build());
            out.last().rotation = m_geometry.rotation;
        }
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
            m_pages.last().text(m_geometry.page.width() / 2 - 17, m_geometry.page.height() - 37,
                                QStringLiteral("Page %1").arg(m_number), 9);
        m_pages.append(PageBuilder(number, m_geometry.page));
        m_number = number;
        m_y = m_geometry.top;
    }

    SheetGeometry m_geometry;
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

// The sheet parsed as minutes: its only meeting, or an empty one when it holds none or several.
inline Meeting parsedMeeting(const MinutesSheet& sheet)
{
    const parse::MinutesResult result = parse::MinutesParser::parse(sheet.document(), parse::MinutesContext {});
    return result.meetings.size() == 1 ? result.meetings.first() : Meeting {};
}

// The resolutions read from every line of the sheet for a meeting of `body`.
inline QList<parse::ParsedResolution> resolutionsOf(const MinutesSheet& sheet, const QString& body,
                                                    QList<RecordedVote>* others = nullptr)
{
    const auto lines = sheet.lines();
    return parse::ResolutionParser::parse(lines, 0, lines.size(), body, others);
}

// The attendance entry whose name is `name`, or (attendanceContaining) has `part` in it.
inline const Attendance* attendanceNamed(const Meeting& meeting, const QString& name)
{
    for (const Attendance& a : meeting.attendance) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

inline const Attendance* attendanceContaining(const Meeting& meeting, const QString& part)
{
    for (const Attendance& a : meeting.attendance) {
        if (a.name.contains(part))
            return &a;
    }
    return nullptr;
}

inline int attendanceCount(const Meeting& meeting, AttendanceStatus status)
{
    int n = 0;
    for (const Attendance& a : meeting.attendance)
        n += a.status == status ? 1 : 0;
    return n;
}

// The names of those present, in order.
inline QStringList presentNames(const Meeting& meeting)
{
    QStringList out;
    for (const Attendance& a : meeting.attendance) {
        if (a.status == AttendanceStatus::Present)
            out.append(a.name);
    }
    return out;
}

// The member whose name is `name`, or (meetingMemberContaining) has `part` in it.
inline const Member* meetingMember(const Meeting& meeting, const QString& name)
{
    for (const Member& m : meeting.members) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

inline const Member* meetingMemberContaining(const Meeting& meeting, const QString& part)
{
    for (const Member& m : meeting.members) {
        if (m.name.contains(part))
            return &m;
    }
    return nullptr;
}

// The numbers of the meeting's minutes, in order.
inline QStringList minuteNumbers(const Meeting& meeting)
{
    QStringList out;
    for (const Minute& m : meeting.minutes)
        out.append(m.number);
    return out;
}

inline QStringList labels(const QList<Clause>& clauses)
{
    QStringList out;
    for (const Clause& c : clauses)
        out.append(c.label);
    return out;
}

} // namespace scrutineer::testing
