#include "tables/TargetFloorParser.h"

#include "DateText.h"
#include "Rating.h"
#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "tables/ColumnRoles.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <optional>

namespace scrutineer::parse {
namespace {

const QString kNumber = QStringLiteral("(-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?)");

struct Value {
    double number = 0;
    bool percent = false;
    QString printed; // "Latest: 82%"
    QString period; // bracket after the label, when printed
    QString rating; // "(Amber)" after a Previous value, as printed without brackets
};

double toNumber(const QString& text)
{
    QString plain = text;
    plain.remove(QLatin1Char(','));
    return plain.toDouble();
}

// "On target  3  33%" in a count of actions by status: the label ends a status phrase of the
// lexicon's (rag-words: "on target", "off target", "below target"), so it labels no value.
bool endsStatusPhrase(const QRegularExpressionMatch& m, const QString& text)
{
    const QString before = text.left(m.capturedStart(QStringLiteral("label"))).trimmed();
    const QString previous = before.section(QLatin1Char(' '), -1).toLower();
    if (previous.isEmpty() || !previous.back().isLetter())
        return false;
    return Lexicon::instance().inList(QStringLiteral("rag-words"),
                                      previous + QLatin1Char(' ') + m.captured(QStringLiteral("label")).toLower());
}

std::optional<Value> find(const QRegularExpression& pattern, const QString& text)
{
    QRegularExpressionMatch m;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        m = it.next();
        if (!endsStatusPhrase(m, text))
            break;
        m = QRegularExpressionMatch();
    }
    if (!m.hasMatch())
        return std::nullopt;
    Value value;
    value.printed = m.captured(0).trimmed();
    value.period = m.captured(QStringLiteral("period")).trimmed();
    value.number = toNumber(m.captured(QStringLiteral("value")));
    value.percent = !m.captured(QStringLiteral("percent")).isEmpty();
    value.rating = m.captured(QStringLiteral("rating"));
    return value;
}

// The labels' wording is the lexicon's (indicator-latest-label, indicator-target-label,
// indicator-floor-label, indicator-previous-label, indicator-rating); the layout around them is here.
QString valueLabel(const char* cue)
{
    return QStringLiteral("\\b(?<label>%1)").arg(Lexicon::instance().alternation(QLatin1String(cue)));
}

QString valueAfterLabel()
{
    return QStringLiteral("\\s*:?\\s*(?<value>") + kNumber.mid(1, kNumber.size() - 2)
        + QStringLiteral(")\\s*(?<percent>%)?");
}

const QRegularExpression& latestPattern()
{
    static const QRegularExpression p(valueLabel("indicator-latest-label")
                                          + QStringLiteral("\\s*(?:\\((?<period>[^)]*)\\))?") + valueAfterLabel(),
                                      QRegularExpression::CaseInsensitiveOption);
    return p;
}

const QRegularExpression& targetPattern()
{
    static const QRegularExpression p(valueLabel("indicator-target-label") + valueAfterLabel(),
                                      QRegularExpression::CaseInsensitiveOption);
    return p;
}

const QRegularExpression& floorPattern()
{
    static const QRegularExpression p(valueLabel("indicator-floor-label") + valueAfterLabel(),
                                      QRegularExpression::CaseInsensitiveOption);
    return p;
}

const QRegularExpression& previousPattern()
{
    static const QRegularExpression p(
        valueLabel("indicator-previous-label") + QStringLiteral("\\s*(?:\\((?<period>[^)]*)\\))?") + valueAfterLabel()
            + QStringLiteral("(?:\\s*\\(\\s*(?<rating>%1)\\s*\\))?")
                  .arg(Lexicon::instance().alternation(QStringLiteral("indicator-rating"))),
        QRegularExpression::CaseInsensitiveOption);
    return p;
}

const QStringList& valueLabelCues()
{
    static const QStringList cues {QStringLiteral("indicator-target-label"), QStringLiteral("indicator-floor-label"),
                                   QStringLiteral("indicator-latest-label"),
                                   QStringLiteral("indicator-previous-label")};
    return cues;
}

bool isValueLine(const QString& text)
{
    return find(latestPattern(), text) || find(targetPattern(), text) || find(floorPattern(), text)
        || find(previousPattern(), text);
}

// A rating printed in capitals: "GREEN", "AMBER", "RED" (the lexicon's indicator-rating).
bool isCapitalRag(const QString& word)
{
    static const QRegularExpression rating(
        QStringLiteral("^(?:%1)$").arg(Lexicon::instance().alternation(QStringLiteral("indicator-rating"))),
        QRegularExpression::CaseInsensitiveOption);
    return word == word.toUpper() && rating.match(word).hasMatch();
}

// A KPI title: words mostly made of letters, no value labels (chart axes and legends fail this).
bool looksLikeTitleLine(const layout::LayoutLine& line)
{
    int letters = 0;
    for (const layout::LayoutWord& word : line.words) {
        bool alphabetic = true;
        for (const QChar c : word.text)
            alphabetic = alphabetic
                && (c.isLetter() || c == QLatin1Char('\'') || c == QLatin1Char('-') || c == QLatin1Char(',')
                    || c == QLatin1Char('(') || c == QLatin1Char(')'));
        letters += alphabetic ? 1 : 0;
    }
    if (letters < 3 || qsizetype(letters) * 10 < line.words.size() * 6)
        return false;
    // A line led by a label of something else ("Good performance: High   Frequency: Monthly") is
    // one of the measure's labelled lines, not its title; "Measure: name" names it.
    static const QRegularExpression labelLead(QStringLiteral("^([A-Z][A-Za-z ]{0,30}?)\\s*:\\s+\\S"));
    if (const auto m = labelLead.match(line.text());
        m.hasMatch() && !Lexicon::instance().heading(m.captured(1)).roles.contains(role::Measure))
        return false;
    static const QRegularExpression labels = [] {
        QStringList alternatives;
        for (const QString& cue : valueLabelCues())
            alternatives.append(Lexicon::instance().alternation(cue));
        return QRegularExpression(QStringLiteral("\\b(?:(?:%1))").arg(alternatives.join(QStringLiteral(")|(?:"))),
                                  QRegularExpression::CaseInsensitiveOption);
    }();
    return !labels.match(line.text()).hasMatch();
}

// A title printed after its label ("Measure: RS1 Households in temporary accommodation"): the
// name after the label, when the lexicon names the label as a measure's heading.
QString withoutMeasureLabel(const QString& title)
{
    static const QRegularExpression labelled(QStringLiteral("^([A-Z][A-Za-z ]{0,30}?)\\s*:\\s+(\\S.*)$"));
    const auto m = labelled.match(title);
    if (m.hasMatch() && Lexicon::instance().heading(m.captured(1)).roles.contains(role::Measure))
        return m.captured(2);
    return title;
}

QString periodText(const QString& printed)
{
    if (printed.isEmpty())
        return {};
    const QString due = datetext::parseDueDate(printed);
    return due.isEmpty() ? printed : due;
}

} // namespace

