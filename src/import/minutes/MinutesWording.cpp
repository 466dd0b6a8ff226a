#include "minutes/MinutesWording.h"

#include "lexicon/Lexicon.h"

namespace scrutineer::parse::minutes::wording {

const QRegularExpression& attendanceMarker()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:PRESENT|Present|Members\\s+present|Councillors\\s+present|Council\\s*members\\s+present|"
                       "Commissioners\\s+present)\\s*:|\\broll\\s+call\\b|^PRESENT\\b|"
                       "^(?:(?:Members|Councillors|Board\\s+members)\\s+)?present\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool startsAttendance(const QString& text)
{
    return attendanceMarker().match(text).hasMatch()
        || Lexicon::instance().matches(QStringLiteral("attendance-table-marker"), text.trimmed());
}

const QRegularExpression& attendanceLabel()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:Members|Councillors|Council\\s*members|Commissioners|Board\\s+members|Trustees|"
                       "Directors)\\s+)?present\\s*:|^roll\\s+call\\s*:?$|^roll\\s+call\\s*:|"
                       "^responding\\s+to\\s+(?:the\\s+)?roll\\s+call\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& minutesOf()
{
    static const QRegularExpression re(QStringLiteral("\\bminutes?\\s+of\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& heldAt()
{
    static const QRegularExpression re(QStringLiteral("\\bmeeting\\s+held\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& leadingDate()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]+|"
                       "^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\s+\\d{1,2},"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& meetingEnded()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:the\\s+)?meeting\\s+(?:ended|closed|finished|concluded|terminated|was\\s+(?:adjourned|"
                       "closed))\\s+at\\s+\\d|^(?:the\\s+)?meeting\\s+(?:ended|closed)\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace scrutineer::parse::minutes::wording
