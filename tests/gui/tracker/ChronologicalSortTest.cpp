// Every sortable table of the officers' and chairs' tools: a column of dates sorts by date,
// whichever way, never by text or by internal id.
#include "ChairFixtures.h"

#include "ActionStore.h"
#include "performance/PerformanceView.h"
#include "register/ResolutionRegister.h"
#include "tracker/ActionTracker.h"
#include "tracker/CarryForwardView.h"
#include "tracker/ChairTools.h"

#include <QHeaderView>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::gui;
using namespace scrutineer::gui::chairtest;

namespace {

constexpr int kChronologicalSortTimeoutMs = 20000;

// The date a cell shows, in any of the forms the tables print; invalid when it shows none.
QDate shownDate(const QString& text)
{
    const QLocale locale;
    for (const QString& format :
         {QStringLiteral("d MMM yyyy"), QStringLiteral("d MMMM yyyy"), QStringLiteral("MMM yyyy"),
          QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-MM")}) {
        const QDate date = locale.toDate(text.trimmed(), format);
        if (date.isValid())
            return date;
    }
    return {};
}

bool isDateColumn(const QString& header)
{
    return header == QStringLiteral("Meeting") || header == QStringLiteral("Due") || header == QStringLiteral("Period")
        || header == QStringLiteral("Date");
}

// Sorts the column both ways and checks the dates shown follow the calendar; returns how many
// dated rows it compared.
int checkColumn(QTableView* table, int column, const QString& where)
{
    int compared = 0;
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        table->sortByColumn(column, order);
        QDate previous;
        const QAbstractItemModel* model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QDate date = shownDate(model->index(row, column).data().toString());
            if (!date.isValid())
                continue;
            if (previous.isValid()) {
                EXPECT_TRUE(order == Qt::AscendingOrder ? previous <= date : previous >= date)
                    << where.toStdString() << ": " << previous.toString(Qt::ISODate).toStdString() << " then "
                    << date.toString(Qt::ISODate).toStdString() << " sorting "
                    << (order == Qt::AscendingOrder ? "ascending" : "descending");
            }
            previous = date;
            ++compared;
        }
    }
    return compared;
}

} // namespace

TEST(ChronologicalSort, EveryDateColumnOfEveryToolSortsByDate)
{
    ChairLibrary library;
    ASSERT_TRUE(library.ok()) << library.error().toStdString();
    // A meeting whose row id is older than its date: an id order would put it first.
    {
        auto db = library.open();
        QSqlQuery q(db->connection());
        ASSERT_TRUE(
            q.exec(QStringLiteral("UPDATE meeting SET date = '2031-01-15' WHERE id = (SELECT MIN(id) FROM meeting)")));
    }
    ChairTools tools;
    tools.resize(1400, 900);
    tools.show();
    QSignalSpy actions(tools.actions(), &ActionTracker::loaded);
    QSignalSpy resolutions(tools.resolutions(), &ResolutionRegister::loaded);
    QSignalSpy performance(tools.performance(), &PerformanceView::loaded);
    tools.setDatabasePath(library.databasePath());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return actions.count() > 0 && resolutions.count() > 0 && performance.count() > 0; }, kChronologicalSortTimeoutMs));
    CarryForwardView* carried = tools.createCarryForwardView(nullptr);
    std::unique_ptr<CarryForwardView> owner(carried);
    QSignalSpy carriedLoaded(carried, &CarryForwardView::loaded);
    ASSERT_TRUE(QTest::qWaitFor([&] { return carriedLoaded.count() > 0; }, kChronologicalSortTimeoutMs));

    QList<QTableView*> tables = tools.findChildren<QTableView*>();
    tables += carried->findChildren<QTableView*>();
    int dateColumns = 0;
    int compared = 0;
    for (QTableView* table : std::as_const(tables)) {
        if (!table->isSortingEnabled() || !table->model())
            continue;
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            const QString header = table->model()->headerData(column, Qt::Horizontal).toString();
            if (!isDateColumn(header))
                continue;
            ++dateColumns;
            compared += checkColumn(table, column, table->objectName() + QStringLiteral(" / ") + header);
        }
    }
    EXPECT_GE(dateColumns, 5) << "actions (due, meeting), resolutions (meeting), indicators and breaches (period)";
    EXPECT_GT(compared, 20) << "the tables held dated rows to compare";
}
