#include "recommendations/MeetingAsk.h"

#include "lexicon/Lexicon.h"

#include <QRegularExpression>

namespace scrutineer::parse::meetingask {
namespace {

QString withoutArticle(QString name)
{
    static const QRegularExpression article(QStringLiteral("^(?:the|The|THE)\\s+"));
    return name.remove(article).trimmed();
}

} // namespace

bool isMeeting(const QString& name, const QString& meetingBody)
{
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]"));
    const QString bareName = withoutArticle(name);
    const QString named = bareName.toLower().remove(nonLetters);
    if (named.isEmpty())
        return false;
    if (named == QLatin1String("members") || named == QLatin1String("councillors"))
        return true;
    const QString own = meetingBody.toLower().remove(nonLetters);
    const bool bare = !bareName.contains(QLatin1Char(' '));
    // A bare "Cabinet" or "Council" in a document whose meeting is unknown may be another body.
    if (own.isEmpty())
        return bare && (named == QLatin1String("committee") || named == QLatin1String("panel"));
    return own.contains(named) || named.contains(own) || (bare && own.endsWith(named));
}

bool asksMeeting(const QString& text, const QString& meetingBody, bool afterMeetingLead)
{
    if (Lexicon::instance().matches(QStringLiteral("meeting-asked"), text)
        || Lexicon::instance().matches(QStringLiteral("meeting-passive"), text)
        || (afterMeetingLead && Lexicon::instance().matches(QStringLiteral("meeting-verb"), text)))
        return true;
    const QRegularExpressionMatch m = Lexicon::instance().match(QStringLiteral("meeting-decision"), text);
    return m.hasMatch() && isMeeting(m.captured(1), meetingBody);
}

bool namesMeeting(const QString& leadIn, const QString& meetingBody)
{
    if (Lexicon::instance().matches(QStringLiteral("meeting-asked"), leadIn))
        return true;
    const QRegularExpressionMatch lead = Lexicon::instance().match(QStringLiteral("meeting-lead"), leadIn);
    return lead.hasMatch() && isMeeting(lead.captured(1), meetingBody);
}

} // namespace scrutineer::parse::meetingask
