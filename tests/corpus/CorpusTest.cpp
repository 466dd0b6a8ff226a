// Scores every corpus file: import (in process, as the CLI does), export JSON, run score.py.
// Keys come from the shared corpus (keys/, PDFs in pdf/) and from the project's own keys for the
// shared wild documents (tests/corpus/keys/, PDFs in wild/) and for the house-style documents
// (tests/corpus/styles/, made into PDFs at build time). Each file's score must not drop below
// its ratchet in ratchet.json; the score is printed. Files listed in unseen.json are the project's
// held-out set: only their score is printed, never which facts fail, unless
// SCRUTINEER_CORPUS_SHOW_UNSEEN is set. A file with a hand count of its open actions
// (tests/corpus/keys/<name>.actions.json) also has the app's counts per committee, meeting and
// owner compared with it, on the same import (ActionCountsKey.h), held by the ratchet entry
// "<name>.actions".
#include "ActionCountsKey.h"
#include "Database.h"
#include "ImportWriter.h"
#include "JsonExporter.h"
#include "PackImporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using namespace scrutineer;

namespace {

QString corpusDir()
{
    const QString fromEnv = qEnvironmentVariable("SCRUTINEER_CORPUS_DIR");
    return QDir::cleanPath(fromEnv.isEmpty() ? QStringLiteral(SCRUTINEER_DEFAULT_CORPUS_DIR) : fromEnv);
}

// Where a key lives: the shared corpus's keys/ or the project's tests/corpus/keys/.
QString keyPathFor(const QString& name)
{
    const QString shared = corpusDir() + QStringLiteral("/keys/") + name + QStringLiteral(".json");
    if (QFileInfo::exists(shared))
        return shared;
    return QStringLiteral(SCRUTINEER_PROJECT_KEYS_DIR "/") + name + QStringLiteral(".json");
}

// The key's PDF: the shared corpus's pdf/ first, then wild/, then the house-style documents.
QString pdfPathFor(const QString& fileName)
{
    for (const char* folder : {"/pdf/", "/wild/"}) {
        const QString path = corpusDir() + QLatin1String(folder) + fileName;
        if (QFileInfo::exists(path))
            return path;
    }
    const QString style = QStringLiteral(SCRUTINEER_STYLE_PDF_DIR "/") + fileName;
    if (QFileInfo::exists(style))
        return style;
    return corpusDir() + QStringLiteral("/pdf/") + fileName;
}

std::vector<std::string> keyNames()
{
    std::vector<std::string> names;
    if (QFileInfo::exists(corpusDir() + QStringLiteral("/score.py"))) {
        for (const QString& folder :
             QStringList {corpusDir() + QStringLiteral("/keys"), QStringLiteral(SCRUTINEER_PROJECT_KEYS_DIR)}) {
            // Score keys only: "<name>.json", not side files such as "<name>.recommendations.json".
            for (const QString& file : QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
                const QString name = QFileInfo(file).completeBaseName();
                if (!name.contains(QLatin1Char('.')))
                    names.push_back(name.toStdString());
            }
        }
    }
    if (names.empty())
        names.emplace_back(); // one skipped case that says why
    return names;
}

bool isUnseen(const QString& name)
{
    QFile file(QStringLiteral(SCRUTINEER_UNSEEN_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("files")).toArray().contains(name);
}

int ratchetFor(const QString& name)
{
    QFile file(QStringLiteral(SCRUTINEER_RATCHET_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return QJsonDocument::fromJson(file.readAll()).object().value(name).toInt(0);
}

class CorpusFile : public ::testing::TestWithParam<std::string> { };

} // namespace

TEST_P(CorpusFile, ScoresAtLeastItsRatchet)
{
    const QString name = QString::fromStdString(GetParam());
    if (name.isEmpty())
        GTEST_SKIP() << "corpus not found at " << corpusDir().toStdString()
                     << " (set SCRUTINEER_CORPUS_DIR to run the corpus tests)";
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        GTEST_SKIP() << "python3 is needed to run the corpus's score.py";

    const QString keyPath = keyPathFor(name);
    QFile keyFile(keyPath);
    ASSERT_TRUE(keyFile.open(QIODevice::ReadOnly));
    const QJsonObject key = QJsonDocument::fromJson(keyFile.readAll()).object();
    const QString pdf = pdfPathFor(key.value(QStringLiteral("file")).toString());
    const bool expectRejected = key.value(QStringLiteral("expect_import")).toString() == QLatin1String("rejected");

    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("corpus.sqlite")));
    ASSERT_TRUE(database.hasValue());
    auto bundle = PackImporter::run(pdf);
    if (expectRejected) {
        ASSERT_FALSE(bundle.hasValue()) << "expected the import to be refused";
        EXPECT_EQ(bundle.error().code, Error::Code::InputRejected);
    } else {
        ASSERT_TRUE(bundle.hasValue()) << bundle.error().describe().toStdString();
        auto outcome = ImportWriter(*database.value()).write(bundle.value());
        ASSERT_TRUE(outcome.hasValue()) << outcome.error().describe().toStdString();
    }

    const QString exportPath = dir.filePath(QStringLiteral("export.json"));
    QFile exportFile(exportPath);
    ASSERT_TRUE(exportFile.open(QIODevice::WriteOnly));
    exportFile.write(JsonExporter(*database.value()).toJson());
    exportFile.close();

    QProcess score;
    score.start(python, {corpusDir() + QStringLiteral("/score.py"), exportPath, keyPath});
    ASSERT_TRUE(score.waitForFinished(120000));
    const QString output = QString::fromUtf8(score.readAllStandardOutput());
    ASSERT_EQ(score.exitCode(), 0) << output.toStdString() << score.readAllStandardError().toStdString();
    static const QRegularExpression line(QStringLiteral("score: (\\d+)/(\\d+) facts"));
    const auto match = line.match(output);
    ASSERT_TRUE(match.hasMatch()) << output.toStdString();
    const int passed = match.captured(1).toInt();
    const int total = match.captured(2).toInt();
    const bool unseen = isUnseen(name) && !qEnvironmentVariableIsSet("SCRUTINEER_CORPUS_SHOW_UNSEEN");
    std::cout << "corpus " << name.toStdString() << (isUnseen(name) ? " (unseen)" : "") << ": " << passed << "/"
              << total << " facts\n";
    const std::string details = unseen ? std::string("(held-out file: details hidden)") : output.toStdString();
    if (qEnvironmentVariableIsSet("SCRUTINEER_CORPUS_VERBOSE"))
        std::cout << details;
    RecordProperty("passed", passed);
    RecordProperty("total", total);
    EXPECT_GE(passed, ratchetFor(name)) << "the score dropped below its ratchet (tests/corpus/ratchet.json)\n"
                                        << details;

    // The open actions against the hand count, when the file has one.
    QFile countsFile(QStringLiteral(SCRUTINEER_PROJECT_KEYS_DIR "/") + name + QStringLiteral(".actions.json"));
    if (!expectRejected && countsFile.open(QIODevice::ReadOnly)) {
        const QJsonObject counts = QJsonDocument::fromJson(countsFile.readAll()).object();
        const corpus::ActionCountsScore actions = corpus::scoreActionCounts(*database.value(), counts);
        const QString actionsName = name + QStringLiteral(".actions");
        std::cout << "corpus " << actionsName.toStdString() << ": " << actions.passed << "/" << actions.total
                  << " counts match the hand count\n";
        const std::string lines = actions.lines.join(QLatin1Char('\n')).toStdString();
        if (qEnvironmentVariableIsSet("SCRUTINEER_CORPUS_VERBOSE"))
            std::cout << lines << "\n";
        RecordProperty("action_counts_passed", actions.passed);
        RecordProperty("action_counts_total", actions.total);
        EXPECT_GE(actions.passed, ratchetFor(actionsName))
            << "fewer open-action counts match the hand count than the ratchet (tests/corpus/ratchet.json)\n"
            << lines;
    }
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorpusFile, ::testing::ValuesIn(keyNames()),
                         [](const ::testing::TestParamInfo<std::string>& file) {
                             std::string n = file.param.empty() ? std::string("NoCorpus") : file.param;
                             for (char& c : n) {
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             }
                             return n;
                         });
