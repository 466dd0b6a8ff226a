#include "BundleFixtures.h"
#include "ImportWriter.h"
#include "NoteStore.h"
#include "SearchIndex.h"

using namespace scrutineer;
using scrutineer::testing::samplePack;

class SearchTest : public scrutineer::testing::StoreFixture {
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return; // no server for this backend, or no database
        ImportWriter writer(*m_db);
        auto outcome = writer.write(samplePack("aaa"));
        ASSERT_TRUE(outcome.hasValue());
        m_meetingId = outcome->meetingId;
    }
    qint64 m_meetingId = 0;
};

TEST_P(SearchTest, FindsPagesWithSnippetMeetingAndPage)
{
    const auto hits = SearchIndex(*m_db).search(QStringLiteral("allowance"));
    ASSERT_FALSE(hits.isEmpty());
    const auto& hit = hits.first();
    EXPECT_EQ(hit.kind, SearchIndex::Kind::Page);
    EXPECT_EQ(hit.pdfPage, 3);
    EXPECT_EQ(hit.packPage, 3);
    EXPECT_EQ(hit.meetingDate, QDate(2030, 3, 4));
    EXPECT_EQ(hit.body, QStringLiteral("Children's Scrutiny Committee"));
    EXPECT_EQ(hit.itemNumber, QStringLiteral("3"));
    EXPECT_TRUE(hit.snippet.contains(SearchIndex::kMarkStart));
    EXPECT_TRUE(SearchIndex::snippetAsHtml(hit.snippet).contains(QStringLiteral("<b>allowance</b>")));
}

TEST_P(SearchTest, PhrasePrefixAndExclusion)
{
    SearchIndex index(*m_db);
    EXPECT_FALSE(index.search(QStringLiteral("\"foster carer\" ")).isEmpty());
    EXPECT_TRUE(index.search(QStringLiteral("\"carer foster\" ")).isEmpty());
    EXPECT_FALSE(index.search(QStringLiteral("recruit*")).isEmpty());
    EXPECT_FALSE(index.search(QStringLiteral("fost")).isEmpty()); // last word typed so far is a prefix
    EXPECT_TRUE(index.search(QStringLiteral("fost ")).isEmpty());  // a finished word is not
    SearchIndex::Filter pagesOnly;
    pagesOnly.kinds = {SearchIndex::Kind::Page};
    EXPECT_TRUE(index.search(QStringLiteral("fostering -allowance "), pagesOnly).isEmpty());
}

TEST_P(SearchTest, FiltersByKindBodyAndDate)
{
    SearchIndex index(*m_db);
    SearchIndex::Filter resolutions;
    resolutions.kinds = {SearchIndex::Kind::Resolution};
    const auto hits = index.search(QStringLiteral("requested "), resolutions);
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().meetingDate, QDate(2030, 1, 4)); // the meeting the minutes record
    EXPECT_TRUE(hits.first().title.contains(QStringLiteral("ADOPTION")));

    SearchIndex::Filter otherBody;
    otherBody.body = QStringLiteral("Planning");
    EXPECT_TRUE(index.search(QStringLiteral("fostering "), otherBody).isEmpty());
    SearchIndex::Filter later;
    later.from = QDate(2031, 1, 1);
    EXPECT_TRUE(index.search(QStringLiteral("fostering "), later).isEmpty());
}

TEST_P(SearchTest, AgendaItemsActionsAndNotesAreSearchable)
{
    SearchIndex index(*m_db);
    SearchIndex::Filter items;
    items.kinds = {SearchIndex::Kind::AgendaItem};
    EXPECT_EQ(index.search(QStringLiteral("Recruitment "), items).size(), 1);
    SearchIndex::Filter actions;
    actions.kinds = {SearchIndex::Kind::Action};
    EXPECT_EQ(index.search(QStringLiteral("twenty "), actions).size(), 1);

    Note note;
    note.meetingId = m_meetingId;
    note.body = QStringLiteral("Ask about respite provision");
    ASSERT_TRUE(NoteStore(*m_db).add(note).hasValue());
    SearchIndex::Filter notes;
    notes.kinds = {SearchIndex::Kind::Note};
    const auto hits = index.search(QStringLiteral("respite "), notes);
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().meetingId, m_meetingId);
}

TEST_P(SearchTest, ReplacedDocumentLeavesNoStaleHits)
{
    ImportBundle revised = samplePack("bbb");
    revised.pages[2].text = QStringLiteral("Report on kinship care");
    ASSERT_TRUE(ImportWriter(*m_db).write(revised).hasValue());
    SearchIndex index(*m_db);
    SearchIndex::Filter pages;
    pages.kinds = {SearchIndex::Kind::Page};
    EXPECT_TRUE(index.search(QStringLiteral("allowance "), pages).isEmpty());
    EXPECT_EQ(index.search(QStringLiteral("kinship "), pages).size(), 1);
}

TEST(SearchQuery, UserTextBecomesSafeFtsSyntax)
{
    EXPECT_EQ(SearchIndex::toFtsQuery(QStringLiteral("children services "), true), QStringLiteral("\"children\" AND \"services\""));
    EXPECT_EQ(SearchIndex::toFtsQuery(QStringLiteral("children serv"), true), QStringLiteral("\"children\" AND \"serv\"*"));
    EXPECT_EQ(SearchIndex::toFtsQuery(QStringLiteral("\"looked after\" "), true), QStringLiteral("\"looked after\""));
    EXPECT_EQ(SearchIndex::toFtsQuery(QStringLiteral("a OR b "), true), QStringLiteral("(\"a\" OR \"b\")"));
    EXPECT_EQ(SearchIndex::toFtsQuery(QStringLiteral("care -residential "), true), QStringLiteral("\"care\" NOT \"residential\""));
    EXPECT_TRUE(SearchIndex::toFtsQuery(QStringLiteral("( ) : ^"), true).isEmpty());
}

TEST_P(SearchTest, PunctuationInQueriesDoesNotBreakSearch)
{
    SearchIndex index(*m_db);
    EXPECT_NO_THROW(index.search(QStringLiteral("NEAR( \"fostering")));
    EXPECT_FALSE(index.search(QStringLiteral("fostering: ")).isEmpty());
}

class SearchWindow : public scrutineer::testing::StoreFixture {};

TEST_P(SearchWindow, CommonWordsStillFindTheNewestMatches)
{
    Database* db = m_db.get();
    ImportBundle b = scrutineer::testing::samplePack("many");
    b.pages.clear();
    for (int i = 1; i <= 2500; ++i)
        b.pages.append(scrutineer::testing::page(i, QStringLiteral("committee page %1 %2").arg(i).arg(i == 2500 ? QStringLiteral("zebra") : QString())));
    b.pageCount = 2500;
    ASSERT_TRUE(ImportWriter(*db).write(b).hasValue());
    SearchIndex index(*db);
    SearchIndex::Filter filter;
    filter.kinds = {SearchIndex::Kind::Page};
    filter.limit = 10;
    const auto hits = index.search(QStringLiteral("committee "), filter);
    ASSERT_EQ(hits.size(), 10);
    for (const auto& hit : hits)
        EXPECT_GT(hit.pdfPage, 500); // ranked within the newest 2,000 matches
    EXPECT_EQ(index.search(QStringLiteral("committee zebra "), filter).size(), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, SearchTest, scrutineer::testing::backends(), scrutineer::testing::backendName);
INSTANTIATE_TEST_SUITE_P(Backends, SearchWindow, scrutineer::testing::backends(), scrutineer::testing::backendName);
