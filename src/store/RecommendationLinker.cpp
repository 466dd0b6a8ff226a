#include "RecommendationLinker.h"

#include "Log.h"
#include "Recommendation.h"
#include "SqlHelpers.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace scrutineer {
namespace {

struct DocumentInfo {
    qint64 meetingId = 0;
    qint64 bodyId = 0;
    QSet<QString> titleWords;
};

struct Request {
    QString key;
    qint64 documentId = 0;
    QSet<QString> words;
};

struct Answer {
    qint64 id = 0;
    qint64 documentId = 0;
    QString question;
    QSet<QString> words;
};

// Documents about the same matter: two papers of one meeting or one body, or whose titles
// share their subject ("Call-in ... Future of Commissioned Services at Seashells and Millmead
// Family Hubs" and "Commissioned Family Hubs – Millmead and Seashells – Supplementary paper").
bool sameMatter(const DocumentInfo& a, const DocumentInfo& b)
{
    if (a.meetingId > 0 && a.meetingId == b.meetingId)
        return true;
    if (a.bodyId > 0 && a.bodyId == b.bodyId)
        return true;
    const recommendation::Overlap titles = recommendation::overlap(a.titleWords, b.titleWords);
    return RecommendationLinker::agrees(titles);
}

QJsonObject linkingWords()
{
    QFile file(QStringLiteral(":/scrutineer/linking/linking.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        log::error(QStringLiteral("linking: cannot read %1").arg(file.fileName()));
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

// "Subject: ..." (a label of linking.json's subject-labels) at the start of a line.
bool isSubjectLine(const QString& line, QString* rest)
{
    static const QStringList labels = [] {
        QStringList out;
        for (const QJsonValue v : linkingWords().value(QStringLiteral("subject-labels")).toArray())
            out.append(v.toString());
        return out;
    }();
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0 || !labels.contains(line.left(colon).trimmed().toLower()))
        return false;
    *rest = line.mid(colon + 1).trimmed();
    return true;
}

// A line that starts with a label of its own ("Classification: ...", "Proposer: ...").
bool isLabelled(const QString& line)
{
    static const QRegularExpression label(QStringLiteral("^\\s*[\\w ]{2,30}:"));
    return label.match(line).hasMatch();
}

// What a paper is about: its title; else the line its first page labels as its subject; else its
// first page's first line. Either line runs on to the next unless that one has a label of its own.
QString subjectOf(const QString& title, const QString& firstPage)
{
    if (!title.trimmed().isEmpty())
        return title;
    const QStringList lines = firstPage.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    int at = -1;
    QString subject;
    for (int i = 0; i < lines.size() && at < 0; ++i) {
        if (isSubjectLine(lines.at(i), &subject))
            at = i;
    }
    if (at < 0 && !lines.isEmpty()) {
        at = 0;
        subject = lines.first();
    }
    if (at >= 0 && at + 1 < lines.size() && !isLabelled(lines.at(at + 1)))
        subject += QLatin1Char(' ') + lines.at(at + 1);
    return subject;
}

QHash<qint64, DocumentInfo> documents(QSqlDatabase db)
{
    QHash<qint64, DocumentInfo> out;
    QSqlQuery q(db);
    // Only the papers that hold recommendations, responses or updates.
    q.exec(QStringLiteral("SELECT d.id, d.meeting_id, m.body_id, d.title, p.text FROM document d LEFT JOIN meeting m "
                          "ON m.id = d.meeting_id LEFT JOIN page p ON p.document_id = d.id AND p.pdf_page = 1 "
                          "WHERE d.id IN (SELECT document_id FROM recommendation UNION SELECT document_id FROM "
                          "recommendation_response UNION SELECT document_id FROM recommendation_update)"));
    while (q.next()) {
        const QString subject = subjectOf(q.value(3).toString(), q.value(4).toString());
        out.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong(),
                                             recommendation::subjectWords(subject, RecommendationLinker::stopWords())});
    }
    return out;
}

// The words of the question as printed ("proposals" for "propo"), for the evidence.
QStringList printedWords(const QString& question, const QStringList& shared)
{
    static const QRegularExpression between(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList out;
    for (const QString& stem : shared) {
        QString word = stem;
        for (const QString& w : question.toLower().split(between, Qt::SkipEmptyParts)) {
            if (w.left(5) == stem) {
                word = w;
                break;
            }
        }
        out.append(word);
    }
    return out;
}

// Links the requests with no answer of their own to the answers in `table` of other documents.
std::optional<QString> linkTable(QSqlDatabase db, const char* table, const char* column,
                                 const QHash<qint64, DocumentInfo>& docs)
{
    const QSet<QString>& stop = RecommendationLinker::stopWords();
    QSqlQuery q(db);
    // Keys already answered by key (in their own document, or by number or quotation).
    QSet<QString> answered;
    if (!q.exec(QStringLiteral("SELECT DISTINCT recommendation_key FROM %1 WHERE recommendation_key IS NOT NULL")
                    .arg(QLatin1String(table))))
        return sql::failure(q);
    while (q.next())
        answered.insert(q.value(0).toString());
    // Every recommendation's text by key and document: a row's question in its own document.
    QHash<std::pair<QString, qint64>, QString> textOf;
    QList<Request> requests;
    QSet<QString> requested;
    if (!q.exec(QStringLiteral("SELECT recommendation_key, text, document_id, quoted_in IS NULL FROM recommendation "
                               "ORDER BY id")))
        return sql::failure(q);
    while (q.next()) {
        const QString key = q.value(0).toString();
        const qint64 document = q.value(2).toLongLong();
        textOf.insert({key, document}, q.value(1).toString());
        if (q.value(3).toBool() && !answered.contains(key) && !requested.contains(key)) {
            requested.insert(key);
            requests.append({key, document, recommendation::subjectWords(q.value(1).toString(), stop)});
        }
    }
    if (requests.isEmpty())
        return std::nullopt;
    QList<Answer> answers;
    if (!q.exec(QStringLiteral("SELECT id, recommendation_key, quoted_text, document_id FROM %1 ORDER BY id")
                    .arg(QLatin1String(table))))
        return sql::failure(q);
    while (q.next()) {
        const qint64 document = q.value(3).toLongLong();
        QString question = q.value(2).toString();
        if (!q.value(1).isNull()) {
            // Linked to a recommendation elsewhere (by number or quotation): that is its answer.
            const auto own = textOf.constFind({q.value(1).toString(), document});
            if (own == textOf.constEnd())
                continue;
            question = *own;
        }
        if (question.trimmed().isEmpty())
            continue;
        answers.append({q.value(0).toLongLong(), document, question, recommendation::subjectWords(question, stop)});
    }
    // Rare words say more: each weighs log(1 + n / df) over the texts compared.
    QHash<QString, int> frequency;
    for (const Request& r : std::as_const(requests)) {
        for (const QString& w : r.words)
            ++frequency[w];
    }
    for (const Answer& a : std::as_const(answers)) {
        for (const QString& w : a.words)
            ++frequency[w];
    }
    const double n = double(requests.size() + answers.size());
    QHash<QString, double> weights;
    for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
        // A figure ("£4.1m", "24/00093") names one thing: it counts twice.
        const bool figure = it.key().front().isDigit();
        weights.insert(it.key(), (figure ? 2.0 : 1.0) * std::log(1.0 + n / double(it.value())));
    }
    QSqlQuery write(db);
    for (const Request& r : std::as_const(requests)) {
        const DocumentInfo requestDoc = docs.value(r.documentId);
        for (const Answer& a : std::as_const(answers)) {
            if (a.documentId == r.documentId || !sameMatter(requestDoc, docs.value(a.documentId)))
                continue;
            const recommendation::Overlap o = recommendation::overlap(r.words, a.words, weights);
            if (!RecommendationLinker::agrees(o))
                continue;
            const QString evidence = QStringLiteral("text %1 in another document: %2")
                                         .arg(o.score, 0, 'f', 2)
                                         .arg(printedWords(a.question, o.shared).join(QStringLiteral(", ")));
            if (!sql::run(write,
                          QStringLiteral("INSERT INTO recommendation_link(recommendation_key, %1, link_evidence) "
                                         "VALUES (?, ?, ?)")
                              .arg(QLatin1String(column)),
                          r.key, a.id, evidence))
                return sql::failure(write);
        }
    }
    return std::nullopt;
}

} // namespace

const QSet<QString>& RecommendationLinker::stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> out;
        for (const QJsonValue v : linkingWords().value(QStringLiteral("stop-words")).toArray())
            out.insert(v.toString().toLower());
        return out;
    }();
    return words;
}

bool RecommendationLinker::agrees(const recommendation::Overlap& overlap)
{
    const qsizetype shared = overlap.shared.size();
    return (shared >= kMinimumSharedWords && overlap.score >= kMinimumOverlap)
        || (shared >= kManySharedWords && overlap.score >= kMinimumOverlapOfMany);
}

std::optional<QString> RecommendationLinker::relink(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM recommendation_link")))
        return sql::failure(q);
    const QHash<qint64, DocumentInfo> docs = documents(db);
    if (auto failed = linkTable(db, "recommendation_response", "response_id", docs))
        return failed;
    return linkTable(db, "recommendation_update", "update_id", docs);
}

} // namespace scrutineer
