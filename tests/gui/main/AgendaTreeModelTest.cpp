// The agenda tree: items with reports, minutes and resolutions; sections; where each row opens.
#include "GuiFixtures.h"
#include "meetings/AgendaLabels.h"
#include "meetings/AgendaTreeModel.h"

using scrutineer::ActionRecord;
using scrutineer::MeetingStore;
using scrutineer::gui::AgendaLabels;
using scrutineer::gui::AgendaTreeModel;
using scrutineer::testing::ModelCheck;
using Kind = AgendaTreeModel::Kind;

namespace {

MeetingStore::AgendaEntry item(qint64 id, const QString& number, const QString& title, int first, int last)
{
    MeetingStore::AgendaEntry e;
    e.id = id;
    e.documentId = 10;
    e.number = number;
    e.title = title;
    e.pdfFirst = first;
    e.pdfLast = last;
    e.packFirst = first > 0 ? first - 2 : 0;
    e.packLast = last > 0 ? last - 2 : 0;
    return e;
}

MeetingStore::MinuteEntry minute(qint64 id, const QString& number, const QString& title, int page, QStringList resolutions)
{
    MeetingStore::MinuteEntry m;
    m.id = id;
    m.documentId = 11;
    m.number = number;
    m.title = title;
    m.pdfPage = page;
    m.resolutions = std::move(resolutions);
    return m;
}

AgendaTreeModel::Input input()
{
    AgendaTreeModel::Input in;
    MeetingStore::DocumentSummary pack;
    pack.id = 10;
    pack.fileName = QStringLiteral("pack.pdf");
    pack.kind = QStringLiteral("agenda-pack");
    pack.pageCount = 40;
    in.documents = {pack};
    auto report = item(2, QStringLiteral("4"), QStringLiteral("Children's Social Care Improvement Plan"), 23, 40);
    report.reportOf = QStringLiteral("Director of Social Care and Health");
    in.agenda = {item(1, QStringLiteral("1"), QStringLiteral("Apologies for Absence"), 0, 0), report,
                 item(3, QStringLiteral("5"), QStringLiteral("WORK PROGRAMME"), 41, 44)};
    in.minutes = {minute(20, QStringLiteral("23"), QStringLiteral("CHILDREN'S SOCIAL CARE IMPROVEMENT PLAN"), 7,
                         {QStringLiteral("That the plan be noted."), QStringLiteral("That the Director report back.")}),
                  minute(21, QStringLiteral("24"), QStringLiteral("Work Programme 2030/31"), 8, {}),
                  minute(22, QStringLiteral("25"), QStringLiteral("Urgent Business"), 9, {})};
    in.minuteItems = {{21, QStringLiteral("(Item 5)")}};
    ActionRecord action;
    action.action.ref = QStringLiteral("1.2");
    action.action.text = QStringLiteral("Recruit twenty foster carers");
    action.action.status = scrutineer::ActionStatus::AtRisk;
    action.action.pdfPage = 30;
    action.documentId = 10;
    in.actions = {action};
    return in;
}

} // namespace

TEST(AgendaTreeModel, ItemsCarryTheirReportMinutesAndResolutions)
{
    AgendaTreeModel model;
    ModelCheck check(&model);
    model.setMeeting(input());
    // Three items, then "Other minutes", "Actions", "Documents".
    ASSERT_EQ(model.rowCount(), 6);
    const QModelIndex plan = model.index(1, 0);
    EXPECT_EQ(plan.data().toString(), QStringLiteral("4. Children's Social Care Improvement Plan"));
    EXPECT_EQ(plan.siblingAtColumn(AgendaTreeModel::PagesColumn).data().toString(), QStringLiteral("21–38"));
    ASSERT_EQ(model.rowCount(plan), 2);
    const QModelIndex report = model.index(0, 0, plan);
    EXPECT_EQ(report.data(AgendaTreeModel::KindRole).value<Kind>(), Kind::Report);
    EXPECT_EQ(report.data().toString(), QStringLiteral("Report of Director of Social Care and Health"));
    const QModelIndex minuteRow = model.index(1, 0, plan);
    EXPECT_EQ(minuteRow.data(AgendaTreeModel::KindRole).value<Kind>(), Kind::Minute);
    // Capitals from the minutes are shown in title case.
    EXPECT_EQ(minuteRow.data().toString(), QStringLiteral("Minute 23: Children's Social Care Improvement Plan"));
    ASSERT_EQ(model.rowCount(minuteRow), 2);
    const QModelIndex resolution = model.index(1, 0, minuteRow);
    EXPECT_EQ(resolution.data().toString(), QStringLiteral("Resolved: That the Director report back."));
    EXPECT_EQ(resolution.data(AgendaTreeModel::DocumentIdRole).toLongLong(), 11);
    EXPECT_EQ(resolution.data(AgendaTreeModel::PdfPageRole).toInt(), 7);
    EXPECT_EQ(resolution.data(AgendaTreeModel::AgendaNumberRole).toString(), QStringLiteral("4"));
    EXPECT_TRUE(check.warnings().isEmpty()) << check.warnings().join(QLatin1Char('\n')).toStdString();
}

