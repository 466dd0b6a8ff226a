#include "minutes/MinutesWording.h"

#include "lexicon/Lexicon.h"

namespace scrutineer::parse::minutes::wording {

const QRegularExpression& attendanceMarker()
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("attendance-heading")),
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
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("attendance-label")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& minutesOf()
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("minutes-of")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& heldAt()
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("meeting-held")),
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
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("meeting-ended")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace scrutineer::parse::minutes::wording
