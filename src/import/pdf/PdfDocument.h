#pragma once

#include "Error.h"
#include "layout/LayoutPage.h"

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
public:
    // Refuses, with a reason naming the file, anything that is not a usable PDF: not a PDF,
    // encrypted, truncated or corrupt, or without pages.
    static Expected<std::unique_ptr<PdfDocument>> open(const QString& path);
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    QString path() const { return m_path; }
    int pageCount() const;
    QSizeF pageSize(int pageIndex) const; // points
    QString title() const;
    QString subject() const;
    QStringList outlineTitles() const;

    // Words with boxes for one page (0-based index); lines are not built here.
    layout::LayoutPage readPage(int pageIndex) const;
    // Renders one page; dpi 72 = 100% zoom at one pixel per point.
    QImage render(int pageIndex, double dpi) const;
    // Boxes (points) of every occurrence of the text on the page, for highlighting.
    QList<QRectF> search(int pageIndex, const QString& text) const;

private:
    PdfDocument(QString path, std::unique_ptr<Poppler::Document> document);

    QString m_path;
    std::unique_ptr<Poppler::Document> m_document;
};

} // namespace scrutineer
