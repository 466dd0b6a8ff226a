// The helpers the chair's tools share (src/gui/common): remembered view settings, the body
// filter and the undo/redo actions.
#include "common/BodyFilter.h"
#include "common/UndoActions.h"
#include "common/ViewSettings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace scrutineer::gui;

namespace {

// A small tool: a sortable table of four columns, a splitter, tabs and three filters.
struct Tool {
    Tool()
    {
        model.setColumnCount(4);
        model.setRowCount(3);
        table.setModel(&model);
        table.setSortingEnabled(true);
        table.horizontalHeader()->setSectionsMovable(true);
        splitter.addWidget(new QWidget);
        splitter.addWidget(new QWidget);
        splitter.resize(400, 100);
        tabs.addTab(new QWidget, QStringLiteral("One"));
        tabs.addTab(new QWidget, QStringLiteral("Two"));
        status.addItem(QStringLiteral("Any"), -1);
        status.addItem(QStringLiteral("Open"), 3);
        status.addItem(QStringLiteral("Done"), 7);
        settings.track(table.horizontalHeader());
        settings.track(&splitter, QStringLiteral("splitter"));
        settings.track(&tabs, QStringLiteral("tab"));
        settings.track(&search, QStringLiteral("search"));
        settings.track(&openOnly, QStringLiteral("openOnly"), true);
        settings.track(&status, QStringLiteral("status"));
        settings.track(
            QStringLiteral("custom"), [this] { return QVariant(custom); }, [this](const QVariant& v) { custom = v.toString(); },
            QStringLiteral("fallback"));
    }
    QStandardItemModel model;
    QTableView table;
    QSplitter splitter;
    QTabWidget tabs;
    QLineEdit search;
    QCheckBox openOnly;
    QComboBox status;
    QString custom;
    ViewSettings settings{QStringLiteral("commonTest")};
};

class ChairCommonTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ChairCommonTest, ViewSettingsRoundTripHeaderSortAndFilters)
{
    {
        Tool fresh;
        fresh.settings.restore();
        EXPECT_TRUE(fresh.openOnly.isChecked()) << "the fallback before anything was saved";
        EXPECT_EQ(fresh.custom, QStringLiteral("fallback"));
        EXPECT_EQ(fresh.status.currentIndex(), 0);
    }
    {
        Tool tool;
        tool.table.sortByColumn(2, Qt::DescendingOrder);
        tool.table.hideColumn(1);
        tool.table.horizontalHeader()->moveSection(3, 0);
        tool.table.setColumnWidth(2, 143);
        tool.splitter.setSizes({300, 100});
        tool.tabs.setCurrentIndex(1);
        tool.search.setText(QStringLiteral("foster carers"));
        tool.openOnly.setChecked(false);
        tool.status.setCurrentIndex(2);
        tool.custom = QStringLiteral("Children's Scrutiny Committee");
        tool.settings.save();
    }
    Tool again;
    again.settings.restore();
    QHeaderView* header = again.table.horizontalHeader();
    EXPECT_EQ(header->sortIndicatorSection(), 2);
    EXPECT_EQ(header->sortIndicatorOrder(), Qt::DescendingOrder);
    EXPECT_TRUE(header->isSectionHidden(1));
    EXPECT_EQ(header->visualIndex(3), 0);
    EXPECT_EQ(header->sectionSize(2), 143);
    EXPECT_GT(again.splitter.sizes().first(), 2 * again.splitter.sizes().last());
    EXPECT_EQ(again.tabs.currentIndex(), 1);
    EXPECT_EQ(again.search.text(), QStringLiteral("foster carers"));
    EXPECT_FALSE(again.openOnly.isChecked());
    EXPECT_EQ(again.status.currentData().toInt(), 7) << "found by its data, though QSettings gives it back as text";
    EXPECT_EQ(again.custom, QStringLiteral("Children's Scrutiny Committee"));
}

