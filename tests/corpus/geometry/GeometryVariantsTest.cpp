// A metamorphic test of the parsers: every PDF of the shared corpus (pdf/ and wild/) and the
// house-style documents is read once, then analysed as read and on other councils' page
// geometry — the whole page scaled (with its type), the content moved by wider margins, and
// both — and each variant must give the same facts (BundleFacts) as the original, at half size
// too. A difference is a rule fitted to one file's coordinates, margins or type sizes. Pages
// without a text layer stay unread (no OCR: the same words would be moved in every variant).
// Skipped with a message when the corpus is absent.
//
// Beyond the variants run here: scales 0.7 to 2 give the same facts too, and content moved 60 pt
// in, or 90 right and 30 down. The margin zone follows content set in (MarginZone): a band
// standing apart above or below the text, vertical words at the side; content moved down further
// than a margin (80 pt, run here) keeps its running headers, the document's set-in measured from
// where its pages begin.
#include "BundleFacts.h"
#include "DocumentAnalyser.h"
#include "LayoutVariant.h"
#include "pages/Furniture.h"
#include "pdf/PdfDocument.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <iostream>
#include <vector>

using namespace scrutineer;
using scrutineer::testing::BundleFacts;
using scrutineer::testing::LayoutVariant;

namespace {

QString variantsCorpusDir()
{
    const QString fromEnv = qEnvironmentVariable("SCRUTINEER_CORPUS_DIR");
    return QDir::cleanPath(fromEnv.isEmpty() ? QStringLiteral(SCRUTINEER_DEFAULT_CORPUS_DIR) : fromEnv);
}

std::vector<std::string> documentPaths()
{
    std::vector<std::string> paths;
    const QStringList folders {variantsCorpusDir() + QStringLiteral("/pdf"), variantsCorpusDir() + QStringLiteral("/wild"),
                               QStringLiteral(SCRUTINEER_STYLE_PDF_DIR)};
    for (const QString& folder : folders) {
        const QDir dir(folder);
        for (const QString& name : dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name))
            paths.push_back(dir.filePath(name).toStdString());
    }
    if (!QFileInfo::exists(variantsCorpusDir() + QStringLiteral("/pdf")))
        paths.clear(); // the house styles alone are not the corpus: skip as test_corpus does
    if (paths.empty())
        paths.emplace_back(); // one skipped case that says why
    return paths;
}

// The project's held-out files (tests/corpus/unseen.json): their differences are counted, but
// which facts differ is not shown, so that no rule is written against them.
bool variantsHeldOut(const QString& name)
{
    if (qEnvironmentVariableIsSet("SCRUTINEER_CORPUS_SHOW_UNSEEN"))
        return false;
    QFile file(QStringLiteral(SCRUTINEER_UNSEEN_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("files")).toArray().contains(name);
}

// Differences a variant is known to make, with why they are not fixed. Each entry names the
// file (its name without .pdf), the variant and how many facts it may lose and gain; an entry
// that no longer matches the measured difference fails the test, so that the list shrinks.
struct KnownDifference {
    const char* file;
    const char* variant;
    int lost;
    int gained;
    const char* reason;
};
// The last six (a running header 52 pt from the top, vertical stamps 36 pt in, outside an
// edge-measured zone once moved 18-25 pt in) went with MarginZone. style-borough-panel-full-pack
// is held out (unseen.json): its variants with wider margins or content moved down differ, and
// which facts differ is not looked at, so that no rule is written against it; left to the
// page-furniture work. So is style-borough-outstanding-actions-and-pis (held out since it was
// written): the same six variants differ by the same counts with the table parsers as they were
// before any change for it and after. style-district-indicator-cards-bands (held out) differs at
// one margin since the card reader first reads it (5 of 36 facts).
const std::vector<KnownDifference> kKnownDifferences {
    {"style-borough-panel-full-pack", "margins +18 pt", 10, 10, "held out: not investigated"},
    {"style-borough-panel-full-pack", "margins +25 pt", 10, 10, "held out: not investigated"},
    {"style-borough-panel-full-pack", "scale 0.94, margins +25 pt", 10, 10, "held out: not investigated"},
    {"style-borough-panel-full-pack", "scale 1.2, margins +18 pt", 10, 10, "held out: not investigated"},
    {"style-borough-panel-full-pack", "scale 0.85, margins +40 pt", 10, 10, "held out: not investigated"},
    {"style-borough-panel-full-pack", "content down 80 pt", 10, 10, "held out: not investigated"},
    {"style-borough-outstanding-actions-and-pis", "margins +18 pt", 3, 1, "held out: not investigated"},
    {"style-borough-outstanding-actions-and-pis", "margins +25 pt", 3, 1, "held out: not investigated"},
    {"style-borough-outstanding-actions-and-pis", "scale 0.94, margins +25 pt", 3, 1, "held out: not investigated"},
    {"style-borough-outstanding-actions-and-pis", "scale 1.2, margins +18 pt", 3, 1, "held out: not investigated"},
    {"style-borough-outstanding-actions-and-pis", "scale 0.85, margins +40 pt", 3, 1, "held out: not investigated"},
    {"style-borough-outstanding-actions-and-pis", "content down 80 pt", 3, 1, "held out: not investigated"},
    {"style-district-indicator-cards-bands", "margins +25 pt", 6, 6, "held out: not investigated"},
    {"style-county-external-audit-recommendations-tracker", "scale 0.5", 4, 7,
     "at half size the section row under the repeated header of page 3 joins the last row of page 2: not yet investigated"},
    {"style-county-external-audit-recommendations-tracker", "margins +18 pt", 3, 1,
     "the 'Agenda Item 9' stamp at the top right of page 1 is not read once the content moves: left to the page-furniture work"},
    {"style-county-external-audit-recommendations-tracker", "margins +25 pt", 3, 1,
     "the 'Agenda Item 9' stamp at the top right of page 1 is not read once the content moves: left to the page-furniture work"},
    {"style-county-external-audit-recommendations-tracker", "scale 0.94, margins +25 pt", 3, 1,
     "the 'Agenda Item 9' stamp at the top right of page 1 is not read once the content moves: left to the page-furniture work"},
    {"style-county-external-audit-recommendations-tracker", "scale 1.2, margins +18 pt", 3, 1,
     "the 'Agenda Item 9' stamp at the top right of page 1 is not read once the content moves: left to the page-furniture work"},
    {"style-county-external-audit-recommendations-tracker", "scale 0.85, margins +40 pt", 3, 1,
     "the 'Agenda Item 9' stamp at the top right of page 1 is not read once the content moves: left to the page-furniture work"},
    {"style-county-external-audit-recommendations-tracker", "content down 80 pt", 3, 1,
     "the 'Agenda Item 9' stamp at the top right of page 1 is not read once the content moves: left to the page-furniture work"},
    {"style-county-plan-measures-baseline", "content down 80 pt", 1, 2,
     "moved down 80 pt, the appendix table is recorded as one region per page rather than one over pages 2-3; the "
     "same indicators and readings: not yet investigated"},
};

const KnownDifference* knownDifference(const QString& file, const QString& variant)
{
    for (const KnownDifference& known : kKnownDifferences) {
        if (file == QLatin1String(known.file) && variant == QLatin1String(known.variant))
            return &known;
    }
    return nullptr;
}

// The importer's analysis of raw pages: the per-page furniture pass, then the document's.
ImportBundle analyse(const QString& fileName, const QString& title, const QString& subject, const QStringList& outline,
                     const QList<layout::LayoutPage>& rawPages)
{
    layout::LayoutDocument document;
    document.fileName = fileName;
    document.title = title;
    document.subject = subject;
    document.outline = outline;
    document.pages = rawPages;
    for (layout::LayoutPage& page : document.pages)
        parse::Furniture::stripPage(page);
    DocumentAnalyser::Options options;
    options.pagesStripped = true;
    return DocumentAnalyser::analyse(document, options);
}

class GeometryVariants : public ::testing::TestWithParam<std::string> { };

} // namespace

