#include "minutes/AttendanceParser.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "minutes/AttendanceRegister.h"
#include "minutes/MinutesLocator.h"
#include "minutes/NameListParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

struct Label {
    AttendanceStatus status = AttendanceStatus::Present;
    QString role; // role every listed person gets ("virtual attendee")
    qsizetype length = 0; // characters of the label in the line
    QString keep; // printed words of the label the list still needs ("Councillors")
    bool people = true; // false: the label counts the public ("Public: Six members of the public")
};

std::optional<Label> matchLabel(const QString& text)
{
    // The wording of attendance labels is in the lexicon (document-cues.json, attendance-label-*),
    // tried in this order: UK "PRESENT:" / "IN ATTENDANCE:" lists and US roll-call labels
    // ("Council Members present:", "Staff present:", "Members absent:"). A label alone on its
    // line needs no colon: it heads a list or table of people ("Members present").
    struct Pattern {
        const char* cue;
        AttendanceStatus status;
        const char* role;
        bool people = true;
        bool labelIsRole = false; // "Chair: Cllr A": the label names the role of whoever it lists
    };
    static const QList<Pattern> patterns {
        {"attendance-label-in-attendance", AttendanceStatus::InAttendance, ""},
        {"attendance-label-virtual", AttendanceStatus::Present, "virtual attendee"},
        {"attendance-label-chair", AttendanceStatus::Present, "", true, true},
        {"attendance-label-present", AttendanceStatus::Present, ""},
        {"attendance-label-present-capitals", AttendanceStatus::Present, ""},
        {"attendance-label-apologies", AttendanceStatus::Apologies, ""},
        {"attendance-label-absent", AttendanceStatus::Absent, ""},
        {"attendance-label-public", AttendanceStatus::InAttendance, "", false},
    };
    for (const Pattern& p : patterns) {
        const auto m = Lexicon::instance().match(QString::fromLatin1(p.cue), text);
        if (m.hasMatch()) {
            Label label;
            label.status = p.status;
            label.role = p.labelIsRole ? m.captured(0).chopped(1).trimmed() : QString::fromLatin1(p.role);
            label.length = m.capturedLength();
            label.people = p.people;
            // "Councillors: A, B" keeps the honorific so bare surnames read as people.
            if (m.captured(0).startsWith(QLatin1String("Councillors"), Qt::CaseInsensitive)
                && !m.captured(0).contains(QLatin1String("present"), Qt::CaseInsensitive))
                label.keep = QStringLiteral("Councillors");
            return label;
        }
    }
    return std::nullopt;
}

// How a list's lines sit on the page: its right margin (prose lists are justified to it) and
// the left edge its names start at beside a label column ("Present:   Mayor Karen Lee").
struct ListGeometry {
    qreal right = 0;
    qreal hangingLeft = -1;
};

bool reachesMargin(const MinutesLine& line, const ListGeometry& geometry)
{
    return line.right >= geometry.right - 2.5 * line.height;
}

bool paragraphGap(const MinutesLine& line)
{
    return line.gapBefore > 0.6 * line.height;
}

bool unbalanced(const QString& text)
{
    return text.count(QLatin1Char('(')) > text.count(QLatin1Char(')'));
}

// The text before the line break leaves the list item open: "...,", "... and", "... Councillor".
bool endsOpen(const QString& text)
{
    const QString p = text.trimmed();
    if (p.endsWith(QLatin1Char(',')) || p.endsWith(QLatin1Char(';')) || p.endsWith(QLatin1String(" and"))
        || p.endsWith(QLatin1Char('&')) || p.endsWith(QLatin1Char('-')) || p.endsWith(QChar(0x2013)))
        return true;
    // A title waiting for its name ("... and Councillor"); after a determiner it is a noun ("- in the
    // Chair"), not a title.
    const QString last = p.section(QLatin1Char(' '), -1);
    return !last.isEmpty() && minutes::startsWithHonorific(last) && minutes::personName(last).isEmpty()
        && !minutes::isDeterminer(p.section(QLatin1Char(' '), -2, -2));
}

