#pragma once

#include "Error.h"
#include "layout/LayoutPage.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

namespace scrutineer {

// The only place that talks to Poppler: opens a PDF, reports what is wrong with it, and turns
// pages into the project's layout model or into images. One instance belongs to the thread
// that opened it (Poppler documents are not shared between threads); open one per thread.
class PdfDocument final {
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    // Refuses, with a reason naming the file, anything that is not a usable PDF: not a PDF,
    // encrypted, truncated or corrupt, or without pages.
    static Expected<std::unique_ptr<PdfDocument>> open(const QString& path);
    // The same checks, for reading text only (the import, `scrutineer-cli layout`): with Poppler's
    // core headers no poppler-qt6 document is opened, so the file is parsed once, not twice, and
    // its cross-reference table (about 40 bytes an object: 84 MB for 5,000 pages joined with
    // pdfunite) is held once. It gives pages, their sizes, the title, subject and outline as open()
    // does; render() and search() give nothing. Without the core headers it is open().
    static Expected<std::unique_ptr<PdfDocument>> openForText(const QString& path);
    // Another reader of the pages of an open document, for another thread. It reads only pages
    // (readPage, pageCount, pageSize); with Poppler's core headers it opens no poppler-qt6
    // document (the file is parsed once per reader, not twice).
    static Expected<std::unique_ptr<PdfDocument>> openReader(const PdfDocument& opened);
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    QString path() const { return m_path; }
    int pageCount() const;
    // What Poppler holds in memory for the file's cross-reference table, which every reader of
    // the file holds again (the rest of a reader is small); 0 when it is not known.
    qint64 crossReferenceBytes() const;
    QSizeF pageSize(int pageIndex) const; // points
    QString title() const;
    QString subject() const;
    QStringList outlineTitles() const;

    // How much of one page is read, at most. A page past a limit is cut off there and says so
    // (LayoutPage::cutOff): the import goes on and warns, rather than hanging or exhausting memory.
    struct ReadLimits {
        // Drawing operations of the page's content. Poppler stops at the limit and then gives no
        // words for the page at all. The busiest page of the corpus has about 52,000.
        qint64 maxOperations = 2'000'000;
        // Wall time, for a page whose few operations are each enormous.
        qint64 maxMilliseconds = 30'000;
        // Words kept, in content order (a dense A3 table has a few thousand).
        int maxWords = 30'000;
    };

    // Words with boxes for one page (0-based index); lines are not built here.
    layout::LayoutPage readPage(int pageIndex) const { return readPage(pageIndex, ReadLimits{}); }
    layout::LayoutPage readPage(int pageIndex, const ReadLimits& limits) const;
    // Renders one page; dpi 72 = 100% zoom at one pixel per point.
    QImage render(int pageIndex, double dpi) const;
    // Boxes (points) of every occurrence of the text on the page, for highlighting.
    QList<QRectF> search(int pageIndex, const QString& text) const;

private:
    PdfDocument(QString path, std::unique_ptr<Poppler::Document> document);

    // Poppler's own document, opened on the first readPage, when the build has Poppler's core
    // headers: its text is read without the copy of the cross-reference table that poppler-qt6
    // makes for every page (a cost that grows with the file, so reading grew with pages squared).
    struct TextReader;

    QString m_path;
    std::unique_ptr<Poppler::Document> m_document;
    int m_pageCount = 0; // read once at open: another thread may ask (PageReader opens readers on theirs)
    mutable std::unique_ptr<TextReader> m_textReader; // declared after m_document: closed before it
};

} // namespace scrutineer
