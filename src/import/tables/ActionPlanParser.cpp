#include "tables/ActionPlanParser.h"

#include "DateText.h"
#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "tables/StatusVocabulary.h"
#include "tables/TableBuilder.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace scrutineer::parse {
namespace {

const QString& kRef = role::Ref;
const QString& kAction = role::Action;
const QString& kDue = role::Due;
const QString& kLead = role::Owner;
const QString& kCommentary = role::Commentary;
const QString& kStatus = role::Status;
const QString& kOutcome = role::Outcome;
const QString& kObjective = role::Objective;
const QString& kEvidence = role::Evidence;
const QString& kPlan = role::Plan;

bool wellFormedRef(const QString& ref)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{1,3}(?:\\.\\d{1,3})*$"));
    return pattern.match(ref).hasMatch();
}

// A quarter of a financial year ("Q3 2024/25", "Quarter 4 2024-25", "by end of Q1 2025/26"): due by
// the quarter's last month (the financial year runs April to March: Q3 2024/25 ends December 2024).
// A quarter of a plain year ("Q3 2024") may be a calendar or a financial quarter: no month.
QString financialQuarterDue(const QString& text)
{
    static const QRegularExpression quarter(
        QStringLiteral("\\b(?:Q|Quarter\\s*)([1-4])\\s*(?:of\\s+)?(\\d{4})\\s*[/\u2013-]\\s*(\\d{2}|\\d{4})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = quarter.match(text);
    if (!m.hasMatch())
        return {};
    const int first = m.captured(2).toInt();
    const int second = m.captured(3).toInt();
    if (second % 100 != (first + 1) % 100)
        return {}; // "2024/26" is no financial year
    const int q = m.captured(1).toInt();
    const int year = q == 4 ? first + 1 : first;
    const int month = q == 4 ? 3 : 3 + 3 * q;
    return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
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

// An action cell read as the action and the owner printed under it.
struct ActionCell {
    QString text;
    QString owner;
};

// A line that is a post or a person and nothing else: "Head of Communities", "Housing Options
// Manager" (a post word of the lexicon's, every word capitalised but the small joining words), or a
// name after an honorific ("Mrs D Ambrose"); a few words, no sentence.
bool ownerLine(const QString& line)
{
    static const QRegularExpression joining(QStringLiteral("^(?:of|and|for|the|&|-|–)$"));
    static const QRegularExpression honorific(
        QStringLiteral("^(?:%1)\\.?$").arg(Lexicon::instance().alternation(QStringLiteral("member-list-honorific"))));
    const QString t = line.trimmed();
    const QStringList words = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 7 || t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char(',')))
        return false;
    for (const QString& word : words) {
        if (!word.at(0).isUpper() && !joining.match(word).hasMatch())
            return false;
    }
    return Lexicon::instance().anyWordInList(QStringLiteral("post-words"), Lexicon::headingWords(t))
        || (words.size() >= 2 && honorific.match(words.first()).hasMatch());
}

bool endsSentence(const QString& line)
{
    const QString t = line.trimmed();
    return t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char(';')) || t.endsWith(QLatin1Char('?'))
        || t.endsWith(QLatin1Char('!'));
}

// A line that stops inside its sentence: its last word a short one in lower case ("Write to the").
bool stopsMidSentence(const QString& line)
{
    const QString last = line.trimmed().section(QLatin1Char(' '), -1);
    return !last.isEmpty() && last.size() <= 3 && last.at(0).isLower() && last.back().isLetter();
}

// The action cell's lines split where a line names the owner under the action: after a label
// ("Lead: Town Clerk", the lexicon's owner-in-cell-label), the action before it, the owner from it
// on (a long job title wraps); or, where no column holds owners, a last line that is only a post
// or a person, printed unlabelled under an action that ended its sentence, under a heading that
// says the cell names the owner too ("Recommendation and lead officer", "Action (officer below)")
// or in a table that prints one under most of its actions; never under a line that stops inside
// its sentence. Only a line after the first: a cell that opens with the label is no action.
ActionCell splitActionCell(const QStringList& lines, bool unlabelled, bool ownerBelowText)
{
    const Lexicon& lexicon = Lexicon::instance();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const auto m = lexicon.match(QStringLiteral("owner-in-cell-label"), lines.at(i).trimmed());
        if (!m.hasMatch())
            continue;
        QStringList owner {m.captured(1)};
        owner.append(lines.mid(i + 1));
        return {text::collapseWhitespace(TableBuilder::joinLines(lines.mid(0, i))),
                text::collapseWhitespace(TableBuilder::joinLines(owner))};
    }
    const qsizetype last = lines.size() - 1;
    if (unlabelled && last >= 1 && ownerLine(lines.at(last)) && !stopsMidSentence(lines.at(last - 1))
        && (ownerBelowText || endsSentence(lines.at(last - 1))))
        return {text::collapseWhitespace(TableBuilder::joinLines(lines.mid(0, last))),
                text::collapseWhitespace(lines.at(last))};
    return {text::collapseWhitespace(TableBuilder::joinLines(lines)), {}};
}

// Most of the table's cells of several lines end in a line that is only a post or a person, under
// a line that does not stop inside its sentence: the table prints the owner under each action,
// whatever its heading says (two such rows at least, two in three of those rows).
bool ownersUnderEveryAction(const RoleTableResult& table)
{
    int multiLine = 0;
    int owned = 0;
    for (const RoleRow& roleRow : table.rows) {
        const QStringList lines = roleRow.row.cells.value(kAction);
        if (lines.size() < 2)
            continue;
        ++multiLine;
        owned += ownerLine(lines.last()) && !stopsMidSentence(lines.at(lines.size() - 2)) ? 1 : 0;
    }
    return owned >= 2 && 3 * owned >= 2 * multiLine;
}

