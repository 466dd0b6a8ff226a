#include "../importing/ReadingRoomFixtures.h"

#include "Database.h"
#include "NoteStore.h"
#include "search/SearchPanel.h"
#include "search/SearchResultsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::gui;
using scrutineer::gui::testb::ModelWarnings;
using scrutineer::gui::testb::SampleLibrary;

namespace {

constexpr int kSearchPanelTimeoutMs = 20000;

class SearchPanelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_documentId = m_library.importSample();
        ASSERT_GT(m_documentId, 0) << m_library.error().toStdString();
        m_panel = std::make_unique<SearchPanel>();
        m_check = std::make_unique<ModelWarnings>(m_panel->resultsModel());
        m_panel->setDatabasePath(m_library.databasePath());
        m_panel->resize(420, 640);
        m_panel->show();
    }
    void TearDown() override
    {
        if (m_check) {
            EXPECT_TRUE(m_check->warnings().isEmpty()) << m_check->warnings().join(QLatin1Char('\n')).toStdString();
        }
        m_check.reset();
        m_panel.reset();
    }

    // Types a query and waits until the panel shows results for it.
    bool search(const QString& text)
    {
        QSignalSpy done(m_panel.get(), &SearchPanel::searchFinished);
        m_panel->setQuery(text);
        return done.wait(kSearchPanelTimeoutMs) || done.count() > 0;
    }
    QAbstractItemModel* model() const { return m_panel->resultsModel(); }
    QTreeView* view() const { return m_panel->findChild<QTreeView*>(QStringLiteral("resultsView")); }
    QToolButton* kind(const char* name) const { return m_panel->findChild<QToolButton*>(QString::fromLatin1(name)); }
    QModelIndex firstHit() const { return model()->index(0, 0, model()->index(0, 0)); }
    QList<QModelIndex> hits() const
    {
        QList<QModelIndex> all;
        for (int g = 0; g < model()->rowCount(); ++g) {
            const QModelIndex group = model()->index(g, 0);
            for (int r = 0; r < model()->rowCount(group); ++r)
                all << model()->index(r, 0, group);
        }
        return all;
    }

    SampleLibrary m_library;
    qint64 m_documentId = 0;
    std::unique_ptr<SearchPanel> m_panel;
    std::unique_ptr<ModelWarnings> m_check;
};

} // namespace

TEST_F(SearchPanelTest, ResultsAppearAsYouTypeGroupedByMeeting)
{
    ASSERT_TRUE(search(QStringLiteral("mobile librar")));
    ASSERT_GE(model()->rowCount(), 1);
    const QModelIndex group = model()->index(0, 0);
    EXPECT_TRUE(group.data(SearchResultsModel::IsGroupRole).toBool());
    EXPECT_GE(model()->rowCount(group), 1);
    for (const QModelIndex& hit : hits()) {
        EXPECT_FALSE(hit.data(SearchResultsModel::IsGroupRole).toBool());
        EXPECT_EQ(hit.data(SearchResultsModel::DocumentIdRole).toLongLong(), m_documentId);
        EXPECT_TRUE(hit.data(SearchResultsModel::SnippetHtmlRole).toString().contains(QStringLiteral("<b>")));
        EXPECT_FALSE(hit.data(SearchResultsModel::LocationRole).toString().isEmpty());
    }
    // The meeting row names the committee and the date the sample pack is for.
    EXPECT_TRUE(group.data().toString().contains(QStringLiteral("12 Jan 2027")))
        << group.data().toString().toStdString();
    EXPECT_GE(m_panel->lastSearchMs(), 0);
}

