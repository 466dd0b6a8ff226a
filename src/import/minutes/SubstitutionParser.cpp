#include "minutes/SubstitutionParser.h"

#include "TextUtil.h"
#include "minutes/MinutesLines.h"
#include "minutes/NameListParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

// Wording of a substitution, in one place. Group 1 is the substitute, group 2 the member replaced
// (reversed where the member comes first).
struct Phrase {
    QRegularExpression re;
    bool reversed = false;
};

const QList<Phrase>& phrases()
{
    static const QString verbs = QStringLiteral(
        "(?:attended|was\\s+present|were\\s+present|was\\s+in\\s+attendance|sat|acted|was\\s+appointed|"
        "was\\s+nominated)");
    static const QList<Phrase> list {
        {QRegularExpression(QStringLiteral("^(.+?)\\s+(?:substituted|was\\s+substituting|substituting|deputi[sz]ed)\\s+"
                                           "for\\s+(.+?)\\.?$"),
                            QRegularExpression::CaseInsensitiveOption),
         false},
        {QRegularExpression(QStringLiteral("^(.+?)\\s+%1\\s+as\\s+(?:a\\s+|the\\s+)?substitute(?:\\s+member)?\\s+"
                                           "(?:for|in\\s+place\\s+of)\\s+(.+?)\\.?$")
                                .arg(verbs),
                            QRegularExpression::CaseInsensitiveOption),
         false},
        {QRegularExpression(
             QStringLiteral("^(.+?)\\s+(?:was|were)\\s+(?:a\\s+|the\\s+)?substitute(?:\\s+member)?\\s+for\\s+"
                            "(.+?)\\.?$"),
             QRegularExpression::CaseInsensitiveOption),
         false},
        {QRegularExpression(QStringLiteral("^(.+?)\\s+%1\\s+in\\s+place\\s+of\\s+(.+?)\\.?$").arg(verbs),
                            QRegularExpression::CaseInsensitiveOption),
         false},
        {QRegularExpression(QStringLiteral("^(.+?)\\s+(?:was|were)\\s+(?:substituted|replaced)\\s+by\\s+(.+?)\\.?$"),
                            QRegularExpression::CaseInsensitiveOption),
         true},
        // "Councillor C. Scurrell confirmed he was attending as a substitute for Councillor H. Jones."
        {QRegularExpression(QStringLiteral("^(.+?)\\s+(?:confirmed|advised|indicated|stated|reported)\\s+(?:that\\s+)?"
                                           "(?:he|she|they)\\s+(?:was|were)\\s+(?:attending|present|sitting)\\s+as\\s+"
                                           "(?:a\\s+|the\\s+)?substitute(?:\\s+member)?\\s+for\\s+(.+?)\\.?$"),
                            QRegularExpression::CaseInsensitiveOption),
         false},
    };
    return list;
}

// A listed person's role that says whom they replaced: "substitute for Councillor Y".
const QRegularExpression& listedRole()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:as\\s+)?(?:a\\s+|the\\s+)?(?:substitute|substituting|deputising|deputizing)(?:\\s+member)?"
                       "\\s+for\\s+(.+)$|^in\\s+place\\s+of\\s+(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// The one person a phrase names, or nothing: a sentence part that is not just a name is no
// substitution ("The officers who attended").
std::optional<ListedPerson> onePerson(const QString& text)
{
    const QString t = text.trimmed();
    if (!minutes::startsWithHonorific(t) && !minutes::looksLikeName(t))
        return std::nullopt;
    const QList<ListedPerson> people = NameListParser::parse(t);
    if (people.size() != 1 || !people.first().roleText.isEmpty())
        return std::nullopt;
    return people.first();
}

qsizetype indexOf(const QList<Attendance>& out, const QString& name)
{
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i).name == name)
            return i;
    }
    // The same person printed with fewer or other initials: one entry with that surname.
    const QString key = text::surnameKey(name);
    qsizetype found = -1;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (text::surnameKey(out.at(i).name) != key)
            continue;
        if (found >= 0)
            return -1; // two people share the surname: do not guess
        found = i;
    }
    return found;
}

void record(const QString& substitute, const QString& member, int page, QList<Attendance>& out)
{
    const qsizetype m = indexOf(out, member);
    if (m >= 0) {
        out[m].substitute = substitute;
    } else {
        Attendance replaced;
        replaced.name = member;
        replaced.status = AttendanceStatus::Apologies;
        replaced.substitute = substitute;
        replaced.pdfPage = page;
        out.append(replaced);
    }
    if (indexOf(out, substitute) < 0) {
        Attendance present;
        present.name = substitute;
        present.status = AttendanceStatus::Present;
        present.roleText = QCoreApplication::translate("AttendanceParser", "substitute for %1").arg(member);
        present.pdfPage = page;
        out.append(present);
    }
}

} // namespace

bool SubstitutionParser::parse(const QString& sentence, int page, QList<Attendance>& out)
{
    const QString whole = text::collapseWhitespace(sentence);
    // "It was noted that Councillor Daley was substituting for Councillor Lewins.": the report's
    // lead-in ends at "that"; the substitution is the clause after it.
    static const QRegularExpression leadIn(QStringLiteral("^[^,;]{0,60}?\\bthat\\s+"),
                                           QRegularExpression::CaseInsensitiveOption);
    QStringList readings {whole};
    if (const auto lead = leadIn.match(whole); lead.hasMatch())
        readings.append(whole.mid(lead.capturedEnd()));
    for (const QString& s : readings) {
        for (const Phrase& phrase : phrases()) {
            const auto m = phrase.re.match(s);
            if (!m.hasMatch())
                continue;
            const auto first = onePerson(m.captured(1));
            const auto second = onePerson(m.captured(2));
            if (!first || !second)
                continue;
            const ListedPerson& substitute = phrase.reversed ? *second : *first;
            const ListedPerson& member = phrase.reversed ? *first : *second;
            record(substitute.name, member.name, page, out);
            return true;
        }
    }
    return false;
}

void SubstitutionParser::linkListed(QList<Attendance>& out)
{
    const QList<Attendance> listed = out;
    // "Apologies … from Cllr Borg (substituted by Cllr Wainwright)": the absentee's bracket names
    // who came in their place.
    static const QRegularExpression replacedBy(QStringLiteral("^(?:substituted|replaced)\\s+by\\s+(.+)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    for (const Attendance& a : listed) {
        if (a.status != AttendanceStatus::Apologies || !a.substitute.isEmpty())
            continue;
        for (const QString& role : a.roleText.split(QStringLiteral(", "))) {
            const auto m = replacedBy.match(role.trimmed());
            if (!m.hasMatch())
                continue;
            if (const auto substitute = onePerson(m.captured(1)))
                record(substitute->name, a.name, a.pdfPage, out);
        }
    }
    for (const Attendance& a : listed) {
        if (a.status != AttendanceStatus::Present && a.status != AttendanceStatus::InAttendance)
            continue;
        for (const QString& role : a.roleText.split(QStringLiteral(", "))) {
            const auto m = listedRole().match(role.trimmed());
            if (!m.hasMatch())
                continue;
            const auto member = onePerson(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
            if (member)
                record(a.name, member->name, a.pdfPage, out);
        }
    }
}

} // namespace scrutineer::parse
