#include "ResolutionJson.h"

#include <QJsonDocument>

namespace scrutineer::resolutionjson {
namespace {

const QString kLabel = QStringLiteral("label");
const QString kText = QStringLiteral("text");
const QString kClauses = QStringLiteral("clauses");
const QString kFor = QStringLiteral("for");
const QString kAgainst = QStringLiteral("against");
const QString kAbstain = QStringLiteral("abstain");
const QString kOutcome = QStringLiteral("outcome");
const QString kForNames = QStringLiteral("for_names");
const QString kAgainstNames = QStringLiteral("against_names");
const QString kAbstainNames = QStringLiteral("abstain_names");
const QString kAbsentNames = QStringLiteral("absent_names");
const QString kFlags = QStringLiteral("flags");
const QString kCondition = QStringLiteral("condition");
const QString kVotes = QStringLiteral("votes");
const QString kPdfPage = QStringLiteral("pdf_page");

QJsonValue count(std::optional<int> value) { return value ? QJsonValue(*value) : QJsonValue(); }
std::optional<int> countFrom(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}
QStringList names(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue v : value.toArray())
        result.append(v.toString());
    return result;
}

} // namespace

QJsonArray clauses(const QList<Clause>& clauses)
{
    QJsonArray array;
    for (const Clause& c : clauses) {
        QJsonObject o{{kLabel, c.label}, {kText, c.text}};
        if (!c.clauses.isEmpty())
            o.insert(kClauses, resolutionjson::clauses(c.clauses));
        array.append(o);
    }
    return array;
}

QList<Clause> clausesFrom(const QJsonArray& array)
{
    QList<Clause> result;
    for (const QJsonValue v : array) {
        const QJsonObject o = v.toObject();
        result.append({o.value(kLabel).toString(), o.value(kText).toString(), clausesFrom(o.value(kClauses).toArray())});
    }
    return result;
}

QJsonObject votes(const RecordedVote& votes)
{
    return {{kFor, count(votes.forCount)},
            {kAgainst, count(votes.againstCount)},
            {kAbstain, count(votes.abstainCount)},
            {kOutcome, votes.outcome.isEmpty() ? QJsonValue() : QJsonValue(votes.outcome)},
            {kForNames, QJsonArray::fromStringList(votes.forNames)},
            {kAgainstNames, QJsonArray::fromStringList(votes.againstNames)},
            {kAbstainNames, QJsonArray::fromStringList(votes.abstainNames)},
            {kFlags, QJsonArray::fromStringList(votes.flags)},
            {kAbsentNames, QJsonArray::fromStringList(votes.absentNames)}};
}

RecordedVote votesFrom(const QJsonObject& o)
{
    RecordedVote v;
    v.forCount = countFrom(o.value(kFor));
    v.againstCount = countFrom(o.value(kAgainst));
    v.abstainCount = countFrom(o.value(kAbstain));
    v.outcome = o.value(kOutcome).toString();
    v.forNames = names(o.value(kForNames));
    v.againstNames = names(o.value(kAgainstNames));
    v.abstainNames = names(o.value(kAbstainNames));
    v.flags = names(o.value(kFlags));
    v.absentNames = names(o.value(kAbsentNames)); // absent from votes written before schema 7
    return v;
}

QByteArray votesText(const std::optional<RecordedVote>& v)
{
    return v ? QJsonDocument(votes(*v)).toJson(QJsonDocument::Compact) : QByteArray();
}

std::optional<RecordedVote> votesFromText(const QByteArray& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (!doc.isObject())
        return std::nullopt;
    return votesFrom(doc.object());
}

QJsonObject resolution(const Resolution& r)
{
    QJsonObject o{{kText, r.text}, {kClauses, clauses(r.clauses)}};
    if (!r.condition.isEmpty())
        o.insert(kCondition, r.condition);
    if (r.votes)
        o.insert(kVotes, votes(*r.votes));
    if (r.pdfPage > 0)
        o.insert(kPdfPage, r.pdfPage);
    if (!r.flags.isEmpty())
        o.insert(kFlags, QJsonArray::fromStringList(r.flags));
    return o;
}

Resolution resolutionFrom(const QJsonObject& o)
{
    Resolution r;
    r.text = o.value(kText).toString();
    r.condition = o.value(kCondition).toString();
    r.clauses = clausesFrom(o.value(kClauses).toArray());
    if (o.value(kVotes).isObject())
        r.votes = votesFrom(o.value(kVotes).toObject());
    r.pdfPage = o.value(kPdfPage).toInt();
    r.flags = names(o.value(kFlags));
    return r;
}

} // namespace scrutineer::resolutionjson
