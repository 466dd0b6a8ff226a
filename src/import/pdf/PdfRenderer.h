#pragma once

#include "Error.h"
#include "pdf/PdfDocument.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

namespace scrutineer {

// A PDF for the reader: the file's text (PdfDocument) and its pages drawn in colour through
// poppler-qt6, with Poppler's search for highlighting. Built apart from the import
// (scrutineer_pdfrender), so that the import and the CLI load no Qt Gui. One instance belongs to
// the thread that opened it; open one per thread.
class PdfRenderer final {
    Q_DECLARE_TR_FUNCTIONS(PdfRenderer)

public:
    // Refuses what PdfDocument::open refuses, with the same reasons.
    static Expected<std::unique_ptr<PdfRenderer>> open(const QString& path);
    ~PdfRenderer();
    PdfRenderer(const PdfRenderer&) = delete;
    PdfRenderer& operator=(const PdfRenderer&) = delete;

    const PdfDocument& text() const { return *m_text; }
    int pageCount() const { return m_text->pageCount(); }
    QSizeF pageSize(int pageIndex) const { return m_text->pageSize(pageIndex); } // points
    layout::LayoutPage readPage(int pageIndex) const { return m_text->readPage(pageIndex); }

    // Renders one page, anti-aliased; dpi 72 = 100% zoom at one pixel per point.
    QImage render(int pageIndex, double dpi) const;
    // Boxes (points) of every occurrence of the text on the page, ignoring case and accents.
    QList<QRectF> search(int pageIndex, const QString& text) const;

private:
    PdfRenderer(std::unique_ptr<PdfDocument> text, std::unique_ptr<Poppler::Document> document);

    std::unique_ptr<PdfDocument> m_text;
    std::unique_ptr<Poppler::Document> m_document;
};

} // namespace scrutineer
