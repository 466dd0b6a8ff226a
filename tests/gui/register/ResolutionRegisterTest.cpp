#include "../tracker/ChairFixtures.h"

#include "Csv.h"
#include "ResolutionStore.h"
#include "register/ClauseText.h"
#include "register/ResolutionDialog.h"
#include "register/ResolutionFilter.h"
#include "register/ResolutionProxyModel.h"
#include "register/ResolutionRegister.h"
#include "register/ResolutionRegisterModel.h"
#include "register/VoteDialog.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::gui;
using namespace scrutineer::gui::chairtest;

namespace {

constexpr int kResolutionRegisterTimeoutMs = 20000;

QStringList clauseLabels(const QList<Clause>& clauses)
{
    QStringList out;
    for (const Clause& c : clauses)
        out.append(c.label);
    return out;
}

class ResolutionRegisterTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_library.ok()) << m_library.error().toStdString();
        m_register = std::make_unique<ResolutionRegister>();
        m_guard = std::make_unique<ModelGuard>(m_register->model());
        m_proxyGuard = std::make_unique<ModelGuard>(m_register->proxy());
        m_register->resize(1200, 700);
        m_register->show();
        QSignalSpy loaded(m_register.get(), &ResolutionRegister::loaded);
        m_register->setDatabasePath(m_library.databasePath());
        ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() > 0; }, kResolutionRegisterTimeoutMs));
    }
    void TearDown() override
    {
        EXPECT_TRUE(m_guard->warnings().isEmpty()) << m_guard->warnings().join(QLatin1Char('\n')).toStdString();
        m_proxyGuard.reset();
        m_guard.reset();
        m_register.reset();
    }
    QString keyOfMinute(const QString& number) const
    {
        for (int row = 0; row < m_register->model()->rowCount(); ++row) {
            if (m_register->model()->record(row).minuteNumber == number)
                return m_register->model()->record(row).key;
        }
        return {};
    }
    ResolutionStore::Record stored(const QString& key) const { return *ResolutionStore(*m_library.open()).find(key); }

    ChairLibrary m_library;
    std::unique_ptr<ResolutionRegister> m_register;
    std::unique_ptr<ModelGuard> m_guard;
    std::unique_ptr<ModelGuard> m_proxyGuard;
};

} // namespace

