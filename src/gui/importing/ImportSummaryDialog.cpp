#include "ImportSummaryDialog.h"

#include "ImportSummaryModel.h"
#include "ui_ImportSummaryDialog.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace scrutineer::gui {
namespace {

QString pageList(const QList<int>& pages)
{
    // 3, 4, 5, 9 -> "3–5, 9"
    QStringList parts;
    for (int i = 0; i < pages.size();) {
        int j = i;
        while (j + 1 < pages.size() && pages.at(j + 1) == pages.at(j) + 1)
            ++j;
        parts << (j > i ? QStringLiteral("%1–%2").arg(pages.at(i)).arg(pages.at(j)) : QString::number(pages.at(i)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

ImportSummaryDialog::ImportSummaryDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportSummaryDialog>())
{
    m_ui->setupUi(this);
    m_model = new ImportSummaryModel(this);
    m_ui->filesView->setModel(m_model);
    QHeaderView* header = m_ui->filesView->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(ImportSummaryModel::ResultColumn, QHeaderView::ResizeToContents);
    m_ui->filesView->setColumnWidth(ImportSummaryModel::FileColumn, 260);
    m_ui->filesView->setColumnWidth(ImportSummaryModel::MeetingColumn, 230);
    m_ui->filesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_openButton = m_ui->buttonBox->addButton(tr("&Open document"), QDialogButtonBox::ActionRole);
    m_openButton->setAccessibleName(tr("Open the selected document"));
    m_openButton->setEnabled(false);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({190, 260});
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, &ImportSummaryDialog::openSelected);
    connect(m_ui->filesView, &QTreeView::activated, this, &ImportSummaryDialog::openSelected);
    connect(m_ui->filesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImportSummaryDialog::showDetails);
}

ImportSummaryDialog::~ImportSummaryDialog() = default;

QString ImportSummaryDialog::headlineFor(const ImportSummary& summary)
{
    using S = ImportFileResult::Status;
    QStringList parts;
    const int imported = summary.count(S::Imported);
    const int replaced = summary.count(S::Replaced);
    const int already = summary.count(S::AlreadyImported);
    const int refused = summary.count(S::Refused);
    const int cancelled = summary.count(S::Cancelled);
    if (imported > 0)
        parts << (imported == 1 ? tr("%n file imported", nullptr, 1) : tr("%n files imported", nullptr, imported));
    if (replaced > 0)
        parts << tr("%n updated to a new version", nullptr, replaced);
    if (already > 0)
        parts << tr("%n already in the library", nullptr, already);
    if (refused > 0)
        parts << tr("%n refused", nullptr, refused);
    if (cancelled > 0)
        parts << tr("%n not imported", nullptr, cancelled);
    if (parts.isEmpty())
        parts << tr("No files were imported");
    QString headline = QStringLiteral("<b>%1.</b>").arg(parts.join(QStringLiteral(", ")).toHtmlEscaped());
    if (summary.cancelled)
        headline += QStringLiteral("<br/>") +
                    tr("The import was cancelled. Files finished before you cancelled are kept; the file in progress "
                       "left nothing behind.")
                        .toHtmlEscaped();
    else if (refused > 0)
        headline += QStringLiteral("<br/>") + tr("Select a refused file to see why.").toHtmlEscaped();
    return headline;
}

QString ImportSummaryDialog::detailsHtml(const ImportFileResult& file)
{
    using S = ImportFileResult::Status;
    QString h = QStringLiteral("<h3 style=\"margin-bottom:4px\">%1</h3>").arg(file.fileName.toHtmlEscaped());
    h += QStringLiteral("<p style=\"color:gray; margin-top:0\">%1</p>").arg(file.path.toHtmlEscaped());
    h += QStringLiteral("<p><b>%1</b>").arg(ImportSummaryModel::statusText(file.status).toHtmlEscaped());
    if (!file.reason.isEmpty())
        h += QStringLiteral(" — ") + file.reason.toHtmlEscaped();
    h += QStringLiteral("</p>");
    if (file.status == S::Imported || file.status == S::Replaced) {
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        auto row = [&h](const QString& label, const QString& value) {
            h += QStringLiteral("<tr><td style=\"color:gray; padding-right:12px\">%1</td><td>%2</td></tr>")
                     .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
        };
        const QString meeting = ImportSummaryModel::meetingText(file);
        row(tr("Meeting"), meeting.isEmpty() ? tr("not found on the front sheet") : meeting);
        row(tr("Document"), ImportSummaryModel::kindText(file.kind));
        row(tr("Pages"), QString::number(file.pageCount));
        if (file.members > 0)
            row(tr("Members listed"), QString::number(file.members));
        row(tr("Agenda items"), QString::number(file.agendaItems));
        row(tr("Minutes"), QString::number(file.minutes));
        row(tr("Resolutions"), QString::number(file.resolutions));
        row(tr("Actions"), QString::number(file.actions));
        if (file.notesReanchored > 0)
            row(tr("Your notes"), file.notesReanchored == 1 ? tr("%n note moved onto the new version", nullptr, 1)
                                                            : tr("%n notes moved onto the new version", nullptr, file.notesReanchored));
        row(tr("Pages without text"), file.pagesWithoutText.isEmpty()
                                          ? tr("none")
                                          : tr("%1 (scanned images: not searchable)").arg(pageList(file.pagesWithoutText)));
        row(tr("Time"), tr("%1 s").arg(QLocale().toString(file.elapsedMs / 1000.0, 'f', 1)));
        h += QStringLiteral("</table>");
        if (!file.warnings.isEmpty()) {
            h += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Worth checking").toHtmlEscaped());
            for (const QString& warning : file.warnings)
                h += QStringLiteral("<li>%1</li>").arg(warning.toHtmlEscaped());
            h += QStringLiteral("</ul>");
        }
    }
    return h;
}

void ImportSummaryDialog::setSummary(const ImportSummary& summary)
{
    m_model->setSummary(summary);
    m_ui->headlineLabel->setText(headlineFor(summary));
    setWindowTitle(summary.cancelled ? tr("Import cancelled") : tr("Import finished"));
    if (m_model->rowCount() > 0) {
        // Start on the first file that needs attention, else the first one.
        int row = 0;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (summary.files.at(r).status == ImportFileResult::Status::Refused) {
                row = r;
                break;
            }
        }
        m_ui->filesView->setCurrentIndex(m_model->index(row, 0));
    }
    showDetails();
}

QString ImportSummaryDialog::headline() const { return m_ui->headlineLabel->text(); }

QString ImportSummaryDialog::detailsText() const { return m_ui->detailsView->toPlainText(); }

void ImportSummaryDialog::showDetails()
{
    const QModelIndex current = m_ui->filesView->currentIndex();
    if (!current.isValid()) {
        m_ui->detailsView->clear();
        m_openButton->setEnabled(false);
        return;
    }
    m_ui->detailsView->setHtml(detailsHtml(m_model->summary().files.at(current.row())));
    m_openButton->setEnabled(current.data(ImportSummaryModel::DocumentIdRole).toLongLong() > 0);
}

void ImportSummaryDialog::openSelected()
{
    const QModelIndex current = m_ui->filesView->currentIndex();
    const qint64 documentId = current.isValid() ? current.siblingAtColumn(0).data(ImportSummaryModel::DocumentIdRole).toLongLong() : 0;
    if (documentId <= 0)
        return;
    emit openRequested(documentId, 1, QString());
    accept();
}

} // namespace scrutineer::gui
