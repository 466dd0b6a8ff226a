// Scores the recommendations of corpus files against the project's side keys
// (tests/corpus/keys/<name>.recommendations.json): the file is imported (with any other file a
// key's responses name, so that linking across documents is scored too), exported as JSON, and
// each keyed recommendation is looked up by its quoted text. A fact is one of: found, number,
// made_by, page, response decision, response text, response page, response date; and each of the key's "counts"
// (how many of the file's recommendations are listed, on a page or containing a text: equals, min,
// max), which guard against what is not a scrutiny recommendation being listed. The score must not drop below
// the ratchet entry "<name>.recommendations" in ratchet.json. Skips when the corpus is absent.
#include "Database.h"
#include "ImportWriter.h"
#include "JsonExporter.h"
#include "LooseText.h"
#include "PackImporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using namespace scrutineer;
using scrutineer::corpus::loose;

namespace {

QString recommendationsCorpusDir()
{
    const QString fromEnv = qEnvironmentVariable("SCRUTINEER_CORPUS_DIR");
    return QDir::cleanPath(fromEnv.isEmpty() ? QStringLiteral(SCRUTINEER_DEFAULT_CORPUS_DIR) : fromEnv);
}

QString recommendationsPdfPath(const QString& fileName)
{
    for (const char* folder : {"/pdf/", "/wild/"}) {
        const QString path = recommendationsCorpusDir() + QLatin1String(folder) + fileName;
        if (QFileInfo::exists(path))
            return path;
    }
    // The project's house-style documents, made into PDFs at build time (styles/).
    const QString style = QStringLiteral(SCRUTINEER_STYLE_PDF_DIR "/") + fileName;
    return QFileInfo::exists(style) ? style : QString();
}

std::vector<std::string> sideKeys()
{
    std::vector<std::string> names;
    if (QFileInfo::exists(recommendationsCorpusDir() + QStringLiteral("/wild"))) {
        const QDir keys(QStringLiteral(SCRUTINEER_PROJECT_KEYS_DIR));
        for (const QString& file : keys.entryList({QStringLiteral("*.recommendations.json")}, QDir::Files, QDir::Name))
            names.push_back(file.chopped(int(QStringLiteral(".json").size())).toStdString());
    }
    if (names.empty())
        names.emplace_back();
    return names;
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool contains(const QJsonValue& haystack, const QJsonValue& needle)
{
    return haystack.isString() && loose(haystack.toString()).contains(loose(needle.toString()));
}

struct Score {
    int passed = 0;
    int total = 0;
    QStringList failures;
    void check(bool ok, const QString& what)
    {
        ++total;
        passed += ok ? 1 : 0;
        if (!ok)
            failures.append(what);
    }
};

void scoreResponse(const QJsonObject& key, const QJsonObject& found, const QHash<qint64, QString>& files,
                   const QString& ownFile, const QString& label, Score& score)
{
    const QJsonArray responses = found.value(QStringLiteral("responses")).toArray();
    const QJsonValue decision = key.value(QStringLiteral("decision"));
    if (decision.isString()) {
        score.check(found.value(QStringLiteral("decision")).toString() == decision.toString(),
                    label
                        + QStringLiteral(" decision %1 (got %2)")
                              .arg(decision.toString(), found.value(QStringLiteral("decision")).toString()));
    }
    const QJsonValue text = key.value(QStringLiteral("text~"));
    if (!text.isString())
        return;
    const QString file = key.value(QStringLiteral("file")).toString(ownFile);
    QJsonObject match;
    for (const QJsonValue& r : responses) {
        const QJsonObject response = r.toObject();
        if (contains(response.value(QStringLiteral("text")), text)
            && files.value(response.value(QStringLiteral("document_id")).toInteger()) == file) {
            match = response;
            break;
        }
    }
    score.check(!match.isEmpty(), label + QStringLiteral(" response text '%1'").arg(text.toString()));
    if (key.value(QStringLiteral("pdf_page")).isDouble())
        score.check(!match.isEmpty()
                        && match.value(QStringLiteral("pdf_page")) == key.value(QStringLiteral("pdf_page")),
                    label + QStringLiteral(" response page %1").arg(key.value(QStringLiteral("pdf_page")).toInt()));
    if (key.value(QStringLiteral("date")).isString())
        score.check(!match.isEmpty() && match.value(QStringLiteral("date")) == key.value(QStringLiteral("date")),
                    label
                        + QStringLiteral(" response date %1 (got %2)")
                              .arg(key.value(QStringLiteral("date")).toString(),
                                   match.value(QStringLiteral("date")).toString()));
}

Score scoreExport(const QJsonObject& key, const QJsonObject& exported)
{
    Score score;
    QHash<qint64, QString> files;
    for (const QJsonValue& d : exported.value(QStringLiteral("documents")).toArray())
        files.insert(d.toObject().value(QStringLiteral("id")).toInteger(),
                     d.toObject().value(QStringLiteral("file_name")).toString());
    const QString ownFile = key.value(QStringLiteral("file")).toString();
    const QJsonArray all = exported.value(QStringLiteral("recommendations")).toArray();
    QSet<int> used;
    int n = 0;
    for (const QJsonValue& k : key.value(QStringLiteral("recommendations")).toArray()) {
        const QJsonObject wanted = k.toObject();
        const QString label = QStringLiteral("#%1").arg(++n);
        const QJsonValue text = wanted.value(QStringLiteral("text~"));
        int best = -1;
        int bestFit = -1;
        for (int i = 0; i < all.size(); ++i) {
            const QJsonObject candidate = all.at(i).toObject();
            if (used.contains(i) || files.value(candidate.value(QStringLiteral("document_id")).toInteger()) != ownFile
                || !contains(candidate.value(QStringLiteral("text")), text))
                continue;
            // The text printed twice (a report and its appendix): the one with the keyed number and page.
            const int fit
                = (candidate.value(QStringLiteral("number")) == wanted.value(QStringLiteral("number")) ? 2 : 0)
                + (candidate.value(QStringLiteral("pdf_page")) == wanted.value(QStringLiteral("pdf_page")) ? 1 : 0);
            if (best < 0 || fit > bestFit) {
                best = i;
                bestFit = fit;
            }
        }
        score.check(best >= 0, label + QStringLiteral(" recommendation '%1'").arg(text.toString()));
        const QJsonObject found = best >= 0 ? all.at(best).toObject() : QJsonObject();
        if (best >= 0)
            used.insert(best);
        if (wanted.contains(QStringLiteral("number"))) {
            const QJsonValue number = wanted.value(QStringLiteral("number"));
            const QJsonValue got = found.value(QStringLiteral("number"));
            score.check(best >= 0
                            && (number.isNull() ? got.isNull() : loose(got.toString()) == loose(number.toString())),
                        label + QStringLiteral(" number %1 (got %2)").arg(number.toString(), got.toString()));
        }
        if (wanted.value(QStringLiteral("made_by~")).isString())
            score.check(
                best >= 0 && contains(found.value(QStringLiteral("made_by")), wanted.value(QStringLiteral("made_by~"))),
                label
                    + QStringLiteral(" made by '%1' (got '%2')")
                          .arg(wanted.value(QStringLiteral("made_by~")).toString(),
                               found.value(QStringLiteral("made_by")).toString()));
        if (wanted.value(QStringLiteral("pdf_page")).isDouble())
            score.check(best >= 0
                            && found.value(QStringLiteral("pdf_page")) == wanted.value(QStringLiteral("pdf_page")),
                        label + QStringLiteral(" page %1").arg(wanted.value(QStringLiteral("pdf_page")).toInt()));
        if (wanted.value(QStringLiteral("response")).isObject())
            scoreResponse(wanted.value(QStringLiteral("response")).toObject(), found, files, ownFile, label, score);
    }
    // "counts": how many of the file's recommendations (on a page, containing a text, made by a
    // body whose name contains a text) are listed.
    for (const QJsonValue& c : key.value(QStringLiteral("counts")).toArray()) {
        const QJsonObject wanted = c.toObject();
        int count = 0;
        for (const QJsonValue& r : all) {
            const QJsonObject candidate = r.toObject();
            if (files.value(candidate.value(QStringLiteral("document_id")).toInteger()) != ownFile)
                continue;
            if (wanted.contains(QStringLiteral("pdf_page"))
                && candidate.value(QStringLiteral("pdf_page")) != wanted.value(QStringLiteral("pdf_page")))
                continue;
            if (wanted.value(QStringLiteral("text~")).isString()
                && !contains(candidate.value(QStringLiteral("text")), wanted.value(QStringLiteral("text~"))))
                continue;
            if (wanted.value(QStringLiteral("made_by~")).isString()
                && !contains(candidate.value(QStringLiteral("made_by")), wanted.value(QStringLiteral("made_by~"))))
                continue;
            ++count;
        }
        const QString where = wanted.contains(QStringLiteral("pdf_page"))
            ? QStringLiteral(" on page %1").arg(wanted.value(QStringLiteral("pdf_page")).toInt())
            : QString();
        if (wanted.contains(QStringLiteral("equals"))) {
            const int equals = wanted.value(QStringLiteral("equals")).toInt();
            score.check(count == equals, QStringLiteral("count%1 %2 (got %3)").arg(where).arg(equals).arg(count));
        }
        if (wanted.contains(QStringLiteral("max"))) {
            const int max = wanted.value(QStringLiteral("max")).toInt();
            score.check(count <= max, QStringLiteral("count%1 at most %2 (got %3)").arg(where).arg(max).arg(count));
        }
        if (wanted.contains(QStringLiteral("min"))) {
            const int min = wanted.value(QStringLiteral("min")).toInt();
            score.check(count >= min, QStringLiteral("count%1 at least %2 (got %3)").arg(where).arg(min).arg(count));
        }
    }
    return score;
}

bool recommendationsHeldOut(const QString& name)
{
    return readJson(QStringLiteral(SCRUTINEER_UNSEEN_FILE)).value(QStringLiteral("files")).toArray().contains(name);
}

class RecommendationsKey : public ::testing::TestWithParam<std::string> { };

} // namespace

TEST_P(RecommendationsKey, ScoresAtLeastItsRatchet)
{
    const QString name = QString::fromStdString(GetParam());
    if (name.isEmpty())
        GTEST_SKIP() << "corpus not found at " << recommendationsCorpusDir().toStdString()
                     << " (set SCRUTINEER_CORPUS_DIR to run the corpus tests)";
    const QJsonObject key = readJson(QStringLiteral(SCRUTINEER_PROJECT_KEYS_DIR "/") + name + QStringLiteral(".json"));
    QStringList files {key.value(QStringLiteral("file")).toString()};
    for (const QJsonValue& r : key.value(QStringLiteral("recommendations")).toArray()) {
        const QString other
            = r.toObject().value(QStringLiteral("response")).toObject().value(QStringLiteral("file")).toString();
        if (!other.isEmpty() && !files.contains(other))
            files.append(other);
    }
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("corpus.sqlite")));
    ASSERT_TRUE(database.hasValue());
    for (const QString& file : std::as_const(files)) {
        const QString pdf = recommendationsPdfPath(file);
        if (pdf.isEmpty())
            GTEST_SKIP() << file.toStdString() << " is not in the corpus";
        auto bundle = PackImporter::run(pdf);
        ASSERT_TRUE(bundle.hasValue()) << bundle.error().describe().toStdString();
        auto outcome = ImportWriter(*database.value()).write(bundle.value());
        ASSERT_TRUE(outcome.hasValue()) << outcome.error().describe().toStdString();
    }
    const QJsonObject exported = QJsonDocument::fromJson(JsonExporter(*database.value()).toJson()).object();
    const Score score = scoreExport(key, exported);
    const bool hidden = recommendationsHeldOut(name) && !qEnvironmentVariableIsSet("SCRUTINEER_CORPUS_SHOW_UNSEEN");
    std::cout << "corpus " << name.toStdString() << (recommendationsHeldOut(name) ? " (unseen)" : "") << ": " << score.passed << "/"
              << score.total << " facts\n";
    const std::string details = hidden ? std::string("(held-out file: details hidden)")
                                       : score.failures.join(QLatin1Char('\n')).toStdString();
    if (qEnvironmentVariableIsSet("SCRUTINEER_CORPUS_VERBOSE"))
        std::cout << details << "\n";
    const int ratchet = readJson(QStringLiteral(SCRUTINEER_RATCHET_FILE)).value(name).toInt(0);
    RecordProperty("passed", score.passed);
    RecordProperty("total", score.total);
    EXPECT_GE(score.passed, ratchet) << "the score dropped below its ratchet (tests/corpus/ratchet.json)\n" << details;
}

INSTANTIATE_TEST_SUITE_P(Corpus, RecommendationsKey, ::testing::ValuesIn(sideKeys()),
                         [](const ::testing::TestParamInfo<std::string>& file) {
                             std::string n = file.param.empty() ? std::string("NoCorpus") : file.param;
                             for (char& c : n) {
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             }
                             return n;
                         });
