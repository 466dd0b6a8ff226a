#include "agenda/MembershipReader.h"

#include "TextUtil.h"
#include "agenda/AgendaText.h"
#include "agenda/DocumentKindDetector.h"
#include "agenda/FrontLabels.h"
#include "agenda/MemberRoles.h"
#include "agenda/MembershipTable.h"
#include "lexicon/Lexicon.h"
#include "minutes/NameListParser.h"

#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

bool isColumnSubheader(const QString& text)
{
    return Lexicon::instance().matches(QStringLiteral("councillors-column-subheader"), text.trimmed());
}

// Headers that always open a list below them.
bool isListHeader(const RoleMatch& role)
{
    return role.role == MemberRole::Member || role.role == MemberRole::Substitute;
}

bool endsRoster(const QString& text)
{
    return FrontLabels::match(text).label != FrontLabel::None || DocumentKindDetector::isAgendaHeading(text)
        || DocumentKindDetector::isLetterGreeting(text) || MemberRoles::isOfficerHeading(text);
}

class Roster {
public:
    explicit Roster(const FrontMatter& front) : m_lines(front.lines) { }

    QList<Member> read()
    {
        for (int i = 0; i < m_lines.size(); ++i) {
            if (!step(i))
                break;
        }
        return m_members;
    }

private:
    // Returns false when the roster has ended.
    bool step(int& i)
    {
        const FrontLine& line = m_lines.at(i);
        const QString& text = line.text;
        if (m_active && endsRoster(text) && !MemberRoles::label(text))
            return false;
        if (tableHeader(line))
            return true;
        if (m_substituteX > 0)
            return tableRow(line);
        if (nameWithRole(line))
            return true;
        if (const auto role = MemberRoles::label(text)) {
            labelLine(i, *role);
            return true;
        }
        QString rest;
        if (const auto role = MemberRoles::prefixLabel(text, &rest); role && labelledList(i, *role, rest))
            return true;
        if (const auto role = MemberRoles::prefixLabel(text, &rest); role && role->role != MemberRole::Member) {
            if (const QString name = MemberRoles::personName(sentenceEnd(rest)); !name.isEmpty()) {
                add(name, *role, line.page, true);
                m_active = true;
                return true;
            }
        }
        // "Ex officio: the Town Mayor, Cllr Helen Brierley": one person named after the post that
        // seats them.
        if (const auto role = MemberRoles::prefixLabel(text, &rest); role && m_active) {
            if (const QString name = postThenName(sentenceEnd(rest)); !name.isEmpty()) {
                add(name, *role, line.page, true);
                return true;
            }
        }
        if (const auto role = MemberRoles::suffixLabel(text, &rest); role && role->role != MemberRole::Member) {
            if (const QString name = MemberRoles::personName(rest); !name.isEmpty() && m_active) {
                add(name, *role, line.page, true);
                return true;
            }
        }
        if (!m_active)
            return true;
        if (nameList(i))
            return true;
        if (nameColumns(line))
            return true;
        const QString cell = nameCell(line);
        const QString name = MemberRoles::personName(cell);
        if (name.isEmpty())
            return m_members.isEmpty(); // a non-name after the list ends it
        if (signsOff(i))
            return false; // "Dawn Mercer" ⏎ "Chief Fire Officer": the notice's signatory, not a member
        if (const auto bracket = MemberRoles::bracketRole(cell)) {
            add(name, *bracket, line.page, true);
        } else if (m_single) {
            add(name, *m_single, line.page, true);
            m_single.reset();
        } else {
            add(name, m_context, line.page, false);
        }
        return true;
    }

    void labelLine(int& i, const RoleMatch& role)
    {
        if (isColumnSubheader(m_lines.at(i).text)) {
            m_active = true;
            return;
        }
        if (isListHeader(role) || nextIsName(i)) {
            m_active = true;
            if (role.single) {
                m_single = role;
            } else {
                m_context = role;
                m_single.reset();
            }
            return;
        }
        // A run of labels with no names after it: the second column of a two-column list
        // read as two lists ("Andy James" ⏎ "Sam Pratley" ⏎ "Co-Opted Member" ⏎ "Co-Opted Member").
        QList<RoleMatch> run {role};
        while (i + 1 < m_lines.size()) {
            const auto next = MemberRoles::label(m_lines.at(i + 1).text);
            if (!next || isListHeader(*next))
                break;
            run.append(*next);
            ++i;
        }
        const qsizetype k = std::min<qsizetype>(run.size(), m_unlabelled.size());
        for (qsizetype r = 0; r < k; ++r) {
            Member& member = m_members[m_unlabelled.at(m_unlabelled.size() - k + r)];
            member.role = run.at(run.size() - k + r).role;
            member.roleText = run.at(run.size() - k + r).text;
        }
        m_unlabelled.remove(m_unlabelled.size() - k, k);
    }

