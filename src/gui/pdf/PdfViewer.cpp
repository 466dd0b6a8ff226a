#include "pdf/PdfViewer.h"

#include "pdf/FindBar.h"
#include "pdf/PackPrinter.h"
#include "pdf/PageLabel.h"
#include "pdf/PageRenderer.h"
#include "pdf/PdfView.h"
#include "pdf/ThumbnailModel.h"
#include "pdf/ToolIcons.h"
#include "ui_PdfViewer.h"

#include <QAction>
#include <QDataStream>
#include <QDir>
#include <QEvent>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QtConcurrent>

#include <cmath>

namespace scrutineer::gui {
namespace {

const QList<int> kZoomPresets = {50, 75, 100, 125, 150, 200, 300, 400};

} // namespace

PdfViewer::PdfViewer(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::PdfViewer>())
{
    m_ui->setupUi(this);
    m_ui->ocrLabel->hide();
    m_renderer = new PageRenderer(this);
    m_thumbnails = new ThumbnailModel(this);
    m_thumbnails->setRenderer(m_renderer);
    m_ui->thumbnailStrip->setThumbnailModel(m_thumbnails);
    m_ui->pdfView->setRenderer(m_renderer);
    setFocusProxy(m_ui->pdfView);
    m_ui->documentLabel->installEventFilter(this);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({ThumbnailModel::kThumbnailWidth + 44, 100000});
    m_ui->pageSpinBox->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 16);
    createActions();
    m_findBar = new FindBar(m_renderer, m_ui->pdfView, this);
    m_ui->viewerLayout->insertWidget(1, m_findBar);
    addActions(m_findBar->findActions());

    m_ui->zoomComboBox->addItem(tr("Fit width"));
    m_ui->zoomComboBox->addItem(tr("Fit page"));
    for (int percent : kZoomPresets)
        m_ui->zoomComboBox->addItem(tr("%1%").arg(percent), percent);
    connect(m_ui->zoomComboBox, &QComboBox::activated, this, [this](int index) {
        if (index == 0)
            m_ui->pdfView->setZoomMode(PdfView::ZoomMode::FitWidth);
        else if (index == 1)
            m_ui->pdfView->setZoomMode(PdfView::ZoomMode::FitPage);
        else
            m_ui->pdfView->setZoom(m_ui->zoomComboBox->itemData(index).toInt() / 100.0);
    });
    connect(m_ui->zoomComboBox->lineEdit(), &QLineEdit::editingFinished, this, &PdfViewer::applyZoomText);

    connect(m_renderer, &PageRenderer::opened, this, [this](const QList<QSizeF>& sizes) {
        m_thumbnails->setPageSizes(sizes);
        m_thumbnails->setPackPages(m_document.packPages);
        updatePageControls();
        m_findBar->restart();
    });
    connect(m_renderer, &PageRenderer::openFailed, this, [this] { updatePageControls(); });
    connect(m_ui->pdfView, &PdfView::currentPageChanged, this, [this](int page) {
        m_ui->thumbnailStrip->setCurrentPage(page);
        updatePageControls();
        emit currentPageChanged(m_document.id, page);
    });
    connect(m_ui->pdfView, &PdfView::zoomChanged, this, &PdfViewer::updateZoomControls);
    connect(m_ui->pdfView, &PdfView::zoomChanged, this, &PdfViewer::rememberZoom);
    connect(m_ui->pdfView, &PdfView::selectionChanged, this,
            [this](int page, const QString& text) { emit selectionChanged(m_document.id, page, text); });
    connect(m_ui->thumbnailStrip, &ThumbnailStrip::pageActivated, this,
            [this](int page) { m_ui->pdfView->goToPage(page); });
    connect(m_ui->pageSpinBox, &QSpinBox::valueChanged, this, [this](int page) {
        if (page != m_ui->pdfView->currentPage())
            m_ui->pdfView->goToPage(page);
    });
    showMessage(tr("Choose a meeting, then an agenda item, to read its papers here."));
}

PdfViewer::~PdfViewer() = default;