TEST_P(GeometryVariants, GiveTheSameFacts)
{
    const QString path = QString::fromStdString(GetParam());
    if (path.isEmpty())
        GTEST_SKIP() << "corpus not found at " << variantsCorpusDir().toStdString()
                     << " (set SCRUTINEER_CORPUS_DIR to run the corpus tests)";
    auto opened = PdfDocument::open(path);
    ASSERT_TRUE(opened.hasValue()) << opened.error().describe().toStdString();
    const PdfDocument& pdf = *opened.value();
    QList<layout::LayoutPage> pages;
    for (int i = 0; i < pdf.pageCount(); ++i) {
        layout::LayoutPage page = pdf.readPage(i);
        page.number = i + 1;
        pages.append(std::move(page));
    }
    const QString fileName = QFileInfo(path).fileName();
    const QString name = QFileInfo(path).completeBaseName();
    const QString title = pdf.title();
    const QString subject = pdf.subject();
    const QStringList outline = pdf.outlineTitles();
    const QStringList original = BundleFacts::of(analyse(fileName, title, subject, outline, pages));

    for (const LayoutVariant& variant : LayoutVariant::standard()) {
        const QStringList facts = BundleFacts::of(analyse(fileName, title, subject, outline, variant.apply(pages)));
        const QStringList lost = BundleFacts::missingFrom(original, facts);
        const QStringList gained = BundleFacts::missingFrom(facts, original);
        std::cout << "geometry " << name.toStdString() << " [" << variant.name.toStdString() << "]: " << lost.size()
                  << " of " << original.size() << " facts lost, " << gained.size() << " gained\n";
        const KnownDifference* known = knownDifference(name, variant.name);
        if (known && lost.size() == known->lost && gained.size() == known->gained)
            continue;
        std::string details;
        if (variantsHeldOut(name))
            details = "  (held-out file: details hidden)\n";
        for (const QString& line : variantsHeldOut(name) ? QStringList() : lost)
            details += "  - "
                + (qEnvironmentVariableIsSet("SCRUTINEER_CORPUS_VERBOSE") ? line : line.left(300)).toStdString() + "\n";
        for (const QString& line : variantsHeldOut(name) ? QStringList() : gained)
            details += "  + "
                + (qEnvironmentVariableIsSet("SCRUTINEER_CORPUS_VERBOSE") ? line : line.left(300)).toStdString() + "\n";
        EXPECT_TRUE(lost.isEmpty() && gained.isEmpty())
            << name.toStdString() << " on the variant '" << variant.name.toStdString()
            << "' gives other facts than as printed:\n"
            << details;
        if (known) {
            ADD_FAILURE() << "the known difference for " << known->file << " [" << known->variant
                          << "] no longer matches: update kKnownDifferences";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Corpus, GeometryVariants, ::testing::ValuesIn(documentPaths()),
                         [](const ::testing::TestParamInfo<std::string>& file) {
                             std::string n = file.param.empty()
                                 ? std::string("NoCorpus")
                                 : QFileInfo(QString::fromStdString(file.param)).completeBaseName().toStdString();
                             for (char& c : n) {
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             }
                             return n;
                         });
