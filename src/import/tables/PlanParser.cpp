#include "tables/PlanParser.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "tables/ActionBlockParser.h"
#include "tables/ActionPlanParser.h"
#include "tables/ColumnRoles.h"
#include "tables/HeaderReader.h"
#include "tables/IndicatorBlockParser.h"
#include "tables/IndicatorCardParser.h"
#include "tables/IndicatorMerge.h"
#include "tables/PerformanceSummaryParser.h"
#include "tables/RoleTable.h"
#include "tables/ScorecardParser.h"
#include "tables/StatusLegend.h"
#include "tables/TargetFloorParser.h"
#include "tables/ThresholdParser.h"

#include <QDebug>
#include <QRegularExpression>

#include <optional>
#include <utility>

namespace scrutineer::parse {
namespace {

// A plan's priority banner: "Recommendation | 1.1 Front Line Practice – Assessment and Planning",
// "Priority 2: …", "Outcome 3 …". Returns "1.1 Front Line Practice – Assessment and Planning".
std::optional<QString> sectionBanner(const layout::LayoutLine& line)
{
    if (line.words.size() < 3)
        return std::nullopt;
    // The first word holds the label or the line is no banner: a cheap test before the pattern.
    const Lexicon& lexicon = Lexicon::instance();
    if (!lexicon.mayHold(QStringLiteral("plan-section-banner"), line.words.first().text))
        return std::nullopt;
    const auto m = lexicon.match(QStringLiteral("plan-section-banner"), line.text());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1) + QLatin1Char(' ') + m.captured(2).trimmed();
}

// A short line just above a table names it when no numbered banner does ("Proposed priorities ~
// Public Health" over a plan's header).
struct Title {
    const layout::LayoutLine* line = nullptr; // lines outlive the run
    int page = 0;
    qreal bottom = 0;
};

// A key of status codes seen outside any table, and its page.
struct PageLegend {
    StatusLegend legend;
    int page = 0;
};

// The actions a table gave, and the page it ended on.
struct ActionRange {
    int first = 0;
    int count = 0;
    int page = 0;
};

// Runs the table kinds over the document's lines: one open table at a time.
class PlanRun {
public:
    explicit PlanRun(const Lexicon& lexicon) : m_lexicon(lexicon), m_headers(lexicon) { }

    PlanResult run(const layout::LayoutDocument& document)
    {
        for (const layout::LayoutPage& page : document.pages) {
            const QList<layout::LayoutLine>& lines = page.lines;
            for (qsizetype i = 0; i < lines.size(); ++i)
                i += consume(lines, i) - 1;
        }
        releaseHeldTitle();
        close();
        // Actions printed as labelled blocks rather than table rows.
        for (const Action& action : ActionBlockParser::parse(document, m_lexicon)) {
            m_result.actions.append(action);
            m_filledRefs.append(false);
        }
        ActionPlanParser::flagRefs(m_result.actions, m_filledRefs);
        // Block-per-indicator reports and RAG summaries; a measure a table already gave is not repeated.
        using Reader = void (*)(const layout::LayoutDocument&, QList<Indicator>&, QList<Reading>&);
        for (const Reader reader : {Reader(&TargetFloorParser::parse), Reader(&PerformanceSummaryParser::parse),
                                    Reader(&IndicatorCardParser::parse), Reader(&IndicatorBlockParser::parse)}) {
            QList<Indicator> more;
            QList<Reading> moreReadings;
            reader(document, more, moreReadings);
            IndicatorMerge::append(m_result.indicators, m_result.readings, more, moreReadings);
        }
        // Bands printed in a table of their own, matched to the measures by ref.
        IndicatorMerge::bandsByRef(m_result.indicators, m_result.readings);
        return m_result;
    }

private:
    // Handles lines[i] (and a header's continuation lines); returns how many lines it used.
    qsizetype consume(const QList<layout::LayoutLine>& lines, qsizetype i)
    {
        const layout::LayoutLine& line = lines.at(i);
        if (auto header = m_headers.read(lines, i)) {
            ColumnRoles::settleFromHeadings(*header);
            TableKind kind = ColumnRoles::classify(*header);
            if (kind == TableKind::None && addLabelColumn(*header, lines))
                kind = ColumnRoles::classify(*header);
            if (qEnvironmentVariableIsSet("DEBUG_TABLES"))
                qWarning() << "header p" << header->pageNumber << header->keys() << int(kind);
            if (kind == TableKind::Thresholds) {
                releaseHeldTitle();
                if (m_thresholds) {
                    m_thresholds->repeatHeader(*header);
                } else {
                    close();
                    m_thresholds.emplace(*header, m_section);
                    openReport(*header, kind);
                }
                return header->lineCount;
            }
            if (kind != TableKind::None) {
                // A header repeated at the top of a page continues the table (wording may drift),
                // also under a title saying it goes on; the same header again further down a page, under
                // rows, starts the next table.
                if (m_table && m_table->kind() == kind && sameColumns(*header)
                    && (m_table->lastPage() < header->pageNumber || m_table->titledAbove(*header))) {
                    m_heldTitle = nullptr;
                    m_table->repeatHeader(*header);
                } else {
                    releaseHeldTitle();
                    close();
                    const QString section = titleFor(*header);
                    m_table.emplace(*header, kind, section);
                    m_tableHeader = *header;
                    // A key of status codes printed above the table on its page is the table's.
                    if (m_legend && m_legend->page == header->pageNumber)
                        m_tableLegend = m_legend->legend;
                    m_legend.reset();
                    openReport(*header, kind);
                }
                return header->lineCount;
            }
            // A header of a table no kind claims: inside an open table it is one of its rows;
            // elsewhere it is noted for the inspection report.
            if (m_table || m_thresholds)
                return feed(line);
            close();
            openReport(*header, TableKind::None);
            closeReport(0);
            return header->lineCount;
        }
        return feed(line);
    }

