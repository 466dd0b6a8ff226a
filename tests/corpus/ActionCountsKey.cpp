#include "ActionCountsKey.h"
#include "LooseText.h"

#include "ActionStore.h"
#include "ActionTally.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace scrutineer::corpus {
namespace {

void check(ActionCountsScore& score, bool ok, const QString& what)
{
    ++score.total;
    score.passed += ok ? 1 : 0;
    score.lines.append((ok ? QStringLiteral("ok   ") : QStringLiteral("FAIL ")) + what);
}

bool ownerMatches(const ActionTally::Owner& row, const QJsonObject& wanted)
{
    if (wanted.value(QStringLiteral("none")).toBool())
        return row.key == ActionTally::noOwnerKey();
    if (row.key == ActionTally::noOwnerKey())
        return false;
    QStringList said {loose(row.name)};
    for (const QString& post : row.posts)
        said.append(loose(post));
    for (const QJsonValue& name : wanted.value(QStringLiteral("names")).toArray()) {
        const QString n = loose(name.toString());
        if (std::any_of(said.cbegin(), said.cend(), [&](const QString& s) { return s.contains(n); }))
            return true;
    }
    return false;
}

QString ownerLabel(const QJsonObject& wanted)
{
    if (wanted.value(QStringLiteral("none")).toBool())
        return QStringLiteral("(no owner)");
    QStringList names;
    for (const QJsonValue& n : wanted.value(QStringLiteral("names")).toArray())
        names.append(n.toString());
    return names.join(QStringLiteral(" / "));
}

} // namespace

ActionCountsScore scoreActionCounts(Database& database, const QJsonObject& key)
{
    ActionCountsScore score;
    const QList<ActionRecord> all = ActionStore(database).list();
    const QList<ActionRecord> open = ActionTally::open(all);

    const QMap<QString, int> bodies = ActionTally::byBody(open);
    for (const QJsonValue& v : key.value(QStringLiteral("committees")).toArray()) {
        const QJsonObject wanted = v.toObject();
        const QString body = loose(wanted.value(QStringLiteral("body~")).toString());
        const int hand = wanted.value(QStringLiteral("open")).toInt();
        QStringList matched;
        int app = 0;
        for (auto it = bodies.cbegin(); it != bodies.cend(); ++it) {
            if (loose(it.key()).contains(body)) {
                matched.append(it.key());
                app += it.value();
            }
        }
        check(score, matched.size() <= 1 && app == hand,
              QStringLiteral("committee '%1': hand %2, app %3%4")
                  .arg(wanted.value(QStringLiteral("body~")).toString())
                  .arg(hand)
                  .arg(app)
                  .arg(matched.size() > 1 ? QStringLiteral(" (split over %1 bodies)").arg(matched.size()) : QString()));
    }

    for (const QJsonValue& v : key.value(QStringLiteral("meetings")).toArray()) {
        const QJsonObject wanted = v.toObject();
        const QDate date = QDate::fromString(wanted.value(QStringLiteral("date")).toString(), Qt::ISODate);
        const int hand = wanted.value(QStringLiteral("open")).toInt();
        OpenActionCount count;
        for (const ActionRecord& r : all) {
            if (r.meetingDate == date)
                count.add(r);
        }
        check(
            score, count.open == hand,
            QStringLiteral("meeting %1: hand %2, app %3 (%4)")
                .arg(date.toString(Qt::ISODate))
                .arg(hand)
                .arg(count.open)
                .arg(count.describeLeftOut().isEmpty() ? QStringLiteral("nothing left out") : count.describeLeftOut()));
    }

    const QList<ActionTally::Owner> owners = ActionTally::byOwner(open, QDate::currentDate());
    QSet<QString> claimed;
    for (const QJsonValue& v : key.value(QStringLiteral("owners")).toArray()) {
        const QJsonObject wanted = v.toObject();
        const int hand = wanted.value(QStringLiteral("open")).toInt();
        QStringList rows;
        int app = 0;
        for (const ActionTally::Owner& row : owners) {
            if (ownerMatches(row, wanted)) {
                rows.append(row.name);
                claimed.insert(row.key);
                app += row.open;
            }
        }
        check(score, rows.size() <= 1 && app == hand,
              QStringLiteral("owner %1: hand %2, app %3%4")
                  .arg(ownerLabel(wanted))
                  .arg(hand)
                  .arg(app)
                  .arg(rows.size() > 1 ? QStringLiteral(" (split over: %1)").arg(rows.join(QStringLiteral("; ")))
                                       : QString()));
    }
    for (const ActionTally::Owner& row : owners) {
        if (!claimed.contains(row.key))
            check(score, false, QStringLiteral("owner %1: app %2, not in the hand count").arg(row.name).arg(row.open));
    }
    return score;
}

} // namespace scrutineer::corpus
