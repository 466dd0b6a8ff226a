#include "minutes/ActionRequestParser.h"

#include "DateText.h"
#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "minutes/ClauseParser.h"
#include "minutes/UnownedRequests.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace scrutineer::parse {
namespace {

struct Request {
    QString owner;
    QString text;
};

QString cleanOwner(QString owner)
{
    owner = text::collapseWhitespace(owner);
    static const QRegularExpression lead(QStringLiteral("^(?:That|that|And|and|In particular,?)\\s+"));
    owner.remove(lead);
    while (!owner.isEmpty() && QStringLiteral(",;:").contains(owner.back()))
        owner.chop(1);
    return owner.trimmed();
}

QString cleanText(QString text)
{
    text = text::collapseWhitespace(text);
    static const QRegularExpression danglingJoin(QStringLiteral("(?:;\\s*(?:and|or)?|,\\s*and|\\s+and)$"));
    text.remove(danglingJoin);
    return text.trimmed();
}

// Where the owner of "be requested to" starts: after "That", "; ", ", the", " and the".
qsizetype ownerStart(const QString& text, qsizetype end)
{
    static const QRegularExpression boundary(
        QStringLiteral("(?:^|\\bThat\\s+|\\bthat\\s+|;\\s+|,\\s+(?=the\\s)|\\band\\s+(?=the\\s)|\\.\\s+)"),
        QRegularExpression::CaseInsensitiveOption);
    qsizetype start = 0;
    for (auto it = boundary.globalMatch(text.left(end)); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedEnd() < end)
            start = m.capturedEnd();
    }
    return start;
}

// The office or body named from `from` on: an optional "the", then capitalised words and the small
// words between them ("the Leader of the Council", "the Cabinet Member for Economic Development").
// Returns where it ends (from when nothing is named) and sets *office.
qsizetype officeAt(const QString& text, qsizetype from, QString* office)
{
    static const QRegularExpression word(QStringLiteral("[^\\s,;:.]+"));
    static const QSet<QString> joins {QStringLiteral("of"),  QStringLiteral("for"), QStringLiteral("and"),
                                      QStringLiteral("the"), QStringLiteral("on"),  QStringLiteral("in")};
    qsizetype end = from; // after the last capitalised word: small words after it are not the name's
    qsizetype last = from; // after the last word read
    bool named = false;
    for (auto it = word.globalMatch(text, from); it.hasNext();) {
        const auto m = it.next();
        if (!text.mid(last, m.capturedStart() - last).trimmed().isEmpty())
            break; // punctuation between the words
        const QString w = m.captured(0);
        if (w.at(0).isUpper() || (named && w.at(0) == QLatin1Char('('))) {
            named = true;
            end = m.capturedEnd();
        } else if (!((!named && w == QLatin1String("the")) || (named && joins.contains(w)))) {
            break;
        }
        last = m.capturedEnd();
    }
    if (!named)
        return from;
    *office = text.mid(from, end - from).trimmed();
    return end;
}

