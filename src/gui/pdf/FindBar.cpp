#include "pdf/FindBar.h"

#include "pdf/PageRenderer.h"
#include "pdf/PdfView.h"
#include "ui_FindBar.h"

#include <QAction>
#include <QKeyEvent>
#include <QTimer>

namespace scrutineer::gui {

FindBar::FindBar(PageRenderer* renderer, PdfView* view, QWidget* parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::FindBar>()),
      m_renderer(renderer),
      m_view(view),
      m_typing(new QTimer(this)),
      m_findAction(new QAction(tr("&Find in This Document…"), this)),
      m_nextAction(new QAction(tr("Find &Next"), this)),
      m_previousAction(new QAction(tr("Find Pre&vious"), this))
{
    m_ui->setupUi(this);
    m_findAction->setObjectName(QStringLiteral("actionFindInDocument"));
    m_findAction->setShortcuts(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Find words on the pages of the document you are reading"));
    m_nextAction->setObjectName(QStringLiteral("actionFindNext"));
    m_nextAction->setShortcuts(QKeySequence::FindNext);
    m_previousAction->setObjectName(QStringLiteral("actionFindPrevious"));
    m_previousAction->setShortcuts(QKeySequence::FindPrevious);
    m_ui->nextButton->setToolTip(
        tr("Next match (%1)").arg(QKeySequence(QKeySequence::FindNext).toString(QKeySequence::NativeText)));
    m_ui->previousButton->setToolTip(
        tr("Previous match (%1)").arg(QKeySequence(QKeySequence::FindPrevious).toString(QKeySequence::NativeText)));
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);

    connect(m_findAction, &QAction::triggered, this, &FindBar::open);
    connect(m_nextAction, &QAction::triggered, this, &FindBar::findNext);
    connect(m_previousAction, &QAction::triggered, this, &FindBar::findPrevious);
    connect(m_ui->nextButton, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_ui->previousButton, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_ui->closeButton, &QToolButton::clicked, this, &FindBar::dismiss);
    connect(m_ui->findEdit, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_ui->findEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_typing->isActive() || m_ui->findEdit->text() != m_matches.text())
            search();
        else
            findNext();
    });
    connect(m_typing, &QTimer::timeout, this, &FindBar::search);
    connect(m_renderer, &PageRenderer::matchesFound, this, &FindBar::onMatches);
    m_ui->findEdit->installEventFilter(this);
    updateStatus();
    hide();
}

FindBar::~FindBar() = default;

void FindBar::open()
{
    show();
    m_ui->findEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->findEdit->selectAll();
}

void FindBar::dismiss()
{
    m_typing->stop();
    m_renderer->findAll({}, 0);
    m_matches.reset({}, 0, 0);
    m_view->setFindMatches(nullptr);
    hide();
    m_view->setFocus();
}

void FindBar::restart()
{
    if (isVisible() && !m_ui->findEdit->text().trimmed().isEmpty())
        search();
}

void FindBar::search()
{
    m_typing->stop();
    const QString text = m_ui->findEdit->text().simplified();
    const int from = std::max(0, m_view->currentPage() - 1);
    m_matches.reset(text, from, m_view->pageCount());
    m_view->setFindMatches(&m_matches);
    m_renderer->findAll(text, from);
    updateStatus();
}

void FindBar::onMatches(int page, const QString& text, const QList<QRectF>& boxes)
{
    if (text != m_matches.text() || text.isEmpty())
        return;
    if (m_matches.addPage(page, boxes))
        m_view->revealCurrentMatch();
    else if (!boxes.isEmpty())
        m_view->setFindMatches(&m_matches); // draw the new page's matches
    updateStatus();
}

void FindBar::findNext()
{
    if (!isVisible())
        return open();
    if (m_matches.next())
        m_view->revealCurrentMatch();
    updateStatus();
}

void FindBar::findPrevious()
{
    if (!isVisible())
        return open();
    if (m_matches.previous())
        m_view->revealCurrentMatch();
    updateStatus();
}

QString FindBar::statusText() const
{
    return m_ui->statusLabel->text();
}

void FindBar::updateStatus()
{
    QString status;
    const bool searching = !m_matches.text().isEmpty() && !m_matches.finished();
    if (m_matches.text().isEmpty())
        status.clear();
    else if (m_matches.total() == 0)
        status = searching ? tr("Searching…") : tr("Not found in this document");
    else if (searching)
        status = tr("%1 of %2 so far, searching…").arg(m_matches.currentNumber()).arg(m_matches.total());
    else
        status = tr("%1 of %2").arg(m_matches.currentNumber()).arg(m_matches.total());
    m_ui->statusLabel->setText(status);
    m_ui->nextButton->setEnabled(m_matches.total() > 0);
    m_ui->previousButton->setEnabled(m_matches.total() > 0);
}

bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->findEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            dismiss();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace scrutineer::gui