void TargetFloorParser::parse(const layout::LayoutDocument& document, QList<Indicator>& indicators,
                              QList<Reading>& readings)
{
    for (const layout::LayoutPage& page : document.pages)
        parsePage(page, indicators, readings);
}

void TargetFloorParser::parsePage(const layout::LayoutPage& page, QList<Indicator>& indicators,
                                  QList<Reading>& readings)
{
    // Cheap test first: most pages have no "Target"/"Floor" label followed by a value. A word must
    // start with one of the labels' 'contains' words.
    static const QStringList labelWords = [] {
        QStringList words;
        for (const QString& cue : valueLabelCues())
            words += Lexicon::instance().hints(cue);
        return words;
    }();
    static const qsizetype shortestLabel = [] {
        qsizetype shortest = std::numeric_limits<qsizetype>::max();
        for (const QString& word : labelWords)
            shortest = std::min(shortest, word.size());
        return shortest;
    }();
    auto labelled = [](const layout::LayoutLine& line) {
        for (const layout::LayoutWord& word : line.words) {
            if (word.text.size() < shortestLabel)
                continue;
            for (const QString& label : labelWords) {
                if (word.text.startsWith(label, Qt::CaseInsensitive))
                    return true;
            }
        }
        return false;
    };
    QList<bool> valueLine(page.lines.size(), false);
    bool candidate = false;
    for (qsizetype i = 0; i < page.lines.size(); ++i) {
        valueLine[i] = labelled(page.lines.at(i)) && isValueLine(page.lines.at(i).text());
        candidate = candidate || valueLine.at(i);
    }
    if (!candidate)
        return;

    const QList<layout::LayoutLine>& lines = page.lines;
    qsizetype searchFrom = 0; // titles are looked for after the previous block only
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!valueLine.at(i))
            continue;
        // The block: value lines next to each other.
        qsizetype end = i;
        while (end + 1 < lines.size() && valueLine.at(end + 1)
               && lines.at(end + 1).top() - lines.at(end).box.bottom() < 1.5 * lines.at(end).height())
            ++end;
        QStringList parts;
        for (qsizetype k = i; k <= end; ++k)
            parts.append(lines.at(k).text());
        const QString block = parts.join(QLatin1Char(' '));
        const auto target = find(targetPattern(), block);
        const auto floor = find(floorPattern(), block);
        const auto latest = find(latestPattern(), block);
        const auto previous = find(previousPattern(), block);
        const qsizetype blockStart = i;
        i = end;
        if (!target && !floor)
            continue;

        // The title above: the line holding the capitalised rating, else the nearest title-like line.
        QString title;
        QString current;
        for (qsizetype k = blockStart - 1; k >= searchFrom && title.isEmpty(); --k) {
            const layout::LayoutLine& line = lines.at(k);
            QList<layout::LayoutWord> rest;
            QString rag;
            for (const layout::LayoutWord& word : line.words) {
                if (isCapitalRag(word.text))
                    rag = word.text;
                else
                    rest.append(word);
            }
            if (rag.isEmpty())
                continue;
            layout::LayoutLine titleLine = line;
            titleLine.words = rest;
            if (looksLikeTitleLine(titleLine)) {
                title = titleLine.text();
            } else if (rest.isEmpty()) {
                // The rating word alone on its line: the title is the line it overlaps vertically.
                for (qsizetype n : {k - 1, k + 1}) {
                    if (n < searchFrom || n >= blockStart)
                        continue;
                    const layout::LayoutLine& other = lines.at(n);
                    if (other.box.top() < line.box.bottom() && other.box.bottom() > line.box.top()
                        && looksLikeTitleLine(other)) {
                        title = other.text();
                        break;
                    }
                }
            }
            if (!title.isEmpty())
                current = rag;
        }
        if (title.isEmpty()) {
            for (qsizetype k = blockStart - 1; k >= searchFrom; --k) {
                if (looksLikeTitleLine(lines.at(k))) {
                    title = lines.at(k).text();
                    break;
                }
            }
        }
        searchFrom = end + 1;
        if (title.isEmpty())
            continue; // values without a measure to hang them on

        Indicator indicator;
        indicator.name = text::collapseWhitespace(withoutMeasureLabel(title));
        if (target)
            indicator.target = target->number;
        if (floor)
            indicator.floor = floor->number;
        if (target && floor && target->number != floor->number)
            indicator.polarity = floor->number < target->number ? Polarity::HigherIsBetter : Polarity::LowerIsBetter;
        const bool percent = (target && target->percent) || (floor && floor->percent) || (latest && latest->percent)
            || (previous && previous->percent);
        if (percent)
            indicator.unit = QStringLiteral("%");
        indicator.pdfPage = page.number;
        indicators.append(indicator);
        const int index = int(indicators.size()) - 1;

        if (previous) {
            Reading reading;
            reading.indicatorIndex = index;
            reading.value = previous->number;
            reading.valueText = previous->printed;
            reading.period = periodText(previous->period);
            reading.reportedRating = previous->rating;
            reading.pdfPage = page.number;
            readings.append(reading);
        }
        if (latest) {
            Reading reading;
            reading.indicatorIndex = index;
            reading.value = latest->number;
            reading.valueText = latest->printed;
            reading.period = periodText(latest->period);
            reading.reportedRating = current;
            reading.pdfPage = page.number;
            readings.append(reading);
        }
    }
}

} // namespace scrutineer::parse