    // A numbered banner that starts left of the open table's second column when its first is the
    // ref column ("Priority 2: …" between two priorities' rows): the rows' text keeps to its
    // columns, and a ref column holds refs, so such a line heads the rows below; it never goes on
    // the cell above.
    bool bannerOutdented(const layout::LayoutLine& line) const
    {
        const QList<TableColumn>& columns = m_tableHeader.columns;
        if (columns.size() < 2 || m_tableHeader.indexOf(role::Ref) != 0 || line.words.isEmpty())
            return false;
        return line.left() < columns.at(1).left - 0.5 * line.height() && sectionBanner(line).has_value();
    }

    // A line that starts no header: a line for the open table, or a section banner.
    qsizetype feed(const layout::LayoutLine& line)
    {
        // Under a title saying the table goes on, a line that keeps to the table (a row, or a
        // section going on): the header was not repeated, and the title is no row.
        if (m_heldTitle && m_table && line.pageNumber == m_heldTitle->pageNumber
            && m_table->feed(line, bannerOutdented(line))) {
            m_heldTitle = nullptr;
            return 1;
        }
        releaseHeldTitle();
        if (takeLegend(line))
            return 1;
        // An action table sees the line first: an outcome column may read "Outcome 2 …". A banner
        // set out of the column it would continue, towards the ref column, is a section row.
        if (m_table) {
            if (m_table->feed(line, bannerOutdented(line)))
                return 1;
            // A title first on a page after the table's saying the table goes on ("Appendix 1
            // (continued)") may stand over its header repeated: held until the next line.
            if (line.pageNumber > m_table->lastPage() && m_table->isContinuedTitle(line)) {
                m_heldTitle = &line;
                return 1;
            }
            if (qEnvironmentVariableIsSet("DEBUG_TABLES"))
                qWarning() << "table ends at p" << line.pageNumber << line.text();
            close();
        }
        if (const auto banner = sectionBanner(line); banner) {
            close();
            m_section = *banner;
            m_bannerSinceTable = true;
            return 1;
        }
        if (m_thresholds) {
            if (m_thresholds->feed(line))
                return 1;
            close();
        }
        if (line.words.size() <= 15)
            m_title = Title {&line, line.pageNumber, line.box.bottom()};
        else
            m_title.reset();
        return 1;
    }

    // The title held over a page break is no repeated header's: the table ended at it.
    void releaseHeldTitle()
    {
        if (const layout::LayoutLine* title = std::exchange(m_heldTitle, nullptr)) {
            close();
            feed(*title);
        }
    }

    // A key of status codes, on one line or wrapped over two (the first ending in a semicolon).
    // Below a table, on its last page, it is that table's key and ends the table; elsewhere it is
    // kept for the next table on its page.
    bool takeLegend(const layout::LayoutLine& line)
    {
        std::optional<StatusLegend> legend = m_legendLines.read(text::collapseWhitespace(line.text()), line.pageNumber);
        if (!legend)
            return false;
        close();
        if (m_lastActions && m_lastActions->page == line.pageNumber) {
            legend->apply(m_result.actions, m_lastActions->first, m_lastActions->count);
        } else {
            m_legend = PageLegend {*legend, line.pageNumber};
        }
        return true;
    }

    // Figures headed over their columns while the measures' names stand in a column with no
    // heading at the left ("| Actual | Upper limit | Lower limit" over "Under 12 months 0.01% …"):
    // that column is the measures'.
    static bool addLabelColumn(TableHeader& header, const QList<layout::LayoutLine>& lines)
    {
        int figures = 0;
        for (const TableColumn& column : std::as_const(header.columns)) {
            const QString& key = column.key;
            figures += key == role::Actual || key == role::Target || key == role::Previous || key == role::Floor
                    || key == role::Limit || key == role::Baseline
                ? 1
                : 0;
            if (key == role::Measure || key == role::Action)
                return false;
        }
        // Periods heading the first column head rows of periods (a card's table under its title):
        // nothing names measures left of them.
        if (figures < 2 || header.columns.isEmpty() || header.columns.first().key == role::Period)
            return false;
        qreal margin = header.columns.first().left;
        for (const layout::LayoutLine& line : lines) {
            if (line.pageNumber == header.pageNumber && line.top() > header.bottom && line.top() < header.bottom + 200)
                margin = std::min(margin, line.left());
        }
        if (header.columns.first().left - margin < 60)
            return false;
        TableColumn names(role::Measure, margin, header.columns.first().left - 4);
        names.roles = {role::Measure};
        header.columns.prepend(names);
        return true;
    }

