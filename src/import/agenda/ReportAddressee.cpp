#include "agenda/ReportAddressee.h"

#include "DateText.h"
#include "TextUtil.h"
#include "lexicon/Lexicon.h"

#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

struct LabelledLine {
    QString label;
    QString value;
    int line = -1;
};

// "To: County Council – 13 March 2025", or "To" in a column of its own beside its value.
std::optional<LabelledLine> labelled(const layout::LayoutLine& line)
{
    const QString text = line.text();
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon > 0 && colon < 30)
        return LabelledLine {text.left(colon).trimmed(), text.mid(colon + 1).trimmed()};
    // Label column: the first words stand apart from the rest.
    for (qsizetype i = 1; i < line.words.size() && i <= 4; ++i) {
        const layout::LayoutWord& a = line.words.at(i - 1);
        const layout::LayoutWord& b = line.words.at(i);
        if (b.box.left() - a.box.right() > 1.5 * std::max(a.box.height(), b.box.height())) {
            layout::LayoutLine label = line;
            label.words = line.words.mid(0, i);
            layout::LayoutLine value = line;
            value.words = line.words.mid(i);
            return LabelledLine {label.text(), value.text()};
        }
    }
    return std::nullopt;
}

// The body before the date, without the separating dash or comma: "County Council – 13 March
// 2025" -> "County Council".
QString bodyBefore(const QString& value, qsizetype dateStart)
{
    static const QRegularExpression trailing(QStringLiteral("[\\s,\u2013\u2014-]+$"));
    QString body = value.left(dateStart);
    body.remove(trailing);
    // A weekday printed before the date belongs to the date (weekday-name).
    static const QRegularExpression weekday(
        QStringLiteral("[\\s,]*%1$").arg(Lexicon::instance().alternation(QStringLiteral("weekday-name"))),
        QRegularExpression::CaseInsensitiveOption);
    body.remove(weekday);
    body.remove(trailing);
    return text::collapseWhitespace(body);
}

} // namespace

std::optional<Meeting> ReportAddressee::read(const layout::LayoutDocument& document)
{
    const Lexicon& lexicon = Lexicon::instance();
    for (const layout::LayoutPage& page : document.pages) {
        if (page.lines.isEmpty())
            continue;
        Meeting meeting;
        // The front sheet's labels sit in the page's first lines.
        for (int i = 0; i < page.lines.size() && i < 25; ++i) {
            const auto field = labelled(page.lines.at(i));
            if (!field || field->value.isEmpty())
                continue;
            QString value = field->value;
            // A value wrapped onto the next line, indented under itself.
            if (i + 1 < page.lines.size() && !labelled(page.lines.at(i + 1))
                && page.lines.at(i + 1).top() - page.lines.at(i).box.bottom() < 0.6 * page.lines.at(i).height())
                value += QLatin1Char(' ') + page.lines.at(i + 1).text();
            if (lexicon.matches(QStringLiteral("report-addressee"), field->label)) {
                const QList<datetext::DateMatch> dates = datetext::findDates(value);
                if (!dates.isEmpty()) {
                    meeting.date = dates.first().date;
                    meeting.body = bodyBefore(value, dates.first().start);
                    if (const auto time = datetext::parseTime(value.mid(dates.first().start + dates.first().length)))
                        meeting.time = *time;
                } else if (meeting.body.isEmpty()) {
                    meeting.body = text::collapseWhitespace(value);
                }
                meeting.pdfPage = page.number;
            } else if (lexicon.matches(QStringLiteral("meeting-date-label"), field->label) && !meeting.date.isValid()) {
                const QList<datetext::DateMatch> dates = datetext::findDates(value);
                if (!dates.isEmpty())
                    meeting.date = dates.first().date;
            }
        }
        // Only the first page with text holds the front sheet.
        if (meeting.date.isValid() && !meeting.body.isEmpty())
            return meeting;
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace scrutineer::parse