void PdfViewer::createActions()
{
    auto make = [this](const QString& text, ToolIcons::Glyph glyph, const QList<QKeySequence>& keys) {
        auto* action = new QAction(ToolIcons::icon(glyph, this), text, this);
        action->setShortcuts(keys);
        action->setToolTip(keys.isEmpty() ? text
                                          : tr("%1 (%2)").arg(text, keys.first().toString(QKeySequence::NativeText)));
        return action;
    };
    m_zoomInAction = make(tr("Zoom &In"), ToolIcons::Glyph::ZoomIn,
                          {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOutAction = make(tr("Zoom &Out"), ToolIcons::Glyph::ZoomOut, {QKeySequence::ZoomOut});
    m_actualSizeAction = new QAction(tr("&Actual Size"), this);
    m_actualSizeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    // Ctrl+1 … Ctrl+5 choose the workspace, so fitting takes Ctrl+Shift with the fit's initial.
    m_fitWidthAction
        = make(tr("Fit &Width"), ToolIcons::Glyph::FitWidth, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)});
    m_fitPageAction
        = make(tr("Fit &Page"), ToolIcons::Glyph::FitPage, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_fitWidthAction->setCheckable(true);
    m_fitPageAction->setCheckable(true);
    m_previousPageAction
        = make(tr("Pre&vious Page"), ToolIcons::Glyph::PreviousPage, {QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    m_nextPageAction = make(tr("&Next Page"), ToolIcons::Glyph::NextPage, {QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    m_thumbnailsAction = make(tr("Page &Thumbnails"), ToolIcons::Glyph::Thumbnails, {QKeySequence(Qt::Key_F4)});
    m_thumbnailsAction->setCheckable(true);
    m_printAction = new QAction(tr("&Print…"), this);
    m_printAction->setObjectName(QStringLiteral("actionPrint"));
    m_printAction->setShortcuts(QKeySequence::Print);
    m_printAction->setStatusTip(tr("Print the document you are reading, a range of its pages or the page shown"));
    connect(m_printAction, &QAction::triggered, this, &PdfViewer::printDocument);
    // Off until asked for (F4): the agenda already leads to each item's pages, and the page needs the width.
    m_thumbnailsAction->setChecked(false);

    m_ui->zoomInButton->setDefaultAction(m_zoomInAction);
    m_ui->zoomOutButton->setDefaultAction(m_zoomOutAction);
    m_ui->fitWidthButton->setDefaultAction(m_fitWidthAction);
    m_ui->fitPageButton->setDefaultAction(m_fitPageAction);
    m_ui->previousPageButton->setDefaultAction(m_previousPageAction);
    m_ui->nextPageButton->setDefaultAction(m_nextPageAction);
    m_ui->thumbnailsButton->setDefaultAction(m_thumbnailsAction);
    for (QToolButton* button : {m_ui->zoomInButton, m_ui->zoomOutButton, m_ui->fitWidthButton, m_ui->fitPageButton,
                                m_ui->previousPageButton, m_ui->nextPageButton, m_ui->thumbnailsButton})
        button->setAutoRaise(true);

    PdfView* view = m_ui->pdfView;
    connect(m_zoomInAction, &QAction::triggered, view, &PdfView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, view, &PdfView::zoomOut);
    connect(m_actualSizeAction, &QAction::triggered, view, [view] { view->setZoom(1.0); });
    connect(m_fitWidthAction, &QAction::triggered, view, [view] { view->setZoomMode(PdfView::ZoomMode::FitWidth); });
    connect(m_fitPageAction, &QAction::triggered, view, [view] { view->setZoomMode(PdfView::ZoomMode::FitPage); });
    connect(m_previousPageAction, &QAction::triggered, view, [view] { view->goToPage(view->currentPage() - 1); });
    connect(m_nextPageAction, &QAction::triggered, view, [view] { view->goToPage(view->currentPage() + 1); });
    connect(m_thumbnailsAction, &QAction::toggled, this, [this] { updatePageControls(); });
}

QList<QAction*> PdfViewer::zoomActions() const
{
    return {m_zoomInAction, m_zoomOutAction, m_actualSizeAction, m_fitWidthAction, m_fitPageAction};
}

QList<QAction*> PdfViewer::findActions() const
{
    return m_findBar->findActions();
}

QList<QAction*> PdfViewer::navigationActions() const
{
    return {m_previousPageAction, m_nextPageAction};
}

PdfView* PdfViewer::view() const
{
    return m_ui->pdfView;
}

void PdfViewer::showDocument(const Document& document, int pdfPage, const QString& highlight)
{
    const bool same = document.id == m_document.id && document.path == m_document.path && m_renderer->isOpen();
    m_document = document;
    m_ui->documentLabel->setToolTip(QDir::toNativeSeparators(document.path));
    m_ui->documentLabel->setAccessibleDescription(document.title);
    updateDocumentLabel();
    if (!same) {
        restoreZoom(document.key);
        m_thumbnails->setPageSizes({});
        m_renderer->open(document.path);
    }
    m_ui->pdfView->goToPage(std::max(1, pdfPage), highlight);
    updatePageControls();
}

void PdfViewer::showMessage(const QString& message)
{
    m_document = {};
    if (m_findBar->isVisible())
        m_findBar->dismiss();
    m_renderer->close();
    m_thumbnails->setPageSizes({});
    m_ui->documentLabel->clear();
    m_ui->pdfView->setMessage(message);
    updatePageControls();
}

namespace {

QString zoomKey(const QString& key)
{
    return QStringLiteral("viewer/zoom/") + key;
}

} // namespace

void PdfViewer::restoreZoom(const QString& key)
{
    const QString saved = key.isEmpty() ? QString() : QSettings().value(zoomKey(key)).toString();
    bool isNumber = false;
    const double zoom = saved.toDouble(&isNumber);
    if (saved == QLatin1String("width"))
        m_ui->pdfView->setZoomMode(PdfView::ZoomMode::FitWidth);
    else if (saved == QLatin1String("page"))
        m_ui->pdfView->setZoomMode(PdfView::ZoomMode::FitPage);
    else if (isNumber && zoom > 0)
        m_ui->pdfView->setZoom(zoom);
    // A document read for the first time keeps the zoom the reader has now.
}

void PdfViewer::rememberZoom() const
{
    if (m_document.key.isEmpty() || !m_renderer->isOpen())
        return;
    const PdfView* view = m_ui->pdfView;
    const QString value = view->zoomMode() == PdfView::ZoomMode::FitWidth ? QStringLiteral("width")
        : view->zoomMode() == PdfView::ZoomMode::FitPage                  ? QStringLiteral("page")
                                                                          : QString::number(view->zoom(), 'g', 4);
    QSettings().setValue(zoomKey(m_document.key), value);
}

void PdfViewer::printDocument()
{
    const int pageCount = m_ui->pdfView->pageCount();
    if (!m_renderer->isOpen() || pageCount == 0) {
        emit printFinished(tr("Open a document to print it."));
        return;
    }
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(m_document.title);
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("Print %1").arg(m_document.title));
    dialog.setMinMax(1, pageCount);
    dialog.setOptions(QAbstractPrintDialog::PrintPageRange | QAbstractPrintDialog::PrintCurrentPage
                      | QAbstractPrintDialog::PrintToFile | QAbstractPrintDialog::PrintShowPageSize);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<int> pages = PackPrinter::pagesFor(*printer, pageCount, currentPage());
    const QString path = m_document.path;
    // Rendering every page for the printer takes a while on a long pack: off the GUI thread.
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, pages] {
        const QString error = watcher->result();
        emit printFinished(error.isEmpty() ? tr("Printed %n page(s).", nullptr, int(pages.size()))
                                           : tr("Not printed: %1").arg(error));
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([printer, path, pages] { return PackPrinter::print(path, *printer, pages); }));
    emit printFinished(tr("Printing %n page(s)…", nullptr, int(pages.size())));
}

bool PdfViewer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->documentLabel && event->type() == QEvent::Resize)
        updateDocumentLabel();
    return QWidget::eventFilter(watched, event);
}

void PdfViewer::updateDocumentLabel()
{
    // The label gets what the controls leave; a long file name loses its middle, not its end.
    const int width = std::max(0, m_ui->documentLabel->contentsRect().width() - 6);
    m_ui->documentLabel->setText(
        m_ui->documentLabel->fontMetrics().elidedText(m_document.title, Qt::ElideMiddle, width));
}

int PdfViewer::currentPage() const
{
    return m_renderer->isOpen() ? m_ui->pdfView->currentPage() : 0;
}

std::optional<int> PdfViewer::currentPackPage() const
{
    const auto it = m_document.packPages.constFind(currentPage());
    return it != m_document.packPages.cend() ? std::optional<int>(it.value()) : std::nullopt;
}

QString PdfViewer::pageIndicatorText() const
{
    return m_ui->pageIndicatorLabel->text();
}

QString PdfViewer::ocrNoticeText() const { return m_ui->ocrLabel->isHidden() ? QString() : m_ui->ocrLabel->text(); }

void PdfViewer::updatePageControls()
{
    const bool open = m_renderer->isOpen();
    const int count = open ? m_ui->pdfView->pageCount() : 0;
    const int page = currentPage();
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->pageSpinBox), static_cast<QWidget*>(m_ui->zoomComboBox)})
        widget->setEnabled(open);
    for (QAction* action : zoomActions())
        action->setEnabled(open);
    m_previousPageAction->setEnabled(open && page > 1);
    m_nextPageAction->setEnabled(open && page < count);
    {
        const QSignalBlocker block(m_ui->pageSpinBox);
        m_ui->pageSpinBox->setRange(1, std::max(1, count));
        m_ui->pageSpinBox->setValue(std::max(1, page));
    }
    m_ui->pageCountLabel->setText(open ? tr("of %1").arg(count) : QString());
    m_ui->thumbnailStrip->setVisible(open && m_thumbnailsAction->isChecked());
    m_ui->pageIndicatorLabel->setText(PageLabel::text(page, currentPackPage(), count));
    m_ui->pageIndicatorLabel->setAccessibleDescription(PageLabel::accessibleText(page, currentPackPage(), count));
    const auto ocr = m_document.ocrPages.constFind(page);
    const bool scanned = open && ocr != m_document.ocrPages.cend();
    m_ui->ocrLabel->setVisible(scanned);
    if (scanned) {
        const int percent = int(std::lround(ocr.value() * 100));
        m_ui->ocrLabel->setText(tr("Scanned page · text read by OCR (%1 %)").arg(percent));
        m_ui->ocrLabel->setToolTip(tr("This page has no text layer. Its words were read from the image by OCR with a "
                                      "mean confidence of %1 %, so search and extracted facts may miss or misread "
                                      "some of them.")
                                       .arg(percent));
    }
}

