#include "Database.h"
#include "ImportWriter.h"
#include "PdfFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>

#include <gtest/gtest.h>

using namespace scrutineer::testing;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// OCR results the CLI caches go to a folder of the test's, never the user's cache.
const QTemporaryDir& cacheHome()
{
    static const QTemporaryDir dir;
    return dir;
}

CliRun cli(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome().path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SCRUTINEER_CLI_PATH), arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

class CliTest : public ::testing::Test {
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString db() const { return path(QStringLiteral("cli.sqlite")); }
    QJsonObject exportJson()
    {
        const CliRun run = cli({QStringLiteral("export"), QStringLiteral("--db"), db(), QStringLiteral("--format"),
                                QStringLiteral("json")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
    void writePack()
    {
        ASSERT_TRUE(writeTextPdf(path(QStringLiteral("pack.pdf")),
                                 {{QStringLiteral("Test Committee agenda")},
                                  {QStringLiteral("Report on school transport and the bus contract")}}));
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliTest, NoCommandIsBadUsage)
{
    const CliRun run = cli({});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Usage")));
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 1);
}

TEST_F(CliTest, EveryCommandHasHelp)
{
    for (const char* command :
         {"import", "export", "search", "meetings", "actions", "indicators", "layout", "migrate", "recommendations"}) {
        const CliRun run = cli({QString::fromLatin1(command), QStringLiteral("--help")});
        EXPECT_EQ(run.exitCode, 0) << command;
        EXPECT_TRUE(run.out.contains(QStringLiteral("Usage"))) << command;
    }
}

TEST_F(CliTest, OverallHelpListsEveryCommandWithItsSummaryInOneColumn)
{
    const CliRun run = cli({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    const QString help = run.out + run.err;
    const qsizetype from = help.indexOf(QStringLiteral("Commands:"));
    ASSERT_GE(from, 0) << help.toStdString();
    QList<qsizetype> columns;
    for (const QString& line : help.mid(from).split(QLatin1Char('\n')).mid(1)) {
        if (line.trimmed().isEmpty())
            break;
        // "  name   Summary": the summary starts after a gap of at least two spaces.
        const qsizetype gap = line.indexOf(QStringLiteral("  "), 2);
        ASSERT_GT(gap, 2) << "no gap after the command name: " << line.toStdString();
        qsizetype summary = gap;
        while (summary < line.size() && line.at(summary) == QLatin1Char(' '))
            ++summary;
        columns.append(summary);
    }
    ASSERT_GE(columns.size(), 8);
    for (const qsizetype column : columns)
        EXPECT_EQ(column, columns.first());
}

// The launcher starts every import with glibc's 2 MB-page malloc turned on, where the kernel offers
// such pages; with the switch off it does not. Both import alike, and other commands never ask.
TEST_F(CliTest, AnImportAsksForLargePagesAndImportsTheSame)
{
    QFile mode(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    if (!mode.open(QIODevice::ReadOnly) || mode.readAll().contains("[never]"))
        GTEST_SKIP() << "this kernel offers no transparent huge pages";
    if (qEnvironmentVariable("GLIBC_TUNABLES").contains(QStringLiteral("glibc.malloc.hugetlb")))
        GTEST_SKIP() << "GLIBC_TUNABLES already sets glibc.malloc.hugetlb";
    writePack();
    const QString asked = QStringLiteral("2 MB pages");
    CliRun on = cli({QStringLiteral("import"), QStringLiteral("--verbose"), QStringLiteral("--db"),
                     path(QStringLiteral("on.sqlite")), path(QStringLiteral("pack.pdf"))});
    EXPECT_EQ(on.exitCode, 0) << on.err.toStdString();
    EXPECT_TRUE(on.err.contains(asked)) << on.err.toStdString();
    EXPECT_TRUE(on.out.contains(QStringLiteral("Imported pack.pdf"))) << on.out.toStdString();

    QProcess off;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SCRUTINEER_LARGE_PAGE_HEAP"), QStringLiteral("0"));
    off.setProcessEnvironment(environment);
    off.start(QStringLiteral(SCRUTINEER_CLI_PATH),
              {QStringLiteral("import"), QStringLiteral("--verbose"), QStringLiteral("--db"),
               path(QStringLiteral("off.sqlite")), path(QStringLiteral("pack.pdf"))});
    ASSERT_TRUE(off.waitForFinished(60000));
    EXPECT_EQ(off.exitCode(), 0);
    EXPECT_FALSE(QString::fromUtf8(off.readAllStandardError()).contains(asked));
    EXPECT_TRUE(QString::fromUtf8(off.readAllStandardOutput()).contains(QStringLiteral("Imported pack.pdf")));

    const CliRun onList = cli({QStringLiteral("meetings"), QStringLiteral("--db"), path(QStringLiteral("on.sqlite"))});
    const CliRun offList
        = cli({QStringLiteral("meetings"), QStringLiteral("--db"), path(QStringLiteral("off.sqlite"))});
    EXPECT_EQ(onList.exitCode, 0);
    EXPECT_FALSE(onList.out.isEmpty());
    EXPECT_EQ(onList.out, offList.out);
}

// Without the program it starts, the launcher says what is missing and fails; it never hangs or
// starts itself again.
TEST_F(CliTest, TheLauncherAloneSaysWhatIsMissing)
{
    const QString alone = path(QStringLiteral("scrutineer-cli"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(SCRUTINEER_CLI_PATH), alone));
    ASSERT_TRUE(QFile::setPermissions(alone, QFile::permissions(alone) | QFileDevice::ExeOwner));
    QProcess run;
    run.start(alone, {QStringLiteral("--version")});
    ASSERT_TRUE(run.waitForFinished(10000));
    EXPECT_EQ(run.exitCode(), 127);
    EXPECT_TRUE(QString::fromUtf8(run.readAllStandardError()).contains(QStringLiteral("scrutineer-cli-main")));
}

TEST_F(CliTest, ImportExportRoundTripAndReimportIsANoOp)
{
    writePack();
    CliRun run = cli({QStringLiteral("import"), QStringLiteral("--db"), db(), path(QStringLiteral("pack.pdf"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Imported pack.pdf")));

    run = cli({QStringLiteral("import"), QStringLiteral("--db"), db(), path(QStringLiteral("pack.pdf"))});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("already imported"))) << run.out.toStdString();

    const QJsonObject root = exportJson();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("scrutineer-export"));
    const QJsonArray documents = root.value(QStringLiteral("documents")).toArray();
    ASSERT_EQ(documents.size(), 1);
    EXPECT_EQ(documents.first().toObject().value(QStringLiteral("page_count")).toInt(), 2);
    EXPECT_EQ(documents.first().toObject().value(QStringLiteral("sha256")).toString().size(), 64);

    run = cli({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("transport")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("[transport]"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("PDF p. 2"))) << run.out.toStdString();
}

TEST_F(CliTest, AnUnchangedFileIsSkippedBeforeItIsRead)
{
    writePack();
    ASSERT_EQ(cli({QStringLiteral("import"), QStringLiteral("--db"), db(), path(QStringLiteral("pack.pdf"))}).exitCode,
              0);
    const CliRun again = cli({QStringLiteral("import"), QStringLiteral("--verbose"), QStringLiteral("--db"), db(),
                              path(QStringLiteral("pack.pdf"))});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("Skipped pack.pdf"))) << again.out.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("not read again"))) << again.err.toStdString();
}

TEST_F(CliTest, OwnerPasswordAndPaddedFilesImportAndANamedPipeIsRefused)
{
    ASSERT_TRUE(writeOwnerPasswordPdf(path(QStringLiteral("published.pdf")), "Agenda of the Test Committee"));
    writePack();
    ASSERT_TRUE(writePaddedCopy(path(QStringLiteral("pack.pdf")), path(QStringLiteral("padded.pdf")), 8192));
    const QString fifo = path(QStringLiteral("pipe.pdf"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const CliRun run = cli({QStringLiteral("import"), QStringLiteral("--db"), db(),
                            path(QStringLiteral("published.pdf")), path(QStringLiteral("padded.pdf")), fifo});
    EXPECT_EQ(run.exitCode, 2) << "the pipe is refused";
    EXPECT_TRUE(run.out.contains(QStringLiteral("Imported published.pdf")))
        << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Imported padded.pdf")))
        << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("pipe.pdf"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("not a regular file"))) << run.err.toStdString();
}

TEST_F(CliTest, ExportWritesToAFile)
{
    writePack();
    ASSERT_EQ(cli({QStringLiteral("import"), QStringLiteral("--db"), db(), path(QStringLiteral("pack.pdf"))}).exitCode,
              0);
    const QString out = path(QStringLiteral("out.json"));
    ASSERT_EQ(cli({QStringLiteral("export"), QStringLiteral("--db"), db(), QStringLiteral("--format"),
                   QStringLiteral("json"), QStringLiteral("--out"), out})
                  .exitCode,
              0);
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("version")).toInt(), 1);

    const CliRun csv = cli(
        {QStringLiteral("export"), QStringLiteral("--db"), db(), QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(csv.exitCode, 0);
    EXPECT_TRUE(csv.out.startsWith(QStringLiteral("id,origin,ref,text,owner,due")));
    EXPECT_EQ(
        cli({QStringLiteral("export"), QStringLiteral("--db"), db(), QStringLiteral("--format"), QStringLiteral("xml")})
            .exitCode,
        1);
}

TEST_F(CliTest, RejectedFilesExitTwoNameTheFileAndWriteNothing)
{
    ASSERT_TRUE(writeBytes(path(QStringLiteral("minutes.pdf")), "not really a pdf"));
    ASSERT_TRUE(writeEncryptedPdf(path(QStringLiteral("locked.pdf"))));
    ASSERT_TRUE(writeImagePdf(path(QStringLiteral("scan.pdf")), 1, false));
    for (const QString& name :
         {QStringLiteral("minutes.pdf"), QStringLiteral("locked.pdf"), QStringLiteral("scan.pdf")}) {
        const CliRun run = cli({QStringLiteral("import"), QStringLiteral("--db"), db(), path(name)});
        EXPECT_EQ(run.exitCode, 2) << name.toStdString();
        EXPECT_TRUE(run.err.contains(name)) << run.err.toStdString();
    }
    const QJsonObject root = exportJson();
    EXPECT_TRUE(root.value(QStringLiteral("documents")).toArray().isEmpty());
    EXPECT_TRUE(root.value(QStringLiteral("meetings")).toArray().isEmpty());
}

// A library that cannot be created stops the import with that reason, said once; no file is said
// to be imported or refused.
TEST_F(CliTest, ALibraryThatCannotBeCreatedStopsTheImportWithItsReason)
{
    writePack();
    ASSERT_TRUE(writeBytes(path(QStringLiteral("a-file")), "a file, not a folder"));
    const QString library = path(QStringLiteral("a-file/library.sqlite"));
    ASSERT_TRUE(writeBytes(path(QStringLiteral("broken.pdf")), "not really a pdf"));
    const CliRun run = cli({QStringLiteral("import"), QStringLiteral("--db"), library, path(QStringLiteral("pack.pdf")),
                            path(QStringLiteral("broken.pdf"))});
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_EQ(run.err.count(library), 1) << "said once, not once a file: " << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("broken.pdf"))) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("Imported"))) << run.out.toStdString();

    // The same files into a new library that can be created: the pack lands, the other is refused.
    const CliRun fresh = cli({QStringLiteral("import"), QStringLiteral("--db"), db(), path(QStringLiteral("pack.pdf")),
                              path(QStringLiteral("broken.pdf"))});
    EXPECT_EQ(fresh.exitCode, 2) << fresh.err.toStdString();
    EXPECT_TRUE(fresh.out.contains(QStringLiteral("Imported pack.pdf"))) << fresh.out.toStdString();
    EXPECT_EQ(exportJson().value(QStringLiteral("documents")).toArray().size(), 1);
}

TEST_F(CliTest, AScannedFileIsReadByOcrAndFoundBySearchUnlessOcrIsOff)
{
    ASSERT_TRUE(writeScannedTextPdf(path(QStringLiteral("scan.pdf")),
                                    {{QStringLiteral("Minutes of the Licensing Committee"),
                                      QStringLiteral("The committee considered the taxi licensing policy.")}}));
    const CliRun refused = cli({QStringLiteral("import"), QStringLiteral("--no-ocr"), QStringLiteral("--db"), db(),
                                path(QStringLiteral("scan.pdf"))});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("scan.pdf"))
                && refused.err.contains(QStringLiteral("no text layer")))
        << refused.err.toStdString();

    const CliRun run = cli({QStringLiteral("import"), QStringLiteral("--db"), db(), path(QStringLiteral("scan.pdf"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Imported scan.pdf")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("all of its text was read by OCR"))) << run.out.toStdString();

    const CliRun search
        = cli({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("taxi licensing")});
    EXPECT_EQ(search.exitCode, 0);
    EXPECT_TRUE(search.out.contains(QStringLiteral("PDF p. 1")) && search.out.contains(QStringLiteral("[taxi]")))
        << search.out.toStdString();

    const QJsonObject document = exportJson().value(QStringLiteral("documents")).toArray().first().toObject();
    EXPECT_EQ(document.value(QStringLiteral("pages_without_text")).toArray(), QJsonArray {1});
}

TEST_F(CliTest, ABadFileDoesNotStopTheGoodOnes)
{
    writePack();
    ASSERT_TRUE(writeBytes(path(QStringLiteral("bad.pdf")), "%PDF-1.4 garbage"));
    const CliRun run = cli({QStringLiteral("import"), QStringLiteral("--db"), db(), path(QStringLiteral("bad.pdf")),
                            path(QStringLiteral("pack.pdf"))});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.contains(QStringLiteral("Imported pack.pdf")));
    EXPECT_EQ(exportJson().value(QStringLiteral("documents")).toArray().size(), 1);
}

TEST_F(CliTest, ActionsAndMeetingsOnAnEmptyDatabase)
{
    CliRun run = cli({QStringLiteral("meetings"), QStringLiteral("--db"), db()});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("No meetings")));
    run = cli({QStringLiteral("actions"), QStringLiteral("--db"), db(), QStringLiteral("--open")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(cli({QStringLiteral("actions"), QStringLiteral("--db"), db(), QStringLiteral("--today"),
                   QStringLiteral("soon")})
                  .exitCode,
              1);
}

// Two councils' cabinets whose papers name no council are two bodies: each gets its own heading,
// with its own meetings under it, whatever the dates.
TEST_F(CliTest, MeetingsListsSameNamedBodiesApart)
{
    auto summons = [](const QString& date, const QString& venue) {
        return QList<QStringList> {{QStringLiteral("CABINET"), QStringLiteral("Date: %1").arg(date),
                                    QStringLiteral("Time: 10.00 am"), QStringLiteral("Venue: %1").arg(venue),
                                    QStringLiteral("AGENDA"), QStringLiteral("1. Apologies for absence"),
                                    QStringLiteral("2. Budget monitoring")}};
    };
    ASSERT_TRUE(writeTextPdf(path(QStringLiteral("north-1.pdf")),
                             summons(QStringLiteral("Tuesday 5 March 2030"),
                                     QStringLiteral("Council Chamber, Civic Centre, High Street, Northby"))));
    ASSERT_TRUE(writeTextPdf(path(QStringLiteral("south.pdf")),
                             summons(QStringLiteral("Tuesday 12 March 2030"), QStringLiteral("Guildhall, Southby"))));
    ASSERT_TRUE(writeTextPdf(path(QStringLiteral("north-2.pdf")),
                             summons(QStringLiteral("Tuesday 19 March 2030"),
                                     QStringLiteral("Council Chamber, Civic Centre, High Street, Northby"))));
    // Two councils' papers in the library: a cabinet naming no council is not taken to be the
    // only council's.
    auto committee = [](const QString& council, const QString& body) {
        return QList<QStringList> {{council, body, QStringLiteral("Date: Monday 4 March 2030"),
                                    QStringLiteral("Venue: County Hall"), QStringLiteral("AGENDA"),
                                    QStringLiteral("1. Apologies for absence")}};
    };
    ASSERT_TRUE(writeTextPdf(path(QStringLiteral("audit.pdf")),
                             committee(QStringLiteral("WESTSHIRE COUNTY COUNCIL"), QStringLiteral("AUDIT COMMITTEE"))));
    ASSERT_TRUE(
        writeTextPdf(path(QStringLiteral("licensing.pdf")),
                     committee(QStringLiteral("EASTSHIRE DISTRICT COUNCIL"), QStringLiteral("LICENSING COMMITTEE"))));
    for (const char* name : {"audit.pdf", "licensing.pdf", "north-1.pdf", "south.pdf", "north-2.pdf"}) {
        const CliRun run
            = cli({QStringLiteral("import"), QStringLiteral("--db"), db(), path(QString::fromLatin1(name))});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }
    const CliRun run = cli({QStringLiteral("meetings"), QStringLiteral("--db"), db()});
    ASSERT_EQ(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList headings;
    for (const QString& line : lines) {
        if (!line.startsWith(QLatin1Char(' ')))
            headings.append(line);
    }
    headings.removeIf([](const QString& h) { return !h.startsWith(QStringLiteral("Cabinet")); });
    EXPECT_EQ(headings.size(), 2) << run.out.toStdString();
    // Each heading is followed by its own body's meetings: Northby's two, then Southby's one.
    const qsizetype first = lines.indexOf(headings.value(0));
    const qsizetype second = lines.indexOf(headings.value(1), first + 1);
    ASSERT_GT(second, 0) << run.out.toStdString();
    const QString firstBlock = lines.mid(first + 1, second - first - 1).join(QLatin1Char('\n'));
    const QString secondBlock = lines.mid(second + 1, 2).join(QLatin1Char('\n'));
    EXPECT_EQ(firstBlock.contains(QStringLiteral("Northby")), !secondBlock.contains(QStringLiteral("Northby")))
        << run.out.toStdString();
    EXPECT_FALSE(firstBlock.contains(QStringLiteral("Northby")) && firstBlock.contains(QStringLiteral("Southby")))
        << run.out.toStdString();
}

TEST_F(CliTest, IndicatorsShowAReadingsPrintedDirectionOfTravel)
{
    {
        // a pack as the importer would hand it over: one indicator, two readings, one with a direction
        auto database = scrutineer::Database::open(db());
        ASSERT_TRUE(database.hasValue());
        scrutineer::ImportBundle bundle;
        bundle.fileName = QStringLiteral("performance.pdf");
        bundle.sha256 = "perf";
        bundle.pageCount = 1;
        scrutineer::Indicator indicator;
        indicator.name = QStringLiteral("Visits on time");
        indicator.pdfPage = 1;
        bundle.indicators = {indicator};
        scrutineer::Reading previous;
        previous.indicatorIndex = 0;
        previous.period = QStringLiteral("Q1");
        previous.value = 60.0;
        scrutineer::Reading latest = previous;
        latest.period = QStringLiteral("Q2");
        latest.value = 70.0;
        latest.reportedRating = QStringLiteral("Amber");
        latest.direction = QStringLiteral("↑ Improving");
        bundle.readings = {previous, latest};
        ASSERT_TRUE(scrutineer::ImportWriter(*database.value()).write(bundle).hasValue());
    }
    const CliRun run = cli({QStringLiteral("indicators"), QStringLiteral("--db"), db()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    const auto line = [&lines](const QString& start) {
        for (const QString& l : lines) {
            if (l.trimmed().startsWith(start))
                return l;
        }
        return QString();
    };
    EXPECT_TRUE(line(QStringLiteral("Q2:")).contains(QStringLiteral("direction ↑ Improving"))) << run.out.toStdString();
    EXPECT_FALSE(line(QStringLiteral("Q1:")).isEmpty()) << run.out.toStdString();
    EXPECT_FALSE(line(QStringLiteral("Q1:")).contains(QStringLiteral("direction"))) << run.out.toStdString();

    const QJsonArray readings = exportJson().value(QStringLiteral("readings")).toArray();
    ASSERT_EQ(readings.size(), 2);
    EXPECT_TRUE(readings.at(0).toObject().value(QStringLiteral("direction")).isNull());
    EXPECT_EQ(readings.at(1).toObject().value(QStringLiteral("direction")).toString(), QStringLiteral("↑ Improving"));
}

TEST_F(CliTest, RecommendationsListWhatAwaitsAResponseByBodyAndExportAsCsv)
{
    {
        // a report as the importer would hand it over: two recommendations, the first answered in it
        auto database = scrutineer::Database::open(db());
        ASSERT_TRUE(database.hasValue());
        scrutineer::ImportBundle bundle;
        bundle.fileName = QStringLiteral("review.pdf");
        bundle.sha256 = "review";
        bundle.pageCount = 2;
        scrutineer::Meeting meeting;
        meeting.body = QStringLiteral("Adult Social Care Scrutiny Committee");
        meeting.date = QDate(2030, 1, 15);
        bundle.meetings = {meeting};
        bundle.documentMeetingIndex = 0;
        scrutineer::Recommendation first;
        first.number = QStringLiteral("1");
        first.text = QStringLiteral("That carers are told of their right to an assessment");
        first.pdfPage = 2;
        scrutineer::Recommendation second = first;
        second.number = QStringLiteral("2");
        second.text = QStringLiteral("That respite places are counted every quarter");
        bundle.recommendations = {first, second};
        scrutineer::RecommendationResponse response;
        response.recommendationIndex = 0;
        response.decision = scrutineer::ResponseDecision::Accepted;
        response.lead = QStringLiteral("Director of Adult Services");
        bundle.recommendationResponses = {response};
        ASSERT_TRUE(scrutineer::ImportWriter(*database.value()).write(bundle).hasValue());
    }
    CliRun run = cli({QStringLiteral("recommendations"), QStringLiteral("--db"), db()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("[accepted]  That carers"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("lead: Director of Adult Services"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("PDF p. 2"))) << run.out.toStdString();
    run = cli({QStringLiteral("recommendations"), QStringLiteral("--db"), db(), QStringLiteral("--awaiting"),
               QStringLiteral("--today"), QStringLiteral("2030-04-01")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("[pending]  That respite"))) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("That carers"))) << run.out.toStdString();
    run = cli({QStringLiteral("recommendations"), QStringLiteral("--db"), db(), QStringLiteral("--body"),
               QStringLiteral("planning")});
    EXPECT_TRUE(run.out.contains(QStringLiteral("No recommendations match"))) << run.out.toStdString();
    // The list commands share --body and --today (ListOptions): a date that is not one is refused.
    run = cli({QStringLiteral("recommendations"), QStringLiteral("--db"), db(), QStringLiteral("--today"),
               QStringLiteral("soon")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--today needs a date"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("--no-update"))) << "the command's own help follows";
    run = cli({QStringLiteral("export"), QStringLiteral("--db"), db(), QStringLiteral("--format"),
               QStringLiteral("csv"), QStringLiteral("--table"), QStringLiteral("recommendations")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("id,number,text,"))) << run.out.toStdString();
    EXPECT_EQ(run.out.count(QStringLiteral("\r\n")), 3);
    EXPECT_EQ(cli({QStringLiteral("export"), QStringLiteral("--db"), db(), QStringLiteral("--format"),
                   QStringLiteral("csv"), QStringLiteral("--table"), QStringLiteral("people")})
                  .exitCode,
              1);
}
