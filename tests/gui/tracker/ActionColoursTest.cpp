// The Actions table colours only what needs attention now: an action late by up to a year, or at
// risk or off track. An action years late keeps its RAG dot and its lateness, in plain text.
#include "../main/GuiFixtures.h"

#include "tracker/ActionDetailsHtml.h"
#include "tracker/ActionTableModel.h"

#include <QFont>
#include <QLocale>

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::gui::ActionTableModel;

namespace {

const QDate kToday(2030, 6, 1);

ActionRecord action(ActionStatus status, const QDate& due)
{
    ActionRecord r;
    r.action.status = status;
    r.action.due = due.isValid() ? due.toString(Qt::ISODate) : QString();
    return r;
}

} // namespace

TEST(ActionColours, OnlyWhatNeedsAttentionNowIsColouredOrBold)
{
    ActionTableModel model;
    scrutineer::testing::ModelCheck check(&model);
    model.setToday(kToday);
    model.setRecords({action(ActionStatus::Open, kToday.addDays(-30)), // late this month
                      action(ActionStatus::Open, kToday.addYears(-3)), // late for years
                      action(ActionStatus::AtRisk, kToday.addDays(60)), // at risk, not yet due
                      action(ActionStatus::Complete, kToday.addDays(-30)),
                      action(ActionStatus::Open, kToday.addDays(60))});
    auto tinted
        = [&](int row) { return model.index(row, ActionTableModel::StatusColumn).data(Qt::BackgroundRole).isValid(); };
    auto bold = [&](int row) {
        const QVariant font = model.index(row, ActionTableModel::OverdueColumn).data(Qt::FontRole);
        return font.isValid() && font.value<QFont>().bold();
    };
    EXPECT_TRUE(tinted(0));
    EXPECT_TRUE(bold(0));
    EXPECT_FALSE(tinted(1)) << "three years late is not news";
    EXPECT_FALSE(bold(1));
    EXPECT_FALSE(model.index(1, ActionTableModel::OverdueColumn).data().toString().isEmpty()) << "still says how late";
    EXPECT_TRUE(model.index(1, ActionTableModel::StatusColumn).data(Qt::DecorationRole).isValid()) << "keeps its dot";
    EXPECT_TRUE(tinted(2));
    EXPECT_FALSE(tinted(3)) << "complete needs nothing";
    EXPECT_FALSE(tinted(4));
    EXPECT_TRUE(check.warnings().isEmpty());
}

// "Due before the next meeting" is the committee's next meeting date from the store: an action
// due by then is coloured and says so; one due after it, or of a body with no meeting ahead, is not.
TEST(ActionColours, DueBeforeTheNextMeetingIsColouredAndSaysWhen)
{
    ActionTableModel model;
    scrutineer::testing::ModelCheck check(&model);
    model.setToday(kToday);
    const QString committee = QStringLiteral("Children's Scrutiny Committee");
    auto inBody = [&](ActionRecord r, const QString& body, const QDate& reported) {
        r.body = body;
        r.meetingDate = reported; // reported on recently, so not 'no recent evidence'
        r.documentId = 1;
        return r;
    };
    const QDate recent = kToday.addDays(-20);
    model.setRecords({inBody(action(ActionStatus::Open, kToday.addDays(10)), committee, recent),
                      inBody(action(ActionStatus::Open, kToday.addDays(40)), committee, recent),
                      inBody(action(ActionStatus::Open, kToday.addDays(10)), QStringLiteral("Cabinet"), recent),
                      inBody(action(ActionStatus::Complete, kToday.addDays(10)), committee, recent)});
    auto due = [&](int row, int role) { return model.index(row, ActionTableModel::DueColumn).data(role); };
    EXPECT_FALSE(due(0, Qt::BackgroundRole).isValid()) << "no meeting ahead is known yet";

    MeetingStore::MeetingSummary past;
    past.id = 1;
    past.body = committee;
    past.date = recent;
    MeetingStore::MeetingSummary next = past;
    next.id = 2;
    next.body = QStringLiteral("children's scrutiny committee"); // the body as another document spells it
    next.date = kToday.addDays(21);
    MeetingStore::MeetingSummary later = past;
    later.id = 3;
    later.date = kToday.addDays(80);
    model.setMeetings({past, later, next});
    EXPECT_EQ(model.nextMeeting(committee), kToday.addDays(21));

    EXPECT_TRUE(model.dueBeforeNextMeeting(model.record(0)));
    EXPECT_TRUE(model.needsAttention(model.record(0)));
    EXPECT_TRUE(due(0, Qt::BackgroundRole).isValid());
    EXPECT_TRUE(due(0, Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(due(0, Qt::ToolTipRole).toString().contains(QStringLiteral("next meeting")));
    EXPECT_TRUE(due(0, Qt::ToolTipRole)
                    .toString()
                    .contains(QLocale().toString(kToday.addDays(21), QStringLiteral("d MMMM yyyy"))));
    EXPECT_FALSE(due(1, Qt::BackgroundRole).isValid()) << "due after the next meeting";
    EXPECT_FALSE(model.needsAttention(model.record(1)));
    EXPECT_FALSE(due(2, Qt::BackgroundRole).isValid()) << "the Cabinet has no meeting ahead";
    EXPECT_FALSE(due(3, Qt::BackgroundRole).isValid()) << "complete needs nothing";

    // The next meeting passes: the one after it is the next.
    model.setToday(kToday.addDays(30));
    EXPECT_EQ(model.nextMeeting(committee), kToday.addDays(80));
    EXPECT_TRUE(check.warnings().isEmpty());
}

// An action read from an appendix or a tracker that belongs to no meeting leaves the Body cell
// empty (the column gives its room to columns every row fills) and names its document in the
// cell's tooltip and in its details.
TEST(ActionColours, ActionWithoutAMeetingNamesItsDocumentInTheTooltipAndDetails)
{
    ActionTableModel model;
    scrutineer::testing::ModelCheck check(&model);
    model.setToday(kToday);
    ActionRecord loose = action(ActionStatus::Open, kToday.addDays(30));
    loose.documentName = QStringLiteral("Improvement plan tracker, Q3");
    loose.documentId = 4;
    loose.action.pdfPage = 2;
    ActionRecord tied = action(ActionStatus::Open, kToday.addDays(30));
    tied.body = QStringLiteral("Audit Committee");
    tied.documentName = QStringLiteral("Agenda pack");
    model.setRecords({loose, tied});
    const QModelIndex looseBody = model.index(0, ActionTableModel::BodyColumn);
    EXPECT_EQ(looseBody.data().toString(), QString());
    EXPECT_TRUE(looseBody.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Improvement plan tracker, Q3")));
    const QString details = scrutineer::gui::ActionDetailsHtml::details(loose, kToday, 0);
    EXPECT_TRUE(details.contains(QStringLiteral("not tied to a meeting"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Improvement plan tracker, Q3"))) << details.toStdString();
    const QModelIndex tiedBody = model.index(1, ActionTableModel::BodyColumn);
    EXPECT_EQ(tiedBody.data().toString(), QStringLiteral("Audit Committee"));
    EXPECT_FALSE(tiedBody.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not tied")));
    EXPECT_TRUE(check.warnings().isEmpty());
}
