#include "pdf/ThumbnailStrip.h"

#include "pdf/PagePainter.h"
#include "pdf/ThumbnailModel.h"

#include <QEvent>
#include <QScrollBar>

namespace scrutineer::gui {

ThumbnailStrip::ThumbnailStrip(QWidget* parent) : QListView(parent)
{
    setViewMode(QListView::IconMode);
    setFlow(QListView::TopToBottom);
    setWrapping(false);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setSpacing(6);
    setIconSize(QSize(ThumbnailModel::kThumbnailWidth + 3, ThumbnailModel::kThumbnailWidth * 3 / 2));
    setFrameShape(QFrame::NoFrame);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(ThumbnailModel::kThumbnailWidth + 36);
    updateBackground();
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(30);
    connect(&m_requestTimer, &QTimer::timeout, this, &ThumbnailStrip::requestVisible);
    connect(this, &QListView::activated, this, [this](const QModelIndex& index) {
        if (!m_following)
            emit pageActivated(index.row() + 1);
    });
    connect(this, &QListView::clicked, this, [this](const QModelIndex& index) { emit pageActivated(index.row() + 1); });
}

void ThumbnailStrip::setThumbnailModel(ThumbnailModel* model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, &m_requestTimer, qOverload<>(&QTimer::start));
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        // Keyboard moves through the strip open the page, as a click does.
        if (!m_following && current.isValid() && hasFocus())
            emit pageActivated(current.row() + 1);
    });
}

void ThumbnailStrip::setCurrentPage(int pdfPage)
{
    if (!m_model || pdfPage < 1 || pdfPage > m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(pdfPage - 1);
    m_following = true;
    setCurrentIndex(index);
    scrollTo(index, QAbstractItemView::EnsureVisible);
    m_following = false;
}

void ThumbnailStrip::scrollContentsBy(int dx, int dy)
{
    QListView::scrollContentsBy(dx, dy);
    m_requestTimer.start();
}

void ThumbnailStrip::resizeEvent(QResizeEvent* event)
{
    QListView::resizeEvent(event);
    m_requestTimer.start();
}

void ThumbnailStrip::changeEvent(QEvent* event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_updatingPalette)
        updateBackground();
}

void ThumbnailStrip::updateBackground()
{
    // The same desk colour as the page view, so the pages read as sheets in both strips.
    m_updatingPalette = true;
    QPalette p = palette();
    p.setColor(QPalette::Base, PagePainter::deskColour(p));
    setPalette(p);
    m_updatingPalette = false;
}

void ThumbnailStrip::showEvent(QShowEvent* event)
{
    QListView::showEvent(event);
    m_requestTimer.start();
}

void ThumbnailStrip::requestVisible()
{
    if (!m_model || m_model->rowCount() == 0 || !isVisible())
        return;
    m_model->setDevicePixelRatio(devicePixelRatioF());
    const QModelIndex top = indexAt(QPoint(viewport()->width() / 2, 4));
    QModelIndex bottom = indexAt(QPoint(viewport()->width() / 2, viewport()->height() - 4));
    const int first = top.isValid() ? top.row() : 0;
    const int last = bottom.isValid() ? bottom.row() : std::min(m_model->rowCount() - 1, first + 12);
    m_model->requestRows(first - 2, last + 4);
}

} // namespace scrutineer::gui
