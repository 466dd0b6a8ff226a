// The navigator's model: bodies, upcoming meetings first, open-action counts, model invariants.
#include "GuiFixtures.h"
#include "meetings/MeetingsModel.h"
#include "meetings/MeetingsNavigator.h"

#include <QSignalSpy>

using scrutineer::MeetingStore;
using scrutineer::gui::MeetingsModel;
using scrutineer::testing::ModelCheck;

namespace {

MeetingStore::MeetingSummary meeting(qint64 id, const QString& body, const QDate& date, int openActions = 0)
{
    MeetingStore::MeetingSummary m;
    m.id = id;
    m.authority = QStringLiteral("Testshire Council");
    m.body = body;
    m.date = date;
    m.openActions = openActions;
    return m;
}

const QDate kToday(2030, 6, 15);
const QString kChildren = QStringLiteral("Children's Scrutiny Committee");
const QString kAudit = QStringLiteral("Audit Committee");

QList<MeetingStore::MeetingSummary> archive()
{
    return {meeting(1, kChildren, QDate(2030, 1, 10), 2), meeting(2, kChildren, QDate(2030, 7, 1)),
            meeting(3, kChildren, QDate(2030, 9, 1), 1), meeting(4, kChildren, QDate(2030, 3, 5), 4),
            meeting(5, kAudit, QDate(2029, 12, 1)), meeting(6, QString(), QDate()),
            meeting(7, kChildren, QDate(2030, 6, 15))};
}

QList<qint64> meetingOrder(const MeetingsModel& model, int bodyRow)
{
    QList<qint64> ids;
    const QModelIndex body = model.index(bodyRow, 0);
    for (int row = 0; row < model.rowCount(body); ++row)
        ids.append(model.index(row, 0, body).data(MeetingsModel::MeetingIdRole).toLongLong());
    return ids;
}

} // namespace

TEST(MeetingsModel, GroupsByBodyAlphabeticallyWithUnknownBodyLast)
{
    MeetingsModel model;
    ModelCheck check(&model);
    model.setMeetings(archive(), kToday);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, 0).data().toString(), kAudit);
    EXPECT_EQ(model.index(1, 0).data().toString(), kChildren);
    EXPECT_EQ(model.index(2, 0).data().toString(), QStringLiteral("Body not recognised"));
    EXPECT_TRUE(model.index(1, 0).data(MeetingsModel::IsBodyRole).toBool());
    EXPECT_EQ(model.meetingCount(), 7);
    EXPECT_TRUE(check.warnings().isEmpty()) << check.warnings().join(QLatin1Char('\n')).toStdString();
}

TEST(MeetingsModel, UpcomingMeetingsComeFirstSoonestOnTopThenPastLatestFirst)
{
    MeetingsModel model;
    model.setMeetings(archive(), kToday);
    // Today's meeting counts as upcoming.
    EXPECT_EQ(meetingOrder(model, 1), (QList<qint64>{7, 2, 3, 4, 1}));
    const QModelIndex body = model.index(1, 0);
    EXPECT_TRUE(model.index(0, 0, body).data(MeetingsModel::UpcomingRole).toBool());
    EXPECT_FALSE(model.index(3, 0, body).data(MeetingsModel::UpcomingRole).toBool());
    EXPECT_TRUE(model.index(0, 0, body).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_EQ(model.suggestedMeeting(), 7);
}

TEST(MeetingsModel, OpenActionCountsPerMeetingAndSummedPerBody)
{
    MeetingsModel model;
    model.setMeetings(archive(), kToday);
    const QModelIndex body = model.index(1, MeetingsModel::OpenActionsColumn);
    EXPECT_EQ(body.data().toInt(), 7);
    const QModelIndex march = model.indexForMeeting(4);
    ASSERT_TRUE(march.isValid());
    EXPECT_EQ(march.siblingAtColumn(MeetingsModel::OpenActionsColumn).data().toInt(), 4);
    // No badge for a meeting with nothing open.
    EXPECT_FALSE(model.indexForMeeting(2).siblingAtColumn(MeetingsModel::OpenActionsColumn).data().isValid());
    EXPECT_TRUE(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("7 open action")));
}

TEST(MeetingsModel, UnknownDatesSortLastAndSayso)
{
    MeetingsModel model;
    model.setMeetings(archive(), kToday);
    const QModelIndex unknown = model.indexForMeeting(6);
    ASSERT_TRUE(unknown.isValid());
    EXPECT_EQ(unknown.data().toString(), QStringLiteral("Date not recognised"));
    EXPECT_EQ(model.indexForMeeting(99), QModelIndex());
}

