#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QSizeF>

namespace scrutineer::gui {

class PageRenderer;

// One row per page of the open document: a thumbnail (from the renderer's cache, or a blank
// sheet of the right shape while it renders) and the page's printed and physical numbers.
// GUI thread only.
class ThumbnailModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailModel)

public:
    enum Role { PdfPageRole = Qt::UserRole + 1, PackPageRole };
    static constexpr int kThumbnailWidth = 80; // logical pixels

    explicit ThumbnailModel(QObject* parent = nullptr);

    void setRenderer(PageRenderer* renderer);
    // Printed pack page per 1-based physical page, for labels.
    void setPackPages(const QHash<int, int>& packPages);
    void setPageSizes(const QList<QSizeF>& sizes);
    void setDevicePixelRatio(double ratio) { m_ratio = ratio; }

    // Asks the renderer for the thumbnails of rows first..last (0-based, inclusive).
    void requestRows(int first, int last);
    int dpiFor(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QSize thumbnailSize(int row) const;
    QPixmap framed(const QImage& page, const QSize& size) const;

    PageRenderer* m_renderer = nullptr;
    QList<QSizeF> m_sizes;
    QHash<int, int> m_packPages;
    double m_ratio = 1.0;
};

} // namespace scrutineer::gui
