#include "RepeatLinker.h"

#include "TextUtil.h"

#include <QSet>

#include <algorithm>

namespace scrutineer {
namespace {

// Same words in the same order, or one wording inside the other when the shorter says enough
// to be unmistakable.
constexpr int kMinSameWords = 3;
constexpr int kMinContainedWords = 8;
// For the same owner: most content words shared, and enough of them to mean something.
constexpr double kMinSimilarity = 0.8;
constexpr int kMinSimilarWords = 4;
// For the same owner when the structure says it is a repeat: a minute citing the clause that
// asked (the words may be reworded: "a further update on CAMHS" becomes "a further update on the
// implementation of the recommendations of the ... Working Group (CAMHS)"), a minute citing the
// asking minute without its clause (which often only says what report is being considered, so
// its requests can be new ones), or the words saying the request was made before.
constexpr double kMinCitedClauseSimilarity = 0.3;
constexpr double kMinCitedMinuteSimilarity = 0.5;
constexpr double kMinSaysRepeatSimilarity = 0.3;

QStringList words(const QString& text)
{
    QString folded = text::normaliseForMatch(text);
    for (QChar& c : folded) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    }
    return folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool startsWith(const QStringList& list, const QStringList& prefix)
{
    if (prefix.isEmpty() || prefix.size() > list.size())
        return false;
    return std::equal(prefix.cbegin(), prefix.cend(), list.cbegin());
}

const QSet<QString>& stopWords()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char* w :
             {"the", "a",  "an",  "and", "or",   "of",   "to", "for", "in",   "on",  "at",    "by", "with",
              "be",  "is", "are", "was", "that", "this", "it", "as",  "from", "its", "their", "all"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

bool containsRun(const QStringList& longer, const QStringList& shorter)
{
    if (shorter.size() > longer.size())
        return false;
    for (qsizetype i = 0; i + shorter.size() <= longer.size(); ++i) {
        if (std::equal(shorter.cbegin(), shorter.cend(), longer.cbegin() + i))
            return true;
    }
    return false;
}

// "(3)", "3", "3." and "(3).(b)" name the clause by its first label: letters and digits only.
QString firstLabel(const QString& clause)
{
    const QString first = clause.section(QLatin1Char('.'), 0, 0, QString::SectionSkipEmpty);
    QString out;
    for (const QChar c : first) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

bool sharesOwner(const QStringList& a, const QStringList& b)
{
    return std::any_of(a.cbegin(), a.cend(), [&](const QString& k) { return b.contains(k); });
}

} // namespace

QStringList RepeatLinker::coreWords(const QString& text, const QString& owner)
{
    QStringList w = words(text);
    const QStringList ownerWords = words(owner);
    if (startsWith(w, ownerWords))
        w = w.mid(ownerWords.size());
    else if (!w.isEmpty() && w.first() == QLatin1String("the") && startsWith(w.mid(1), ownerWords))
        w = w.mid(ownerWords.size() + 1);
    // What joins an owner to the request: "be requested to", "agreed to", "was due to", "to".
    static const QList<QStringList> joins {
        {QStringLiteral("be"), QStringLiteral("requested"), QStringLiteral("to")},
        {QStringLiteral("be"), QStringLiteral("asked"), QStringLiteral("to")},
        {QStringLiteral("agreed"), QStringLiteral("to")},
        {QStringLiteral("was"), QStringLiteral("due"), QStringLiteral("to")},
        {QStringLiteral("to")},
        {QStringLiteral("that")},
    };
    for (bool again = true; again;) {
        again = false;
        for (const QStringList& join : joins) {
            if (startsWith(w, join) && w.size() > join.size()) {
                w = w.mid(join.size());
                again = true;
            }
        }
    }
    return w;
}

double RepeatLinker::similarity(const QStringList& a, const QStringList& b)
{
    QSet<QString> x;
    QSet<QString> y;
    for (const QString& w : a) {
        if (!stopWords().contains(w))
            x.insert(w);
    }
    for (const QString& w : b) {
        if (!stopWords().contains(w))
            y.insert(w);
    }
    if (x.isEmpty() || y.isEmpty())
        return 0;
    const qsizetype shared = QSet<QString>(x).intersect(y).size();
    return 2.0 * double(shared) / double(x.size() + y.size());
}

QHash<qint64, RepeatLinker::Link> RepeatLinker::link(QList<Candidate> candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.meetingDate != b.meetingDate)
            return a.meetingDate < b.meetingDate;
        return a.id < b.id;
    });
    struct Seen {
        qint64 head;
        qint64 meetingId;
        QDate date;
        QStringList core;
        QStringList ownerKeys;
        qint64 minuteId;
        QString clause; // first label of its clause path
    };
    QHash<QString, QList<Seen>> byBody;
    QHash<qint64, QList<qint64>> meetingsOfHead; // head -> meetings it already appears at
    QHash<qint64, Link> links;
    for (const Candidate& c : std::as_const(candidates)) {
        const QString body = text::normaliseForMatch(c.body);
        const QStringList core = coreWords(c.text, c.owner);
        if (body.isEmpty() || !c.meetingDate.isValid() || core.isEmpty())
            continue;
        QList<Seen>& seen = byBody[body];
        const Seen* match = nullptr;
        Reason reason = Reason::SameText;
        double best = 0;
        // The structure says it first: a cited minute's request by the same owner (the same
        // meeting when the citation says "above"), or the previous meeting's when the words say
        // the request was made before.
        QDate previousMeeting;
        for (const Seen& s : std::as_const(seen)) {
            if (s.date < c.meetingDate && s.date > previousMeeting)
                previousMeeting = s.date;
        }
        for (const Seen& s : std::as_const(seen)) {
            if (s.date > c.meetingDate || !sharesOwner(c.ownerKeys, s.ownerKeys)
                || (c.minuteId != 0 && s.minuteId == c.minuteId))
                continue;
            double floor = 2; // not a candidate
            Reason why = Reason::CitedMinute;
            for (const Candidate::Citation& cited : c.cites) {
                if (cited.minuteId == 0 || cited.minuteId != s.minuteId)
                    continue;
                const QString label = firstLabel(cited.clause);
                if (label.isEmpty())
                    floor = std::min(floor, kMinCitedMinuteSimilarity);
                else if (label == s.clause)
                    floor = std::min(floor, kMinCitedClauseSimilarity);
            }
            if (floor > 1 && c.saysRepeat && s.date == previousMeeting) {
                floor = kMinSaysRepeatSimilarity;
                why = Reason::SaysRepeat;
            }
            const double score = floor <= 1 ? similarity(s.core, core) : 0;
            if (floor <= 1 && score >= floor && score > best) {
                best = score;
                match = &s;
                reason = why;
            }
        }
        const bool structural = match != nullptr;
        for (const Seen& s : std::as_const(seen)) {
            if (structural)
                break;
            if (s.date >= c.meetingDate || meetingsOfHead.value(s.head).contains(c.meetingId))
                continue;
            const QStringList& shorter = s.core.size() <= core.size() ? s.core : core;
            const QStringList& longer = s.core.size() <= core.size() ? core : s.core;
            if ((s.core == core && core.size() >= kMinSameWords)
                || (shorter.size() >= kMinContainedWords && containsRun(longer, shorter))) {
                match = &s;
                reason = Reason::SameText;
                break;
            }
            if (!sharesOwner(c.ownerKeys, s.ownerKeys) || shorter.size() < kMinSimilarWords)
                continue;
            const double score = similarity(s.core, core);
            if (score >= kMinSimilarity && score > best) {
                best = score;
                match = &s;
                reason = Reason::SameOwnerSimilarText;
            }
        }
        qint64 head = c.id;
        if (match) {
            head = match->head;
            links.insert(c.id, {head, reason});
        }
        meetingsOfHead[head].append(c.meetingId);
        seen.append({head, c.meetingId, c.meetingDate, core, c.ownerKeys, c.minuteId, firstLabel(c.clausePath)});
    }
    return links;
}

} // namespace scrutineer
