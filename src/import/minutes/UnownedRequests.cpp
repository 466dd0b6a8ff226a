#include "minutes/UnownedRequests.h"

#include "lexicon/Lexicon.h"
#include "minutes/ActionRequestParser.h"
#include "minutes/ClauseParser.h"

namespace scrutineer::parse {
namespace {

// True when the text names a time after the meeting: a later meeting ("at the September
// meeting", "to a future meeting"), a due date not before the meeting's month, or a recurring
// or conditional time ("bi-annual", "as and when cases arise").
bool namesLaterTime(const QString& text, const QDate& meetingDate)
{
    if (Lexicon::instance().matches(QStringLiteral("later-meeting"), text))
        return true;
    QString due;
    QString dueText;
    ActionRequestParser::dueFrom(text, meetingDate, &due, &dueText);
    if (due.isEmpty())
        return !dueText.isEmpty();
    if (!meetingDate.isValid())
        return true;
    // "2019-01" or "2019-01-29": compare at the printed precision.
    return due >= meetingDate.toString(Qt::ISODate).left(due.size());
}

} // namespace

bool UnownedRequests::inClause(const QString& text, const QString& leadIn, bool listItem, const QDate& meetingDate)
{
    const Lexicon& lexicon = Lexicon::instance();
    const QString clause = text.trimmed();
    if (lexicon.matches(QStringLiteral("meeting-continues-to-receive"), clause))
        return true;
    if (lexicon.matches(QStringLiteral("meeting-receives"), clause))
        return namesLaterTime(clause, meetingDate);
    if (lexicon.matches(QStringLiteral("delivered-to-meeting"), clause))
        return true;
    // "The committee" ⏎ "a) Notes ...": the meeting's own decisions, never instructions to others.
    return listItem && !lexicon.matches(QStringLiteral("lead-names-meeting"), leadIn.trimmed())
        && lexicon.matches(QStringLiteral("imperative-request"), clause);
}

bool UnownedRequests::inProse(const QString& sentence)
{
    const Lexicon& lexicon = Lexicon::instance();
    if (lexicon.matches(QStringLiteral("decided-in-prose"), sentence))
        return false;
    // A clause of a resolution that runs on past a full stop is read with its resolution.
    if (const auto label = ClauseParser::matchLabel(sentence); label && label->decoration != ClauseParser::Decoration::Bullet)
        return false;
    return lexicon.matches(QStringLiteral("members-ask"), sentence)
        || lexicon.matches(QStringLiteral("undertaking-for-later"), sentence);
}

} // namespace scrutineer::parse