TEST_F(ChairCommonTest, ViewSettingsKeepAColumnLayoutOnlyForTheSameColumns)
{
    {
        Tool tool;
        tool.table.hideColumn(2);
        tool.settings.save();
    }
    Tool wider;
    wider.model.setColumnCount(5);
    wider.settings.restore();
    EXPECT_FALSE(wider.table.horizontalHeader()->isSectionHidden(2)) << "a layout saved for four columns is not forced on five";
}

TEST_F(ChairCommonTest, BodyFilterSelectsABodyAskedForOnceItIsListed)
{
    QComboBox combo;
    auto* filter = new BodyFilter(&combo);
    QSignalSpy changed(&combo, &QComboBox::currentIndexChanged);
    EXPECT_EQ(combo.count(), 1) << "All bodies";
    filter->setBody(QStringLiteral("Cabinet"));
    EXPECT_EQ(filter->body(), QStringLiteral("Cabinet")) << "asked for before any load";
    EXPECT_EQ(combo.currentIndex(), 0);

    filter->setBodies({QStringLiteral("Planning"), QStringLiteral("cabinet office"), QString(), QStringLiteral("Cabinet"),
                       QStringLiteral("Planning")});
    QStringList listed;
    for (int i = 1; i < combo.count(); ++i)
        listed.append(combo.itemText(i));
    EXPECT_EQ(listed, (QStringList{QStringLiteral("Cabinet"), QStringLiteral("cabinet office"), QStringLiteral("Planning")}))
        << "sorted, without blanks or repeats";
    EXPECT_EQ(combo.currentText(), QStringLiteral("Cabinet"));
    EXPECT_EQ(changed.count(), 0) << "filling the list is not a change of filter";

    combo.setCurrentIndex(3); // the user picks Planning
    EXPECT_EQ(filter->body(), QStringLiteral("Planning"));
    filter->setBody(QStringLiteral("Licensing"));
    EXPECT_EQ(filter->body(), QStringLiteral("Licensing"));
    combo.setCurrentIndex(1); // the user's choice beats a body still waiting to be listed
    EXPECT_EQ(filter->body(), QStringLiteral("Cabinet"));
    filter->setBodies({QStringLiteral("Licensing"), QStringLiteral("Cabinet")});
    EXPECT_EQ(combo.currentText(), QStringLiteral("Cabinet"));
}

TEST_F(ChairCommonTest, UndoActionsFollowTheStack)
{
    QWidget owner;
    QToolButton undoButton(&owner);
    QToolButton redoButton(&owner);
    QUndoStack stack;
    const UndoActions actions = UndoActions::install(&stack, &owner, &undoButton, &redoButton);
    ASSERT_TRUE(actions.undo && actions.redo);
    EXPECT_EQ(owner.actions(), (QList<QAction*>{actions.undo, actions.redo}));
    EXPECT_EQ(actions.undo->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_EQ(actions.redo->shortcut(), QKeySequence(QKeySequence::Redo));
    EXPECT_EQ(actions.undo->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    EXPECT_EQ(undoButton.defaultAction(), actions.undo);
    EXPECT_EQ(redoButton.defaultAction(), actions.redo);
    EXPECT_FALSE(actions.undo->isEnabled());

    int value = 0;
    struct Set : QUndoCommand {
        Set(int& v, int to) : m_v(v), m_to(to), m_from(v) { setText(QStringLiteral("Set")); }
        void redo() override { m_v = m_to; }
        void undo() override { m_v = m_from; }
        int& m_v;
        int m_to;
        int m_from;
    };
    stack.push(new Set(value, 5));
    EXPECT_TRUE(actions.undo->isEnabled());
    EXPECT_TRUE(actions.undo->text().contains(QStringLiteral("Set")));
    actions.undo->trigger();
    EXPECT_EQ(value, 0);
    EXPECT_TRUE(actions.redo->isEnabled());
    actions.redo->trigger();
    EXPECT_EQ(value, 5);
}
