#include "tables/PlanParser.h"

#include "tables/ActionPlanParser.h"
#include "tables/PerformanceSummaryParser.h"
#include "tables/TargetFloorParser.h"
#include "tables/ThresholdParser.h"

#include <QRegularExpression>

#include <optional>

namespace scrutineer::parse {
namespace {

// A plan's priority banner: "Recommendation | 1.1 Front Line Practice – Assessment and Planning",
// "Priority 2: …", "Outcome 3 …". Returns "1.1 Front Line Practice – Assessment and Planning".
std::optional<QString> sectionBanner(const layout::LayoutLine& line)
{
    if (line.words.size() < 3)
        return std::nullopt;
    static const QStringList labels
        = {QStringLiteral("Recommendation"), QStringLiteral("Priority"), QStringLiteral("Objective"),
           QStringLiteral("Outcome"),        QStringLiteral("Theme"),    QStringLiteral("Workstream")};
    const QString& first = line.words.first().text;
    bool labelled = false;
    for (const QString& label : labels)
        labelled = labelled || first.startsWith(label, Qt::CaseInsensitive);
    if (!labelled)
        return std::nullopt;
    static const QRegularExpression banner(
        QStringLiteral("^(?:Recommendation|Priority(?:\\s+area)?|Objective|Outcome|Theme|Workstream)\\s*:?\\s+"
                       "(\\d{1,2}(?:\\.\\d{1,2})*\\.?)\\s*[:\u2013-]?\\s+(\\p{Lu}.{2,150})$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = banner.match(line.text());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1) + QLatin1Char(' ') + m.captured(2).trimmed();
}

// Runs the table kinds over the document's lines: one open table at a time.
class PlanRun {
public:
    PlanResult run(const layout::LayoutDocument& document)
    {
        for (const layout::LayoutPage& page : document.pages) {
            const QList<layout::LayoutLine>& lines = page.lines;
            for (qsizetype i = 0; i < lines.size(); ++i)
                i += consume(lines, i) - 1;
        }
        close();
        ActionPlanParser::flagRefs(m_result.actions, m_filledRefs);
        TargetFloorParser::parse(document, m_result.indicators, m_result.readings);
        PerformanceSummaryParser::parse(document, m_result.indicators, m_result.readings);
        return m_result;
    }

private:
    // Handles lines[i] (and a header's continuation lines); returns how many lines it used.
    qsizetype consume(const QList<layout::LayoutLine>& lines, qsizetype i)
    {
        const layout::LayoutLine& line = lines.at(i);
        const QString first = HeaderMatcher::firstToken(line);
        if (!ActionPlanParser::matcher().mayStart(first) && !ActionPlanParser::trackerMatcher().mayStart(first)
            && !ThresholdParser::matcher().mayStart(first))
            return feed(line);
        if (const auto header = ActionPlanParser::matcher().match(lines, i);
            header && ActionPlanParser::accepts(*header)) {
            if (m_actions && m_actions->origin() == ActionOrigin::ImprovementPlan) {
                m_actions->repeatHeader(*header); // repeated per page, wording drifting
            } else {
                close();
                m_actions.emplace(*header, m_section);
            }
            return header->lineCount;
        }
        if (const auto header = ActionPlanParser::trackerMatcher().match(lines, i);
            header && ActionPlanParser::acceptsTracker(*header)) {
            if (m_actions && m_actions->origin() == ActionOrigin::ActionsArising) {
                m_actions->repeatHeader(*header);
            } else {
                close();
                m_actions.emplace(*header, m_section, ActionOrigin::ActionsArising);
            }
            return header->lineCount;
        }
        if (const auto header = ThresholdParser::matcher().match(lines, i);
            header && ThresholdParser::accepts(*header)) {
            if (m_thresholds) {
                m_thresholds->repeatHeader(*header);
            } else {
                close();
                m_thresholds.emplace(*header, m_section);
            }
            return header->lineCount;
        }
        return feed(line);
    }

    // A line that starts no header: a line for the open table, or a section banner.
    qsizetype feed(const layout::LayoutLine& line)
    {
        // An action table sees the line first: an outcome column may read "Outcome 2 …".
        if (m_actions) {
            if (m_actions->feed(line))
                return 1;
            close();
        }
        if (const auto banner = sectionBanner(line); banner) {
            close();
            m_section = *banner;
            return 1;
        }
        if (m_thresholds && !m_thresholds->feed(line))
            close();
        return 1;
    }

    void close()
    {
        if (m_actions) {
            m_result.actions += m_actions->finish();
            m_filledRefs += m_actions->filledRefs();
            m_actions.reset();
        }
        if (m_thresholds) {
            m_result.indicators += m_thresholds->finish();
            m_thresholds.reset();
        }
    }

    PlanResult m_result;
    QList<bool> m_filledRefs;
    QString m_section;
    std::optional<ActionPlanParser> m_actions;
    std::optional<ThresholdParser> m_thresholds;
};

} // namespace

PlanResult PlanParser::parse(const layout::LayoutDocument& document)
{
    PlanRun run;
    return run.run(document);
}

} // namespace scrutineer::parse