// No column of owners, and the action column's heading names an owner as well as the action.
bool ownerInActionColumn(const TableHeader& header)
{
    if (header.has(kLead))
        return false;
    const int action = header.indexOf(kAction);
    if (action < 0)
        return false;
    const Lexicon& lexicon = Lexicon::instance();
    for (const QString& word : Lexicon::headingWords(header.columns.at(action).heading)) {
        if (lexicon.heading(word).roles.value(0) == kLead)
            return true;
    }
    return false;
}

// A cell that holds a letter or a figure: a dash or other marks alone say none is given.
bool saysSomething(const QString& cell)
{
    return std::any_of(cell.cbegin(), cell.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// The date a row is due by: a revised date printed beside the original ("Original target |
// Revised target") where the row gives one, else the due column's; a dash says none was revised.
QString dueCellOf(const TableRow& row)
{
    const QString revised = row.line(role::RevisedDue);
    return saysSomething(revised) ? revised : row.line(kDue);
}

} // namespace

QList<Action> ActionPlanParser::actions(const RoleTableResult& table, QList<bool>* filledRefs)
{
    const ActionOrigin origin
        = table.kind == TableKind::Tracker ? ActionOrigin::ActionsArising : ActionOrigin::ImprovementPlan;
    const bool merged = table.header.has(kOutcome) || table.header.has(kObjective) || table.header.has(kPlan);
    const bool noOwnerColumn = !table.header.has(kLead);
    const bool ownerBelowText = ownerInActionColumn(table.header) || (noOwnerColumn && ownersUnderEveryAction(table));
    QList<Action> result;
    for (const RoleRow& roleRow : table.rows) {
        const TableRow& row = roleRow.row;
        Action a;
        a.origin = origin;
        a.ref = row.line(kRef);
        const ActionCell cell = splitActionCell(row.cells.value(kAction), noOwnerColumn, ownerBelowText);
        a.text = cell.text;
        // An action is words: a column of bare figures under an "Actions" heading counts them
        // (a summary of actions by status), it holds none.
        if (std::none_of(a.text.cbegin(), a.text.cend(), [](QChar c) { return c.isLetter(); }))
            continue;
        a.section = origin == ActionOrigin::ImprovementPlan ? roleRow.section : QString();
        const QString outcome = row.line(kOutcome);
        const QString objective = row.line(kObjective);
        if (!outcome.isEmpty())
            a.section = outcome;
        if (!objective.isEmpty())
            a.section = a.section.isEmpty() ? objective : a.section + QStringLiteral(" \u2013 ") + objective;

        readDueAndStatus(a, dueCellOf(row), row.line(kStatus));
        if (const QString completed = row.line(role::Completed); !completed.isEmpty()) {
            // An action log's "Reported complete" cell holds when it was reported done.
            a.statusText = completed;
            a.status = ActionStatus::Complete;
        }
        a.owner = row.line(kLead);
        if (a.owner.isEmpty())
            a.owner = cell.owner;
        a.commentary = row.line(kCommentary);
        a.evidence = row.line(kEvidence);
        a.pdfPage = row.pdfPage;
        a.roles = table.roles;
        const bool tracked = row.has(kDue) || row.has(role::RevisedDue) || !a.owner.isEmpty() || row.has(kStatus)
            || row.has(role::Completed);
        a.confidence = table.confidence * (tracked ? 1.0 : 0.85);
        if (roleRow.refFilled && !merged && origin == ActionOrigin::ImprovementPlan)
            a.flags.append(tr("ref cell empty: ref %1 taken from the row above").arg(a.ref));
        result.append(a);
        if (filledRefs)
            filledRefs->append(roleRow.refFilled);
    }
    return result;
}

void ActionPlanParser::readDueAndStatus(Action& action, const QString& dueCell, const QString& statusCell)
{
    const StatusVocabulary::DateCell date = StatusVocabulary::splitDateCell(dueCell);
    action.dueText = saysSomething(date.dateText) ? date.dateText : QString(); // "-": none given
    action.due = dueDate(date.dateText);
    if (saysSomething(date.originalText))
        action.flags.append(tr("due date revised: first due %1").arg(date.originalText));
    if (!statusCell.isEmpty()) {
        action.statusText = statusCell;
        action.status = StatusVocabulary::match(statusCell).value_or(ActionStatus::Unknown);
    } else if (date.status) {
        action.statusText = date.statusText;
        action.status = *date.status;
    } else {
        action.status = ActionStatus::Open; // no status printed: still to do as far as the plan says
    }
}

QString ActionPlanParser::dueDate(const QString& dateText)
{
    const QString due = datetext::parseDueDate(dateText);
    return due.isEmpty() ? financialQuarterDue(dateText) : due;
}

QList<Action> ActionPlanParser::monitoredRecommendations(const RoleTableResult& table)
{
    const TableHeader& header = table.header;
    const bool due = header.has(kDue) || header.has(role::RevisedDue);
    if (table.kind != TableKind::Responses || !header.has(role::Recommendation) || !header.has(kLead) || !due
        || !header.has(kStatus))
        return {};
    RoleTableResult tracked = table;
    tracked.kind = TableKind::Tracker;
    for (TableColumn& column : tracked.header.columns) {
        if (column.key == role::Recommendation)
            column.key = kAction;
    }
    for (RoleRow& roleRow : tracked.rows) {
        QHash<QString, QStringList>& cells = roleRow.row.cells;
        cells.insert(kAction, cells.take(role::Recommendation));
    }
    return actions(tracked);
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
