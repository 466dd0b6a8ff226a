#include "minutes/AttendanceParser.h"

#include "TextUtil.h"
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
};

std::optional<Label> matchLabel(const QString& text)
{
    struct Pattern {
        QRegularExpression re;
        AttendanceStatus status;
        const char* role;
    };
    static const QList<Pattern> patterns {
        {QRegularExpression(QStringLiteral("^(?:ALSO\\s+PRESENT|Also\\s+present|Also\\s+attended|Also\\s+in\\s+"
                                           "attendance|In\\s+attendance|Officers\\s+(?:present|in\\s+attendance)|"
                                           "Officers)\\s*:"),
                            QRegularExpression::CaseInsensitiveOption),
         AttendanceStatus::InAttendance, ""},
        {QRegularExpression(QStringLiteral("^(?:Virtual\\s+attendees|Attending\\s+(?:virtually|remotely)|Remote\\s+"
                                           "attendees)\\s*:?"),
                            QRegularExpression::CaseInsensitiveOption),
         AttendanceStatus::Present, "virtual attendee"},
        {QRegularExpression(QStringLiteral("^(?:PRESENT|Present|Members\\s+present|Councillors\\s+present|"
                                           "Councillors)\\s*:"),
                            QRegularExpression::CaseInsensitiveOption),
         AttendanceStatus::Present, ""},
        {QRegularExpression(QStringLiteral("^PRESENT\\b")), AttendanceStatus::Present, ""},
        {QRegularExpression(QStringLiteral("^(?:Apologies(?:\\s+for\\s+absence)?)\\s*:"),
                            QRegularExpression::CaseInsensitiveOption),
         AttendanceStatus::Apologies, ""},
        {QRegularExpression(QStringLiteral("^(?:Absent|Not\\s+present)\\s*:"),
                            QRegularExpression::CaseInsensitiveOption),
         AttendanceStatus::Absent, ""},
    };
    for (const Pattern& p : patterns) {
        const auto m = p.re.match(text);
        if (m.hasMatch()) {
            Label label;
            label.status = p.status;
            label.role = QString::fromLatin1(p.role);
            label.length = m.capturedLength();
            // "Councillors: A, B" keeps the honorific so bare surnames read as people.
            if (m.captured(0).startsWith(QLatin1String("Councillors"), Qt::CaseInsensitive)
                && !m.captured(0).contains(QLatin1String("present"), Qt::CaseInsensitive))
                label.keep = QStringLiteral("Councillors");
            return label;
        }
    }
    return std::nullopt;
}

// Does this line carry on the list above it?
bool continuesList(const QString& previous, const QString& line)
{
    const QString p = previous.trimmed();
    if (p.endsWith(QLatin1Char(',')) || p.endsWith(QLatin1Char(';')) || p.endsWith(QLatin1String(" and"))
        || p.endsWith(QLatin1Char('&')) || p.endsWith(QLatin1Char('-')) || p.endsWith(QChar(0x2013)))
        return true;
    if (line.startsWith(QLatin1Char('(')) || minutes::startsWithHonorific(line))
        return true;
    static const QRegularExpression nameThenRole(QStringLiteral("^([^,(]+?)\\s*[,(]"));
    if (const auto m = nameThenRole.match(line); m.hasMatch())
        return minutes::looksLikeName(m.captured(1)) || minutes::startsWithHonorific(m.captured(1));
    return false;
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
    i = first;
    while (i < to) {
        const auto label = matchLabel(lines.at(i).text);
        if (!label)
            break;
        QStringList texts {lines.at(i).text.mid(label->length).trimmed()};
        if (!label->keep.isEmpty() && !texts.first().isEmpty())
            texts.first() = label->keep + QLatin1Char(' ') + texts.first();
        const int page = lines.at(i).page;
        QString previous = texts.first();
        int skipped = 0;
        qsizetype j = i + 1;
        for (; j < to; ++j) {
            const QString& t = lines.at(j).text;
            if (matchLabel(t))
                break;
            const bool empty = texts.join(QString()).trimmed().isEmpty();
            if (!empty && !continuesList(previous, t))
                break;
            if (empty && !continuesList(QString(), t) && !minutes::looksLikeName(t.section(QLatin1Char(','), 0, 0))) {
                // A stray word between the label and its list (a side title): skip a little.
                if (++skipped > 2)
                    break;
                continue;
            }
            texts.append(t);
            previous = t;
        }
        // A line break is a separator unless the line above ends mid-list ("...,").
        QString list;
        for (const QString& t : texts) {
            if (t.isEmpty())
                continue;
            const QString p = list.trimmed();
            const bool open = p.isEmpty() || p.endsWith(QLatin1Char(',')) || p.endsWith(QLatin1Char(';'))
                || p.endsWith(QLatin1String(" and")) || p.endsWith(QLatin1Char('&')) || p.endsWith(QLatin1Char('-'))
                || p.endsWith(QChar(0x2013));
            list = open ? minutes::joinTexts({list, t}) : list + QStringLiteral("; ") + t;
        }
        add(out, NameListParser::parse(list), label->status, label->role, page);
        i = j;
    }
    return i;
}

