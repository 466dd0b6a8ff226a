#include "ImportProgressWidget.h"

#include "ui_ImportProgressWidget.h"

#include <QFontMetrics>

namespace scrutineer::gui {

ImportProgressWidget::ImportProgressWidget(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ImportProgressWidget>())
{
    m_ui->setupUi(this);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportProgressWidget::cancelRequested);
}

ImportProgressWidget::~ImportProgressWidget() = default;

void ImportProgressWidget::start(int fileCount)
{
    m_index = 0;
    m_count = fileCount;
    m_fileName.clear();
    m_done = 0;
    m_total = 0;
    m_ocrDone = 0;
    m_ocrTotal = 0;
    m_cancelling = false;
    m_waiting = false;
    m_ui->cancelButton->setEnabled(true);
    m_ui->progressBar->setRange(0, 0);
    updateText();
}

void ImportProgressWidget::setFile(int index, int count, const QString& fileName)
{
    m_index = index;
    m_count = count;
    m_fileName = fileName;
    m_waiting = false;
    m_done = 0;
    m_total = 0;
    m_ocrDone = 0;
    m_ocrTotal = 0;
    m_ui->progressBar->setRange(0, 0); // busy until the page count is known
    updateText();
}

void ImportProgressWidget::setPages(int done, int total)
{
    if (total <= 0 || done < m_done)
        return; // reader threads may report out of order; never go backwards
    m_done = done;
    m_total = total;
    m_ui->progressBar->setRange(0, total);
    m_ui->progressBar->setValue(done);
    updateText();
}

void ImportProgressWidget::setWaiting(qint64 waitedMs)
{
    m_waiting = waitedMs >= 0;
    if (m_waiting)
        m_ui->progressBar->setRange(0, 0); // busy: nothing to count while it waits
    updateText();
}

void ImportProgressWidget::setOcrPages(int done, int total)
{
    if (total <= 0 || (total == m_ocrTotal && done < m_ocrDone))
        return;
    m_ocrDone = done;
    m_ocrTotal = total;
    m_ui->progressBar->setRange(0, total);
    m_ui->progressBar->setValue(done);
    updateText();
}

void ImportProgressWidget::setCancelling()
{
    m_cancelling = true;
    m_ui->cancelButton->setEnabled(false);
    updateText();
}

QString ImportProgressWidget::statusText() const
{
    return m_fullText;
}

void ImportProgressWidget::updateText()
{
    // The label names the file; the bar counts its pages; the full sentence is for screen readers.
    QString label;
    QString pages;
    if (m_cancelling) {
        label = tr("Cancelling the import…");
    } else if (m_fileName.isEmpty()) {
        label = tr("Preparing the import…");
    } else {
        const QFontMetrics fm(m_ui->statusLabel->font());
        const QString name = fm.elidedText(m_fileName, Qt::ElideMiddle, 180);
        label = m_count > 1 ? tr("Importing %1 of %2 · %3").arg(m_index + 1).arg(m_count).arg(name)
                            : tr("Importing %1").arg(name);
        if (m_waiting) {
            label = tr("%1 · waiting for another program").arg(name);
            pages = tr("another program is writing to the library; this file is written when it has finished");
        } else if (m_ocrTotal > 0) {
            pages = m_ocrDone < m_ocrTotal
                ? tr("reading scanned page %1 of %2 (OCR)").arg(m_ocrDone + 1).arg(m_ocrTotal)
                : tr("analysing");
        } else if (m_total > 0) {
            pages = m_done < m_total ? tr("page %1 of %2").arg(m_done).arg(m_total) : tr("analysing");
        }
    }
    m_ui->statusLabel->setText(label);
    m_ui->progressBar->setTextVisible((m_total > 0 || m_ocrTotal > 0) && !m_cancelling && !m_waiting);
    if (m_ocrTotal > 0)
        m_ui->progressBar->setFormat(m_ocrDone >= m_ocrTotal ? tr("analysing") : tr("%v of %m scanned pages"));
    else
        m_ui->progressBar->setFormat(m_done >= m_total ? tr("analysing") : tr("%v of %m pages"));
    m_fullText = pages.isEmpty() ? label : label + QStringLiteral(" · ") + pages;
    m_ui->progressBar->setAccessibleDescription(m_fullText);
    setToolTip(m_fullText);
}

} // namespace scrutineer::gui
