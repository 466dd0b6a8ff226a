#include "minutes/SubstitutionParser.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "minutes/MinutesLines.h"
#include "minutes/NameListParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

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
    return parse(sentence, page, out, Lexicon::instance());
}

bool SubstitutionParser::parse(const QString& sentence, int page, QList<Attendance>& out, const Lexicon& lexicon)
{
    static const QString substituteGroup = QStringLiteral("substitute");
    static const QString memberGroup = QStringLiteral("member");
    const QString whole = text::collapseWhitespace(sentence);
    if (!lexicon.mayHold(QStringLiteral("substitution-sentence"), whole))
        return false;
    // "It was noted that Councillor Daley was substituting for Councillor Lewins.": the report's
    // lead-in ends at "that"; the substitution is the clause after it.
    QStringList readings {whole};
    if (const auto lead = lexicon.match(QStringLiteral("substitution-lead-in"), whole); lead.hasMatch())
        readings.append(whole.mid(lead.capturedEnd()));
    // The wording is the lexicon's (substitution-sentence): each pattern names which capture is
    // the substitute and which the member replaced, and gives way to the next when they are not
    // one person each.
    const QList<QRegularExpression>& phrases = lexicon.patterns(QStringLiteral("substitution-sentence"));
    for (const QString& s : readings) {
        for (const QRegularExpression& phrase : phrases) {
            const auto m = phrase.match(s);
            if (!m.hasMatch())
                continue;
            const auto substitute = onePerson(m.captured(substituteGroup));
            const auto member = onePerson(m.captured(memberGroup));
            if (!substitute || !member)
                continue;
            record(substitute->name, member->name, page, out);
            return true;
        }
    }
    return false;
}

void SubstitutionParser::linkListed(QList<Attendance>& out)
{
    const QList<Attendance> listed = out;
    const Lexicon& lexicon = Lexicon::instance();
    // "Apologies … from Cllr Borg (substituted by Cllr Wainwright)": the absentee's bracket names
    // who came in their place (substituted-by-role).
    for (const Attendance& a : listed) {
        if (a.status != AttendanceStatus::Apologies || !a.substitute.isEmpty())
            continue;
        for (const QString& role : a.roleText.split(QStringLiteral(", "))) {
            const auto m = lexicon.match(QStringLiteral("substituted-by-role"), role.trimmed());
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
            // "Councillor X (substitute for Councillor Y)" (substitute-role), or "(for Councillor Y)"
            // naming a councillor (substitute-for-role; "(for Healthwatch)" is whom a co-optee
            // represents).
            auto m = lexicon.match(QStringLiteral("substitute-role"), role.trimmed());
            if (!m.hasMatch()) {
                m = lexicon.match(QStringLiteral("substitute-for-role"), role.trimmed());
                if (m.hasMatch() && !minutes::startsWithHonorific(m.captured(1).trimmed()))
                    continue;
            }
            if (!m.hasMatch())
                continue;
            const auto member = onePerson(m.captured(1));
            if (member)
                record(a.name, member->name, a.pdfPage, out);
        }
    }
}

} // namespace scrutineer::parse
