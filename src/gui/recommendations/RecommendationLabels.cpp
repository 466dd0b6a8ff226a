#include "RecommendationLabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace scrutineer::gui::reclabels {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RecommendationLabels", text);
}
QString tr(const char* text, int n)
{
    return QCoreApplication::translate("RecommendationLabels", text, nullptr, n);
}

int monthsBetween(const QDate& from, const QDate& to)
{
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day())
        --months;
    return std::max(0, months);
}

} // namespace

QString decision(ResponseDecision decision)
{
    switch (decision) {
    case ResponseDecision::Accepted:
        return tr("Accepted");
    case ResponseDecision::Partly:
        return tr("Partly accepted");
    case ResponseDecision::Rejected:
        return tr("Rejected");
    case ResponseDecision::Noted:
        return tr("Noted");
    case ResponseDecision::Pending:
        return tr("Awaiting response");
    }
    return {};
}

QString notStated()
{
    return tr("Decision not stated");
}

QString responseState(const RecommendationRecord& record)
{
    if (record.decision() == ResponseDecision::Pending && record.answered())
        return notStated();
    return decision(record.decision());
}

QString entryDecision(const ResponseEntry& response)
{
    if (response.decision == ResponseDecision::Pending && !response.text.trimmed().isEmpty())
        return notStated();
    return decision(response.decision);
}

QString source(RecommendationSource source)
{
    switch (source) {
    case RecommendationSource::Committee:
        return tr("Committee");
    case RecommendationSource::WorkingGroup:
        return tr("Working group");
    case RecommendationSource::CallIn:
        return tr("Call-in");
    case RecommendationSource::Unknown:
        return tr("Not stated");
    }
    return {};
}

QString madeBy(const RecommendationRecord& record)
{
    // When the paper does not say who made it, that is said: the body whose papers printed it
    // (an appended review's list, "We recommend ..." in another body's report) is not its maker.
    return record.recommendation.madeBy.isEmpty() ? tr("Not stated") : record.recommendation.madeBy;
}

QString addressee(const Recommendation& recommendation)
{
    return addresseeKnown(recommendation) ? recommendation.addressedTo
                                          : tr("addressee unknown");
}

bool addresseeKnown(const Recommendation& recommendation) { return !recommendation.addressedTo.trimmed().isEmpty(); }

QString due(const ResponseEntry& response)
{
    if (const QDate date = QDate::fromString(response.due, Qt::ISODate); date.isValid())
        return shortDate(date);
    if (const QDate month = QDate::fromString(response.due, QStringLiteral("yyyy-MM")); month.isValid())
        return QLocale().toString(month, QStringLiteral("MMM yyyy"));
    return response.dueText.isEmpty() ? response.due : response.dueText;
}

QString dueSortKey(const ResponseEntry& response)
{
    const bool iso = QDate::fromString(response.due, Qt::ISODate).isValid()
        || QDate::fromString(response.due, QStringLiteral("yyyy-MM")).isValid();
    return iso ? response.due : QString();
}

QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

std::optional<rating::Rag> chase(const RecommendationRecord& record, const QDate& today)
{
    if (record.awaitingResponse(today))
        return rating::Rag::Red;
    if (record.acceptedWithoutUpdate())
        return rating::Rag::Amber;
    return std::nullopt;
}

QString chaseReason(const RecommendationRecord& record, const QDate& today)
{
    if (record.awaitingResponse(today)) {
        const int months = monthsBetween(record.meetingDate, today);
        return tr("No response %n months after it was made; a response is due within two months.", months);
    }
    if (record.acceptedWithoutUpdate()) {
        const auto response = record.response();
        return response && response->date.isValid()
            ? tr("%1 on %2; no progress reported since.").arg(decision(response->decision), shortDate(response->date))
            : tr("%1; no progress reported since.").arg(decision(record.decision()));
    }
    return {};
}

QString highlight(const Recommendation& recommendation)
{
    const QStringList words = recommendation.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.mid(0, 4).join(QLatin1Char(' '));
}

QString number(const Recommendation& recommendation)
{
    return recommendation.number.isEmpty() ? QStringLiteral("–") : recommendation.number;
}

QString numberSortKey(const Recommendation& recommendation)
{
    const QString n = recommendation::normaliseNumber(recommendation.number);
    bool numeric = false;
    const int value = n.toInt(&numeric);
    return numeric ? QStringLiteral("%1").arg(value, 6, 10, QLatin1Char('0')) : QStringLiteral("~") + n;
}

} // namespace scrutineer::gui::reclabels