bool AttendanceParser::parseRollCall(const QString& sentence, int page, QList<Attendance>& out)
{
    static const QRegularExpression rollCall(
        QStringLiteral("^(?:Responding\\s+to\\s+(?:the\\s+)?roll\\s+call\\s+(?:were|was)|Present\\s+(?:at\\s+roll\\s+"
                       "call\\s+)?were|Roll\\s+call\\s*:)\\s+(.+?)\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression remote(
        QStringLiteral("^(.+?)\\s+(?:participated|attended|joined|appeared|were\\s+present|was\\s+present)\\s+"
                       "(?:the\\s+meeting\\s+)?((?:via|by|through|remotely)\\b.*?)\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression absent(QStringLiteral("^(.+?)\\s+(?:was|were)\\s+absent\\b.*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression alsoPresent(
        QStringLiteral("^Also\\s+(?:participating|present|in\\s+attendance|attending)\\s+(?:were|was)\\s+(.+?)\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression inPerson(QStringLiteral("\\s+in\\s+person$"),
                                             QRegularExpression::CaseInsensitiveOption);

    const QString s = text::collapseWhitespace(sentence);
    if (const auto m = rollCall.match(s); m.hasMatch()) {
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
    if (const auto m = alsoPresent.match(s); m.hasMatch()) {
        const QList<ListedPerson> people = NameListParser::parse(m.captured(1));
        add(out, people, AttendanceStatus::InAttendance, QString(), page);
        return !people.isEmpty();
    }
    if (const auto m = remote.match(s); m.hasMatch() && minutes::startsWithHonorific(m.captured(1))) {
        const QList<ListedPerson> people = NameListParser::parse(m.captured(1));
        add(out, people, AttendanceStatus::Present, m.captured(2).trimmed(), page);
        return !people.isEmpty();
    }
    if (const auto m = absent.match(s); m.hasMatch() && minutes::startsWithHonorific(m.captured(1))) {
        const QList<ListedPerson> people = NameListParser::parse(m.captured(1));
        add(out, people, AttendanceStatus::Absent, QString(), page);
        return !people.isEmpty();
    }
    return false;
}

bool AttendanceParser::parseApologies(const QString& sentence, int page, QList<Attendance>& out)
{
    static const QRegularExpression apologies(
        QStringLiteral("\\bapolog(?:y|ies)\\b(?:\\s+for\\s+(?:absence|lateness))?[^.;:]{0,60}?\\bfrom\\s+(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression none(QStringLiteral("\\bno\\s+apolog"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression substitute(
        QStringLiteral("^(.+?)\\s*\\(?\\s*\\b(?:and|with)\\s+(?:his|her|their)\\s+substitute\\s+(.+?)\\s*\\)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString s = text::collapseWhitespace(sentence);
    if (none.match(s).hasMatch())
        return false;
    const auto m = apologies.match(s);
    if (!m.hasMatch())
        return false;
    QString list = m.captured(1).trimmed();
    while (list.endsWith(QLatin1Char('.')))
        list.chop(1);
    // Pairs "X and his Substitute Y" are kept together before the list is split further.
    const QStringList parts = list.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    bool any = false;
    for (QString part : parts) {
        part = part.trimmed();
        part.remove(QRegularExpression(QStringLiteral("^(?:and|&)\\s+"), QRegularExpression::CaseInsensitiveOption));
        if (const auto sub = substitute.match(part); sub.hasMatch()) {
            const QList<ListedPerson> absentees = NameListParser::parse(sub.captured(1));
            const QList<ListedPerson> subs = NameListParser::parse(sub.captured(2));
            if (!absentees.isEmpty()) {
                Attendance a;
                a.name = absentees.last().name;
                a.status = AttendanceStatus::Apologies;
                a.roleText = absentees.last().roleText;
                a.substitute = subs.isEmpty() ? QString() : subs.first().name;
                a.pdfPage = page;
                // Any people listed before the pair in the same part.
                add(out, absentees.mid(0, absentees.size() - 1), AttendanceStatus::Apologies, QString(), page);
                out.append(a);
                for (const ListedPerson& p : subs) {
                    Attendance s2;
                    s2.name = p.name;
                    s2.status = AttendanceStatus::Apologies;
                    s2.roleText = QCoreApplication::translate("AttendanceParser", "substitute for %1").arg(a.name);
                    s2.pdfPage = page;
                    out.append(s2);
                }
                any = true;
                continue;
            }
        }
        const QList<ListedPerson> people = NameListParser::parse(part);
        add(out, people, AttendanceStatus::Apologies, QString(), page);
        any = any || !people.isEmpty();
    }
    return any;
}

} // namespace scrutineer::parse