    // The member's own cell of a membership table whose other columns hold wards or groups
    // ("Councillor Tom Archer (Chairman)   Hollerton Ward"); the whole line otherwise.
    static QString nameCell(const FrontLine& line)
    {
        // A gap of a line's height parts the cells (word spaces are a third of it).
        const QList<layout::LayoutLine> cells = line.line.cells(AgendaText::height(line.line));
        if (cells.size() >= 2) {
            const QString first = AgendaText::lineText(cells.first());
            if (!MemberRoles::personName(first).isEmpty())
                return first;
        }
        return line.text;
    }

    // A membership set in columns, a member in each cell ("Cllr A (Chairman)   Cllr B"): every cell
    // is a person's name, so each is a member.
    bool nameColumns(const FrontLine& line)
    {
        const QList<layout::LayoutLine> cells = line.line.cells(AgendaText::height(line.line));
        if (cells.size() < 2)
            return false;
        QStringList texts;
        for (const layout::LayoutLine& cell : cells) {
            texts.append(text::collapseWhitespace(AgendaText::lineText(cell)));
            // Titled, so that a ward or group beside the name ("Hollerton Ward") is not taken for one.
            if (MemberRoles::personName(texts.last()).isEmpty() || text::stripHonorifics(texts.last()) == texts.last())
                return false;
        }
        for (const QString& text : texts) {
            const auto bracket = MemberRoles::bracketRole(text);
            add(MemberRoles::personName(text), bracket ? *bracket : m_context, line.page, bracket.has_value());
        }
        return true;
    }

    // A name with an officer's post on the very next line, aligned under it, signs the notice
    // ("Dawn Mercer" ⏎ "Chief Fire Officer"); a heading over officers stands apart after a gap,
    // and a labelled contact line ("Enquiries to: …") is not a post.
    bool signsOff(int i) const
    {
        if (i + 1 >= m_lines.size() || m_lines.at(i + 1).page != m_lines.at(i).page)
            return false;
        const FrontLine& name = m_lines.at(i);
        const FrontLine& post = m_lines.at(i + 1);
        const qreal height = AgendaText::height(name.line);
        if (FrontMatterReader::gap(name, post) > height * 0.8
            || std::abs(post.line.box.left() - name.line.box.left()) > height)
            return false;
        return MemberRoles::isOfficerHeading(post.text) && !post.text.contains(QLatin1Char(':'))
            && MemberRoles::personName(post.text).isEmpty() && !MemberRoles::label(post.text);
    }

    // A label with a colon and the list after it on the same line ("Members: Councillor A
    // (Convener); Councillor B (Vice Convener); and Councillors C, D and E."): the label is the
    // context of the names that carry no role of their own.
    bool labelledList(int& i, const RoleMatch& role, const QString& rest)
    {
        const QString& text = m_lines.at(i).text;
        if (!text.left(text.size() - rest.size()).trimmed().endsWith(QLatin1Char(':')))
            return false;
        const RoleMatch context = m_context;
        if (!role.single)
            m_context = role;
        if (nameList(i, rest)) {
            m_active = true;
            return true;
        }
        m_context = context;
        return false;
    }

    // "the Town Mayor, Cllr Helen Brierley": a post in lower case, then one person's name; the
    // name, or empty.
    static QString postThenName(const QString& text)
    {
        const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
        if (comma <= 0 || !text.at(0).isLower())
            return {};
        const QString post = text.left(comma).trimmed();
        if (post.contains(QLatin1Char(',')) || !MemberRoles::personName(post).isEmpty())
            return {};
        return MemberRoles::personName(text.mid(comma + 1));
    }

    // A line's text without the stop that ends its sentence ("… Tenants and Residents).").
    static QString sentenceEnd(QString text)
    {
        text = text.trimmed();
        while (!text.isEmpty() && (text.back() == QLatin1Char('.') || text.back() == QLatin1Char(';')))
            text.chop(1);
        return text;
    }

