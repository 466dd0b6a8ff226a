#include "minutes/MinuteReferences.h"

#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

// Letters (capitals), the joiner, the number, an optional "/number", an optional stop, the title
// (absent when the reference stands alone on its line).
const QRegularExpression& referencePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:([A-Z]{1,6})([./-]|\\s(?=\\d)))?(\\d{1,4})(?:/(\\d{1,4}))?(\\.?)(?:\\s+(\\S.*))?$"));
    return re;
}

QList<MinuteReference> referenceReadings(const QString& line, bool alone)
{
    const auto m = referencePattern().match(line.trimmed());
    if (!m.hasMatch() || m.captured(6).isEmpty() != alone)
        return {};
    const QString letters = m.captured(1);
    const QString joiner = m.captured(2);
    const QString first = m.captured(3);
    const QString second = m.captured(4);
    const QString title = m.captured(6).trimmed();
    const QString lead = letters + joiner;
    const QString printed = lead + first + (second.isEmpty() ? QString() : QLatin1Char('/') + second);
    const int lettersRun = letters.isEmpty() ? 1 : (joiner.at(0).isSpace() ? 3 : 2);

    QList<MinuteReference> readings;
    if (second.isEmpty()) {
        readings.append({printed, first.toInt(), lead + QLatin1Char('#'), title, lettersRun});
        if (letters.isEmpty())
            readings.last().shape.clear();
        return readings;
    }
    // "45/23": the first half counts up and the second is the year, or the other way round.
    const int run = std::max(lettersRun, 2);
    readings.append({printed, first.toInt(), lead + QStringLiteral("#/") + second, title, run});
    readings.append({printed, second.toInt(), lead + first + QStringLiteral("/#"), title, run});
    return readings;
}

} // namespace

QList<MinuteReference> MinuteReferences::read(const QString& line)
{
    return referenceReadings(line, false);
}

QList<MinuteReference> MinuteReferences::readAlone(const QString& line)
{
    return referenceReadings(line, true);
}

} // namespace scrutineer::parse
