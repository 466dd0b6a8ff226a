#pragma once

#include "MarkedTable.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

namespace scrutineer::gui {

class PdfView;

// An overlay over the pages of a PdfView: shows the tables already marked on the document and,
// while marking, lets the user drag a rectangle over a table — and over the next pages for a
// table that runs on (a rectangle on another page adds to the table; one on the same page
// replaces it). Enter reads what is marked, Escape stops. Transparent to the mouse when not
// marking. GUI thread only.
class RegionMarker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionMarker)

public:
    struct Shown {
        QList<PageArea> areas;
        QString label; // "Plan you marked: 4 actions"
    };

    explicit RegionMarker(PdfView* view);

    void setMarking(bool marking);
    bool isMarking() const { return m_marking; }
    QList<PageArea> areas() const { return m_areas; }
    // A rectangle added as if dragged (the keyboard's "whole page", tests).
    void addArea(const PageArea& area);
    void clearAreas();
    void setShown(const QList<Shown>& shown);
    QList<Shown> shown() const { return m_shown; }

signals:
    void areasChanged();
    void readRequested(); // Enter, or a double click inside a marked rectangle
    void cancelled(); // Escape

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QRectF toView(const PageArea& area) const;

    PdfView* m_view;
    bool m_marking = false;
    QList<PageArea> m_areas;
    QList<Shown> m_shown;
    int m_dragPage = 0;
    QPointF m_dragStart; // points on m_dragPage
    QRectF m_dragRect; // points
};

} // namespace scrutineer::gui
