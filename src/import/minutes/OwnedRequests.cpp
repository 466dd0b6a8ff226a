#include "minutes/OwnedRequests.h"

#include "TextUtil.h"

#include <QRegularExpression>
#include <QSet>

namespace scrutineer::parse {
namespace {

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

} // namespace

QString OwnedRequests::cleanOwner(QString owner)
{
    owner = text::collapseWhitespace(owner);
    static const QRegularExpression lead(QStringLiteral("^(?:That|that|And|and|In particular,?)\\s+"));
    owner.remove(lead);
    while (!owner.isEmpty() && QStringLiteral(",;:").contains(owner.back()))
        owner.chop(1);
    return owner.trimmed();
}

QString OwnedRequests::cleanText(QString text)
{
    text = text::collapseWhitespace(text);
    static const QRegularExpression danglingJoin(QStringLiteral("(?:;\\s*(?:and|or)?|,\\s*and|\\s+and)$"));
    text.remove(danglingJoin);
    return text.trimmed();
}

// Requests in one piece of text. Passive requests count only where nobody is named.
QList<OwnedRequest> OwnedRequests::in(const QString& text, bool agreedProse)
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
    QList<OwnedRequest> out;
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
QString OwnedRequests::leadOwner(const QString& lead)
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

} // namespace scrutineer::parse
