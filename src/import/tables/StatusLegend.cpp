#include "tables/StatusLegend.h"

#include "Action.h"
#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "tables/StatusVocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace scrutineer::parse {

namespace {

QString legendCode(const QString& code)
{
    return text::collapseWhitespace(code).toUpper();
}

// What a key's words for a code say its status is: the cell vocabulary's statuses, else the
// lexicon's wording of a key ("work has not begun", "the due date has passed"), tried from the
// most particular status to the least ("not yet completed" is not started, not complete).
std::optional<ActionStatus> meaningStatus(const QString& meaning)
{
    if (const auto status = StatusVocabulary::match(meaning); status)
        return status;
    static const std::pair<const char*, ActionStatus> cues[] = {
        {"status-key-not-started", ActionStatus::NotStarted}, {"status-key-off-track", ActionStatus::OffTrack},
        {"status-key-at-risk", ActionStatus::AtRisk},         {"status-key-on-track", ActionStatus::OnTrack},
        {"status-key-complete", ActionStatus::Complete},
    };
    const Lexicon& lexicon = Lexicon::instance();
    for (const auto& [cue, status] : cues) {
        if (lexicon.matches(QLatin1String(cue), meaning))
            return status;
    }
    return std::nullopt;
}

} // namespace

std::optional<StatusLegend> StatusLegend::read(const QString& line)
{
    // "RAG: G on track …; A at risk …" / "Key - B = complete; G = on track": an optional label
    // before the first code, then code and meaning in each part between semicolons. A code may be
    // a word or two when a dash or "=" sets its meaning off ("Status key: Complete – action
    // finished; Not started – work has not begun").
    static const QRegularExpression label(QStringLiteral(
        "^[^;:]{1,30}:\\s*(?=\\S{1,2}\\s|[A-Z][A-Za-z]*(?:\\s+[a-z]+){0,2}\\s*(?:=|-|\u2013|\u2014)\\s)"));
    static const QRegularExpression entry(
        QStringLiteral("^\\s*([A-Z]{1,2})\\s*(?:=|:|-|\u2013)?\\s+(\\S.*?)[\\s.;]*$"));
    static const QRegularExpression wordEntry(
        QStringLiteral("^\\s*([A-Z][A-Za-z]*(?:\\s+[a-z]+){0,2})\\s*(?:=|-|\u2013|\u2014)\\s+(\\S.*?)[\\s.;]*$"));
    QStringList parts = line.split(QLatin1Char(';'));
    if (parts.size() < 2)
        parts = StatusLegend::equalsEntries(line);
    if (parts.size() < 2)
        return std::nullopt;
    StatusLegend legend;
    int statuses = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString part = parts.at(i);
        if (i == 0)
            part.remove(label);
        if (part.trimmed().isEmpty() && i == parts.size() - 1)
            continue; // a closing semicolon
        auto m = entry.match(part);
        if (!m.hasMatch())
            m = wordEntry.match(part);
        const QString code = m.hasMatch() ? legendCode(m.captured(1)) : QString();
        if (!m.hasMatch() || legend.m_meanings.contains(code))
            return std::nullopt; // every part is a code and its meaning, each code once
        legend.m_meanings.insert(code, m.captured(2));
        // A word code may name its status itself ("On track – ..."); a letter does not.
        statuses += meaningStatus(m.captured(2)) || (code.size() > 2 && StatusVocabulary::match(code)) ? 1 : 0;
    }
    // Two entries at least must name a status: "A list; B another" is no key.
    if (statuses < 2)
        return std::nullopt;
    return legend;
}

QStringList StatusLegend::equalsEntries(const QString& line)
{
    // A code is a capitalised word with up to two lower-case words after it, or one or two
    // capitals, standing before "="; what comes before the first code is the key's label.
    static const QRegularExpression code(
        QStringLiteral("(?:^|(?<=\\s))(?:[A-Z][A-Za-z]*(?:\\s+[a-z]+){0,2}|[A-Z]{1,2})\\s*=\\s"));
    static const QRegularExpression label(QStringLiteral("^[^:]{1,30}:\\s*$"));
    QList<qsizetype> starts;
    for (auto it = code.globalMatch(line); it.hasNext();)
        starts.append(it.next().capturedStart());
    if (starts.size() < 2)
        return {};
    const QString before = line.left(starts.first());
    if (!before.trimmed().isEmpty() && !label.match(before).hasMatch())
        return {};
    QStringList parts;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : line.size();
        parts.append(line.mid(starts.at(i), end - starts.at(i)));
    }
    return parts;
}

void StatusLegend::merge(const QHash<QString, QString>& meanings)
{
    for (auto it = meanings.cbegin(); it != meanings.cend(); ++it) {
        if (!m_meanings.contains(it.key()))
            m_meanings.insert(it.key(), it.value());
    }
}

ActionStatus StatusLegend::statusFor(const QString& code) const
{
    const QString key = legendCode(code);
    const auto it = m_meanings.constFind(key);
    if (it == m_meanings.constEnd())
        return ActionStatus::Unknown;
    if (const auto status = meaningStatus(*it); status)
        return *status;
    // The key's words name no status: a word code still names its own ("Slipping – see note").
    return key.size() > 2 ? StatusVocabulary::match(code).value_or(ActionStatus::Unknown) : ActionStatus::Unknown;
}

void StatusLegend::apply(QList<Action>& actions, qsizetype first, qsizetype count) const
{
    static const QRegularExpression code(QStringLiteral("^\\s*[A-Za-z]{1,2}\\s*$"));
    const qsizetype end = count < 0 ? actions.size() : std::min(actions.size(), first + count);
    for (qsizetype i = first; i < end; ++i) {
        Action& action = actions[i];
        if (has(action.statusText)) {
            const ActionStatus status = statusFor(action.statusText);
            if (status != ActionStatus::Unknown)
                action.status = status;
            continue;
        }
        if (code.match(action.statusText).hasMatch())
            action.flags.append(QCoreApplication::translate("StatusLegend", "status %1 is not in the table's key")
                                    .arg(action.statusText.trimmed()));
    }
}

std::optional<StatusLegend> StatusLegend::Lines::read(const QString& line, int page)
{
    const bool wrapped = !m_text.isEmpty() && m_page == page;
    std::optional<StatusLegend> legend;
    if (wrapped)
        legend = StatusLegend::read(m_text + QLatin1Char(' ') + line);
    if (!legend && line.contains(QLatin1Char(';')))
        legend = StatusLegend::read(line);
    if (!legend && line.contains(QLatin1Char('=')))
        legend = StatusLegend::read(line);
    const QString joined = wrapped && legend ? m_text + QLatin1Char(' ') + line : line;
    const bool samePage = m_page == page;
    m_text = line.endsWith(QLatin1Char(';')) ? joined : QString();
    m_page = page;
    // A key printed over two lines of entries, each line a key of its own: one key.
    if (legend && !wrapped && samePage)
        legend->merge(m_previous);
    m_previous = legend ? legend->m_meanings : QHash<QString, QString>();
    return legend;
}

} // namespace scrutineer::parse
