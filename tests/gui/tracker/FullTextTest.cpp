// Wherever a column cuts a cell's text, its tooltip gives it whole: a chair at 1280×800 must be
// able to read the full committee, indicator and action in every table of every chairs' tool.
#include "ChairFixtures.h"

#include "performance/IndicatorTableModel.h"
#include "performance/PerformanceView.h"
#include "recommendations/RecommendationsView.h"
#include "register/ResolutionRegister.h"
#include "tracker/ActionTableModel.h"
#include "tracker/ActionTracker.h"
#include "tracker/ChairTools.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::gui;
using namespace scrutineer::gui::chairtest;

namespace {

// Cells of a table whose text the column is too narrow for and whose tooltip does not hold it.
QStringList cutWithoutTheirText(const QTableView* table)
{
    QStringList problems;
    const QAbstractItemModel* model = table->model();
    const int margins = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1) + 4;
    for (int row = 0; row < std::min(model->rowCount(), 300); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (table->isColumnHidden(column))
                continue;
            const QModelIndex index = model->index(row, column);
            const QString text = index.data().toString().simplified();
            if (text.isEmpty())
                continue;
            QFont font = table->font();
            if (const QVariant f = index.data(Qt::FontRole); f.isValid())
                font = f.value<QFont>().resolve(font);
            const bool icon = index.data(Qt::DecorationRole).isValid();
            const int needed
                = QFontMetrics(font).horizontalAdvance(text) + margins + (icon ? table->iconSize().width() + 4 : 0);
            if (needed <= table->columnWidth(column))
                continue;
            const QString tip = index.data(Qt::ToolTipRole).toString().simplified();
            if (!tip.contains(text, Qt::CaseInsensitive))
                problems.append(QStringLiteral("%1, row %2, %3: \"%4\" cut, tooltip \"%5\"")
                                    .arg(table->objectName())
                                    .arg(row)
                                    .arg(model->headerData(column, Qt::Horizontal).toString(), text, tip));
        }
    }
    return problems;
}

} // namespace

TEST(FullText, EveryCutCellOfTheChairsToolsHasItsTextInTheTooltip)
{
    ChairLibrary library;
    ASSERT_TRUE(library.ok()) << library.error().toStdString();
    ChairTools tools;
    tools.resize(1280, 740);
    tools.actions()->setToday(today());
    QSignalSpy actions(tools.actions(), &ActionTracker::loaded);
    QSignalSpy resolutions(tools.resolutions(), &ResolutionRegister::loaded);
    QSignalSpy performance(tools.performance(), &PerformanceView::loaded);
    QSignalSpy recommendations(tools.recommendations(), &RecommendationsView::loaded);
    tools.setDatabasePath(library.databasePath());
    tools.show();
    QStringList problems;
    int cut = 0; // cells checked that the column does cut: the test must see some to mean anything
    for (int tab = 0; tab < tools.count(); ++tab) {
        tools.setCurrentIndex(tab);
        QTest::qWait(20);
    }
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return actions.count() > 0 && resolutions.count() > 0 && performance.count() > 0
                && recommendations.count() > 0;
        },
        20000));
    for (int tab = 0; tab < tools.count(); ++tab) {
        tools.setCurrentIndex(tab);
        QTest::qWait(20);
        for (QTableView* table : tools.widget(tab)->findChildren<QTableView*>()) {
            if (!table->isVisible() || !table->model())
                continue;
            problems += cutWithoutTheirText(table);
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                for (int column = 0; column < table->model()->columnCount(); ++column) {
                    const QString text = table->model()->index(row, column).data().toString();
                    cut += !table->isColumnHidden(column)
                            && table->fontMetrics().horizontalAdvance(text) > table->columnWidth(column)
                        ? 1
                        : 0;
                }
            }
        }
    }
    EXPECT_GT(cut, 0) << "at 1280 wide some action text is cut; the check saw none";
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}
