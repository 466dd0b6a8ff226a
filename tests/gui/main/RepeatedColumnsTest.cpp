// A column that shows one value in every row (every action one committee's) is hidden while it
// does and shown again when rows differ; a column the user showed or hid stays as they left it,
// and a saved layout records repeated columns as shown.
#include "common/RepeatedColumns.h"
#include "GuiFixtures.h"
#include "common/ColumnFit.h"
#include "common/ViewSettings.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace gui = scrutineer::gui;

namespace {

constexpr int kBody = 1;

// Actions with their committee: `bodies` taken in turn, one a row.
void fillActions(QStandardItemModel& model, const QStringList& bodies, int rows = 6)
{
    model.clear();
    model.setHorizontalHeaderLabels({QStringLiteral("Action"), QStringLiteral("Body"), QStringLiteral("Owner")});
    for (int row = 0; row < rows; ++row) {
        model.appendRow({new QStandardItem(QStringLiteral("Report back on fostering allowances %1").arg(row)),
                         new QStandardItem(bodies.at(row % bodies.size())),
                         new QStandardItem(QStringLiteral("Head of Service"))});
    }
}

const QString kChildren = QStringLiteral("Overview and Scrutiny Committee (Children's Services and Safeguarding)");
const QString kRegeneration = QStringLiteral("Overview and Scrutiny Committee (Regeneration and Skills)");

} // namespace

TEST(RepeatedColumns, AColumnRepeatingOneValueIsHiddenUntilRowsDiffer)
{
    QStandardItemModel model;
    fillActions(model, {kChildren});
    QTableView table;
    table.setModel(&model);
    table.resize(900, 300);
    gui::ColumnFit::fit(&table, 0, {{kBody, 200}, {2, 200}}, 0.4, {kBody});
    EXPECT_TRUE(table.isColumnHidden(kBody)) << "every row is the children's committee";
    EXPECT_FALSE(table.isColumnHidden(2)) << "the owner repeats too, but is not a column that gives way";
    EXPECT_EQ(gui::RepeatedColumns::hidden(table.horizontalHeader()), QList<int> {kBody});

    fillActions(model, {kChildren, kRegeneration});
    gui::ColumnFit::fit(&table, 0, {{kBody, 200}, {2, 200}}, 0.4, {kBody});
    EXPECT_FALSE(table.isColumnHidden(kBody)) << "two committees: the column tells rows apart";
    EXPECT_TRUE(gui::RepeatedColumns::hidden(table.horizontalHeader()).isEmpty());

    fillActions(model, {kRegeneration}, 1);
    gui::ColumnFit::fit(&table, 0, {{kBody, 200}, {2, 200}}, 0.4, {kBody});
    EXPECT_FALSE(table.isColumnHidden(kBody)) << "one row repeats nothing";
}

TEST(RepeatedColumns, AColumnTheUserChoseStaysAsTheyLeftIt)
{
    QStandardItemModel model;
    fillActions(model, {kChildren, kRegeneration});
    QTableView table;
    table.setModel(&model);
    table.hideColumn(kBody); // hidden by the user (or a saved layout)
    gui::RepeatedColumns::update(&table, {kBody});
    EXPECT_TRUE(table.isColumnHidden(kBody)) << "rows differ, but the user hid it";

    gui::ViewSettings::enableColumnMenu(table.horizontalHeader());
    table.show();
    ASSERT_TRUE(scrutineer::testing::chooseColumnInMenu(table.horizontalHeader(), QStringLiteral("Body"), true));
    ASSERT_FALSE(table.isColumnHidden(kBody));
    fillActions(model, {kChildren});
    gui::RepeatedColumns::update(&table, {kBody});
    EXPECT_FALSE(table.isColumnHidden(kBody)) << "the user asked for it";
}

TEST(RepeatedColumns, NeverTheLastColumnShown)
{
    QStandardItemModel model;
    fillActions(model, {kChildren});
    QTableView table;
    table.setModel(&model);
    table.hideColumn(0);
    table.hideColumn(2);
    gui::RepeatedColumns::update(&table, {kBody});
    EXPECT_FALSE(table.isColumnHidden(kBody));
}

TEST(RepeatedColumns, ASavedLayoutRecordsARepeatedColumnAsShown)
{
    const scrutineer::testing::GuiTestDir settingsDir; // QSettings in a folder of its own
    QStandardItemModel model;
    fillActions(model, {kChildren});
    QTableView table;
    table.setModel(&model);
    gui::RepeatedColumns::update(&table, {kBody});
    ASSERT_TRUE(table.isColumnHidden(kBody));
    const gui::ViewSettings settings(QStringLiteral("repeatedColumnsTest"));
    settings.saveHeader(table.horizontalHeader());
    EXPECT_TRUE(table.isColumnHidden(kBody)) << "still hidden after saving";

    QStandardItemModel other;
    fillActions(other, {kChildren, kRegeneration});
    QTableView again;
    again.setModel(&other);
    ASSERT_TRUE(settings.restoreHeader(again.horizontalHeader()));
    EXPECT_FALSE(again.isColumnHidden(kBody)) << "the next run's rows may differ";
}
