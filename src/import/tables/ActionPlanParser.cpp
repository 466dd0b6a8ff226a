#include "tables/ActionPlanParser.h"

#include "DateText.h"
#include "TextUtil.h"
#include "tables/StatusVocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

const QString kRef = QStringLiteral("ref");
const QString kAction = QStringLiteral("action");
const QString kDue = QStringLiteral("due");
const QString kLead = QStringLiteral("lead");
const QString kCommentary = QStringLiteral("commentary");
const QString kStatus = QStringLiteral("status");
const QString kOutcome = QStringLiteral("outcome");
const QString kObjective = QStringLiteral("objective");
const QString kEvidence = QStringLiteral("evidence");
const QString kPlan = QStringLiteral("plan");

QString tr(const char* text)
{
    return QCoreApplication::translate("ActionPlanParser", text);
}

// What may stand in a Ref cell: "1.2.25", "3.1", "13.1.17", or a malformed list "1.2, 1.4. 3.1,".
bool looksLikeRef(const QString& text)
{
    static const QRegularExpression ref(QStringLiteral("^\\d{1,3}(?:\\s*[.,;]\\s*\\d{1,3})*\\s*[.,;]?\\s*[a-z]?$"));
    return ref.match(text.trimmed()).hasMatch();
}

bool wellFormedRef(const QString& ref)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{1,3}(?:\\.\\d{1,3})*$"));
    return pattern.match(ref).hasMatch();
}

// "1.1 Front Line Practice" -> "1.1"; "2.0 Management" -> "2"; "3. Resources" -> "3".
QString sectionNumber(const QString& section)
{
    static const QRegularExpression number(QStringLiteral("^(\\d{1,3}(?:\\.\\d{1,3})*)\\.?(?:\\s|$)"));
    const auto m = number.match(section.trimmed());
    if (!m.hasMatch())
        return {};
    QString n = m.captured(1);
    while (n.endsWith(QLatin1String(".0")))
        n.chop(2);
    return n;
}

QString cell(const TableRow& row, const QString& key)
{
    return text::collapseWhitespace(row.text(key));
}

} // namespace

const HeaderMatcher& ActionPlanParser::matcher()
{
    static const HeaderMatcher instance({
        {kRef,
         {QStringLiteral("ref"), QStringLiteral("ref no"), QStringLiteral("refs"), QStringLiteral("action ref"),
          QStringLiteral("action reference"), QStringLiteral("reference"), QStringLiteral("action no")},
         false},
        {kAction,
         {QStringLiteral("action"), QStringLiteral("actions"), QStringLiteral("key actions"),
          QStringLiteral("action required"), QStringLiteral("actions required"), QStringLiteral("activity"),
          QStringLiteral("activities"), QStringLiteral("what we will do")},
         false},
        {kDue,
         {QStringLiteral("progress review date"), QStringLiteral("review date"), QStringLiteral("progress"),
          QStringLiteral("review"), QStringLiteral("date"), QStringLiteral("due date"), QStringLiteral("due"),
          QStringLiteral("milestone"), QStringLiteral("milestones"), QStringLiteral("deadline"),
          QStringLiteral("target date"), QStringLiteral("timescale"), QStringLiteral("timescales"),
          QStringLiteral("by when"), QStringLiteral("completion date")},
         false},
        {kLead,
         {QStringLiteral("lead"), QStringLiteral("lead officer"), QStringLiteral("lead officers"),
          QStringLiteral("owner"), QStringLiteral("responsible officer"), QStringLiteral("responsible"),
          QStringLiteral("responsibility")},
         false},
        {kCommentary,
         {QStringLiteral("update commentary"), QStringLiteral("commentary update"), QStringLiteral("commentary"),
          QStringLiteral("update"), QStringLiteral("progress update"), QStringLiteral("comments"),
          QStringLiteral("progress commentary")},
         false},
        {kStatus,
         {QStringLiteral("status"), QStringLiteral("rag"), QStringLiteral("rag rating"), QStringLiteral("rag status"),
          QStringLiteral("rating")},
         false},
        {kOutcome, {QStringLiteral("outcome"), QStringLiteral("outcomes"), QStringLiteral("priority area")}, false},
        {kObjective, {QStringLiteral("objective"), QStringLiteral("objectives")}, false},
        {kEvidence,
         {QStringLiteral("how we will know"), QStringLiteral("success measure"), QStringLiteral("success measures"),
          QStringLiteral("measure of success")},
         false},
        {kPlan, {QStringLiteral("detailed plan"), QStringLiteral("plan")}, false},
    });
    return instance;
}

bool ActionPlanParser::accepts(const TableHeader& header)
{
    return header.has(kRef) && header.has(kAction) && (header.has(kDue) || header.has(kLead) || header.has(kStatus));
}

