#include "minutes/MinuteItemLinker.h"

#include "lexicon/Lexicon.h"

#include "TextUtil.h"

#include <QHash>
#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

// Leading digits of an item or minute number ("7a" -> 7), or nullopt.
std::optional<int> leadingNumber(const QString& number)
{
    static const QRegularExpression digits(QStringLiteral("^\\s*(\\d{1,5})"));
    const auto m = digits.match(number);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

} // namespace

QString MinuteItemLinker::titleKey(const QString& title)
{
    static const QRegularExpression pages(Lexicon::instance().alternation(QStringLiteral("minute-title-pages")));
    QString s = text::normaliseForMatch(title);
    s.remove(pages);
    s.replace(QLatin1Char('&'), QStringLiteral(" and "));
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        out.append(c.isLetterOrNumber() ? c : QLatin1Char(' '));
    return text::collapseWhitespace(out);
}

void MinuteItemLinker::link(QList<Minute>& minutes, const QList<AgendaItem>& agenda)
{
    if (agenda.isEmpty())
        return;
    QHash<QString, QList<int>> byTitle; // title key -> agenda indexes
    for (int i = 0; i < agenda.size(); ++i) {
        const QString key = titleKey(agenda.at(i).title);
        if (!key.isEmpty())
            byTitle[key].append(i);
    }

    // Printed links are facts; unique title matches next. Both show the numbering's offset.
    QHash<int, int> offsets; // minute number - item number -> how many links show it
    QList<int> ambiguous;
    for (int m = 0; m < minutes.size(); ++m) {
        Minute& minute = minutes[m];
        if (!minute.item.isEmpty()) {
            if (minute.itemMethod.isEmpty())
                minute.itemMethod = QStringLiteral("printed");
        } else {
            const QList<int> candidates = byTitle.value(titleKey(minute.title));
            if (candidates.size() == 1) {
                minute.item = agenda.at(candidates.first()).number;
                minute.itemMethod = QStringLiteral("title");
            } else if (candidates.size() > 1) {
                ambiguous.append(m);
            }
        }
        const auto minuteNumber = leadingNumber(minute.number);
        const auto itemNumber = leadingNumber(minute.item);
        if (minuteNumber && itemNumber)
            ++offsets[*minuteNumber - *itemNumber];
    }
    if (ambiguous.isEmpty() || offsets.size() != 1)
        return; // no offset, or links that disagree on it: leave the shared titles unknown
    const int offset = offsets.begin().key();
    for (int m : ambiguous) {
        Minute& minute = minutes[m];
        const auto minuteNumber = leadingNumber(minute.number);
        if (!minuteNumber)
            continue;
        QList<int> fitting;
        for (int i : byTitle.value(titleKey(minute.title))) {
            const auto itemNumber = leadingNumber(agenda.at(i).number);
            if (itemNumber && *minuteNumber - *itemNumber == offset)
                fitting.append(i);
        }
        if (fitting.size() == 1) {
            minute.item = agenda.at(fitting.first()).number;
            minute.itemMethod = QStringLiteral("title+numbering");
        }
    }
}

} // namespace scrutineer::parse
