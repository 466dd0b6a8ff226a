#include "BundleFacts.h"

#include <QHash>

namespace scrutineer::testing {
namespace {

QString range(const std::optional<PageRange>& pages)
{
    return pages ? QStringLiteral("%1-%2").arg(pages->first).arg(pages->last) : QStringLiteral("-");
}

QString number(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 10) : QStringLiteral("-");
}

QString confidence(double value)
{
    return QString::number(value, 'f', 2);
}

void addClauses(QStringList& facts, const QString& prefix, const QList<Clause>& clauses)
{
    for (const Clause& clause : clauses) {
        const QString path = prefix + QLatin1Char('/') + clause.label;
        facts.append(QStringLiteral("  clause %1 | %2").arg(path, clause.text));
        addClauses(facts, path, clause.clauses);
    }
}

void addMeeting(QStringList& facts, int index, const Meeting& meeting)
{
    const QString m = QStringLiteral("meeting %1").arg(index);
    facts.append(QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | p%9")
                     .arg(m, meeting.authority, meeting.body, meeting.date.toString(Qt::ISODate),
                          meeting.time.toString(QStringLiteral("HH:mm")), meeting.venue, meeting.status,
                          meeting.officer)
                     .arg(meeting.pdfPage));
    for (const Member& member : meeting.members)
        facts.append(
            QStringLiteral("%1 member | %2 | %3 | %4").arg(m, member.name, toString(member.role), member.roleText));
    for (const Attendance& present : meeting.attendance) {
        facts.append(QStringLiteral("%1 attendance | %2 | %3 | %4 | %5")
                         .arg(m, present.name, toString(present.status), present.substitute, present.roleText));
    }
    for (const Declaration& declaration : meeting.declarations) {
        facts.append(QStringLiteral("%1 declaration | %2 | %3 | %4 | %5")
                         .arg(m, declaration.member, declaration.minute, declaration.kind, declaration.text));
    }
    for (const AgendaItem& item : meeting.agendaItems) {
        facts.append(QStringLiteral("%1 agenda | %2 | %3 | %4 | pack %5 | pdf %6 | %7 | %8 | %9")
                         .arg(m, item.number, item.title, item.reportOf, range(item.packPages), range(item.pdfPages),
                              item.pageEvidence, item.exempt ? QStringLiteral("exempt") : QString(),
                              item.flags.join(QLatin1Char(';'))));
    }
    for (const Minute& minute : meeting.minutes) {
        const QString head = QStringLiteral("%1 minute %2").arg(m, minute.number);
        facts.append(
            QStringLiteral("%1 | %2 | item %3 | p%4").arg(head, minute.title, minute.item).arg(minute.pdfPage));
        facts.append(QStringLiteral("%1 text | %2").arg(head, minute.text));
        for (int r = 0; r < minute.resolutions.size(); ++r) {
            const Resolution& resolution = minute.resolutions.at(r);
            const QString res = QStringLiteral("%1 resolution %2").arg(head).arg(r);
            facts.append(QStringLiteral("%1 | %2 | %3 | p%4")
                             .arg(res, resolution.text, resolution.condition)
                             .arg(resolution.pdfPage));
            addClauses(facts, res, resolution.clauses);
        }
    }
}

} // namespace