TEST(ClauseTextTest, ParsesNestedClausesAndTheAmbiguousI)
{
    const Resolution r = clausetext::parse(QStringLiteral("RESOLVED: That\n(1) the report be noted;\n(2) the Director be requested to:\n"
                                                          "    (a) report back in May;\n    (b) liaise with schools in order to:\n"
                                                          "        (i) agree targets;\n        (ii) publish them; and\n"
                                                          "    (c) circulate the figures.\n(3) thanks be recorded."));
    EXPECT_EQ(r.text.left(4), QStringLiteral("That"));
    ASSERT_EQ(clauseLabels(r.clauses), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    ASSERT_EQ(clauseLabels(r.clauses.at(1).clauses), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_EQ(clauseLabels(r.clauses.at(1).clauses.at(1).clauses), (QStringList{QStringLiteral("i"), QStringLiteral("ii")}));
    EXPECT_EQ(r.clauses.at(1).clauses.at(1).clauses.at(1).text, QStringLiteral("publish them; and"));

    const Resolution letters = clausetext::parse(QStringLiteral("RESOLVED: That\n(a) one;\n(b) two;\n(c) three;\n(d) four;\n"
                                                                "(e) five;\n(f) six;\n(g) seven;\n(h) eight;\n(i) nine."));
    EXPECT_EQ(letters.clauses.size(), 9) << "(i) after (h) is the ninth letter";
    const Resolution kent = clausetext::parse(QStringLiteral("RESOLVED that Council:\n(i) Notes the report;\n(ii) Agrees the plan."));
    EXPECT_EQ(clauseLabels(kent.clauses), (QStringList{QStringLiteral("i"), QStringLiteral("ii")}));

    const Resolution wrapped = clausetext::parse(QStringLiteral("RESOLVED: That\n1. the plan be\napproved subject to costs;\n2. it be reviewed."));
    ASSERT_EQ(wrapped.clauses.size(), 2);
    EXPECT_EQ(wrapped.clauses.first().text, QStringLiteral("the plan be approved subject to costs;"));
}

TEST(ClauseTextTest, FormatsBackToTypedTextAndSuggestsTheNextLabel)
{
    const QString typed = QStringLiteral("RESOLVED: That\n(1) the report be noted;\n(2) the Director be requested to:\n    (a) report back.");
    const Resolution r = clausetext::parse(typed);
    EXPECT_EQ(clausetext::format(r), typed);
    EXPECT_EQ(clausetext::nextLabel(typed), QStringLiteral("(3)"));
    EXPECT_EQ(clausetext::nextLabel(QStringLiteral("RESOLVED: That")), QStringLiteral("(1)"));
    EXPECT_EQ(clausetext::nextLabel(QStringLiteral("RESOLVED: That\na) one")), QStringLiteral("(b)"));
    EXPECT_EQ(clausetext::clauseCount(r.clauses), 3);
    EXPECT_EQ(clausetext::summary(r), QStringLiteral("That (1) the report be noted; (2) the Director be requested to: (a) report back."));
}

TEST(ClauseTextTest, BulletedClausesKeepTheirBullets)
{
    // As the importer stores a resolution printed with bullets: the text as printed, each bullet
    // a clause.
    Resolution printed;
    printed.text = QStringLiteral("that Council: \u2022 Agrees the revised Terms of Reference; and \u2022 Delegates to the "
                                  "Monitoring Officer the changes to the Constitution.");
    printed.clauses = {{QStringLiteral("\u2022"), QStringLiteral("Agrees the revised Terms of Reference; and"), {}},
                       {QStringLiteral("\u2022"), QStringLiteral("Delegates to the Monitoring Officer the changes to the Constitution."), {}}};
    EXPECT_EQ(clausetext::summary(printed),
              QStringLiteral("that Council: \u2022 Agrees the revised Terms of Reference; and \u2022 Delegates to the "
                             "Monitoring Officer the changes to the Constitution."))
        << "no bullet left in the preamble, none shown as '(\u2022)'";
    EXPECT_FALSE(clausetext::toHtml(printed).contains(QStringLiteral("(\u2022)")));

    // Edited as text and saved, the bullets stay clauses.
    const QString typed = clausetext::format(printed);
    EXPECT_EQ(typed, QStringLiteral("RESOLVED: that Council:\n\u2022 Agrees the revised Terms of Reference; and\n"
                                    "\u2022 Delegates to the Monitoring Officer the changes to the Constitution."));
    const Resolution again = clausetext::parse(typed);
    EXPECT_EQ(clauseLabels(again.clauses), (QStringList{QStringLiteral("\u2022"), QStringLiteral("\u2022")}));
    EXPECT_EQ(again.clauses.at(1).text, QStringLiteral("Delegates to the Monitoring Officer the changes to the Constitution."));
    EXPECT_EQ(clausetext::nextLabel(typed), QStringLiteral("\u2022"));

    // Bullets under a numbered clause nest in it.
    const Resolution nested = clausetext::parse(
        QStringLiteral("RESOLVED: That\n(1) the Director be asked to:\n\u2022 report in May;\n\u2022 consult schools;\n(2) thanks be recorded."));
    ASSERT_EQ(clauseLabels(nested.clauses), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    EXPECT_EQ(nested.clauses.first().clauses.size(), 2);
}

TEST(ResolutionFilterTest, BodyDatesReviewAndWords)
{
    ResolutionStore::Record r;
    r.body = QStringLiteral("Children's Scrutiny Committee");
    r.meetingDate = QDate(2030, 1, 14);
    r.minuteTitle = QStringLiteral("ADOPTION TIMELINESS");
    r.resolution.text = QStringLiteral("That the report be noted.");
    r.resolution.clauses = {{QStringLiteral("1"), QStringLiteral("the Director circulate the CAMHS figures"), {}}};
    ResolutionFilter f;
    EXPECT_TRUE(f.matches(r));
    f.body = QStringLiteral("children's scrutiny committee");
    EXPECT_TRUE(f.matches(r));
    f.from = QDate(2030, 2, 1);
    EXPECT_FALSE(f.matches(r));
    f = {};
    f.to = QDate(2030, 1, 14);
    EXPECT_TRUE(f.matches(r)) << "dates are inclusive";
    f = {};
    f.search = QStringLiteral("camhs adoption");
    EXPECT_TRUE(f.matches(r)) << "words from the title and a clause";
    f.search = QStringLiteral("budget");
    EXPECT_FALSE(f.matches(r));
    f = {};
    f.review = ResolutionFilter::Review::Checked;
    EXPECT_FALSE(f.matches(r));
    r.review = ResolutionStore::Review::Checked;
    EXPECT_TRUE(f.matches(r));
    f.review = ResolutionFilter::Review::Manual;
    EXPECT_FALSE(f.matches(r));
}

TEST(VoteDialogTest, FlagsCountsAndNamesThatDisagree)
{
    RecordedVote v;
    v.forCount = 3;
    v.forNames = {QStringLiteral("Mr Able"), QStringLiteral("Mrs Baker")};
    v.againstNames = {QStringLiteral("Mr Able")};
    const QStringList problems = VoteDialog::disagreements(v);
    EXPECT_EQ(problems.size(), 2) << problems.join(QStringLiteral("; ")).toStdString();
    VoteDialog dialog(v);
    const RecordedVote read = dialog.votes();
    EXPECT_EQ(read.forCount, 3);
    EXPECT_EQ(read.againstCount, std::nullopt) << "not recorded stays unknown";
    EXPECT_EQ(read.forNames, v.forNames);
    EXPECT_EQ(read.flags.size(), 2) << "kept and flagged, never repaired";
}

TEST_F(ResolutionRegisterTest, ListsResolutionsAndFiltersThem)
{
    EXPECT_EQ(m_register->model()->rowCount(), 3);
    const int row = m_register->model()->rowOf(keyOfMinute(QStringLiteral("8")));
    ASSERT_GE(row, 0);
    EXPECT_EQ(m_register->model()->index(row, ResolutionRegisterModel::VoteColumn).data().toString(),
              QStringLiteral("For 7 · Against 2 · carried"));
    EXPECT_EQ(m_register->model()->index(m_register->model()->rowOf(keyOfMinute(QStringLiteral("7"))),
                                         ResolutionRegisterModel::ClausesColumn).data().toInt(), 4);
    QTest::keyClicks(m_register->findChild<QLineEdit*>(QStringLiteral("searchLineEdit")), QStringLiteral("circulate figures"));
    ASSERT_EQ(m_register->proxy()->rowCount(), 1);
    EXPECT_EQ(m_register->proxy()->index(0, ResolutionRegisterModel::MinuteColumn).data().toString(),
              QStringLiteral("7 ADOPTION TIMELINESS"));
}

TEST_F(ResolutionRegisterTest, RecordsANewResolutionWithTheNextMinuteNumberAndUndoesIt)
{
    const qint64 meeting = m_library.meetingId(QDate(2030, 7, 8));
    auto db = m_library.open();
    ResolutionDialog dialog(*db, MeetingStore(*db).meetings());
    dialog.startNew(meeting, QStringLiteral("3"));
    EXPECT_EQ(dialog.text(), QStringLiteral("RESOLVED: That\n(1) "));
    ResolutionStore::Manual manual = dialog.manual();
    EXPECT_EQ(manual.minuteNumber, QStringLiteral("13")) << "minute 12 was the body's last";
    EXPECT_EQ(manual.minuteTitle, QStringLiteral("ADOPTION TIMELINESS UPDATE"));
    dialog.setText(QStringLiteral("RESOLVED: That\n(1) the update be noted;\n(2) the Director report again in October."));
    manual = dialog.manual();
    ASSERT_EQ(manual.resolution.clauses.size(), 2);

    const QString key = m_register->createResolution(manual);
    ASSERT_FALSE(key.isEmpty());
    EXPECT_EQ(m_register->model()->rowCount(), 4);
    EXPECT_EQ(m_register->selectedKey(), key);
    EXPECT_EQ(stored(key).resolution.clauses.at(1).text, QStringLiteral("the Director report again in October."));
    EXPECT_EQ(ResolutionStore(*db).suggestMinuteNumber(meeting), QStringLiteral("14"));

    m_register->undoStack()->undo();
    EXPECT_EQ(m_register->model()->rowCount(), 3);
    EXPECT_FALSE(ResolutionStore(*db).find(key).has_value());
    m_register->undoStack()->redo();
    EXPECT_EQ(m_register->model()->rowCount(), 4);
    EXPECT_TRUE(ResolutionStore(*db).find(key).has_value()) << "redo brings back the same resolution";

    Resolution edited = stored(key).resolution;
    edited.clauses.append({QStringLiteral("3"), QStringLiteral("thanks be recorded."), {}});
    m_register->editResolution(key, edited);
    EXPECT_EQ(stored(key).resolution.clauses.size(), 3);
    m_register->undoStack()->undo();
    EXPECT_EQ(stored(key).resolution.clauses.size(), 2);
}

TEST_F(ResolutionRegisterTest, CorrectsChecksAndRecordsVotesOnExtractedResolutionsWithUndo)
{
    const QString key = keyOfMinute(QStringLiteral("7"));
    ASSERT_FALSE(key.isEmpty());
    m_register->setChecked(key, true);
    EXPECT_EQ(stored(key).review, ResolutionStore::Review::Checked);

    Resolution corrected = stored(key).resolution;
    corrected.clauses[0].text = QStringLiteral("the report be noted with thanks;");
    m_register->editResolution(key, corrected);
    ResolutionStore::Record after = stored(key);
    EXPECT_EQ(after.review, ResolutionStore::Review::Corrected);
    EXPECT_EQ(after.resolution.clauses.at(0).text, QStringLiteral("the report be noted with thanks;"));
    EXPECT_EQ(after.printed.clauses.at(0).text, QStringLiteral("the report be noted;"));
    EXPECT_EQ(m_register->model()->index(m_register->model()->rowOf(key), ResolutionRegisterModel::ReviewColumn).data().toString(),
              QStringLiteral("Corrected"));

    RecordedVote vote;
    vote.forCount = 5;
    vote.againstCount = 4;
    vote.outcome = QStringLiteral("carried");
    m_register->recordVote(key, vote);
    EXPECT_EQ(stored(key).resolution.votes->forCount, 5);
    EXPECT_EQ(stored(key).resolution.clauses.at(0).text, QStringLiteral("the report be noted with thanks;"))
        << "a vote keeps the correction";

    m_register->undoStack()->undo();
    EXPECT_FALSE(stored(key).resolution.votes.has_value());
    m_register->undoStack()->undo();
    EXPECT_EQ(stored(key).review, ResolutionStore::Review::Checked);
    m_register->undoStack()->undo();
    EXPECT_EQ(stored(key).review, ResolutionStore::Review::Unchecked);
    m_register->undoStack()->redo();
    m_register->undoStack()->redo();
    m_register->revertToPrinted(key);
    EXPECT_EQ(stored(key).review, ResolutionStore::Review::Checked);
    EXPECT_EQ(stored(key).resolution.clauses.at(0).text, QStringLiteral("the report be noted;"));
}

TEST_F(ResolutionRegisterTest, CsvExportRoundTrips)
{
    const QString path = m_library.path(QStringLiteral("resolutions.csv"));
    QString error;
    ASSERT_TRUE(m_register->exportCsv(path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = csv::parse(QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)));
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows.first().value(ResolutionRegisterModel::ResolutionColumn), QStringLiteral("Resolution"));
    bool found = false;
    for (const QStringList& row : rows)
        found = found || row.value(ResolutionRegisterModel::ResolutionColumn).contains(QStringLiteral("(b) circulate the figures."));
    EXPECT_TRUE(found);
}

TEST_F(ResolutionRegisterTest, FiltersSortAndColumnsAreRememberedBetweenRuns)
{
    ResolutionFilter f;
    f.body = QStringLiteral("Children's Scrutiny Committee");
    f.from = QDate(2030, 1, 1);
    f.review = ResolutionFilter::Review::Unchecked;
    m_register->setFilter(f);
    const int shown = m_register->proxy()->rowCount();
    m_register->view()->sortByColumn(ResolutionRegisterModel::MinuteColumn, Qt::AscendingOrder);
    m_register->view()->hideColumn(ResolutionRegisterModel::VoteColumn);
    m_proxyGuard.reset();
    m_guard.reset();
    m_register.reset();

    m_register = std::make_unique<ResolutionRegister>();
    m_guard = std::make_unique<ModelGuard>(m_register->model());
    EXPECT_EQ(m_register->filter().body, QStringLiteral("Children's Scrutiny Committee")) << "asked for before the load lists it";
    EXPECT_EQ(m_register->filter().from, QDate(2030, 1, 1));
    EXPECT_FALSE(m_register->filter().to.isValid()) << "any date";
    EXPECT_EQ(m_register->filter().review, ResolutionFilter::Review::Unchecked);
    EXPECT_EQ(m_register->view()->horizontalHeader()->sortIndicatorSection(), int(ResolutionRegisterModel::MinuteColumn));
    EXPECT_TRUE(m_register->view()->isColumnHidden(ResolutionRegisterModel::VoteColumn));
    QSignalSpy loaded(m_register.get(), &ResolutionRegister::loaded);
    m_register->setDatabasePath(m_library.databasePath());
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() > 0; }, kResolutionRegisterTimeoutMs));
    EXPECT_EQ(m_register->findChild<QComboBox*>(QStringLiteral("bodyComboBox"))->currentText(),
              QStringLiteral("Children's Scrutiny Committee"));
    EXPECT_GT(shown, 0);
    EXPECT_EQ(m_register->proxy()->rowCount(), shown);
}

