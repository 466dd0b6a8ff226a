#include "minutes/AttendanceParser.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "minutes/MinutesLines.h"
#include "minutes/NameListParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

// Apologies sentences of minutes: "Apologies for absence were received from …", "An apology …
// on behalf of …", with substitutes named beside the absentees. Split from AttendanceParser.cpp.
namespace scrutineer::parse {
namespace {

void appendApologies(QList<Attendance>& out, const QList<ListedPerson>& people, AttendanceStatus status,
                     const QString& role, int page)
{
    for (const ListedPerson& p : people) {
        Attendance a;
        a.name = p.name;
        a.status = status;
        a.roleText
            = role.isEmpty() ? p.roleText : (p.roleText.isEmpty() ? role : role + QStringLiteral(", ") + p.roleText);
        a.pdfPage = page;
        out.append(a);
    }
}

} // namespace

namespace {

// True when the list of attendance already holds this person's apologies: the one entry with the
// surname (two people sharing it are not guessed between).
bool apologisedAlready(const QList<Attendance>& out, const QString& name)
{
    const QString key = text::surnameKey(name);
    const Attendance* found = nullptr;
    for (const Attendance& a : out) {
        if (text::surnameKey(a.name) != key)
            continue;
        if (found)
            return false;
        found = &a;
    }
    return found && found->status == AttendanceStatus::Apologies;
}

// The people of an apologies list, with "X and his substitute Y" pairs kept together.
bool addApologies(const QString& listText, int page, QList<Attendance>& out)
{
    // The wording is the lexicon's: "X and his substitute Y" (apologies-with-substitute) and
    // "Cllr. P. McDonald with Cllr S. Douglas attending as his substitute", where the substitute
    // came (apologies-substitute-attending).
    const Lexicon& lexicon = Lexicon::instance();
    QString list = listText.trimmed();
    while (list.endsWith(QLatin1Char('.')))
        list.chop(1);
    // Pairs "X and his Substitute Y" are kept together before the list is split further.
    const QStringList parts = list.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    bool any = false;
    for (QString part : parts) {
        part = part.trimmed();
        static const QRegularExpression leadingAnd(QStringLiteral("^(?:and|&)\\s+"),
                                                   QRegularExpression::CaseInsensitiveOption);
        part.remove(leadingAnd);
        if (const auto sub = lexicon.match(QStringLiteral("apologies-substitute-attending"), part); sub.hasMatch()) {
            const QList<ListedPerson> absentees = NameListParser::parse(sub.captured(1));
            const QList<ListedPerson> subs = NameListParser::parse(sub.captured(2));
            if (!absentees.isEmpty() && subs.size() == 1) {
                appendApologies(out, absentees, AttendanceStatus::Apologies, QString(), page);
                out.last().substitute = subs.first().name;
                Attendance present;
                present.name = subs.first().name;
                present.status = AttendanceStatus::Present;
                present.roleText
                    = QCoreApplication::translate("AttendanceParser", "substitute for %1").arg(absentees.last().name);
                present.pdfPage = page;
                const QString key = text::surnameKey(present.name);
                if (std::none_of(out.cbegin(), out.cend(),
                                 [&key](const Attendance& a) { return text::surnameKey(a.name) == key; }))
                    out.append(present);
                any = true;
                continue;
            }
        }
        if (const auto sub = lexicon.match(QStringLiteral("apologies-with-substitute"), part); sub.hasMatch()) {
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
                appendApologies(out, absentees.mid(0, absentees.size() - 1), AttendanceStatus::Apologies, QString(),
                                page);
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
        QList<ListedPerson> people = NameListParser::parse(part);
        any = any || !people.isEmpty();
        // "Apologies were received from Councillor Qureshi." under the list that already gave
        // Councillor Ayesha Qureshi's apologies: the one person, not a second entry.
        people.removeIf([&out](const ListedPerson& person) { return apologisedAlready(out, person.name); });
        appendApologies(out, people, AttendanceStatus::Apologies, QString(), page);
    }
    return any;
}

} // namespace

bool AttendanceParser::parseApologies(const QString& sentence, int page, QList<Attendance>& out)
{
    const QString s = text::collapseWhitespace(sentence);
    if (Lexicon::instance().matches(QStringLiteral("no-apologies"), s))
        return false;
    if (const auto m = Lexicon::instance().match(QStringLiteral("apologies-from"), s); m.hasMatch())
        return addApologies(m.captured(1), page, out);
    // "Ms X had given her formal apologies …": the subject, when it is a titled person.
    const auto given = Lexicon::instance().match(QStringLiteral("apologies-given"), s);
    if (!given.hasMatch() || !minutes::startsWithHonorific(given.captured(1)))
        return false;
    return addApologies(given.captured(1), page, out);
}

} // namespace scrutineer::parse
