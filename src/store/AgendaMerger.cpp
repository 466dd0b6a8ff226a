#include "AgendaMerger.h"

#include "TextUtil.h"

#include <QSet>

#include <algorithm>

namespace scrutineer {
namespace {

QString numberKey(const QString& number)
{
    QString key = number.trimmed().toLower();
    while (!key.isEmpty() && !key.back().isLetterOrNumber())
        key.chop(1);
    return key;
}

QStringList titleWords(const QString& title)
{
    QStringList words;
    QString word;
    for (const QChar c : text::normaliseForMatch(title)) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

bool titlesAlike(const QString& a, const QString& b)
{
    const QStringList wordsA = titleWords(a);
    const QStringList wordsB = titleWords(b);
    if (wordsA.isEmpty() || wordsB.isEmpty())
        return wordsA.isEmpty() && wordsB.isEmpty();
    const QString joinedA = wordsA.join(QLatin1Char(' '));
    const QString joinedB = wordsB.join(QLatin1Char(' '));
    if (joinedA.contains(joinedB) || joinedB.contains(joinedA))
        return true;
    const QSet<QString> setA(wordsA.begin(), wordsA.end());
    const QSet<QString> setB(wordsB.begin(), wordsB.end());
    const qsizetype shared = QSet<QString>(setA).intersect(setB).size();
    return shared * 3 >= std::min(setA.size(), setB.size()) * 2; // two thirds of the shorter title
}

int span(const MeetingStore::AgendaEntry& e)
{
    return e.pdfFirst > 0 ? e.pdfLast - e.pdfFirst + 1 : 0;
}

// Folds a second document's copy of an item into the one already listed: the place (row,
// document and pages) of the copy that holds the papers, the first copy's number, the longer title.
void fold(MeetingStore::AgendaEntry& kept, const MeetingStore::AgendaEntry& other)
{
    // The copy with more pages holds the papers; on a tie, the one that names the report's author.
    const bool otherHoldsPapers = span(other) > span(kept)
        || (span(other) == span(kept) && span(other) > 0 && kept.reportOf.isEmpty() && !other.reportOf.isEmpty());
    MeetingStore::AgendaEntry merged = otherHoldsPapers ? other : kept;
    merged.number = kept.number;
    merged.title = other.title.size() > kept.title.size() ? other.title : kept.title;
    merged.reportOf = kept.reportOf.isEmpty() ? other.reportOf : kept.reportOf;
    merged.exempt = kept.exempt || other.exempt;
    kept = merged;
}

} // namespace

bool AgendaMerger::sameItem(const MeetingStore::AgendaEntry& a, const MeetingStore::AgendaEntry& b)
{
    return numberKey(a.number) == numberKey(b.number) && titlesAlike(a.title, b.title);
}

QList<MeetingStore::AgendaEntry> AgendaMerger::merge(const QList<MeetingStore::AgendaEntry>& entries)
{
    QList<MeetingStore::AgendaEntry> merged;
    QList<QSet<qint64>> sources; // per merged item: the documents that print it
    qint64 previousDocument = -1;
    qsizetype insertAt = 0; // where this document's next item of its own goes
    for (const MeetingStore::AgendaEntry& entry : entries) {
        if (entry.documentId != previousDocument) {
            previousDocument = entry.documentId;
            insertAt = merged.size();
        }
        // One document printing a number twice means two items: only other documents' items merge.
        qsizetype match = -1;
        for (qsizetype i = 0; i < merged.size() && match < 0; ++i) {
            if (!sources[i].contains(entry.documentId) && sameItem(merged[i], entry))
                match = i;
        }
        if (match >= 0) {
            fold(merged[match], entry);
            sources[match].insert(entry.documentId);
            insertAt = match + 1;
            continue;
        }
        merged.insert(insertAt, entry);
        sources.insert(insertAt, QSet<qint64> {entry.documentId});
        ++insertAt;
    }
    return merged;
}

} // namespace scrutineer