const HeaderMatcher& ActionPlanParser::trackerMatcher()
{
    // The same keys as a plan: number -> ref, owner -> lead, progress -> commentary,
    // "Reported complete" -> status.
    static const HeaderMatcher instance({
        {kRef, {QStringLiteral("action number"), QStringLiteral("action no"), QStringLiteral("action ref")}, false},
        {QStringLiteral("meeting"),
         {QStringLiteral("meeting date"), QStringLiteral("meeting"), QStringLiteral("date")},
         false},
        {kAction, {QStringLiteral("action"), QStringLiteral("actions"), QStringLiteral("action agreed")}, false},
        {kLead,
         {QStringLiteral("owner"), QStringLiteral("lead officer"), QStringLiteral("responsible officer")},
         false},
        {QStringLiteral("directorate"), {QStringLiteral("directorate"), QStringLiteral("service area")}, false},
        {kCommentary,
         {QStringLiteral("progress update"), QStringLiteral("progress"), QStringLiteral("update"),
          QStringLiteral("comments")},
         false},
        {kDue, {QStringLiteral("due date"), QStringLiteral("due"), QStringLiteral("deadline")}, false},
        {kStatus,
         {QStringLiteral("reported complete"), QStringLiteral("reported"), QStringLiteral("complete"),
          QStringLiteral("date completed"), QStringLiteral("completed")},
         false},
    });
    return instance;
}

bool ActionPlanParser::acceptsTracker(const TableHeader& header)
{
    return header.has(kRef) && header.has(kAction) && (header.has(kDue) || header.has(kLead));
}

ActionPlanParser::ActionPlanParser(const TableHeader& header, const QString& section, ActionOrigin origin)
    : m_builder(header), m_section(section), m_origin(origin)
{
}

void ActionPlanParser::repeatHeader(const TableHeader& header)
{
    m_builder.setHeader(header);
}

bool ActionPlanParser::mergedCells() const
{
    const TableHeader& header = m_builder.header();
    return header.has(kOutcome) || header.has(kObjective) || header.has(kPlan);
}

bool ActionPlanParser::feed(const layout::LayoutLine& line)
{
    const bool pageTop = m_builder.firstBodyLineOnPage(line);
    const qreal gap = m_builder.gapAbove(line);
    const qreal height = line.height();
    if (m_builder.endsTable(line, 3.5))
        return false;

    const TableHeader& header = m_builder.header();
    AssignedLine assigned = m_builder.assign(line);
    const int ref = header.indexOf(kRef);
    const int action = header.indexOf(kAction);

    const QString refText = assigned.text(ref);
    if (!refText.isEmpty()) {
        if (looksLikeRef(refText)) {
            m_builder.startRow(line);
            m_builder.appendToRow(assigned);
            return true;
        }
        if (ref == 0)
            return false; // prose or another table where refs should be
        // Ref column inside the table (Shape B): a word drifting over from the column on its left.
        assigned.cells[ref - 1] += assigned.cells.at(ref);
        assigned.cells[ref].clear();
    }

    bool anyText = false;
    for (qsizetype i = 0; i < assigned.cells.size(); ++i)
        anyText = anyText || !assigned.isEmpty(i);
    if (!anyText)
        return true;

    auto trackCells = [&](const AssignedLine& l) {
        return !l.isEmpty(header.indexOf(kDue)) || !l.isEmpty(header.indexOf(kLead))
            || !l.isEmpty(header.indexOf(kStatus));
    };
    bool newRow = false;
    if (!m_builder.hasRow()) {
        if (!mergedCells()) {
            m_builder.noteLine(line); // before the first ref: nothing to attach it to
            return true;
        }
        newRow = true;
    } else {
        const TableRow& row = m_builder.currentRow();
        const bool rowTracked = row.has(kDue) || row.has(kLead) || row.has(kStatus);
        const bool lineTracked = trackCells(assigned);
        const bool actionText = !assigned.isEmpty(action);
        if (pageTop) {
            // A row split by the page break carries on, unless the line brings its own date/lead/status.
            newRow = mergedCells() && lineTracked && rowTracked;
        } else if (gap > 0.55 * height) {
            const bool outcomeText = !assigned.isEmpty(header.indexOf(kOutcome));
            if (mergedCells())
                newRow = actionText || outcomeText; // stacked actions: a paragraph gap starts the next
            else
                // A stacked action (its own date or lead after a paragraph gap), or a row whose
                // ref was left empty: either way a new action under the ref above.
                newRow = actionText && lineTracked && rowTracked;
        }
    }
    if (newRow)
        m_builder.startRow(line);
    m_builder.appendToRow(assigned);
    return true;
}