// Requests in one piece of text. Passive requests count only where nobody is named.
QList<Request> requestsIn(const QString& text, bool agreedProse)
{
    static const QRegularExpression requested(
        QStringLiteral("\\b(?:be|is|are)\\s+(?:hereby\\s+)?(?:requested|asked|invited|instructed|directed)\\s+to\\s+"
                       "([a-z]\\w*)"));
    static const QRegularExpression asks(
        QStringLiteral("\\b(?:asks|requests|urges|instructs|directs|invites|calls?\\s+(?:up)?on)\\s+(.+?)\\s+to\\s+"
                       "(?!the\\b|a\\b|an\\b|this\\b|its\\b|their\\b|all\\b)([a-z]\\w*)"));
    static const QRegularExpression passive(QStringLiteral(
        "\\bbe\\s+(?:shared\\s+with|circulated\\s+to|provided\\s+to|presented\\s+to|submitted\\s+to|"
        "reported\\s+(?:back\\s+)?to|brought\\s+(?:back\\s+)?to|added\\s+to|scheduled\\s+for|sent\\s+to)\\b"));
    static const QRegularExpression future(
        QStringLiteral("\\b(?:should|would|will|shall)\\s+be\\s+(?:[a-z]+ed|shared|sent|brought|done|set|taken|"
                       "written|given|drawn)\\b"));
    static const QSet<QString> notActions {QStringLiteral("note"), QStringLiteral("receive"), QStringLiteral("welcome"),
                                           QStringLiteral("endorse"), QStringLiteral("agree")};
    QList<Request> out;
    struct Hit {
        qsizetype start;
        QString owner;
    };
    QList<Hit> hits;
    for (auto it = requested.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (notActions.contains(m.captured(1)))
            continue;
        const qsizetype start = ownerStart(text, m.capturedStart());
        hits.append({start, cleanOwner(text.mid(start, m.capturedStart() - start))});
    }
    for (auto it = asks.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (notActions.contains(m.captured(2)))
            continue;
        hits.append({m.capturedStart(), cleanOwner(m.captured(1))});
    }
    // "(To) request that the Leader of the Council writes to …": the office named, then its verb;
    // what it is asked to do is the request, so requests inside it ("calls upon all MPs to …")
    // are not others. "Delegates to the Monitoring Officer the submission of …": the officer.
    qsizetype namedRequest = -1;
    if (const auto m = Lexicon::instance().match(QStringLiteral("request-that"), text); m.hasMatch()) {
        QString office;
        const qsizetype end = officeAt(text, m.capturedEnd(), &office);
        static const QRegularExpression verb(QStringLiteral("^\\s+([a-z]+)\\b"));
        if (const auto v = verb.match(text.mid(end)); end > m.capturedEnd() && v.hasMatch()
            && !notActions.contains(v.captured(1)) && v.captured(1) != QLatin1String("be")) {
            namedRequest = m.capturedStart();
            hits.append({m.capturedStart(), cleanOwner(office)});
        }
    } else if (const auto d = Lexicon::instance().match(QStringLiteral("delegation"), text); d.hasMatch()) {
        QString office;
        if (officeAt(text, d.capturedEnd(), &office) > d.capturedEnd()) {
            namedRequest = d.capturedStart();
            hits.append({d.capturedStart(), cleanOwner(office)});
        }
    }
    // "(It was agreed) that the Town Clerk obtain three quotations ...": an office named after
    // "that", then an instruction's verb in its plain form (the lexicon's imperative-request): the
    // meeting tells that office to act. Not the meeting itself ("that the Council approve ...").
    if (hits.isEmpty()) {
        static const QRegularExpression that(QStringLiteral("\\bthat\\s+"), QRegularExpression::CaseInsensitiveOption);
        const Lexicon& lexicon = Lexicon::instance();
        for (auto it = that.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            QString office;
            const qsizetype end = officeAt(text, m.capturedEnd(), &office);
            if (end > m.capturedEnd() && lexicon.matches(QStringLiteral("imperative-request"), text.mid(end).trimmed())
                && !lexicon.matches(QStringLiteral("lead-names-meeting"), office))
                hits.append({m.capturedEnd(), cleanOwner(office)});
        }
    }
    if (namedRequest >= 0) {
        hits.erase(std::remove_if(hits.begin(), hits.end(), [&](const Hit& h) { return h.start > namedRequest; }),
                   hits.end());
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.start < b.start; });
    for (int i = 0; i < hits.size(); ++i) {
        const qsizetype end = i + 1 < hits.size() ? hits.at(i + 1).start : text.size();
        out.append({hits.at(i).owner, cleanText(text.mid(hits.at(i).start, end - hits.at(i).start))});
    }
    if (out.isEmpty()
        && (passive.match(text).hasMatch() || Lexicon::instance().matches(QStringLiteral("return-to-meeting"), text)
            || (agreedProse && future.match(text).hasMatch())))
        out.append({QString(), cleanText(text)});
    return out;
}

// The owner a lead-in hands to its sub-clauses: "X be requested to:-", "call on X to:".
QString leadOwner(const QString& lead)
{
    static const QRegularExpression requested(QStringLiteral(
        "(?:^|\\bThat\\s+|\\bthat\\s+)(.+?)\\s+(?:be|is|are)\\s+(?:requested|asked|invited|instructed)\\s+"
        "to\\s*(?::-|:)?\\s*$"));
    static const QRegularExpression callOn(
        QStringLiteral("\\b(?:calls?\\s+(?:up)?on|asks|requests|urges|instructs)\\s+(.+?)\\s+to\\s*(?::-|:)\\s*$"));
    if (const auto m = requested.match(lead.trimmed()); m.hasMatch())
        return cleanOwner(m.captured(1));
    if (const auto m = callOn.match(lead.trimmed()); m.hasMatch())
        return cleanOwner(m.captured(1));
    return {};
}

