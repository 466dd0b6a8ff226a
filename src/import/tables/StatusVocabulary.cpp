#include "tables/StatusVocabulary.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace scrutineer::parse {
namespace {

// Lower case, words only, plurals and "-ed" folded so "Actions completed" meets "Action complete".
// At most `limit` words when one is given (a long cell is compared by its first words only).
QStringList statusWords(const QString& text, qsizetype limit = -1)
{
    QStringList words;
    QString current;
    auto flush = [&]() {
        if (current.isEmpty())
            return;
        QString w = current;
        if (w.endsWith(QLatin1String("ies")) && w.size() > 4)
            w = w.left(w.size() - 3) + QLatin1Char('y');
        else if (w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss")) && w.size() > 3)
            w.chop(1);
        if (w.endsWith(QLatin1String("ed")) && w.size() > 5)
            w.chop(1);
        words.append(w);
        current.clear();
    };
    for (const QChar c : text) {
        if (c.isLetter()) {
            current += c.toLower();
        } else {
            flush();
            if (limit >= 0 && words.size() >= limit)
                return words;
        }
    }
    flush();
    return words;
}

struct KeyPhrase {
    ActionStatus status;
    const char* text;
};

// The six-phrase key of improvement plans.
const KeyPhrase kKey[] = {
    {ActionStatus::Complete, "Action complete"},
    {ActionStatus::OnTrack, "Action not yet completed, but on track and will be completed by milestone"},
    {ActionStatus::AtRisk, "Activity progressing, some issues but realistic plans in place to recover"},
    {ActionStatus::OffTrack, "Action not on track, risk to implementation"},
    {ActionStatus::NotStarted, "Longer-term action not yet started. No risk to implementation currently anticipated"},
    {ActionStatus::BusinessAsUsual, "Business As Usual Activity"},
};

// Short statuses a cell may hold instead ("On track", "Closed", "Not started"): lists of the
// lexicon's cell vocabulary, one per status, compared as whole cells or as a cell's first words.
struct ShortList {
    ActionStatus status;
    const char* list;
};
const ShortList kShortLists[] = {
    {ActionStatus::Complete, "status-complete"},
    {ActionStatus::OnTrack, "status-on-track"},
    {ActionStatus::AtRisk, "status-at-risk"},
    {ActionStatus::OffTrack, "status-off-track"},
    {ActionStatus::NotStarted, "status-not-started"},
    {ActionStatus::Open, "status-open"},
    {ActionStatus::BusinessAsUsual, "status-business-as-usual"},
};

// The longest run of a cell's first words (up to five) that is a short status. A status of one
// word starts a longer cell only before a qualifier set off by a mark ("Complete - note sent",
// "Closed (May)") or in a cell of a few words ("Completed in March 2024"): "Open family hub 11 in
// the north" and "Complete the audit of ..." are actions, whatever their first word.
std::optional<ActionStatus> shortStatus(const QString& text)
{
    static const QRegularExpression qualified(QStringLiteral("^\\W*[\\w'\u2019]+\\s*[-\u2013\u2014:;,(/]"));
    const Lexicon& lexicon = Lexicon::instance();
    const QStringList words = Lexicon::headingWords(text);
    for (qsizetype k = std::min<qsizetype>(5, words.size()); k >= 1; --k) {
        const QString phrase = words.mid(0, k).join(QLatin1Char(' '));
        for (const ShortList& entry : kShortLists) {
            if (!lexicon.inList(QLatin1String(entry.list), phrase))
                continue;
            if (k > 1 || words.size() <= 4 || qualified.match(text).hasMatch())
                return entry.status;
            return std::nullopt;
        }
    }
    return std::nullopt;
}

// The key phrases' words, folded once (every cell of a status column is compared with them).
const QList<std::pair<ActionStatus, QStringList>>& keyWords()
{
    static const QList<std::pair<ActionStatus, QStringList>> words = [] {
        QList<std::pair<ActionStatus, QStringList>> out;
        for (const KeyPhrase& key : kKey)
            out.append({key.status, statusWords(QLatin1String(key.text))});
        return out;
    }();
    return words;
}

// One word more than the longest key phrase: enough of a cell to tell whether it starts with a
// key phrase or is a cut one.
qsizetype comparedWords()
{
    static const qsizetype most = [] {
        qsizetype longest = 0;
        for (const auto& entry : keyWords())
            longest = std::max(longest, entry.second.size());
        return longest + 1;
    }();
    return most;
}

// A cell of one letter in a status column is a RAG colour's initial ("G", "A", "R"): the lexicon's
// status-initial lists say which status each initial stands for.
std::optional<ActionStatus> colourInitial(const QString& text)
{
    const QString cell = text.trimmed();
    if (cell.size() != 1 || !cell.at(0).isLetter())
        return std::nullopt;
    const Lexicon& lexicon = Lexicon::instance();
    const QString letter = cell.toLower();
    const ShortList initials[] = {{ActionStatus::OnTrack, "status-initial-on-track"},
                                  {ActionStatus::AtRisk, "status-initial-at-risk"},
                                  {ActionStatus::OffTrack, "status-initial-off-track"}};
    for (const ShortList& entry : initials) {
        if (lexicon.inList(QLatin1String(entry.list), letter))
            return entry.status;
    }
    return std::nullopt;
}

// A share of the work printed as the status with the word for done ("75% complete", "100% done"):
// all of it is complete, none of it not started, any other share still open.
std::optional<ActionStatus> shareDone(const QString& text)
{
    static const QRegularExpression share(QStringLiteral("^\\s*(\\d{1,3})\\s*%\\s+(\\S.*?)\\s*$"));
    const auto m = share.match(text);
    if (!m.hasMatch()
        || !Lexicon::instance().inList(QStringLiteral("status-complete"),
                                       Lexicon::headingWords(m.captured(2)).join(QLatin1Char(' '))))
        return std::nullopt;
    const int percent = m.captured(1).toInt();
    return percent >= 100 ? ActionStatus::Complete : percent == 0 ? ActionStatus::NotStarted : ActionStatus::Open;
}

bool startsWith(const QStringList& words, const QStringList& prefix)
{
    if (prefix.size() > words.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (words.at(i) != prefix.at(i))
            return false;
    }
    return true;
}

} // namespace

std::optional<ActionStatus> StatusVocabulary::match(const QString& text)
{
    if (const auto initial = colourInitial(text); initial)
        return initial;
    if (const auto done = shareDone(text); done)
        return done;
    if (const auto whole = matchWords(statusWords(text, comparedWords())); whole)
        return whole;
    // Short words: the whole cell, or its first words before a qualifier ("Complete - signed off").
    if (const auto brief = shortStatus(text); brief)
        return brief;
    // A qualifier after a spaced dash: "Action not on track - awaiting funding".
    static const QRegularExpression dash(QStringLiteral("\\s[-\u2013\u2014]\\s"));
    const qsizetype cut = text.indexOf(dash);
    if (cut > 0)
        return matchWords(statusWords(text.left(cut), comparedWords()));
    return std::nullopt;
}

std::optional<ActionStatus> StatusVocabulary::matchWords(const QStringList& words)
{
    if (words.isEmpty())
        return std::nullopt;

    // The printed text starts with a whole key phrase (a qualifier may follow).
    for (const auto& [status, key] : keyWords()) {
        if (startsWith(words, key))
            return status;
    }
    // The printed text is a cut key phrase: a prefix of exactly one of them, two words at least.
    if (words.size() >= 2) {
        std::optional<ActionStatus> only;
        int hits = 0;
        for (const auto& [status, key] : keyWords()) {
            if (startsWith(key, words)) {
                only = status;
                ++hits;
            }
        }
        if (hits == 1)
            return only;
    }
    return std::nullopt;
}

StatusVocabulary::DateCell StatusVocabulary::splitDateCell(const QString& text)
{
    DateCell cell;
    QString collapsed = text::collapseWhitespace(text);
    // The last revised date printed is the one the action is now due by; the first is the original.
    // A revision still in words ("revised date proposed: 30 June 2025") is not made yet.
    const Lexicon& lexicon = Lexicon::instance();
    for (QRegularExpressionMatch revision = lexicon.match(QStringLiteral("due-revision"), collapsed);
         revision.hasMatch(); revision = lexicon.match(QStringLiteral("due-revision"), collapsed)) {
        const QString revised = revision.captured(QStringLiteral("revised")).trimmed();
        if (revised.isEmpty() || revised.at(0).isLower())
            break;
        if (cell.originalText.isEmpty())
            cell.originalText = revision.captured(QStringLiteral("original")).trimmed();
        collapsed = revised;
    }
    cell.dateText = collapsed;
    const QStringList parts = collapsed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return cell;

    auto isCompletion = [](const QString& candidate) {
        for (const QChar c : candidate) {
            if (c.isDigit())
                return false;
        }
        const QStringList words = statusWords(candidate);
        return words == QStringList {QStringLiteral("complete")}
        || words == QStringList {QStringLiteral("action"), QStringLiteral("complete")};
    };
    // "Aug 2018 COMPLETE", "COMPLETE Aug 2018": a completion word before or after the date.
    for (qsizetype k = std::min<qsizetype>(2, parts.size()); k >= 1; --k) {
        const QString tail = parts.mid(parts.size() - k).join(QLatin1Char(' '));
        if (isCompletion(tail)) {
            cell.statusText = tail;
            cell.status = ActionStatus::Complete;
            cell.dateText = parts.mid(0, parts.size() - k).join(QLatin1Char(' '));
            return cell;
        }
        const QString head = parts.mid(0, k).join(QLatin1Char(' '));
        if (isCompletion(head)) {
            cell.statusText = head;
            cell.status = ActionStatus::Complete;
            cell.dateText = parts.mid(k).join(QLatin1Char(' '));
            return cell;
        }
    }
    // "Ongoing" in place of a date: when the action is due, which leaves it open; no status is
    // printed, so there is no status text.
    const QStringList words = statusWords(collapsed);
    if (words == QStringList {QStringLiteral("ongoing")}
        || words == QStringList {QStringLiteral("on"), QStringLiteral("going")})
        cell.status = ActionStatus::Open;
    return cell;
}

} // namespace scrutineer::parse