// A line of a list whose items are set apart by semicolons ("C Hollis, Development Manager; R Kerr,
// Senior") that ends without one: its last item, a name and a post, goes on to the next line.
bool semicolonItemOpen(const MinutesLine* line)
{
    if (!line)
        return false;
    const QString p = line->text.trimmed();
    return p.contains(QLatin1Char(';')) && !p.endsWith(QLatin1Char(';')) && !p.endsWith(QLatin1Char('.'));
}

// A name opening the line, followed by its role: "Omar Farouk, Head of …", "Dr Kim Osei (Director
// …)", "Helen Ward – Director …"; `twoWords` asks for a full name (a lone surname may end a name
// wrapped from the line above).
bool nameThenRole(const QString& line, bool twoWords)
{
    static const QRegularExpression re(QStringLiteral("^([^,(\u2013\u2014]+?)\\s*(?:[,(]|\\s[-\u2013\u2014]\\s)"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return false;
    const QString name = m.captured(1);
    if (minutes::startsWithHonorific(name))
        return true;
    return minutes::looksLikeName(name) && (!twoWords || name.contains(QLatin1Char(' ')));
}

// A line in two cells, a name and then a role: "Lucy Tran      Democratic Services Officer".
bool nameCellThenRole(const MinutesLine& line)
{
    if (line.cells.size() != 2)
        return false;
    const QString& name = line.cells.first().second;
    const QString& role = line.cells.last().second;
    // Two people side by side, or a list running on; a role that is only an honorific's word
    // ("Chair", "Vice-Chair") names no second person.
    if (name.endsWith(QLatin1Char(',')) || (minutes::startsWithHonorific(role) && !minutes::personName(role).isEmpty()))
        return false;
    // An organisation may read like a name ("Westmarsh Police"): beside a name with its title
    // or its role in brackets, the second cell is what they are there as.
    if (minutes::startsWithHonorific(name) || name.endsWith(QLatin1Char(')')))
        return true;
    return minutes::looksLikeName(name) && name.contains(QLatin1Char(' ')) && !minutes::looksLikeName(role);
}

// A row of a grid of people: two or more cells, each opening with a titled name ("Cllr J Ashcroft
// (Chair) - Kelbury DC" beside "Mr P Dunmore - Parish member"). Each cell is a person of its own,
// whatever follows the name in it.
bool gridRowOfPeople(const MinutesLine& line)
{
    if (line.cells.size() < 2)
        return false;
    for (const auto& cell : line.cells) {
        if (!minutes::startsWithHonorific(cell.second) || minutes::personName(cell.second).isEmpty())
            return false;
    }
    return true;
}

// The line as list text: a name cell and a role cell become "name, role"; a grid row's cells
// are separate items.
QString listText(const MinutesLine& line)
{
    if (gridRowOfPeople(line)) {
        QStringList cells;
        for (const auto& cell : line.cells)
            cells.append(cell.second);
        return cells.join(QStringLiteral("; "));
    }
    if (!nameCellThenRole(line))
        return line.text;
    const QString& name = line.cells.first().second;
    const QString& role = line.cells.last().second;
    // "Supt A Bell (Vice-Chair)" beside "Westmarsh Police": both describe the one person.
    if (name.endsWith(QLatin1Char(')')))
        return name.chopped(1) + QStringLiteral(", ") + role + QLatin1Char(')');
    // In brackets, so that a role opening with a title's word ("Chair", "Chief Fire Officer") is
    // not read as the title of the next name in the list.
    return name + QStringLiteral(" (") + role + QLatin1Char(')');
}

// An officer listed by post alone under an attendance label, one a line ("Head of Environmental
// Services"): a post's words, no name before them, not a label or a sentence.
bool postOnly(const MinutesLine& line)
{
    const QString& t = line.text;
    if (t.isEmpty() || !t.at(0).isUpper() || t.endsWith(QLatin1Char(':')) || t.endsWith(QLatin1Char('.'))
        || t.contains(QLatin1Char(',')) || t.size() > 80 || minutes::startsWithHonorific(t) || !minutes::hasRoleWord(t)
        || nameThenRole(t, true) || nameCellThenRole(line))
        return false;
    for (const QChar c : t) {
        if (c.isDigit())
            return false;
    }
    return true;
}

// The line opens a new person of the list.
bool startsItem(const MinutesLine& line)
{
    return minutes::startsWithHonorific(line.text) || nameThenRole(line.text, true) || nameCellThenRole(line);
}

// Does this line carry on the list above it?
bool continuesList(const QString& previous, const MinutesLine* previousLine, const MinutesLine& line,
                   const ListGeometry& geometry)
{
    const QString& t = line.text;
    if (endsOpen(previous) || unbalanced(previous))
        return true;
    if (t.startsWith(QLatin1Char('(')) || minutes::startsWithHonorific(t))
        return true;
    if (nameThenRole(t, false) || nameCellThenRole(line))
        return true;
    if (paragraphGap(line) || MinutesLocator::isAttendanceLabel(t))
        return false;
    if (t.at(0).isLower())
        return true;
    if (geometry.hangingLeft > 0 && std::abs(line.left - geometry.hangingLeft) <= 3)
        return true; // under the names beside the label
    const bool heading = t.at(0).isDigit() || text::isMostlyUpperCase(t);
    if (semicolonItemOpen(previousLine) && !heading)
        return true;
    return previousLine && reachesMargin(*previousLine, geometry) && !heading;
}

// A line break inside a list: a wrap (the item goes on) or the end of one item.
bool wraps(const QString& previous, const MinutesLine* previousLine, const MinutesLine& line,
           const ListGeometry& geometry)
{
    if (previous.trimmed().isEmpty() || endsOpen(previous) || unbalanced(previous))
        return true;
    const QString& t = line.text;
    if (t.at(0).isLower() || t.startsWith(QLatin1Char(')')))
        return true;
    if (geometry.hangingLeft > 0 && std::abs(line.left - geometry.hangingLeft) <= 3)
        return false; // one person a line in the column beside the label
    if (semicolonItemOpen(previousLine) && !startsItem(line))
        return true;
    return previousLine && reachesMargin(*previousLine, geometry) && !startsItem(line);
}

void add(QList<Attendance>& out, const QList<ListedPerson>& people, AttendanceStatus status, const QString& role,
         int page)
{
    for (const ListedPerson& p : people) {
        Attendance a;
        a.name = p.name;
        a.status = status;
        QStringList roles;
        if (!role.isEmpty())
            roles.append(role);
        if (!p.roleText.isEmpty())
            roles.append(p.roleText);
        a.roleText = roles.join(QStringLiteral(", "));
        a.pdfPage = page;
        out.append(a);
    }
}

} // namespace

qsizetype AttendanceParser::parseLists(const QList<MinutesLine>& lines, qsizetype from, qsizetype to,
                                       QList<Attendance>& out)
{
    qsizetype i = from;
    // The first label must come soon after the header.
    qsizetype first = -1;
    for (qsizetype k = from; k < std::min(to, from + 3); ++k) {
        if (matchLabel(lines.at(k).text)) {
            first = k;
            break;
        }
    }
    if (first < 0)
        return from;
    ListGeometry geometry;
    for (qsizetype k = from; k < std::min(to, from + 80); ++k)
        geometry.right = std::max(geometry.right, lines.at(k).right);
    i = first;
    while (i < to) {
        const auto label = matchLabel(lines.at(i).text);
        if (!label)
            break;
        const MinutesLine& labelLine = lines.at(i);
        QString firstText = labelLine.text.mid(label->length).trimmed();
        // Names in a column of their own beside the label.
        geometry.hangingLeft = -1;
        if (labelLine.cells.size() >= 2 && labelLine.cells.first().second.size() <= label->length + 1)
            geometry.hangingLeft = labelLine.cells.at(1).first;
        if (!label->keep.isEmpty() && !firstText.isEmpty())
            firstText = label->keep + QLatin1Char(' ') + firstText;
        QList<const MinutesLine*> parts {&labelLine};
        QStringList texts {firstText};
        const int page = labelLine.page;
        int skipped = 0;
        QList<const MinutesLine*> posts; // officers named by their post alone, one a line
        qsizetype j = i + 1;
        for (; j < to; ++j) {
            const MinutesLine& line = lines.at(j);
            const QString& t = line.text;
            if (t.isEmpty() || matchLabel(t))
                break;
            const bool empty = texts.join(QString()).trimmed().isEmpty();
            // Officers "in attendance" by post alone: the post is all the minutes say of them.
            if (empty && label->people && label->status == AttendanceStatus::InAttendance && postOnly(line)
                && (posts.isEmpty() || !paragraphGap(line))) {
                posts.append(&line);
                continue;
            }
            if (!posts.isEmpty() && empty && !startsItem(line))
                break; // the posts' list has ended
            const MinutesLine* previousLine = empty ? nullptr : parts.last();
            if (!empty && !continuesList(texts.join(QLatin1Char(' ')), previousLine, line, geometry))
                break;
            if (empty && !startsItem(line) && !minutes::looksLikeName(t.section(QLatin1Char(','), 0, 0))) {
                // A stray word between the label and its list (a side title): skip a little.
                if (++skipped > 2)
                    break;
                continue;
            }
            parts.append(&line);
            texts.append(listText(line));
        }
        // A line break is a separator unless the item wraps onto the next line.
        QString list = texts.first();
        for (qsizetype k = 1; k < texts.size(); ++k) {
            const MinutesLine* previousLine
                = k > 1 ? parts.at(k - 1) : (texts.first().isEmpty() ? nullptr : parts.first());
            list = wraps(list, previousLine, *parts.at(k), geometry) ? minutes::joinTexts({list, texts.at(k)})
                                                                     : list + QStringLiteral("; ") + texts.at(k);
        }
        if (label->people)
            add(out, NameListParser::parse(list), label->status, label->role, page);
        for (const MinutesLine* post : std::as_const(posts)) {
            Attendance a;
            a.name = post->text;
            a.status = label->status;
            a.roleText = label->role;
            a.pdfPage = post->page;
            out.append(a);
        }
        i = j;
    }
    return i;
}

qsizetype AttendanceParser::parseListsAndRegisters(const QList<MinutesLine>& lines, qsizetype from, qsizetype to,
                                                   QList<Attendance>& out)
{
    qsizetype end = from;
    for (;;) {
        const qsizetype afterLists = parseLists(lines, end, to, out);
        const qsizetype afterRegister = AttendanceRegister::parse(lines, afterLists, to, out);
        if (afterRegister == end)
            return end;
        end = afterRegister;
    }
}

bool AttendanceParser::parseRollCall(const QString& sentence, int page, QList<Attendance>& out)
{
    // The sentences' wording is in the lexicon (document-cues.json, roll-call-*).
    const Lexicon& lexicon = Lexicon::instance();
    static const QRegularExpression inPerson(Lexicon::instance().alternation(QStringLiteral("attended-in-person")),
                                             QRegularExpression::CaseInsensitiveOption);

    const QString s = text::collapseWhitespace(sentence);
    if (const auto m = lexicon.match(QStringLiteral("roll-call-present"), s); m.hasMatch()) {
        QString list = m.captured(1);
        QString role;
        if (const auto p = inPerson.match(list); p.hasMatch()) {
            role = QStringLiteral("in person");
            list.chop(p.capturedLength());
        }
        const QList<ListedPerson> people = NameListParser::parse(list);
        add(out, people, AttendanceStatus::Present, role, page);
        return !people.isEmpty();
    }
    if (const auto m = lexicon.match(QStringLiteral("roll-call-also-present"), s); m.hasMatch()) {
        const QList<ListedPerson> people = NameListParser::parse(m.captured(1));
        add(out, people, AttendanceStatus::InAttendance, QString(), page);
        return !people.isEmpty();
    }
    if (const auto m = lexicon.match(QStringLiteral("roll-call-remote"), s);
        m.hasMatch() && minutes::startsWithHonorific(m.captured(1))) {
        const QList<ListedPerson> people = NameListParser::parse(m.captured(1));
        add(out, people, AttendanceStatus::Present, m.captured(2).trimmed(), page);
        return !people.isEmpty();
    }
    if (const auto m = lexicon.match(QStringLiteral("roll-call-absent"), s);
        m.hasMatch() && minutes::startsWithHonorific(m.captured(1))) {
        const QList<ListedPerson> people = NameListParser::parse(m.captured(1));
        add(out, people, AttendanceStatus::Absent, QString(), page);
        return !people.isEmpty();
    }
    return false;
}

} // namespace scrutineer::parse
