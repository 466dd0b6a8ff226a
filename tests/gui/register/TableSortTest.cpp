// Numbers inside a table's text sort by value ("2" before "10", ref "1.1.2" before "1.1.10") in
// the Resolutions register and the Actions tracker, also in the C locale, where QCollator's
// numeric mode is ignored; the Resolutions "Meeting" column sorts by date, then by minute.
#include "ResolutionStore.h"

#include "NaturalOrder.h"
#include "register/ResolutionProxyModel.h"
#include "register/ResolutionRegisterModel.h"
#include "tracker/ActionProxyModel.h"
#include "tracker/ActionTableModel.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::gui;

namespace {

// The C locale for one test (LANG=C and C.UTF-8 give it): the locale a collator compares code
// points in.
class CLocale {
public:
    CLocale() : m_saved(QLocale()) { QLocale::setDefault(QLocale::c()); }
    ~CLocale() { QLocale::setDefault(m_saved); }
    CLocale(const CLocale&) = delete;
    CLocale& operator=(const CLocale&) = delete;

private:
    QLocale m_saved;
};

ResolutionStore::Record resolution(const QDate& date, const QString& minute, const QString& title)
{
    ResolutionStore::Record r;
    r.key = QStringLiteral("x|%1|%2").arg(date.toString(Qt::ISODate), minute);
    r.meetingDate = date;
    r.body = QStringLiteral("Children's Scrutiny Committee");
    r.minuteNumber = minute;
    r.minuteTitle = title;
    r.resolution.text = QStringLiteral("That the report be noted.");
    return r;
}

QStringList column(const QSortFilterProxyModel& proxy, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < proxy.rowCount(); ++row)
        out.append(proxy.index(row, column).data(role).toString());
    return out;
}

} // namespace

TEST(NaturalOrderTest, NumbersByValueWordsIgnoringCase)
{
    const CLocale c;
    const NaturalOrder order;
    EXPECT_LT(order.compare(u"2", u"10"), 0);
    EXPECT_LT(order.compare(u"9 ADOPTION", u"10 ADMISSIONS"), 0);
    EXPECT_LT(order.compare(u"1.1.2", u"1.1.10"), 0);
    EXPECT_LT(order.compare(u"1.2.25", u"13.1.17"), 0);
    EXPECT_LT(order.compare(u"Minute 9", u"minute 12"), 0);
    EXPECT_LT(order.compare(u"12", u"12a"), 0);
    EXPECT_LT(order.compare(u"apple", u"Banana"), 0);
    EXPECT_EQ(order.compare(u"Item 4", u"item 4"), 0);
    EXPECT_GT(order.compare(u"100", u"99"), 0);
}

TEST(TableSortTest, ResolutionsSortMinutesByNumberWithinAMeeting)
{
    const CLocale c;
    ResolutionRegisterModel model;
    ResolutionProxyModel proxy;
    proxy.setSourceModel(&model);
    const QDate july(2030, 7, 8);
    const QDate march(2030, 3, 4);
    // As the register holds them after "record a resolution" added minute 2 at the end.
    model.setRecords({resolution(july, QStringLiteral("10"), QStringLiteral("WORK PROGRAMME")),
                      resolution(march, QStringLiteral("12"), QStringLiteral("BUDGET")),
                      resolution(july, QStringLiteral("9"), QStringLiteral("ADOPTION"))});
    model.upsert(resolution(july, QStringLiteral("2"), QStringLiteral("MINUTES")));

    proxy.sort(ResolutionRegisterModel::MinuteColumn, Qt::AscendingOrder);
    EXPECT_EQ(column(proxy, ResolutionRegisterModel::MinuteColumn),
              (QStringList {QStringLiteral("2 MINUTES"), QStringLiteral("9 ADOPTION"), QStringLiteral("10 WORK PROGRAMME"),
                            QStringLiteral("12 BUDGET")}));

    proxy.sort(ResolutionRegisterModel::DateColumn, Qt::AscendingOrder);
    QStringList minutes;
    for (int row = 0; row < proxy.rowCount(); ++row)
        minutes.append(model.record(proxy.mapToSource(proxy.index(row, 0)).row()).minuteNumber);
    EXPECT_EQ(minutes, (QStringList {QStringLiteral("12"), QStringLiteral("2"), QStringLiteral("9"), QStringLiteral("10")}))
        << "by date, then by minute within the meeting";
    proxy.sort(ResolutionRegisterModel::DateColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.record(proxy.mapToSource(proxy.index(0, 0)).row()).minuteNumber, QStringLiteral("10"));
}

TEST(TableSortTest, ActionRefsSortPartByPart)
{
    const CLocale c;
    ActionTableModel model;
    ActionProxyModel proxy;
    proxy.setSourceModel(&model);
    QList<ActionRecord> records;
    for (const char* ref : {"1.1.10", "13.1.17", "1.1.2", "1.2.1", "1.1.1"}) {
        ActionRecord r;
        r.id = records.size() + 1;
        r.actionKey = QString::fromLatin1(ref);
        r.action.ref = QString::fromLatin1(ref);
        r.action.text = QStringLiteral("Action ") + QString::fromLatin1(ref);
        records.append(r);
    }
    model.setRecords(records);
    proxy.sort(ActionTableModel::RefColumn, Qt::AscendingOrder);
    EXPECT_EQ(column(proxy, ActionTableModel::RefColumn),
              (QStringList {QStringLiteral("1.1.1"), QStringLiteral("1.1.2"), QStringLiteral("1.1.10"), QStringLiteral("1.2.1"),
                            QStringLiteral("13.1.17")}));
}