    // Several members on a line, separated by commas or semicolons ("Councillor A (Chair),
    // Councillors B, C and D"), the list running on over the lines that follow a trailing comma
    // or semicolon, an open bracket, or start with "and". `first` is the list's text on line i
    // when a label opens it.
    bool nameList(int& i, const QString& first = QString())
    {
        QString text = first.isEmpty() ? m_lines.at(i).text : first;
        if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char(';'))
            && !text.contains(QLatin1String(" and ")))
            return false;
        int last = i;
        while (last + 1 < m_lines.size() && m_lines.at(last + 1).page == m_lines.at(i).page
               && (m_lines.at(last).text.trimmed().endsWith(QLatin1Char(','))
                   || m_lines.at(last).text.trimmed().endsWith(QLatin1Char(';'))
                   || text.count(QLatin1Char('(')) > text.count(QLatin1Char(')')) // "(Vice" ⏎ "Convener);"
                   || m_lines.at(last + 1).text.trimmed().startsWith(QLatin1String("and ")))) {
            ++last;
            text += QLatin1Char(' ') + m_lines.at(last).text;
        }
        const QList<ListedPerson> people = NameListParser::parse(text);
        if (people.size() < 2)
            return false;
        for (const ListedPerson& person : people) {
            if (MemberRoles::personName(person.printed).isEmpty() && MemberRoles::personName(person.name).isEmpty())
                return false; // not a list of people
        }
        for (const ListedPerson& person : people) {
            const auto role = person.roleText.isEmpty() ? std::nullopt : MemberRoles::label(person.roleText);
            RoleMatch match = role ? *role : m_context;
            if (!role && !person.roleText.isEmpty())
                match.text = person.roleText; // "Independent Member": kept as printed
            add(person.name, match, m_lines.at(i).page, role.has_value() || !person.roleText.isEmpty());
        }
        i = last;
        return true;
    }

    bool nextIsName(int i) const
    {
        if (i + 1 >= m_lines.size())
            return false;
        const QString next = m_lines.at(i + 1).text;
        QString rest;
        if (MemberRoles::label(next))
            return false;
        if (const auto role = MemberRoles::prefixLabel(next, &rest); role && !MemberRoles::personName(rest).isEmpty())
            return true;
        return !MemberRoles::personName(next).isEmpty();
    }

    // "Member | Substitute" side by side: remember where the substitute column starts.
    bool tableHeader(const FrontLine& line)
    {
        const QList<layout::LayoutLine> cells = line.line.cells(AgendaText::height(line.line) * 1.5);
        if (cells.size() != 2)
            return false;
        const auto left = MemberRoles::label(AgendaText::lineText(cells.at(0)));
        const auto right = MemberRoles::label(AgendaText::lineText(cells.at(1)));
        if (!left || !right || left->role != MemberRole::Member || right->role != MemberRole::Substitute)
            return false;
        m_substituteX = cells.at(1).box.left();
        m_context = *left;
        m_substituteLabel = *right;
        m_active = true;
        return true;
    }

    bool tableRow(const FrontLine& line)
    {
        QList<layout::LayoutWord> left;
        QList<layout::LayoutWord> right;
        for (const layout::LayoutWord& w : line.line.words)
            (w.box.left() >= m_substituteX - 10 ? right : left).append(w);
        auto textOf = [](const QList<layout::LayoutWord>& words) {
            QStringList parts;
            for (const layout::LayoutWord& w : words)
                parts.append(w.text);
            return text::collapseWhitespace(parts.join(QLatin1Char(' ')));
        };
        const QString leftText = textOf(left);
        const QString rightText = textOf(right);
        if (isColumnSubheader(leftText) && (rightText.isEmpty() || isColumnSubheader(rightText)))
            return true;
        const QString member = MemberRoles::personName(leftText);
        const QString substitute = MemberRoles::personName(rightText);
        if (member.isEmpty() && substitute.isEmpty())
            return false;
        if (!member.isEmpty()) {
            const auto bracket = MemberRoles::bracketRole(leftText);
            add(member, bracket ? *bracket : m_context, line.page, bracket.has_value());
        }
        if (!substitute.isEmpty()) {
            add(substitute, m_substituteLabel, line.page, true);
            m_members.last().substituteFor = member;
        }
        return true;
    }

    bool nameWithRole(const FrontLine& line)
    {
        static const QRegularExpression form(QStringLiteral("^(.+?),\\s*([^,]+)$"));
        const auto m = form.match(line.text);
        if (!m.hasMatch())
            return false;
        const auto role = MemberRoles::label(m.captured(2));
        const QString name = MemberRoles::personName(m.captured(1));
        if (!role || name.isEmpty())
            return false;
        add(name, *role, line.page, true);
        m_active = true;
        return true;
    }

    void add(const QString& name, const RoleMatch& role, int page, bool explicitRole)
    {
        Member member;
        member.name = name;
        member.role = role.role;
        member.roleText
            = Lexicon::instance().matches(QStringLiteral("plain-member-label"), role.text) ? QString() : role.text;
        member.pdfPage = page;
        m_members.append(member);
        if (!explicitRole)
            m_unlabelled.append(int(m_members.size()) - 1);
    }

    const QList<FrontLine>& m_lines;
    QList<Member> m_members;
    QList<int> m_unlabelled; // members whose role came only from the list header
    RoleMatch m_context {MemberRole::Member, QString(), false};
    RoleMatch m_substituteLabel {MemberRole::Substitute, QString(), false};
    std::optional<RoleMatch> m_single;
    qreal m_substituteX = 0;
    bool m_active = false;
};

} // namespace

QList<Member> MembershipReader::read(const FrontMatter& front)
{
    QList<Member> members = Roster(front).read();
    if (members.isEmpty())
        members = MembershipTable::read(front.lines); // "Name | Role | Organisation"
    return members;
}

} // namespace scrutineer::parse