TEST_F(SearchPanelTest, EnterOpensTheSelectedHitAtItsPageWithTheMatchedWords)
{
    ASSERT_TRUE(search(QStringLiteral("\"paper questionnaires\"")));
    ASSERT_GE(hits().size(), 1);
    QSignalSpy open(m_panel.get(), &SearchPanel::openRequested);
    QModelIndex pageHit;
    for (const QModelIndex& hit : hits()) {
        if (hit.data(SearchResultsModel::KindRole).toInt() == int(SearchIndex::Kind::Page)
            && hit.data(SearchResultsModel::PdfPageRole).toInt() == 10)
            pageHit = hit;
    }
    ASSERT_TRUE(pageHit.isValid()) << "the report's consultation page (pdf p. 10) should match";
    view()->setFocus();
    view()->setCurrentIndex(pageHit);
    QTest::keyClick(view(), Qt::Key_Return);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().at(0).toLongLong(), m_documentId);
    EXPECT_EQ(open.first().at(1).toInt(), 10);
    EXPECT_EQ(open.first().at(2).toString().toLower(), QStringLiteral("paper questionnaires"));
}

TEST_F(SearchPanelTest, EnterInTheSearchBoxOpensTheFirstHitAndDownMovesIntoResults)
{
    ASSERT_TRUE(search(QStringLiteral("fly-tipping")));
    ASSERT_GE(hits().size(), 1);
    QSignalSpy open(m_panel.get(), &SearchPanel::openRequested);
    auto* edit = m_panel->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Return);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().at(0).toLongLong(), firstHit().data(SearchResultsModel::DocumentIdRole).toLongLong());
    EXPECT_TRUE(open.first().at(2).toString().contains(QStringLiteral("tipping"), Qt::CaseInsensitive));

    QTest::keyClick(edit, Qt::Key_Down);
    EXPECT_TRUE(view()->hasFocus());
    EXPECT_EQ(view()->currentIndex(), firstHit());
}

TEST_F(SearchPanelTest, TypingFastRunsOneSearchForTheLastText)
{
    QSignalSpy done(m_panel.get(), &SearchPanel::searchFinished);
    auto* edit = m_panel->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* debounce = m_panel->findChild<QTimer*>(QStringLiteral("searchDebounce"));
    ASSERT_NE(debounce, nullptr);
    QTest::keyClicks(edit, QStringLiteral("consultation"));
    // Every keystroke restarted the pause: nothing has been searched yet.
    EXPECT_TRUE(debounce->isActive());
    EXPECT_EQ(done.count(), 0);
    EXPECT_EQ(model()->rowCount(), 0);
    ASSERT_TRUE(done.wait(kSearchPanelTimeoutMs));
    EXPECT_FALSE(debounce->isActive());
    EXPECT_EQ(done.count(), 1);
    EXPECT_EQ(m_panel->query(), QStringLiteral("consultation"));
    EXPECT_GE(hits().size(), 1);
}

TEST_F(SearchPanelTest, KindFilterKeepsOnlyTheTickedKinds)
{
    {
        auto db = Database::open(m_library.databasePath());
        ASSERT_TRUE(db.hasValue());
        Note note;
        note.meetingId = m_library.meetingOf(m_documentId);
        ASSERT_GT(note.meetingId, 0);
        note.body = QStringLiteral("Ask about the Brook Street volunteers rota");
        ASSERT_TRUE(NoteStore(*db.value()).add(note).hasValue());
    }
    for (const char* name : {"pagesButton", "itemsButton", "resolutionsButton", "actionsButton"})
        kind(name)->setChecked(false);
    ASSERT_TRUE(search(QStringLiteral("volunteer")));
    ASSERT_EQ(hits().size(), 1);
    EXPECT_EQ(hits().first().data(SearchResultsModel::KindRole).toInt(), int(SearchIndex::Kind::Note));
    EXPECT_EQ(hits().first().data(SearchResultsModel::TitleRole).toString(), QStringLiteral("My note"));

    QSignalSpy done(m_panel.get(), &SearchPanel::searchFinished);
    kind("pagesButton")->setChecked(true);
    ASSERT_TRUE(done.wait(kSearchPanelTimeoutMs));
    EXPECT_GT(hits().size(), 1) << "the report's action table mentions volunteer support too";

    // Nothing ticked: nothing to find, and the panel says so.
    QSignalSpy none(m_panel.get(), &SearchPanel::searchFinished);
    kind("pagesButton")->setChecked(false);
    kind("notesButton")->setChecked(false);
    ASSERT_TRUE(none.wait(kSearchPanelTimeoutMs));
    EXPECT_EQ(model()->rowCount(), 0);
}

