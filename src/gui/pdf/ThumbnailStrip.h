#pragma once

#include <QListView>
#include <QTimer>

namespace scrutineer::gui {

class ThumbnailModel;

// The column of page thumbnails beside the document: asks only for the thumbnails in view,
// follows the current page, and activating one emits pageActivated. GUI thread only.
class ThumbnailStrip final : public QListView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailStrip)

public:
    explicit ThumbnailStrip(QWidget* parent = nullptr);

    void setThumbnailModel(ThumbnailModel* model);

public slots:
    // Marks a 1-based page as current without emitting pageActivated.
    void setCurrentPage(int pdfPage);

signals:
    void pageActivated(int pdfPage);

protected:
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void requestVisible();
    void updateBackground();

    ThumbnailModel* m_model = nullptr;
    QTimer m_requestTimer;
    bool m_following = false;
    bool m_updatingPalette = false;
};

} // namespace scrutineer::gui