    QString titleFor(const TableHeader& header)
    {
        if (m_bannerSinceTable || !m_title || m_title->page != header.pageNumber)
            return m_section;
        const qreal gap = header.top - m_title->bottom;
        return gap >= 0 && gap < 60 ? text::collapseWhitespace(m_title->line->text()) : m_section;
    }

    bool sameColumns(const TableHeader& header) const { return header.keys() == m_tableHeader.keys(); }

    void openReport(const TableHeader& header, TableKind kind)
    {
        m_lastActions.reset();
        TableReport report;
        report.kind = toString(kind);
        report.firstPage = report.lastPage = header.pageNumber;
        report.top = header.top;
        for (const TableColumn& column : header.columns) {
            report.headings.append(text::collapseWhitespace(column.heading));
            report.roles.append(ColumnRoles::isUnknownKey(column.key) ? QString() : column.key);
        }
        report.confidence = ColumnRoles::headerConfidence(header);
        report.firstAction = int(m_result.actions.size());
        report.firstIndicator = int(m_result.indicators.size());
        m_result.tables.append(report);
    }

    void closeReport(int rows, int lastPage = 0, const QStringList& roles = {}, double confidence = -1)
    {
        if (m_result.tables.isEmpty())
            return;
        TableReport& report = m_result.tables.last();
        report.rows += rows;
        report.actionCount = int(m_result.actions.size()) - report.firstAction;
        report.indicatorCount = int(m_result.indicators.size()) - report.firstIndicator;
        report.lastPage = std::max(report.lastPage, lastPage);
        if (!roles.isEmpty()) {
            for (qsizetype i = 0; i < report.roles.size() && i < roles.size(); ++i)
                report.roles[i] = roles.at(i);
        }
        if (confidence >= 0)
            report.confidence = confidence;
    }

    void close()
    {
        if (m_table) {
            const RoleTableResult table = m_table->finish();
            QStringList roles;
            for (const TableColumn& column : table.header.columns)
                roles.append(ColumnRoles::isUnknownKey(column.key) ? QString() : column.key);
            int rows = 0;
            if (table.kind == TableKind::Responses) {
                m_result.responseTables.append(table);
                rows = int(table.rows.size());
                if (QList<Action> actions = ActionPlanParser::monitoredRecommendations(table); !actions.isEmpty()) {
                    if (m_tableLegend)
                        m_tableLegend->apply(actions);
                    else
                        m_lastActions = ActionRange {int(m_result.actions.size()), int(actions.size()), table.lastPage};
                    m_result.actions += actions;
                }
            } else if (table.kind == TableKind::Scorecard) {
                const qsizetype before = m_result.indicators.size();
                ScorecardParser::read(table, m_result.indicators, m_result.readings);
                rows = int(m_result.indicators.size() - before);
            } else {
                QList<Action> actions = ActionPlanParser::actions(table, &m_filledRefs);
                if (m_tableLegend)
                    m_tableLegend->apply(actions);
                else
                    m_lastActions = ActionRange {int(m_result.actions.size()), int(actions.size()), table.lastPage};
                m_result.actions += actions;
                rows = int(actions.size());
            }
            closeReport(rows, table.lastPage, roles, table.confidence);
            if (!m_result.tables.isEmpty() && table.kind != TableKind::None)
                m_result.tables.last().kind = toString(table.kind); // as the cells settled it
            m_table.reset();
            m_tableLegend.reset();
            m_bannerSinceTable = false;
            m_title.reset();
        }
        if (m_thresholds) {
            const QList<Indicator> indicators = m_thresholds->finish();
            int lastPage = 0;
            for (const Indicator& indicator : indicators)
                lastPage = std::max(lastPage, indicator.pdfPage);
            m_result.indicators += indicators;
            closeReport(int(indicators.size()), lastPage);
            m_thresholds.reset();
            m_bannerSinceTable = false;
            m_title.reset();
        }
    }

    const Lexicon& m_lexicon;
    HeaderReader m_headers;
    PlanResult m_result;
    QList<bool> m_filledRefs;
    QString m_section;
    bool m_bannerSinceTable = false;
    std::optional<Title> m_title;
    std::optional<PageLegend> m_legend;
    StatusLegend::Lines m_legendLines;
    std::optional<ActionRange> m_lastActions; // the last table's actions, while a key below may follow
    std::optional<StatusLegend> m_tableLegend;
    std::optional<RoleTable> m_table;
    const layout::LayoutLine* m_heldTitle = nullptr; // see feed(); lines outlive the run
    TableHeader m_tableHeader;
    std::optional<ThresholdParser> m_thresholds;
};

} // namespace

PlanResult PlanParser::parse(const layout::LayoutDocument& document, const Lexicon& lexicon)
{
    PlanRun run(lexicon);
    return run.run(document);
}

} // namespace scrutineer::parse