TEST(AgendaTreeModel, MinuteNamingItsItemIsPlacedByNumberAndTheRestGoToOtherMinutes)
{
    AgendaTreeModel model;
    model.setMeeting(input());
    const QModelIndex programme = model.index(2, 0);
    ASSERT_EQ(model.rowCount(programme), 1);
    EXPECT_TRUE(model.index(0, 0, programme).data().toString().startsWith(QStringLiteral("Minute 24")));
    const QModelIndex other = model.index(3, 0);
    EXPECT_EQ(other.data(AgendaTreeModel::KindRole).value<Kind>(), Kind::Section);
    EXPECT_EQ(other.data().toString(), QStringLiteral("Other minutes"));
    ASSERT_EQ(model.rowCount(other), 1);
    EXPECT_TRUE(model.index(0, 0, other).data().toString().contains(QStringLiteral("Urgent Business")));
}

TEST(AgendaTreeModel, ItemsOpenAtTheirFirstPageAndProceduralItemsOpenNothing)
{
    AgendaTreeModel model;
    model.setMeeting(input());
    const QModelIndex apologies = model.index(0, 0);
    EXPECT_EQ(apologies.data(AgendaTreeModel::DocumentIdRole).toLongLong(), 0);
    EXPECT_TRUE(apologies.siblingAtColumn(AgendaTreeModel::PagesColumn).data().toString().isEmpty());
    const QModelIndex plan = model.index(1, 0);
    EXPECT_EQ(plan.data(AgendaTreeModel::DocumentIdRole).toLongLong(), 10);
    EXPECT_EQ(plan.data(AgendaTreeModel::PdfPageRole).toInt(), 23);
    EXPECT_EQ(plan.data(AgendaTreeModel::HighlightRole).toString(), QStringLiteral("Children's Social Care Improvement Plan"));
}

TEST(AgendaTreeModel, ActionsAndDocumentsSections)
{
    AgendaTreeModel model;
    model.setMeeting(input());
    const QModelIndex actions = model.find(Kind::Section, QStringLiteral("Actions"));
    ASSERT_TRUE(actions.isValid());
    const QModelIndex action = model.index(0, 0, actions);
    EXPECT_EQ(action.data().toString(), QStringLiteral("1.2  Recruit twenty foster carers"));
    EXPECT_EQ(action.siblingAtColumn(AgendaTreeModel::PagesColumn).data().toString(), QStringLiteral("At risk"));
    EXPECT_EQ(action.data(AgendaTreeModel::PdfPageRole).toInt(), 30);
    const QModelIndex document = model.find(Kind::Document, QStringLiteral("pack.pdf"));
    ASSERT_TRUE(document.isValid());
    EXPECT_EQ(document.data().toString(), QStringLiteral("Agenda pack · pack.pdf"));
    EXPECT_EQ(document.data(AgendaTreeModel::PdfPageRole).toInt(), 1);
}

TEST(AgendaTreeModel, ClearAndEmptyMeetingLeaveNoRows)
{
    AgendaTreeModel model;
    ModelCheck check(&model);
    model.setMeeting(input());
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    model.setMeeting({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(check.warnings().isEmpty());
}

TEST(AgendaLabels, AgendaNumbersCompareWithoutDecoration)
{
    EXPECT_EQ(AgendaLabels::agendaNumberKey(QStringLiteral("(Item 6)")), QStringLiteral("6"));
    EXPECT_EQ(AgendaLabels::agendaNumberKey(QStringLiteral("Agenda Item 7a.")), QStringLiteral("7a"));
    EXPECT_EQ(AgendaLabels::agendaNumberKey(QStringLiteral("IV.B")), QStringLiteral("ivb"));
    EXPECT_EQ(AgendaLabels::oneLine(QStringLiteral("one  two\nthree"), 40), QStringLiteral("one two three"));
    EXPECT_EQ(AgendaLabels::oneLine(QStringLiteral("abcdefghij"), 5), QStringLiteral("abcd…"));
    EXPECT_EQ(AgendaLabels::leadingWords(QStringLiteral("That the report be noted"), 3), QStringLiteral("That the report"));
}
