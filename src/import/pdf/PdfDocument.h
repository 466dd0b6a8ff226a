#pragma once

#include "Error.h"
#include "layout/LayoutPage.h"
#include "ocr/GrayImage.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace scrutineer {

// Reads a PDF through Poppler's core, as pdftotext does: opens it, reports what is wrong with it,
// and turns pages into the project's layout model, or into gray images for OCR. With PdfRenderer (the
// viewer's rendering) the only code that includes Poppler. One instance belongs to the thread
// that opened it (Poppler documents are not shared between threads); open one per thread.
class PdfDocument final {
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    // Refuses, with a reason naming the file, anything that is not a usable PDF: not a PDF,
    // needing a password to open, truncated or corrupt, or without pages. The file's
    // cross-reference table (about 40 bytes an object: 84 MB for 5,000 pages joined with
    // pdfunite) is held once per open document.
    static Expected<std::unique_ptr<PdfDocument>> open(const QString& path);
    // Another reader of the pages of an open document, for another thread (it parses the file
    // again, and gives the same as the document it was opened from).
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
    // One page in 8-bit gray for OCR, anti-aliased; dpi 72 = one pixel per point. Null when the
    // page cannot be drawn.
    GrayImage renderGray(int pageIndex, double dpi) const;

private:
    explicit PdfDocument(QString path);

    // Poppler's core document with the global state it needs (in PdfDocument.cpp). Its text is
    // read without the copy of the cross-reference table that poppler-qt6 makes for every page
    // (a cost that grows with the file, so reading through it grew with pages squared).
    struct Core;

    QString m_path;
    int m_pageCount = 0; // read once at open: another thread may ask (PageReader opens readers on theirs)
    std::unique_ptr<Core> m_core;
};

} // namespace scrutineer