TEST_F(ResolutionRegisterTest, DetailsSayHowADecisionWasRecordedAndWhoWasAbsent)
{
    const QString key = keyOfMinute(QStringLiteral("7"));
    ASSERT_FALSE(key.isEmpty());
    Resolution agreed = stored(key).resolution;
    agreed.flags = {QStringLiteral("agreed-without-resolved")};
    m_register->editResolution(key, agreed);
    RecordedVote vote;
    vote.forCount = 3;
    vote.forNames = {QStringLiteral("Ahmed"), QStringLiteral("Brook"), QStringLiteral("Carter")};
    vote.absentNames = {QStringLiteral("Dunn")};
    vote.outcome = QStringLiteral("carried");
    m_register->recordVote(key, vote);
    m_register->selectKey(key);
    auto* details = m_register->findChild<QTextBrowser*>(QStringLiteral("detailsBrowser"));
    ASSERT_NE(details, nullptr);
    const QString text = details->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("agreed, without “RESOLVED”"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Absent"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Dunn"))) << text.toStdString();
}

TEST(ResolutionRegisterModelTest, TheReviewStampSaysWhoDidWhatAndWhen)
{
    ResolutionStore::Record r;
    EXPECT_EQ(ResolutionRegisterModel::reviewStamp(r), QString()); // nobody has touched it
    r.changedAt = QDateTime(QDate(2025, 12, 3), QTime(10, 0));
    r.review = ResolutionStore::Review::Checked;
    EXPECT_EQ(ResolutionRegisterModel::reviewStamp(r), QStringLiteral("last changed 3 Dec 2025")); // no user recorded
    r.changedBy = QStringLiteral("jsmith");
    EXPECT_EQ(ResolutionRegisterModel::reviewStamp(r), QStringLiteral("checked by jsmith, 3 Dec 2025"));
    r.review = ResolutionStore::Review::Corrected;
    EXPECT_EQ(ResolutionRegisterModel::reviewStamp(r), QStringLiteral("corrected by jsmith, 3 Dec 2025"));
    r.review = ResolutionStore::Review::Unchecked; // checked, then unchecked again
    EXPECT_EQ(ResolutionRegisterModel::reviewStamp(r), QStringLiteral("marked not checked by jsmith, 3 Dec 2025"));
    r.manual = true;
    r.createdBy = QStringLiteral("akhan");
    EXPECT_EQ(ResolutionRegisterModel::reviewStamp(r),
              QStringLiteral("recorded by akhan, last changed by jsmith, 3 Dec 2025"));
}
