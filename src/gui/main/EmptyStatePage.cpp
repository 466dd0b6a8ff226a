#include "main/EmptyStatePage.h"

#include "ui_EmptyStatePage.h"

#include <QApplication>
#include <QDir>
#include <QEvent>

namespace scrutineer::gui {

EmptyStatePage::EmptyStatePage(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::EmptyStatePage>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setWeight(QFont::DemiBold);
    m_ui->titleLabel->setFont(title);
    QFont intro = m_ui->introLabel->font();
    intro.setPointSizeF(intro.pointSizeF() * 1.1);
    m_ui->introLabel->setFont(intro);
    connect(m_ui->importButton, &QPushButton::clicked, this, &EmptyStatePage::importFilesRequested);
    connect(m_ui->importFolderButton, &QPushButton::clicked, this, &EmptyStatePage::importFolderRequested);
    connect(m_ui->sampleButton, &QPushButton::clicked, this, &EmptyStatePage::sampleRequested);
    connect(m_ui->databaseLabel, &QLabel::linkActivated, this, &EmptyStatePage::openDatabaseRequested);
    for (QPushButton* button : {m_ui->importButton, m_ui->importFolderButton, m_ui->sampleButton})
        button->setMinimumHeight(button->sizeHint().height() + 8);
    setFocusProxy(m_ui->importButton);
    updateText();
}

EmptyStatePage::~EmptyStatePage() = default;

void EmptyStatePage::setDatabasePath(const QString& path)
{
    m_databasePath = path;
    updateText();
}

void EmptyStatePage::setImportRunning(bool running)
{
    for (QPushButton* button : {m_ui->importButton, m_ui->importFolderButton, m_ui->sampleButton})
        button->setEnabled(!running);
}

void EmptyStatePage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        updateText();
}

void EmptyStatePage::updateText()
{
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull())
        m_ui->iconLabel->setPixmap(icon.pixmap(QSize(72, 72), devicePixelRatioF()));
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    m_ui->stepsLabel->setText(
        tr("<ol style='margin-left:-20px'>"
           "<li><b>Bring in your packs.</b> Import the PDFs you have, or drag PDF files or whole folders onto "
           "this window. Each pack is read once and kept on this computer, with your notes.</li>"
           "<li><b>Read.</b> Choose a meeting, then an agenda item, report, minute or resolution to go straight "
           "to its page.</li>"
           "<li><b>Find and prepare.</b> Search every pack at once (Ctrl+F), and keep private notes and "
           "questions to ask, ready to print as a briefing sheet.</li></ol>"));
    m_ui->sampleNoteLabel->setStyleSheet(QStringLiteral("color:%1").arg(muted));
    m_ui->databaseLabel->setText(tr("<span style='color:%1'>Your database is kept in %2.</span> "
                                    "<a href='open'>Open another database…</a>")
                                     .arg(muted, QDir::toNativeSeparators(m_databasePath).toHtmlEscaped()));
}

} // namespace scrutineer::gui
