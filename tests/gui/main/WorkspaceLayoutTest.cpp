// The officers' workspaces at the two sizes a councillor reads at (1280×800, 1920×1080): in the
// Actions and Resolutions tables a committee's name shows what tells it from the others — whole,
// or its qualifier in brackets on the row's lines — never a few letters from each end; and the
// Resolutions table has most of the height, its details pane a strip below. Screenshots go to
// SCRUTINEER_REVIEW_SCREENSHOTS when it names a folder.
#include "GuiFixtures.h"
#include "common/BodyShortName.h"
#include "common/ElideMiddleDelegate.h"
#include "main/MainWindow.h"
#include "register/ResolutionRegister.h"
#include "register/ResolutionRegisterModel.h"
#include "tracker/ActionTableModel.h"
#include "tracker/ActionTracker.h"
#include "tracker/ChairTools.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTest>

namespace gui = scrutineer::gui;
namespace fx = scrutineer::testing;
using namespace scrutineer;

namespace {

const QStringList kBodies {
    QStringLiteral("Overview and Scrutiny Committee (Children's Services and Safeguarding)"),
    QStringLiteral("Overview and Scrutiny Committee (Regeneration and Skills)"),
};

// Committees with no qualifier in brackets, whose names start with their council's place.
const QStringList kPlainBodies {
    QStringLiteral("Marshfield Health and Wellbeing Board"),
    QStringLiteral("Northshire Police and Crime Panel"),
    QStringLiteral("Brackenmoor Corporate Overview and Scrutiny Committee"),
};

// Committees (by default two whose names differ only at their end), each with a meeting,
// resolutions and a few actions with owners.
void fillWorkspaceDatabase(const fx::GuiTestDir& dir, const QStringList& bodies = kBodies,
                           const QStringList& owners = {QStringLiteral("Head of Service"),
                                                        QStringLiteral("Kim Adebayo, Service Manager")})
{
    auto database = Database::open(dir.databasePath());
    ASSERT_TRUE(database.hasValue());
    for (int i = 0; i < bodies.size(); ++i) {
        ImportBundle bundle = fx::childrenPack(dir.path(QStringLiteral("pack%1.pdf").arg(i)), QDate(2030, 3 + i, 4));
        bundle.meetings[0].body = bodies.at(i);
        const Action first = bundle.actions.first();
        for (int n = 0; n < 6; ++n) {
            Action a = first;
            a.ref = QStringLiteral("1.%1").arg(n + 2);
            a.text = QStringLiteral("Review the placement sufficiency strategy and report the figures for quarter %1 "
                                    "to the committee")
                         .arg(n + 1);
            a.owner = owners.at(n % owners.size());
            a.due = QStringLiteral("2030-%1").arg(5 + n, 2, 10, QLatin1Char('0'));
            bundle.actions.append(a);
        }
        fx::writeBundle(*database.value(), bundle);
    }
}

void show(gui::MainWindow& window, const fx::GuiTestDir& dir, const QSize& size)
{
    window.resize(size);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openDatabase(dir.databasePath()));
}

void openWorkspace(gui::MainWindow& window, const char* action)
{
    auto* open = window.findChild<QAction*>(QString::fromLatin1(action));
    ASSERT_NE(open, nullptr) << action;
    open->trigger();
    QTest::qWait(50); // the table is fitted again for the width it is shown at
    QCoreApplication::processEvents();
}