bool isRecommendationToOthers(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("\\bcommended\\s+to\\s+(?:the\\s+)?(?:Cabinet|Council|Executive|Full\\s+Council)\\b|"
                       "\\brecommend(?:s|ed)?\\s+to\\s+(?:the\\s+)?(?:Cabinet|Council|Executive|Full\\s+Council)\\b"),
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
    static const QRegularExpression textual(QStringLiteral(
        "\\b(?:at|to|for)\\s+the\\s+(?:next|following|[A-Z][a-z]+)\\s+meeting\\b|\\bas\\s+and\\s+when\\s+"
        "[^,;.]+|\\b(?:six-monthly|bi-monthly|bi-annual(?:ly)?|monthly|quarterly|annually|fortnightly)\\b|"
        "\\b(?:in|within)\\s+the\\s+next\\s+\\w+\\s+(?:weeks|months)\\b"));
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
        QList<Request> requests = requestsIn(r.text, resolution.agreedProse);
        if (requests.isEmpty() && UnownedRequests::inClause(r.text, QString(), false, context.meetingDate))
            requests.append({QString(), cleanText(r.text)});
        for (const Request& request : std::as_const(requests))
            add(request, QString(), r.pdfPage);
        return out;
    }
    for (const ClauseEntry& e : entries) {
        const QString owner = leadOwner(e.leadIn);
        if (!owner.isEmpty()) {
            if (!e.hasChildren)
                add({owner, cleanText(e.text)}, e.path, e.page);
            continue;
        }
        if (e.hasChildren && !leadOwner(e.text).isEmpty())
            continue; // "X be requested to:-": the sub-clauses are the requests
        QList<Request> requests = requestsIn(e.text, false);
        if (requests.isEmpty() && !e.hasChildren
            && UnownedRequests::inClause(e.text, e.leadIn, true, context.meetingDate))
            requests.append({QString(), cleanText(e.text)});
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
    static const QRegularExpression itemOwner(QStringLiteral(
        "^(.+?)\\s+to\\s+(?!the\\b|a\\b|an\\b|this\\b|that\\b|its\\b|their\\b|all\\b|be\\b)([a-z]\\w*)"));
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
            request.text = cleanText(item);
            while (request.text.endsWith(QLatin1Char('.')) || request.text.endsWith(QLatin1Char(';')))
                request.text.chop(1);
            if (const auto m = itemOwner.match(request.text);
                m.hasMatch() && m.captured(1).split(QLatin1Char(' ')).size() <= 12)
                request.owner = cleanOwner(m.captured(1));
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
        request.text = cleanText(item);
        while (request.text.endsWith(QLatin1Char('.')))
            request.text.chop(1);
        if (const auto m = itemOwner.match(request.text);
            m.hasMatch() && m.captured(1).split(QLatin1Char(' ')).size() <= 8)
            request.owner = cleanOwner(m.captured(1));
        out.append(makeAction(ActionOrigin::ActionsArising, request, context, lines.at(i).page));
        i = j - 1;
    }

    // "<owner> agreed to <verb>": an officer's undertaking recorded in the discussion; and requests
    // with nobody named ("Members asked to be advised whether ...", UnownedRequests).
    static const QRegularExpression agreedTo(QStringLiteral(
        "(?:^|[,;]\\s+|\\band\\s+)((?:The|the)\\s+[A-Z][\\w'\u2019&-]*(?:\\s+(?:[A-Z(][\\w'\u2019()&-]*|of|"
        "and|for|the|with|in|on))*?|[Ss]he|[Hh]e|[Tt]hey)\\s+(?:also\\s+|further\\s+)?agreed\\s+to\\s+"
        "(?!the\\b|a\\b|an\\b|this\\b|that\\b|these\\b|those\\b|its\\b|their\\b|it\\b)([a-z]\\w*)"));
    static const QRegularExpression roleSubject(
        QStringLiteral("\\bThe\\s+([A-Z][\\w'\u2019&-]*(?:\\s+(?:[A-Z(][\\w'\u2019()&-]*|of|and|for|with))*)"));
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
        out.append(makeAction(ActionOrigin::ActionsArising, {cleanOwner(owner), cleanText(sentence)}, context, page));
    }
    return out;
}

} // namespace scrutineer::parse
