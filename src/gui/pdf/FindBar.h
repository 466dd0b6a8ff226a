#pragma once

#include "pdf/FindMatches.h"

#include <QWidget>

#include <memory>

class QAction;
class QTimer;

namespace Ui {
class FindBar;
}

namespace scrutineer::gui {

class PageRenderer;
class PdfView;

// Find in this document: the bar under the viewer's toolbar, the search it asks the render
// thread for (every page, from the one being read), the matches it gives the view to draw, and
// next/previous through them. GUI thread only.
class FindBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    FindBar(PageRenderer* renderer, PdfView* view, QWidget* parent = nullptr);
    ~FindBar() override;

    // Find (Ctrl+F), Find Next (F3) and Find Previous (Shift+F3), for the viewer and its menus.
    QList<QAction*> findActions() const { return {m_findAction, m_nextAction, m_previousAction}; }
    const FindMatches& matches() const { return m_matches; }
    QString statusText() const;

public slots:
    void open();
    void dismiss();
    void findNext();
    void findPrevious();
    // Searches again (after a new document opened, the old matches mean nothing).
    void restart();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void onMatches(int page, const QString& text, const QList<QRectF>& boxes);
    void updateStatus();

    std::unique_ptr<Ui::FindBar> m_ui;
    PageRenderer* m_renderer;
    PdfView* m_view;
    FindMatches m_matches;
    QTimer* m_typing;
    QAction* m_findAction;
    QAction* m_nextAction;
    QAction* m_previousAction;
};

} // namespace scrutineer::gui
