#pragma once

#include "MarkedTable.h"
#include "tables/RegionTable.h"

#include <QImage>
#include <QList>
#include <QWidget>

namespace scrutineer::gui {

// The marked part of each page as an image with the reading drawn over it: the column
// boundaries (drag one to move it), where each row starts (double-click a line to start or stop
// a row there), the headings shaded, the current row and column lit. GUI thread only.
class RegionPreview final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionPreview)

public:
    struct Crop {
        PageArea area;
        QImage image;
    };

    explicit RegionPreview(QWidget* parent = nullptr);

    void setCrops(const QList<Crop>& crops);
    void setResult(const parse::RegionTableResult& result);
    void setCurrent(int row, int column);
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void boundaryMoved(int index, double fraction);
    void rowStartToggled(int page, qreal y);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    QList<QRectF> targets(int width) const; // where each crop is drawn
    int boundaryAt(const QPointF& point) const;
    double fractionAt(qreal x) const;

    QList<Crop> m_crops;
    parse::RegionTableResult m_result;
    int m_row = -1;
    int m_column = -1;
    int m_dragging = -1;
    double m_dragFraction = 0;
};

} // namespace scrutineer::gui