TEST_F(SearchPanelTest, DateAndCommitteeFiltersNarrowTheResults)
{
    ASSERT_TRUE(search(QStringLiteral("library")));
    const int all = int(hits().size());
    ASSERT_GT(all, 0);

    auto* dated = m_panel->findChild<QCheckBox*>(QStringLiteral("dateCheck"));
    auto* from = m_panel->findChild<QDateEdit*>(QStringLiteral("fromDate"));
    auto* to = m_panel->findChild<QDateEdit*>(QStringLiteral("toDate"));
    from->setDate(QDate(2030, 1, 1));
    to->setDate(QDate(2030, 12, 31));
    QSignalSpy done(m_panel.get(), &SearchPanel::searchFinished);
    dated->setChecked(true);
    ASSERT_TRUE(done.wait(kSearchPanelTimeoutMs));
    EXPECT_EQ(hits().size(), 0);

    from->setDate(QDate(2027, 1, 1));
    to->setDate(QDate(2027, 1, 31));
    ASSERT_TRUE(done.wait(kSearchPanelTimeoutMs));
    EXPECT_GT(hits().size(), 0);

    auto* bodies = m_panel->findChild<QComboBox*>(QStringLiteral("bodyCombo"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return bodies->count() > 1; }, kSearchPanelTimeoutMs))
        << "the committee list loads in the background";
    bodies->setCurrentIndex(1);
    ASSERT_TRUE(done.wait(kSearchPanelTimeoutMs));
    EXPECT_GT(hits().size(), 0);
}

TEST_F(SearchPanelTest, ShowMoreRaisesTheLimitOfAQuickFirstPage)
{
    {
        auto db = Database::open(m_library.databasePath());
        ASSERT_TRUE(db.hasValue());
        Note note;
        note.meetingId = m_library.meetingOf(m_documentId);
        for (int i = 0; i < 60; ++i) {
            note.body = QStringLiteral("Rota question %1 for the volunteers").arg(i);
            ASSERT_TRUE(NoteStore(*db.value()).add(note).hasValue());
        }
    }
    auto* more = m_panel->findChild<QPushButton*>(QStringLiteral("moreButton"));
    ASSERT_NE(more, nullptr);
    ASSERT_TRUE(search(QStringLiteral("rota")));
    EXPECT_EQ(hits().size(), 50);
    ASSERT_TRUE(more->isVisible());

    QSignalSpy done(m_panel.get(), &SearchPanel::searchFinished);
    more->click();
    ASSERT_TRUE(done.wait(kSearchPanelTimeoutMs));
    EXPECT_EQ(hits().size(), 60);
    EXPECT_FALSE(more->isVisible());

    // A new query starts again from the quick first page.
    ASSERT_TRUE(search(QStringLiteral("rota question")));
    EXPECT_EQ(hits().size(), 50);
}

TEST_F(SearchPanelTest, EmptyOrUnsearchableTextClearsTheResults)
{
    ASSERT_TRUE(search(QStringLiteral("library")));
    ASSERT_GT(model()->rowCount(), 0);
    ASSERT_TRUE(search(QStringLiteral("  ")));
    EXPECT_EQ(model()->rowCount(), 0);
    ASSERT_TRUE(search(QStringLiteral("zzyzx-not-in-any-pack")));
    EXPECT_EQ(model()->rowCount(), 0);
}