void screenshot(QWidget* window, const QString& name)
{
    const QString folder = qEnvironmentVariable("SCRUTINEER_REVIEW_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QTest::qWait(100);
    EXPECT_TRUE(window->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}

QString widths(QTableView* table)
{
    QStringList out;
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        if (!table->isColumnHidden(c))
            out.append(QStringLiteral("%1=%2").arg(table->model()->headerData(c, Qt::Horizontal).toString()).arg(table->columnWidth(c)));
    }
    return out.join(QStringLiteral(", ")) + QStringLiteral(" of %1").arg(table->viewport()->width());
}

// Every committee in the column reads whole, or its qualifier fits the cell's two lines.
void expectCommitteesTellApart(QTableView* table, int column)
{
    ASSERT_FALSE(table->isColumnHidden(column));
    const QFontMetrics metrics(table->font());
    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    const int width = table->columnWidth(column) - 2 * margin;
    const int lines = std::max(1, (table->verticalHeader()->defaultSectionSize() - 4) / metrics.lineSpacing());
    QStringList seen;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex cell = table->model()->index(row, column);
        const QString name = cell.data().toString();
        if (name.isEmpty() || seen.contains(name))
            continue;
        seen.append(name);
        EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().contains(name)) << "the whole name is in the tooltip";
        const QString shown = gui::ElideMiddleDelegate::shownText(name, metrics, width);
        if (shown == name)
            continue;
        ASSERT_EQ(shown, gui::ElideMiddleDelegate::qualifier(name)) << name.toStdString() << " shows as '"
                                                                    << shown.toStdString() << "' in " << width << " px";
        const QRect wrapped = metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, shown);
        EXPECT_LE(wrapped.height(), lines * metrics.lineSpacing())
            << "'" << shown.toStdString() << "' needs " << wrapped.height() / metrics.lineSpacing() << " lines in "
            << width << " px; the rows have " << lines << "; columns " << widths(table).toStdString();
    }
    EXPECT_EQ(seen.size(), kBodies.size());
}

// Every committee in the column reads whole on the row's lines, or in short (BodyShortName) with
// no word cut: never a few letters from each end.
void expectCommitteesReadInShort(QTableView* table, int column, const QStringList& bodies)
{
    ASSERT_FALSE(table->isColumnHidden(column));
    const QFontMetrics metrics(table->font());
    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    const int width = table->columnWidth(column) - 2 * margin;
    const int height = table->verticalHeader()->defaultSectionSize() - 2;
    QStringList seen;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString name = table->model()->index(row, column).data().toString();
        if (name.isEmpty() || seen.contains(name))
            continue;
        seen.append(name);
        const QString shortName = gui::BodyShortName::of(name);
        EXPECT_TRUE(gui::ElideMiddleDelegate::fitsWrapped(name, metrics, width, height)
                    || gui::ElideMiddleDelegate::fitsWrapped(shortName, metrics, width, height))
            << name.toStdString() << " (in short '" << shortName.toStdString() << "') does not fit " << width
            << " px; columns " << widths(table).toStdString();
    }
    EXPECT_EQ(seen.size(), bodies.size());
}

} // namespace

TEST(WorkspaceLayout, AnEndingInBracketsIsWhatShowsOfALongName)
{
    const QFontMetrics metrics(QApplication::font());
    const QString name = kBodies.first();
    EXPECT_EQ(gui::ElideMiddleDelegate::shownText(name, metrics, 10000), name);
    EXPECT_EQ(gui::ElideMiddleDelegate::shownText(name, metrics, 60), QStringLiteral("Children's Services and Safeguarding"));
    const QString plain = QStringLiteral("Children, Young People and Education Cabinet Committee");
    const QString cut = gui::ElideMiddleDelegate::shownText(plain, metrics, 150);
    EXPECT_TRUE(cut.startsWith(QStringLiteral("Children")) && cut.endsWith(QStringLiteral("Cttee"))) << cut.toStdString();
    EXPECT_TRUE(cut.contains(QChar(0x2026))) << "cut in the middle, in short: " << cut.toStdString();
    EXPECT_TRUE(gui::ElideMiddleDelegate::qualifier(QStringLiteral("(Draft) Schools Forum")).isEmpty());
}

TEST(WorkspaceLayout, AShortNameShowsWholeOnTheRowsLinesWhereItFits)
{
    const QFontMetrics metrics(QApplication::font());
    const QString name = QStringLiteral("County Council");
    const int word = metrics.horizontalAdvance(QStringLiteral("Council"));
    const int twoLines = 2 * metrics.lineSpacing();
    ASSERT_GT(metrics.horizontalAdvance(name), word + 4) << "one line would not fit";
    EXPECT_TRUE(gui::ElideMiddleDelegate::fitsWrapped(name, metrics, word + 4, twoLines)) << "County / Council";
    EXPECT_FALSE(gui::ElideMiddleDelegate::fitsWrapped(name, metrics, word + 4, metrics.lineSpacing()))
        << "a row one line high";
    EXPECT_FALSE(gui::ElideMiddleDelegate::fitsWrapped(name, metrics, word - 4, 4 * twoLines)) << "a word would be cut";
}

