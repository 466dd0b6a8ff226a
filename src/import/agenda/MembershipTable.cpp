#include "agenda/MembershipTable.h"

#include "TextUtil.h"
#include "agenda/AgendaText.h"
#include "agenda/MemberRoles.h"
#include "lexicon/Lexicon.h"

#include <QRegularExpression>

#include <algorithm>

namespace scrutineer::parse {
namespace {

enum class MembershipColumn { Name, Role, Organisation };

struct MembershipTableColumn {
    qreal left = 0; // where the column's cells begin: its heading's left edge, less a little
    MembershipColumn role = MembershipColumn::Name;
};

std::optional<MembershipColumn> membershipColumn(const QString& heading)
{
    const Lexicon& lexicon = Lexicon::instance();
    const QString text = heading.trimmed();
    if (lexicon.matches(QStringLiteral("membership-column-name"), text))
        return MembershipColumn::Name;
    if (lexicon.matches(QStringLiteral("membership-column-role"), text))
        return MembershipColumn::Role;
    if (lexicon.matches(QStringLiteral("membership-column-organisation"), text))
        return MembershipColumn::Organisation;
    return std::nullopt;
}

// A header: two or more cells, every one a membership column, one of them the people's.
std::optional<QList<MembershipTableColumn>> membershipTableHeader(const FrontLine& line)
{
    const qreal h = AgendaText::height(line.line);
    const QList<layout::LayoutLine> cells = line.line.cells(h * 0.7);
    if (cells.size() < 2)
        return std::nullopt;
    QList<MembershipTableColumn> columns;
    int names = 0;
    for (const layout::LayoutLine& cell : cells) {
        const auto role = membershipColumn(AgendaText::lineText(cell));
        if (!role)
            return std::nullopt;
        names += *role == MembershipColumn::Name ? 1 : 0;
        columns.append(MembershipTableColumn {cell.box.left() - h * 0.6, *role});
    }
    if (names != 1)
        return std::nullopt;
    return columns;
}

// One row being read: the name cell's text and the role cell's, each joined over its lines.
struct MembershipTableRow {
    QString nameCell;
    QString roleCell;
    int page = 0;
};

Member membershipTableMember(const MembershipTableRow& row)
{
    Member member;
    // "Cllr Ann Lee, Cabinet Member for Health (Chair)": the post after the name's comma.
    const qsizetype comma = row.nameCell.indexOf(QLatin1Char(','));
    const QString printed = comma < 0 ? row.nameCell : row.nameCell.left(comma);
    const QString post = comma < 0 ? QString() : row.nameCell.mid(comma + 1).trimmed();
    member.name = MemberRoles::personName(printed);
    member.pdfPage = row.page;
    QString roleText = row.roleCell.isEmpty() ? post : row.roleCell;
    static const QRegularExpression bracket(QStringLiteral("\\s*\\([^)]*\\)\\s*$"));
    if (const auto role = MemberRoles::bracketRole(row.nameCell)) {
        member.role = role->role;
        member.roleText = role->text;
        return member;
    }
    // The role on the board is the cell's first part that names one ("Co-Chair; Leader of the
    // Council", "Observer"); a post alone ("Director of Public Health") makes a plain member.
    static const QRegularExpression parts(QStringLiteral("\\s*[;,]\\s*"));
    for (const QString& part : roleText.split(parts, Qt::SkipEmptyParts)) {
        if (const auto role = MemberRoles::label(part); role && role->role != MemberRole::Member) {
            member.role = role->role;
            break;
        }
    }
    member.roleText = roleText.remove(bracket).trimmed();
    return member;
}

QList<Member> membershipTableRows(const QList<FrontLine>& lines, int start, QList<MembershipTableColumn> columns)
{
    QList<Member> members;
    std::optional<MembershipTableRow> row;
    auto finish = [&] {
        if (row && !row->nameCell.isEmpty()) {
            const Member member = membershipTableMember(*row);
            if (!member.name.isEmpty())
                members.append(member);
        }
        row.reset();
    };
    for (int i = start; i < lines.size(); ++i) {
        const FrontLine& line = lines.at(i);
        if (auto header = membershipTableHeader(line)) {
            finish();
            columns = *header; // repeated over a page break
            continue;
        }
        const qreal h = AgendaText::height(line.line);
        const qreal gap = i > start ? FrontMatterReader::gap(lines.at(i - 1), line) : 0;
        if (gap > h * 2.5 && gap < 1000)
            break; // the table has ended
        QStringList name;
        QStringList role;
        bool inGrid = true;
        for (const layout::LayoutWord& word : line.line.words) {
            qsizetype c = -1;
            for (qsizetype k = 0; k < columns.size(); ++k) {
                if (columns.at(k).left <= word.box.left())
                    c = k;
            }
            if (c < 0 || (c + 1 < columns.size() && word.box.right() > columns.at(c + 1).left + h * 0.6)) {
                inGrid = false;
                break;
            }
            if (columns.at(c).role == MembershipColumn::Name)
                name.append(word.text);
            else if (columns.at(c).role == MembershipColumn::Role)
                role.append(word.text);
        }
        if (!inGrid)
            break;
        const QString nameText = text::collapseWhitespace(name.join(QLatin1Char(' ')));
        const QString roleText = text::collapseWhitespace(role.join(QLatin1Char(' ')));
        const QString printed = nameText.section(QLatin1Char(','), 0, 0);
        if (!nameText.isEmpty() && !MemberRoles::personName(printed).isEmpty()) {
            finish();
            row = MembershipTableRow {nameText, roleText, line.page};
            continue;
        }
        // A wrapped cell goes on close under its row; anything else in the name column ends the table.
        if (!row || gap > h * 0.8)
            break;
        if (!nameText.isEmpty())
            row->nameCell = AgendaText::joinWrapped(row->nameCell, nameText);
        if (!roleText.isEmpty())
            row->roleCell = row->roleCell.isEmpty() ? roleText : AgendaText::joinWrapped(row->roleCell, roleText);
    }
    finish();
    return members;
}

} // namespace

QList<Member> MembershipTable::read(const QList<FrontLine>& lines)
{
    for (int i = 0; i < lines.size(); ++i) {
        if (const auto columns = membershipTableHeader(lines.at(i)))
            return membershipTableRows(lines, i + 1, *columns);
    }
    return {};
}

} // namespace scrutineer::parse
