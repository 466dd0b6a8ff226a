#include "minutes/OwnedRequests.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"

#include <QRegularExpression>
#include <QSet>

namespace scrutineer::parse {
namespace {

// Where the owner of "be requested to" starts: after "That", "; ", ", the", " and the".
qsizetype ownerStart(const QString& text, qsizetype end)
{
    static const QRegularExpression boundary(Lexicon::instance().alternation(QStringLiteral("request-owner-start")),
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
    // The small words inside an office's name are the lexicon's (office-join-word).
    static const QRegularExpression joins(
        QStringLiteral("^(?:%1)$").arg(Lexicon::instance().alternation(QStringLiteral("office-join-word"))));
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
        } else if (!((!named && w == QLatin1String("the")) || (named && joins.match(w).hasMatch()))) {
            break;
        }
        last = m.capturedEnd();
    }
    if (!named)
        return from;
    *office = text.mid(from, end - from).trimmed();
    return end;
}

} // namespace

QString OwnedRequests::cleanOwner(QString owner)
{
    owner = text::collapseWhitespace(owner);
    static const QRegularExpression lead(Lexicon::instance().alternation(QStringLiteral("request-owner-lead")));
    owner.remove(lead);
    while (!owner.isEmpty() && QStringLiteral(",;:").contains(owner.back()))
        owner.chop(1);
    return owner.trimmed();
}

QString OwnedRequests::cleanText(QString text)
{
    text = text::collapseWhitespace(text);
    static const QRegularExpression danglingJoin(
        Lexicon::instance().alternation(QStringLiteral("request-dangling-join")));
    text.remove(danglingJoin);
    return text.trimmed();
}

// Requests in one piece of text. Passive requests count only where nobody is named.
bool OwnedRequests::endsWithThat(const QString& lead)
{
    return Lexicon::instance().matches(QStringLiteral("lead-ends-with-that"), lead.trimmed());
}

QList<OwnedRequest> OwnedRequests::in(const QString& text, bool agreedProse, bool completesThat)
{
    static const QRegularExpression requested(Lexicon::instance().alternation(QStringLiteral("request-passive-ask")));
    static const QRegularExpression asks(Lexicon::instance().alternation(QStringLiteral("request-active-ask")));
    static const QRegularExpression passive(
        Lexicon::instance().alternation(QStringLiteral("request-passive-delivery")));
    static const QRegularExpression future(
        Lexicon::instance().alternation(QStringLiteral("request-future-undertaking")));
    // Verbs that ask the meeting to take note rather than someone to act (request-not-action).
    static const QRegularExpression notActions(
        QStringLiteral("^(?:%1)$").arg(Lexicon::instance().alternation(QStringLiteral("request-not-action"))));
    QList<OwnedRequest> out;
    struct Hit {
        qsizetype start;
        QString owner;
    };
    QList<Hit> hits;
    for (auto it = requested.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (notActions.match(m.captured(1)).hasMatch())
            continue;
        const qsizetype start = ownerStart(text, m.capturedStart());
        hits.append({start, cleanOwner(text.mid(start, m.capturedStart() - start))});
    }
    for (auto it = asks.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (notActions.match(m.captured(2)).hasMatch())
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
            && !notActions.match(v.captured(1)).hasMatch() && v.captured(1) != QLatin1String("be")) {
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
    // A clause completing a lead-in's "that" is read as if the "that" opened it.
    if (hits.isEmpty()) {
        static const QRegularExpression that(Lexicon::instance().alternation(QStringLiteral("request-office-that")),
                                             QRegularExpression::CaseInsensitiveOption);
        const Lexicon& lexicon = Lexicon::instance();
        QList<qsizetype> starts;
        if (completesThat)
            starts.append(0);
        for (auto it = that.globalMatch(text); it.hasNext();)
            starts.append(it.next().capturedEnd());
        for (const qsizetype start : std::as_const(starts)) {
            QString office;
            const qsizetype end = officeAt(text, start, &office);
            if (end > start && lexicon.matches(QStringLiteral("imperative-request"), text.mid(end).trimmed())
                && !lexicon.matches(QStringLiteral("lead-names-meeting"), office))
                hits.append({start, cleanOwner(office)});
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
QString OwnedRequests::leadOwner(const QString& lead)
{
    static const QRegularExpression requested(Lexicon::instance().alternation(QStringLiteral("lead-owner-requested")));
    static const QRegularExpression callOn(Lexicon::instance().alternation(QStringLiteral("lead-owner-called-on")));
    if (const auto m = requested.match(lead.trimmed()); m.hasMatch())
        return cleanOwner(m.captured(1));
    if (const auto m = callOn.match(lead.trimmed()); m.hasMatch())
        return cleanOwner(m.captured(1));
    return {};
}

} // namespace scrutineer::parse