class WorkspaceLayoutSizes : public ::testing::TestWithParam<QSize> {};

TEST_P(WorkspaceLayoutSizes, CommitteesTellApartAndTheTablesHaveTheRoom)
{
    fx::GuiTestDir dir;
    fillWorkspaceDatabase(dir);
    gui::MainWindow window;
    show(window, dir, GetParam());
    const QString size = QStringLiteral("%1x%2").arg(GetParam().width()).arg(GetParam().height());

    gui::ActionTracker* actions = window.chairTools()->actions();
    fx::ModelCheck actionModel(actions->view()->model());
    openWorkspace(window, "actionWorkspaceActions");
    ASSERT_TRUE(fx::waitUntil([&] { return actions->view()->model()->rowCount() >= 7; }, 10000));
    QTest::qWait(50);
    expectCommitteesTellApart(actions->view(), gui::ActionTableModel::BodyColumn);
    EXPECT_TRUE(actionModel.warnings().isEmpty()) << actionModel.warnings().join(QLatin1Char('\n')).toStdString();
    screenshot(&window, QStringLiteral("actions-") + size);

    gui::ResolutionRegister* resolutions = window.chairTools()->resolutions();
    fx::ModelCheck resolutionModel(resolutions->view()->model());
    openWorkspace(window, "actionWorkspaceResolutions");
    ASSERT_TRUE(fx::waitUntil([&] { return resolutions->view()->model()->rowCount() >= 2; }, 10000));
    QTest::qWait(50);
    expectCommitteesTellApart(resolutions->view(), gui::ResolutionRegisterModel::BodyColumn);
    auto* splitter = resolutions->findChild<QSplitter*>(QStringLiteral("splitter"));
    ASSERT_NE(splitter, nullptr);
    const QList<int> heights = splitter->sizes();
    ASSERT_EQ(heights.size(), 2);
    EXPECT_GE(heights.at(0), (heights.at(0) + heights.at(1)) * 70 / 100)
        << "the table is " << heights.at(0) << " px, the details " << heights.at(1) << " px";
    EXPECT_GE(heights.at(1), 100) << "the details still show a few lines";
    EXPECT_TRUE(resolutionModel.warnings().isEmpty())
        << resolutionModel.warnings().join(QLatin1Char('\n')).toStdString();
    screenshot(&window, QStringLiteral("resolutions-") + size);
}

TEST_P(WorkspaceLayoutSizes, CommitteesWithNoQualifierReadInShort)
{
    fx::GuiTestDir dir;
    // Owners' posts that want two lines of a wide column: the room is short, and the committees'
    // column gives way first.
    fillWorkspaceDatabase(dir, kPlainBodies,
                          {QStringLiteral("Strategic Safeguarding and Quality Assurance Manager"),
                           QStringLiteral("Director of Adult Social Services and Public Health"),
                           QStringLiteral("Head of Business Delivery Unit")});
    gui::MainWindow window;
    show(window, dir, GetParam());
    gui::ActionTracker* actions = window.chairTools()->actions();
    fx::ModelCheck actionModel(actions->view()->model());
    openWorkspace(window, "actionWorkspaceActions");
    ASSERT_TRUE(fx::waitUntil([&] { return actions->view()->model()->rowCount() >= 7; }, 10000));
    QTest::qWait(50);
    expectCommitteesReadInShort(actions->view(), gui::ActionTableModel::BodyColumn, kPlainBodies);
    EXPECT_TRUE(actionModel.warnings().isEmpty()) << actionModel.warnings().join(QLatin1Char('\n')).toStdString();
    screenshot(&window, QStringLiteral("actions-plain-%1x%2").arg(GetParam().width()).arg(GetParam().height()));
}

INSTANTIATE_TEST_SUITE_P(Screens, WorkspaceLayoutSizes, ::testing::Values(QSize(1280, 800), QSize(1920, 1080)),
                         [](const ::testing::TestParamInfo<QSize>& screen) {
                             return QStringLiteral("W%1x%2")
                                 .arg(screen.param.width())
                                 .arg(screen.param.height())
                                 .toStdString();
                         });
