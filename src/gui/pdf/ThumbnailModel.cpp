#include "pdf/ThumbnailModel.h"

#include "pdf/PageRenderer.h"

#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace scrutineer::gui {

ThumbnailModel::ThumbnailModel(QObject* parent) : QAbstractListModel(parent) {}

void ThumbnailModel::setRenderer(PageRenderer* renderer)
{
    m_renderer = renderer;
    connect(renderer, &PageRenderer::thumbnailRendered, this, [this](int page) {
        if (page >= 0 && page < m_sizes.size()) {
            const QModelIndex changed = index(page);
            emit dataChanged(changed, changed, {Qt::DecorationRole});
        }
    });
}

void ThumbnailModel::setPackPages(const QHash<int, int>& packPages)
{
    m_packPages = packPages;
    if (!m_sizes.isEmpty())
        emit dataChanged(index(0), index(int(m_sizes.size()) - 1), {Qt::DisplayRole, Qt::AccessibleTextRole, PackPageRole});
}

void ThumbnailModel::setPageSizes(const QList<QSizeF>& sizes)
{
    beginResetModel();
    m_sizes = sizes;
    endResetModel();
}

int ThumbnailModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_sizes.size()); }

QSize ThumbnailModel::thumbnailSize(int row) const
{
    const QSizeF page = m_sizes.value(row);
    if (page.isEmpty())
        return QSize(kThumbnailWidth, int(kThumbnailWidth * 1.414));
    // Landscape pages keep the same width as portrait ones, so the strip stays one column.
    return QSize(kThumbnailWidth, std::max(1, int(std::round(kThumbnailWidth * page.height() / page.width()))));
}

QPixmap ThumbnailModel::framed(const QImage& page, const QSize& size) const
{
    // A white sheet with a hairline edge and a soft shadow, so white pages stand out from the strip.
    const QSize outer = size + QSize(3, 3);
    QPixmap pixmap(outer * m_ratio);
    pixmap.setDevicePixelRatio(m_ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QRect sheet(QPoint(0, 0), size);
    painter.fillRect(sheet.translated(2, 2), QColor(0, 0, 0, 45));
    painter.fillRect(sheet, Qt::white);
    if (!page.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(sheet, page);
    }
    painter.setPen(QColor(0, 0, 0, 70));
    painter.drawRect(sheet.adjusted(0, 0, -1, -1));
    return pixmap;
}

int ThumbnailModel::dpiFor(int row) const
{
    const QSizeF page = m_sizes.value(row);
    if (page.isEmpty())
        return 12;
    return std::max(6, int(std::lround(kThumbnailWidth * 72.0 / page.width() * m_ratio)));
}

void ThumbnailModel::requestRows(int first, int last)
{
    if (!m_renderer || m_sizes.isEmpty())
        return;
    first = std::max(0, first);
    last = std::min(int(m_sizes.size()) - 1, last);
    QList<PageRenderer::Job> jobs;
    for (int row = first; row <= last; ++row)
        jobs.append({row, dpiFor(row)});
    m_renderer->request(PageRenderer::Lane::Thumbnails, jobs);
}

QVariant ThumbnailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int pdfPage = row + 1;
    const auto pack = m_packPages.constFind(pdfPage);
    switch (role) {
    case Qt::DisplayRole:
        return pack != m_packPages.cend() ? tr("Page %1").arg(pack.value()) : tr("p. %1").arg(pdfPage);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return pack != m_packPages.cend() ? tr("Page %1 (PDF page %2)").arg(pack.value()).arg(pdfPage)
                                          : tr("PDF page %1").arg(pdfPage);
    case Qt::DecorationRole:
        return framed(m_renderer ? m_renderer->thumbnails().exact(row, dpiFor(row)) : QImage(), thumbnailSize(row));
    case PdfPageRole:
        return pdfPage;
    case PackPageRole:
        return pack != m_packPages.cend() ? QVariant(pack.value()) : QVariant();
    default:
        return {};
    }
}

} // namespace scrutineer::gui
