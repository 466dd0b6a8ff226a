// scrutineer-fuzz-seeds OUT_DIR PDF...: starting inputs for the fuzzers, derived from real PDFs.
// For each PDF: layouts of a few stretches of pages (raw words for the whole pipeline, and the
// lines the furniture pass keeps for the parsers on their own), and the lines of text that look
// like dates, names or threshold bands. Written as OUT_DIR/<harness>/<file>-<n>. Run by
// scripts/fuzz-seeds; the PDFs themselves are seeded by that script.
#include "LayoutCodec.h"
#include "pages/Furniture.h"
#include "pdf/PdfDocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

using namespace scrutineer;

namespace {

void write(const QString& dir, const QByteArray& bytes)
{
    QDir().mkpath(dir);
    // Named by content, so that seeds from several runs never clash and duplicates collapse.
    const QString name
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(16));
    QFile file(dir + QLatin1Char('/') + name);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

void writeLines(const QString& dir, const QStringList& lines, int limit)
{
    QSet<QString> seen;
    int n = 0;
    for (const QString& line : lines) {
        if (n >= limit)
            break;
        if (line.isEmpty() || seen.contains(line))
            continue;
        seen.insert(line);
        write(dir, line.toUtf8());
        ++n;
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: scrutineer-fuzz-seeds OUT_DIR PDF...\n";
        return 1;
    }
    const QString out = args.first();
    static const QRegularExpression dateLike(
        QStringLiteral(
            "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|"
            "\\d{1,2}[.:]\\d{2}\\s*[ap]\\.?m|\\bnoon\\b|\\bQ[1-4]\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nameLike(
        QStringLiteral("\\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Revd|Canon)\\b\\.?\\s+[A-Z]|"
                       "^[A-Z][a-z]+(?:[ -][A-Z][a-z'\u2019-]+){1,3}(?:\\s*\\(.*\\))?$"));
    static const QRegularExpression bandLike(
        QStringLiteral("[<>\u2264\u2265]\\s*\\d|\\d\\s*[-\u2013]\\s*\\d|\\d\\s*\\+|"
                       "\\d\\s*%|\\b(?:increase|decrease|red|amber|green)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    int files = 0;
    for (const QString& path : args.mid(1)) {
        auto opened = PdfDocument::open(path);
        if (!opened) {
            QTextStream(stderr) << "skipped " << path << ": " << opened.error().message << "\n";
            continue;
        }
        const PdfDocument& pdf = *opened.value();
        layout::LayoutDocument document;
        document.fileName = QFileInfo(path).fileName();
        document.title = pdf.title();
        document.subject = pdf.subject();
        document.outline = pdf.outlineTitles();
        for (int i = 0; i < pdf.pageCount(); ++i)
            document.pages.append(pdf.readPage(i));
        const int pages = int(document.pages.size());

        // Stretches of three pages: the start, then spread over the document (at most 8).
        QList<int> starts {0};
        for (int k = 1; k < 8 && pages > 3; ++k)
            starts.append(std::min(pages - 3, k * pages / 8));
        QByteArray raw;
        for (int start : QSet<int>(starts.begin(), starts.end())) {
            const QByteArray words = fuzz::encodeLayout(document, start, 3);
            write(out + QStringLiteral("/layout"), QByteArray(1, char(0)) + words);
            write(out + QStringLiteral("/layout"), QByteArray(1, char(2)) + words);
        }
        parse::Furniture::strip(document);
        for (int start : QSet<int>(starts.begin(), starts.end()))
            write(out + QStringLiteral("/layout"), QByteArray(1, char(1)) + fuzz::encodeLayout(document, start, 3));

        QStringList dates;
        QStringList names;
        QStringList bands;
        for (const layout::LayoutPage& page : document.pages) {
            for (const layout::LayoutLine& line : page.lines) {
                const QString text = line.text();
                if (text.size() > 200)
                    continue;
                if (dateLike.match(text).hasMatch())
                    dates.append(text);
                if (nameLike.match(text).hasMatch())
                    names.append(text);
                // A row of a threshold table: each band cell, and the row with cells split at '|'.
                QStringList cells;
                bool anyBand = false;
                for (const layout::LayoutLine& cell : line.cells(6)) {
                    cells.append(cell.text());
                    if (bandLike.match(cells.last()).hasMatch()) {
                        bands.append(cells.last());
                        anyBand = true;
                    }
                }
                if (anyBand && cells.size() > 1)
                    bands.append(cells.join(QLatin1Char('|')));
            }
        }
        // Names come in lists: seed runs of three lines as well as single names.
        QStringList nameRuns = names;
        for (int i = 0; i + 2 < names.size(); i += 3)
            nameRuns.append(names.mid(i, 3).join(QLatin1Char('\n')));
        writeLines(out + QStringLiteral("/dates"), dates, 60);
        writeLines(out + QStringLiteral("/names"), nameRuns, 60);
        writeLines(out + QStringLiteral("/bands"), bands, 60);
        ++files;
    }
    QTextStream(stdout) << "seeds from " << files << " PDF(s) in " << out << "\n";
    return files > 0 ? 0 : 1;
}