QList<Action> ActionPlanParser::finish()
{
    QList<TableRow> rows = m_builder.takeRows();
    const bool merged = mergedCells();
    m_filledRefs.clear();
    QList<bool> filled(rows.size(), false);
    if (merged)
        TableBuilder::fillDown(rows, {kOutcome, kObjective, kPlan});
    {
        // Merged ref cells (Shape B) and stacked actions (Shape A) take the ref above.
        QStringList carried;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).has(kRef)) {
                carried = rows.at(i).cells.value(kRef);
            } else if (!carried.isEmpty()) {
                rows[i].cells.insert(kRef, carried);
                filled[i] = true;
            }
        }
    }

    QList<Action> result;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const TableRow& row = rows.at(i);
        Action a;
        a.origin = m_origin;
        a.ref = cell(row, kRef);
        a.text = cell(row, kAction);
        if (a.text.isEmpty())
            continue;
        a.section = m_origin == ActionOrigin::ImprovementPlan ? m_section : QString();
        if (merged) {
            const QString outcome = cell(row, kOutcome);
            const QString objective = cell(row, kObjective);
            if (!outcome.isEmpty())
                a.section = outcome;
            if (!objective.isEmpty())
                a.section = a.section.isEmpty() ? objective : a.section + QStringLiteral(" \u2013 ") + objective;
        }

        const StatusVocabulary::DateCell date = StatusVocabulary::splitDateCell(cell(row, kDue));
        a.dueText = date.dateText;
        a.due = datetext::parseDueDate(date.dateText);
        const QString statusCell = cell(row, kStatus);
        if (!statusCell.isEmpty() && m_origin != ActionOrigin::ImprovementPlan) {
            // A tracker's "Reported complete" cell holds when it was reported done.
            a.statusText = statusCell;
            a.status = ActionStatus::Complete;
        } else if (!statusCell.isEmpty()) {
            a.statusText = statusCell;
            a.status = StatusVocabulary::match(statusCell).value_or(ActionStatus::Unknown);
        } else if (date.status) {
            a.statusText = date.statusText;
            a.status = *date.status;
        } else {
            a.status = ActionStatus::Open; // no status printed: still to do as far as the plan says
        }
        a.owner = cell(row, kLead);
        a.commentary = cell(row, kCommentary);
        a.pdfPage = row.pdfPage;
        if (filled.at(i) && !merged)
            a.flags.append(tr("ref cell empty: ref %1 taken from the row above").arg(a.ref));
        result.append(a);
        m_filledRefs.append(filled.at(i));
    }
    return result;
}

void ActionPlanParser::flagRefs(QList<Action>& actions, const QList<bool>& filledRefs)
{
    // The plan's usual ref depth ("1.2.25" = 3 levels).
    QHash<int, int> depthCounts;
    for (const Action& a : actions) {
        if (a.origin == ActionOrigin::ImprovementPlan && wellFormedRef(a.ref))
            ++depthCounts[int(a.ref.count(QLatin1Char('.'))) + 1];
    }
    int usualDepth = 0;
    int usualCount = 0;
    for (auto it = depthCounts.cbegin(); it != depthCounts.cend(); ++it) {
        if (it.value() > usualCount || (it.value() == usualCount && it.key() > usualDepth)) {
            usualDepth = it.key();
            usualCount = it.value();
        }
    }

    QHash<QString, int> firstPage;
    qsizetype previousIndex = -1;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        Action& a = actions[i];
        if (a.origin != ActionOrigin::ImprovementPlan)
            continue;
        const bool filled = filledRefs.value(i, false);
        if (a.ref.isEmpty()) {
            a.flags.append(tr("empty ref"));
            previousIndex = -1;
            continue;
        }
        if (!wellFormedRef(a.ref)) {
            a.flags.append(tr("malformed ref: %1").arg(a.ref));
            previousIndex = -1;
            continue;
        }
        const QString number = sectionNumber(a.section);
        if (!number.isEmpty() && a.ref != number && !a.ref.startsWith(number + QLatin1Char('.')))
            a.flags.append(tr("ref %1 is outside its section %2").arg(a.ref, number));
        const int depth = int(a.ref.count(QLatin1Char('.'))) + 1;
        if (usualDepth >= 3 && depth < usualDepth)
            a.flags.append(tr("ref %1 has %2 levels where the plan uses %3").arg(a.ref).arg(depth).arg(usualDepth));
        if (!filled) {
            if (firstPage.contains(a.ref))
                a.flags.append(tr("duplicate ref %1 (first on page %2)").arg(a.ref).arg(firstPage.value(a.ref)));
            else
                firstPage.insert(a.ref, a.pdfPage);
        }
        const Action* previous = previousIndex >= 0 ? &actions.at(previousIndex) : nullptr;
        if (previous && previous->section == a.section && !filled) {
            const qsizetype cut = a.ref.lastIndexOf(QLatin1Char('.'));
            const qsizetype previousCut = previous->ref.lastIndexOf(QLatin1Char('.'));
            if (cut > 0 && previousCut > 0 && a.ref.left(cut) == previous->ref.left(previousCut)) {
                const int last = a.ref.mid(cut + 1).toInt();
                const int previousLast = previous->ref.mid(previousCut + 1).toInt();
                if (last > previousLast + 1)
                    a.flags.append(tr("refs jump from %1 to %2").arg(previous->ref, a.ref));
            }
        }
        previousIndex = i;
    }
}

} // namespace scrutineer::parse