void PdfViewer::updateZoomControls()
{
    const PdfView::ZoomMode mode = m_ui->pdfView->zoomMode();
    m_fitWidthAction->setChecked(mode == PdfView::ZoomMode::FitWidth);
    m_fitPageAction->setChecked(mode == PdfView::ZoomMode::FitPage);
    const int percent = int(std::lround(m_ui->pdfView->zoom() * 100));
    m_ui->zoomComboBox->setEditText(tr("%1%").arg(percent));
    m_zoomInAction->setEnabled(m_renderer->isOpen() && m_ui->pdfView->zoom() < PageLayout::kMaxZoom - 0.001);
    m_zoomOutAction->setEnabled(m_renderer->isOpen() && m_ui->pdfView->zoom() > PageLayout::kMinZoom + 0.001);
}

void PdfViewer::applyZoomText()
{
    QString text = m_ui->zoomComboBox->currentText();
    text.remove(QLatin1Char('%'));
    bool ok = false;
    const double percent = text.trimmed().toDouble(&ok);
    if (ok && percent > 0)
        m_ui->pdfView->setZoom(percent / 100.0);
    else
        updateZoomControls();
}

QByteArray PdfViewer::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << qint32(1) << m_ui->splitter->saveState() << m_thumbnailsAction->isChecked()
        << qint32(m_ui->pdfView->zoomMode()) << m_ui->pdfView->zoom();
    return state;
}

void PdfViewer::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    qint32 version = 0;
    QByteArray splitter;
    bool thumbnails = false;
    qint32 mode = 0;
    double zoom = 1.0;
    in >> version >> splitter >> thumbnails >> mode >> zoom;
    if (in.status() != QDataStream::Ok || version != 1)
        return;
    m_ui->splitter->restoreState(splitter);
    m_thumbnailsAction->setChecked(thumbnails);
    if (PdfView::ZoomMode(mode) == PdfView::ZoomMode::Custom)
        m_ui->pdfView->setZoom(zoom);
    else if (PdfView::ZoomMode(mode) == PdfView::ZoomMode::FitPage)
        m_ui->pdfView->setZoomMode(PdfView::ZoomMode::FitPage);
}

} // namespace scrutineer::gui