TEST(SearchResultsModel, FirstMarkedTextJoinsAPhraseAndIgnoresLaterMatches)
{
    const QChar s = SearchIndex::kMarkStart;
    const QChar e = SearchIndex::kMarkEnd;
    EXPECT_EQ(SearchResultsModel::firstMarkedText(QStringLiteral("the ") + s + QStringLiteral("mobile") + e
                                                  + QLatin1Char(' ') + s + QStringLiteral("library") + e
                                                  + QStringLiteral(" route and ") + s + QStringLiteral("mobile") + e),
              QStringLiteral("mobile library"));
    EXPECT_EQ(SearchResultsModel::firstMarkedText(QStringLiteral("no marks")), QString());
}

TEST(SearchResultsModel, GroupsHitsByMeetingNewestFirstUnderTheModelTester)
{
    SearchResultsModel model;
    ModelWarnings check(&model);
    auto hit = [](qint64 meeting, const QDate& date, int page) {
        SearchIndex::Hit h;
        h.meetingId = meeting;
        h.meetingDate = date;
        h.body = QStringLiteral("Scrutiny Committee");
        h.documentId = meeting * 10;
        h.pdfPage = page;
        h.packPage = page - 2;
        return h;
    };
    model.setHits(
        {hit(1, QDate(2020, 1, 1), 5), hit(2, QDate(2024, 6, 1), 7), hit(1, QDate(2020, 1, 1), 9), hit(0, {}, 3)});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, 0).data(SearchResultsModel::MeetingIdRole).toLongLong(), 2);
    EXPECT_EQ(model.index(1, 0).data(SearchResultsModel::MeetingIdRole).toLongLong(), 1);
    EXPECT_EQ(model.rowCount(model.index(1, 0)), 2);
    EXPECT_EQ(model.index(2, 0).data(SearchResultsModel::MeetingIdRole).toLongLong(), 0);
    EXPECT_EQ(model.index(0, 0, model.index(0, 0)).data(SearchResultsModel::LocationRole).toString(),
              QStringLiteral("Page 5 · PDF p. 7"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(check.warnings().isEmpty()) << check.warnings().join(QLatin1Char('\n')).toStdString();
}

TEST_F(SearchPanelTest, UnsetDatesReadAsAnyDateAndStartAtTheLibrarysMeetings)
{
    auto* dated = m_panel->findChild<QCheckBox*>(QStringLiteral("dateCheck"));
    auto* from = m_panel->findChild<QDateEdit*>(QStringLiteral("fromDate"));
    auto* to = m_panel->findChild<QDateEdit*>(QStringLiteral("toDate"));
    auto* any = m_panel->findChild<QLabel*>(QStringLiteral("anyDateLabel"));
    ASSERT_NE(any, nullptr);
    EXPECT_FALSE(dated->isChecked());
    EXPECT_TRUE(any->isVisible()) << "no filter the user did not set";
    EXPECT_FALSE(from->isVisible());
    EXPECT_FALSE(to->isVisible());

    // The range starts at the library's own meetings (the sample's last is 12 January 2027).
    ASSERT_TRUE(QTest::qWaitFor([&] { return to->date() == QDate(2027, 1, 12); }, kSearchPanelTimeoutMs))
        << to->date().toString(Qt::ISODate).toStdString();
    EXPECT_LT(from->date(), to->date()) << "the sample's earlier meeting";
    EXPECT_GT(from->date().year(), 2020);
    dated->setChecked(true);
    EXPECT_FALSE(any->isVisible());
    EXPECT_TRUE(from->isVisible());
    EXPECT_TRUE(to->isVisible());
    ASSERT_TRUE(search(QStringLiteral("library")));
    EXPECT_GT(hits().size(), 0) << "the default range holds every meeting";

    // A range the user chose is kept when the library reloads.
    from->setDate(QDate(2020, 5, 1));
    m_panel->refresh();
    QSignalSpy done(m_panel.get(), &SearchPanel::searchFinished);
    ASSERT_TRUE(done.wait(kSearchPanelTimeoutMs));
    EXPECT_EQ(from->date(), QDate(2020, 5, 1));
}
