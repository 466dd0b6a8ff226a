// The Actions table colours only what needs attention now: an action late by up to a year, or at
// risk or off track. An action years late keeps its RAG dot and its lateness, in plain text.
#include "../main/GuiFixtures.h"

#include "tracker/ActionTableModel.h"

#include <QFont>

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