TEST(MeetingsModel, SuggestsTheLatestMeetingWhenNoneIsUpcoming)
{
    MeetingsModel model;
    model.setMeetings({meeting(1, kAudit, QDate(2020, 1, 1)), meeting(2, kAudit, QDate(2021, 1, 1))}, kToday);
    EXPECT_EQ(model.suggestedMeeting(), 2);
    model.setMeetings({}, kToday);
    EXPECT_EQ(model.suggestedMeeting(), 0);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(MeetingsNavigator, FilterKeepsMatchingBodiesWithAllTheirMeetingsAndSelectionEmits)
{
    scrutineer::gui::MeetingsNavigator navigator;
    navigator.setMeetings(archive(), kToday);
    QSignalSpy selected(&navigator, &scrutineer::gui::MeetingsNavigator::meetingSelected);
    ASSERT_TRUE(navigator.selectMeeting(4));
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.at(0).at(0).toLongLong(), 4);
    EXPECT_EQ(navigator.currentMeeting(), 4);
    // Re-listing keeps the selection without announcing it again.
    navigator.setMeetings(archive(), kToday);
    EXPECT_EQ(navigator.currentMeeting(), 4);
    EXPECT_EQ(selected.count(), 1);
    // A meeting that disappeared clears the selection.
    navigator.setMeetings({meeting(5, kAudit, QDate(2029, 12, 1))}, kToday);
    EXPECT_EQ(navigator.currentMeeting(), 0);
    ASSERT_EQ(selected.count(), 2);
    EXPECT_EQ(selected.at(1).at(0).toLongLong(), 0);
}

// A library of several councils names each committee with its council ("Cabinet" alone does not
// say whose), and the tooltip gives the name in full whatever the list cuts; a library of one
// council does not repeat its name on every row.
TEST(MeetingsModel, CommitteesAreNamedWithTheirCouncilWhenTheLibraryHoldsSeveral)
{
    MeetingsModel model;
    ModelCheck check(&model);
    model.setMeetings(archive(), kToday);
    EXPECT_EQ(model.index(0, 0).data().toString(), kAudit) << "one council: no need to repeat it";
    EXPECT_TRUE(model.index(0, 0).data(Qt::ToolTipRole).toString().startsWith(kAudit + QStringLiteral("\nTestshire Council")));

    QList<MeetingStore::MeetingSummary> two = archive();
    MeetingStore::MeetingSummary cabinet = meeting(8, QStringLiteral("Cabinet"), QDate(2030, 2, 1));
    cabinet.authority = QStringLiteral("Kent County Council");
    MeetingStore::MeetingSummary unnamed = meeting(9, QStringLiteral("Planning Committee"), QDate(2030, 2, 2));
    unnamed.authority.clear();
    MeetingStore::MeetingSummary council = meeting(10, QStringLiteral("Kent County Council"), QDate(2030, 2, 3));
    council.authority = QStringLiteral("Kent County Council");
    two << cabinet << unnamed << council;
    model.setMeetings(two, kToday);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, 0).data().toString());
    EXPECT_TRUE(names.contains(QStringLiteral("Cabinet \u2014 Kent County Council")));
    EXPECT_TRUE(names.contains(QStringLiteral("Audit Committee \u2014 Testshire Council")));
    EXPECT_TRUE(names.contains(QStringLiteral("Planning Committee"))) << "no council printed: none guessed";
    EXPECT_TRUE(names.contains(QStringLiteral("Kent County Council"))) << "its name already says it";
    EXPECT_TRUE(check.warnings().isEmpty()) << check.warnings().join(QLatin1Char('\n')).toStdString();
}

TEST(MeetingsModel, BodiesWithTheSameNameAndNoCouncilAreToldApartByVenue)
{
    // Two councils' cabinets whose papers name no council: two bodies in the store, two rows here.
    auto cabinet = [](qint64 id, qint64 bodyId, const QString& venue, const QDate& date) {
        MeetingStore::MeetingSummary m = meeting(id, QStringLiteral("Cabinet"), date);
        m.authority.clear();
        m.bodyId = bodyId;
        m.venue = venue;
        return m;
    };
    const QString hall = QStringLiteral("Council Chamber, Town Hall, Eastmere");
    const QString house = QStringLiteral("Penallta House, Ystrad Mynach");
    MeetingsModel model;
    ModelCheck check(&model);
    model.setMeetings({cabinet(1, 21, hall, QDate(2030, 1, 5)), cabinet(2, 21, hall, QDate(2030, 2, 5)),
                       cabinet(3, 21, QStringLiteral("Online"), QDate(2030, 3, 5)),
                       cabinet(4, 22, house, QDate(2030, 1, 9)), meeting(5, kAudit, QDate(2030, 1, 1))},
                      kToday);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, 0).data().toString());
    EXPECT_EQ(names.size(), 3);
    EXPECT_TRUE(names.contains(QStringLiteral("Cabinet (%1)").arg(hall))) << names.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("Cabinet (%1)").arg(house)))
        << names.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(names.contains(kAudit)) << "a name no other body shows gets no venue";
    const QModelIndex first = model.indexForMeeting(1).parent();
    EXPECT_EQ(model.rowCount(first), 3) << "the stored body groups its meetings whatever their venues";
    EXPECT_TRUE(first.data(Qt::ToolTipRole).toString().contains(hall));
    EXPECT_TRUE(check.warnings().isEmpty()) << check.warnings().join(QLatin1Char('\n')).toStdString();
}
