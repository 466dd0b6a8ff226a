#include "minutes/ActionRequestParser.h"

#include "DateText.h"
#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "minutes/ClauseParser.h"
#include "minutes/OwnedRequests.h"
#include "minutes/UnownedRequests.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace scrutineer::parse {
namespace {

using Request = OwnedRequest;

bool isRecommendationToOthers(const QString& text)
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("recommended-to-others")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

Action makeAction(ActionOrigin origin, const Request& request, const ActionContext& context, int page)
{
    Action a;
    a.origin = origin;
    a.text = request.text;
    a.owner = request.owner;
    a.status = ActionStatus::Open;
    a.meetingIndex = context.meetingIndex;
    a.minuteNumber = context.minuteNumber;
    a.pdfPage = page;
    ActionRequestParser::dueFrom(request.text, context.meetingDate, &a.due, &a.dueText);
    if (!a.due.isEmpty() && a.due.size() == 10 && context.meetingDate.isValid()
        && QDate::fromString(a.due, Qt::ISODate) < context.meetingDate)
        a.flags.append(QCoreApplication::translate("ActionRequestParser", "due before the meeting that asked for it"));
    return a;
}

} // namespace

void ActionRequestParser::dueFrom(const QString& text, const QDate& meetingDate, QString* due, QString* dueText)
{
    static const QString dateish = QStringLiteral(
        "((?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?,?"
        "\\s+\\d{4})");
    static const QRegularExpression atMeeting(
        QStringLiteral(
            "\\bat\\s+(?:its|their|the(?:\\s+\\w+)?)\\s+meeting\\s+(?:to\\s+be\\s+)?(?:held\\s+)?(?:on|in)\\s+")
            + dateish,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression by(QStringLiteral("\\bby\\s+(?:the\\s+end\\s+of\\s+)?") + dateish,
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression on(QStringLiteral("\\b(?:on|for)\\s+(?:\\w+day,?\\s+)?(\\d{1,2}(?:st|nd|rd|th)?\\s+"
                                                      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?,?"
                                                      "\\s+\\d{4})"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression in(QStringLiteral("\\b(?:in|during)\\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                                                      "Nov|Dec)[a-z]*\\s+\\d{4})\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression textual(Lexicon::instance().alternation(QStringLiteral("due-in-words")));
    due->clear();
    dueText->clear();
    const QString s = text::collapseWhitespace(text);
    for (const QRegularExpression* re : {&atMeeting, &by, &on, &in}) {
        for (auto it = re->globalMatch(s); it.hasNext();) {
            const auto m = it.next();
            const QString value = datetext::parseDueDate(m.captured(1));
            if (value.isEmpty())
                continue;
            if (re == &on && meetingDate.isValid() && QDate::fromString(value, Qt::ISODate) < meetingDate)
                continue; // "promised on 28 July 2020": a past date, not a deadline
            *due = value;
            *dueText = m.captured(0).trimmed();
            return;
        }
    }
    if (const auto m = textual.match(s); m.hasMatch())
        *dueText = m.captured(0).trimmed();
}

QList<Action> ActionRequestParser::fromResolution(const ParsedResolution& resolution, int resolutionIndex,
                                                  const ActionContext& context)
{
    QList<Action> out;
    const Resolution& r = resolution.resolution;
    if (isRecommendationToOthers(r.text))
        return out;
    auto add = [&](const Request& request, const QString& path, int page) {
        Action a = makeAction(ActionOrigin::Resolution, request, context, page);
        a.resolutionIndex = resolutionIndex;
        a.clausePath = path;
        out.append(a);
    };
    const QList<ClauseEntry>& entries = resolution.clauses.entries;
    if (entries.isEmpty()) {
        QList<Request> requests = OwnedRequests::in(r.text, resolution.agreedProse);
        if (requests.isEmpty() && UnownedRequests::inClause(r.text, QString(), false, context.meetingDate))
            requests.append({QString(), OwnedRequests::cleanText(r.text)});
        for (const Request& request : std::as_const(requests))
            add(request, QString(), r.pdfPage);
        return out;
    }
    for (const ClauseEntry& e : entries) {
        const QString owner = OwnedRequests::leadOwner(e.leadIn);
        if (!owner.isEmpty()) {
            if (!e.hasChildren)
                add({owner, OwnedRequests::cleanText(e.text)}, e.path, e.page);
            continue;
        }
        if (e.hasChildren && !OwnedRequests::leadOwner(e.text).isEmpty())
            continue; // "X be requested to:-": the sub-clauses are the requests
        QList<Request> requests = OwnedRequests::in(e.text, false, OwnedRequests::endsWithThat(e.leadIn));
        if (requests.isEmpty() && !e.hasChildren
            && UnownedRequests::inClause(e.text, e.leadIn, true, context.meetingDate))
            requests.append({QString(), OwnedRequests::cleanText(e.text)});
        for (const Request& request : std::as_const(requests)) {
            if (e.hasChildren && request.owner.isEmpty())
                continue; // "be added to the Work Programme:-" introduces the requests below it
            add(request, e.path, e.page);
        }
    }
    return out;
}

QList<Action> ActionRequestParser::fromMinute(const QList<MinutesLine>& lines, qsizetype from, qsizetype to,
                                              const ActionContext& context)
{
    QList<Action> out;
    // "Actions arising:" lists.
    static const QRegularExpression itemOwner(Lexicon::instance().alternation(QStringLiteral("actions-arising-owner")));
    for (qsizetype i = from; i < to; ++i) {
        if (!ResolutionParser::isActionsArising(lines.at(i).text))
            continue;
        QList<QPair<QString, int>> items;
        qreal itemLeft = 0;
        qsizetype j = i + 1;
        for (; j < to; ++j) {
            const MinutesLine& l = lines.at(j);
            const auto label = ClauseParser::matchLabel(l.text);
            if (label) {
                items.append({label->rest, l.page});
                itemLeft = l.left;
                continue;
            }
            const bool complete = !items.isEmpty()
                && (items.last().first.endsWith(QLatin1Char(';')) || items.last().first.endsWith(QLatin1Char('.')));
            if (items.isEmpty() || (complete && l.left <= itemLeft + 2))
                break;
            items.last().first = minutes::joinTexts({items.last().first, l.text});
        }
        for (const auto& [item, page] : items) {
            Request request;
            request.text = OwnedRequests::cleanText(item);
            while (request.text.endsWith(QLatin1Char('.')) || request.text.endsWith(QLatin1Char(';')))
                request.text.chop(1);
            if (const auto m = itemOwner.match(request.text);
                m.hasMatch() && m.captured(1).split(QLatin1Char(' ')).size() <= 12)
                request.owner = OwnedRequests::cleanOwner(m.captured(1));
            out.append(makeAction(ActionOrigin::ActionsArising, request, context, page));
        }
        i = j - 1;
    }

    // "Action: <owner> to <verb> ..." lines (the lexicon's action-label), running on over the
    // lines below until a sentence ends.
    for (qsizetype i = from; i < to; ++i) {
        const auto labelled = Lexicon::instance().match(QStringLiteral("action-label"), lines.at(i).text.trimmed());
        if (!labelled.hasMatch())
            continue;
        QString item = labelled.captured(1);
        qsizetype j = i + 1;
        while (!item.endsWith(QLatin1Char('.')) && j < to && lines.at(j).gapBefore <= lines.at(j).height * 0.6
               && !ClauseParser::matchLabel(lines.at(j).text)) {
            item = minutes::joinTexts({item, lines.at(j).text});
            ++j;
        }
        Request request;
        request.text = OwnedRequests::cleanText(item);
        while (request.text.endsWith(QLatin1Char('.')))
            request.text.chop(1);
        if (const auto m = itemOwner.match(request.text);
            m.hasMatch() && m.captured(1).split(QLatin1Char(' ')).size() <= 8)
            request.owner = OwnedRequests::cleanOwner(m.captured(1));
        out.append(makeAction(ActionOrigin::ActionsArising, request, context, lines.at(i).page));
        i = j - 1;
    }

    // "<owner> agreed to <verb>": an officer's undertaking recorded in the discussion; and requests
    // with nobody named ("Members asked to be advised whether ...", UnownedRequests).
    static const QRegularExpression agreedTo(Lexicon::instance().alternation(QStringLiteral("agreed-to-undertaking")));
    static const QRegularExpression roleSubject(Lexicon::instance().alternation(QStringLiteral("role-subject")));
    QStringList texts;
    QList<int> pages;
    for (qsizetype i = from; i < to; ++i) {
        texts.append(lines.at(i).text);
        pages.append(lines.at(i).page);
    }
    const QString text = minutes::joinTexts(texts);
    qsizetype offset = 0;
    for (const QString& sentence : minutes::splitSentences(text)) {
        const qsizetype at = text.indexOf(sentence, offset);
        if (at >= 0)
            offset = at + sentence.size();
        const auto m = agreedTo.match(sentence);
        const bool unowned = !m.hasMatch() && UnownedRequests::inProse(sentence);
        if (!m.hasMatch() && !unowned)
            continue;
        QString owner = unowned ? QString() : m.captured(1);
        if (!unowned && owner.size() <= 4) { // a pronoun: the last officer named before it
            const QString before = text.left(std::max<qsizetype>(0, at) + m.capturedStart(1));
            QString last;
            for (auto it = roleSubject.globalMatch(before); it.hasNext();) {
                const auto r = it.next();
                if (minutes::hasRoleWord(r.captured(1)))
                    last = QStringLiteral("The ") + r.captured(1);
            }
            owner = last;
        }
        // Page of the sentence: count characters through the lines.
        int page = pages.isEmpty() ? 0 : pages.first();
        qsizetype chars = 0;
        for (int k = 0; k < texts.size(); ++k) {
            if (chars > at)
                break;
            page = pages.at(k);
            chars += texts.at(k).size() + 1;
        }
        out.append(makeAction(ActionOrigin::ActionsArising,
                              {OwnedRequests::cleanOwner(owner), OwnedRequests::cleanText(sentence)}, context, page));
    }
    return out;
}

} // namespace scrutineer::parse
