#include "tables/ActionBlockParser.h"

#include "TextUtil.h"
#include "tables/ActionPlanParser.h"
#include "tables/ColumnRoles.h"
#include "tables/RefCell.h"
#include "tables/TableBuilder.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace scrutineer::parse {
namespace {

// The plan roles a block's labels may name.
bool blockRole(const QString& role)
{
    return role == role::Action || role == role::Ref || role == role::Owner || role == role::Due
        || role == role::RevisedDue || role == role::Status || role == role::Commentary || role == role::Evidence;
}

// What a block's label names by the lexicon's headings.
struct BlockLabel {
    QString role; // empty when the label names no plan role
    bool ambiguous = false; // the heading names several roles
    bool political = false; // a political lead ("Lead member"), not who acts
};

// A label's role by the lexicon's headings: a whole known phrase, first role first.
BlockLabel labelRole(const QString& label, const Lexicon& lexicon)
{
    const QStringList words = Lexicon::headingWords(label);
    if (words.isEmpty() || words.size() > 5)
        return {};
    const Lexicon::Heading heading = lexicon.heading(label);
    if (!heading.byPhrase || heading.weak || !blockRole(heading.roles.value(0)))
        return {};
    return {heading.roles.value(0), heading.roles.size() > 1, heading.political};
}

// A cell or line that holds a letter or a figure: a dash alone says none is given.
bool givesSomething(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// The words of `line` from word `from` on, and where they start.
std::pair<QString, qreal> wordsFrom(const layout::LayoutLine& line, qsizetype from)
{
    layout::LayoutLine rest;
    rest.words = line.words.mid(from);
    if (rest.words.isEmpty())
        return {QString(), line.box.right()};
    return {rest.text(), rest.words.first().box.left()};
}

// One block being read: its lines by role, in the order printed.
struct Block {
    QString ref;
    QString section;
    int page = 0;
    QHash<QString, QStringList> lines; // by role; the first label of a role wins
    QHash<QString, bool> ambiguous; // the role's lines came from a label naming several roles
    QHash<QString, bool> political; // the role's lines came from a political lead's label
    QStringList roles; // as met
    QString lastRole; // the field wrapped lines go on with; empty when they go nowhere
    qreal valueLeft = 0;
    const layout::LayoutLine* last = nullptr;

    void add(const ActionBlockParser::Field& field)
    {
        if (field.role.isEmpty()) {
            lastRole.clear();
            return;
        }
        // A second label of a role read already ("Lead member:" after "Lead officer:") is kept out,
        // unless the first came from a label naming several roles and this one names only it, or
        // the first named a political lead and this one who acts ("Lead officer:" after "Lead
        // member:"): the officer owns the action whichever is printed first.
        const bool replace = lines.contains(field.role)
            && ((ambiguous.value(field.role) && !field.ambiguous) || (political.value(field.role) && !field.political));
        if (lines.contains(field.role) && !replace) {
            lastRole.clear();
            return;
        }
        lines.insert(field.role, {field.value});
        ambiguous.insert(field.role, field.ambiguous);
        political.insert(field.role, field.political);
        if (!roles.contains(field.role))
            roles.append(field.role);
        lastRole = field.role;
    }
    QString value(const QString& role) const
    {
        return text::collapseWhitespace(TableBuilder::joinLines(lines.value(role)));
    }
};

bool near(const layout::LayoutLine& above, const layout::LayoutLine& line, qreal lines)
{
    if (above.pageNumber != line.pageNumber)
        return false;
    return line.top() - above.box.bottom() < lines * std::max<qreal>(above.height(), 1);
}

std::optional<Action> actionOf(const Block& block)
{
    const QString text = block.value(role::Action);
    int tracked = 0;
    for (const QString& role : {role::Owner, role::Due, role::Status})
        tracked += givesSomething(block.value(role)) ? 1 : 0;
    if (text.isEmpty() || tracked < 2)
        return std::nullopt;
    Action a;
    a.origin = ActionOrigin::ImprovementPlan;
    a.ref = block.ref.isEmpty() ? block.value(role::Ref) : block.ref;
    a.section = block.section;
    a.text = text;
    a.owner = block.value(role::Owner);
    const QString revised = block.value(role::RevisedDue);
    const QString status = block.value(role::Status);
    ActionPlanParser::readDueAndStatus(a, givesSomething(revised) ? revised : block.value(role::Due),
                                       givesSomething(status) ? status : QString());
    a.commentary = block.value(role::Commentary);
    a.evidence = block.value(role::Evidence);
    a.roles = block.roles;
    std::sort(a.roles.begin(), a.roles.end());
    a.confidence = tracked == 3 ? 0.8 : 0.7;
    a.pdfPage = block.page;
    return a;
}

} // namespace

// "Ref: IP-03" over "Action: Review the ...": a ref label right above an action's label opens the
// block, and its value is the block's ref.
bool ActionBlockParser::opensWithRef(const std::optional<Field>& f, const layout::LayoutPage& page, qsizetype i,
                                     const Lexicon& lexicon)
{
    if (!f || f->role != role::Ref || !RefCell::isRef(f->value, 1) || i + 1 >= page.lines.size())
        return false;
    const layout::LayoutLine& next = page.lines.at(i + 1);
    if (!near(page.lines.at(i), next, 2.0))
        return false;
    const std::optional<Field> below = field(next, lexicon);
    return below && below->role == role::Action;
}

std::optional<ActionBlockParser::Field> ActionBlockParser::field(const layout::LayoutLine& line, const Lexicon& lexicon)
{
    if (line.words.isEmpty())
        return std::nullopt;
    // "Lead officer: Head of Housing": a short label and its colon.
    static const QRegularExpression labelled(
        QStringLiteral("^([A-Z][A-Za-z'/&()-]*(?:\\s+[A-Za-z'/&()-]+){0,4})\\s*:(?:\\s|$)"));
    const QString text = line.text();
    if (const auto m = labelled.match(text); m.hasMatch()) {
        // A label that names no plan role ("Portfolio:") is still a line of the block: its role is
        // empty, and the lines under it go on with nothing.
        const BlockLabel label = labelRole(m.captured(1), lexicon);
        // The value starts at the word after the one that holds the colon.
        qsizetype colon = 0;
        while (colon < line.words.size() && !line.words.at(colon).text.contains(QLatin1Char(':')))
            ++colon;
        const auto [value, left] = wordsFrom(line, colon + 1);
        return Field {label.role, label.ambiguous, label.political, QString(), value.trimmed(), left};
    }
    // A label in a column of its own ("Action 1.1", "Lead officer"), the value in the next.
    const QList<layout::LayoutLine> cells = line.cells(1.5 * std::max<qreal>(line.height(), 1));
    if (cells.size() < 2)
        return std::nullopt;
    const layout::LayoutLine& label = cells.first();
    const auto [value, left] = wordsFrom(line, label.words.size());
    // A head: the action's ref after a word naming actions or refs, or alone.
    const QString ref = label.words.last().text;
    if (RefCell::isRef(ref, 1) && ref.at(ref.size() - 1).isDigit()) {
        const QString before = wordsFrom(label, 0).first.chopped(ref.size()).trimmed();
        const QString role = labelRole(before, lexicon).role;
        if (before.isEmpty() || role == role::Action || role == role::Ref)
            return Field {role::Action, false, false, ref, value.trimmed(), left};
        return std::nullopt;
    }
    const BlockLabel named = labelRole(label.text(), lexicon);
    if (named.role.isEmpty())
        return std::nullopt;
    return Field {named.role, named.ambiguous, named.political, QString(), value.trimmed(), left};
}

QList<Action> ActionBlockParser::parse(const layout::LayoutDocument& document, const Lexicon& lexicon)
{
    QList<Action> result;
    std::optional<Block> block;
    QString section;
    const auto finish = [&]() {
        if (block) {
            if (auto action = actionOf(*block))
                result.append(*action);
        }
        block.reset();
    };
    for (const layout::LayoutPage& page : document.pages) {
        for (qsizetype i = 0; i < page.lines.size(); ++i) {
            const layout::LayoutLine& line = page.lines.at(i);
            const std::optional<Field> f = field(line, lexicon);
            const bool head = (f && f->role == role::Action && (!block || block->lines.contains(role::Action)))
                || opensWithRef(f, page, i, lexicon);
            if (head) {
                finish();
                block.emplace();
                block->ref = f->role == role::Ref ? f->value : f->ref;
                block->section = section;
                block->page = line.pageNumber;
                block->add(*f);
                block->valueLeft = f->valueLeft;
                block->last = &line;
                continue;
            }
            if (block) {
                // A label of the block's: under its last line, or first on the next page.
                const bool follows
                    = near(*block->last, line, 2.0) || (line.pageNumber > block->last->pageNumber && i < 3);
                if (f && follows) {
                    block->add(*f);
                    block->last = &line;
                    continue;
                }
                // A line set in the value column right under the block goes on with the field above.
                const qreal slack = 0.5 * line.height();
                if (!f && near(*block->last, line, 1.2) && line.left() >= block->valueLeft - slack) {
                    if (!block->lastRole.isEmpty())
                        block->lines[block->lastRole].append(line.text());
                    block->last = &line;
                    continue;
                }
                finish();
            }
            if (const auto m = lexicon.match(QStringLiteral("plan-section-banner"), line.text()); m.hasMatch())
                section = m.captured(1) + QLatin1Char(' ') + m.captured(2).trimmed();
        }
    }
    finish();
    return result;
}

} // namespace scrutineer::parse