QStringList BundleFacts::of(const ImportBundle& bundle)
{
    QStringList facts;
    facts.append(QStringLiteral("kind | %1 | %2").arg(toString(bundle.kind), bundle.kindReason));
    facts.append(QStringLiteral("document meeting | %1").arg(bundle.documentMeetingIndex));
    for (int i = 0; i < bundle.meetings.size(); ++i)
        addMeeting(facts, i, bundle.meetings.at(i));
    for (const Action& a : bundle.actions) {
        facts.append(QStringLiteral("action | %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | minute %9")
                         .arg(toString(a.origin), a.ref, a.section, a.text, a.owner, a.due, a.dueText,
                              toString(a.status), a.minuteNumber)
                     + QStringLiteral(" | %1 | %2 | %3 | meeting %4 | %5 | p%6")
                           .arg(a.clausePath, a.commentary, a.roles.join(QLatin1Char(',')))
                           .arg(a.meetingIndex)
                           .arg(confidence(a.confidence))
                           .arg(a.pdfPage));
    }
    for (const Indicator& indicator : bundle.indicators) {
        QStringList bands;
        for (const ThresholdBand& band : indicator.thresholds)
            bands.append(QStringLiteral("%1=%2[%3,%4]").arg(band.grade, band.text, number(band.min), number(band.max)));
        facts.append(QStringLiteral("indicator | %1 | %2 | %3 | %4 | %5 | target %6 | floor %7 | %8 | %9")
                         .arg(indicator.name, indicator.section, toString(indicator.polarity), indicator.unit,
                              bands.join(QLatin1Char(';')), number(indicator.target), number(indicator.floor),
                              indicator.roles.join(QLatin1Char(',')), confidence(indicator.confidence))
                     + QStringLiteral(" | p%1").arg(indicator.pdfPage));
    }
    for (const Reading& reading : bundle.readings) {
        const QString name = bundle.indicators.value(reading.indicatorIndex).name;
        facts.append(QStringLiteral("reading | %1 | %2 | %3 | %4 | %5 | %6 | p%7")
                         .arg(name, reading.period, reading.valueText, number(reading.value), reading.reportedRating,
                              reading.direction)
                         .arg(reading.pdfPage));
    }
    for (const Recommendation& r : bundle.recommendations) {
        facts.append(QStringLiteral("recommendation | %1 | %2 | %3 | %4 | %5 | %6 | meeting %7 | p%8")
                         .arg(r.number, r.text, toString(r.source), r.madeBy, r.addressedTo, r.quotedIn)
                         .arg(r.meetingIndex)
                         .arg(r.pdfPage));
    }
    for (const RecommendationResponse& r : bundle.recommendationResponses) {
        facts.append(QStringLiteral("response | %1 | %2 | %3 | %4 | %5 | %6 | %7 | p%8")
                         .arg(r.number, r.quotedText, toString(r.decision), r.decisionText, r.text, r.lead, r.dueText)
                         .arg(r.pdfPage));
    }
    for (const RecommendationUpdate& u : bundle.recommendationUpdates)
        facts.append(QStringLiteral("update | %1 | %2 | %3 | %4 | p%5")
                         .arg(u.number, u.date, u.text, u.statusText)
                         .arg(u.pdfPage));
    for (const PageRecord& page : bundle.pages) {
        facts.append(QStringLiteral("page %1 | pack %2 %3 | stamp %4 | %5")
                         .arg(page.pdfPage)
                         .arg(page.packPage ? QString::number(*page.packPage) : QStringLiteral("-"),
                              page.packPageEvidence,
                              page.agendaStamp ? QString::number(*page.agendaStamp) : QStringLiteral("-"),
                              page.blank ? QStringLiteral("blank") : QString()));
    }
    for (const PageRegion& region : bundle.regions) {
        facts.append(QStringLiteral("region | %1-%2 | %3 | %4 | %5 | %6")
                         .arg(region.firstPage)
                         .arg(region.lastPage)
                         .arg(region.kind, region.detail,
                              region.claimed ? QStringLiteral("claimed") : QStringLiteral("unclaimed"),
                              confidence(region.confidence)));
    }
    for (const QString& warning : bundle.warnings)
        facts.append(QStringLiteral("warning | %1").arg(warning));
    return facts;
}

QStringList BundleFacts::missingFrom(const QStringList& a, const QStringList& b)
{
    QHash<QString, int> left;
    for (const QString& line : b)
        ++left[line];
    QStringList missing;
    for (const QString& line : a) {
        auto it = left.find(line);
        if (it != left.end() && *it > 0)
            --*it;
        else
            missing.append(line);
    }
    return missing;
}

} // namespace scrutineer::testing
