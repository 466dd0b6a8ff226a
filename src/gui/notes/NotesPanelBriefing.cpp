// The briefing-sheet half of NotesPanel: the sheet for the current meeting, Markdown and PDF
// export, printing. GUI thread only.
#include "NotesPanel.h"

#include "BriefingWriter.h"
#include "Database.h"
#include "MeetingStore.h"
#include "NotesModel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <memory>

namespace scrutineer::gui {
namespace {

QString safeFileName(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral(" "));
    return text.simplified().replace(QLatin1Char(' '), QLatin1Char('-'));
}

} // namespace

BriefingWriter::Sheet NotesPanel::sheet() const
{
    BriefingWriter::Sheet sheet;
    const auto meeting = meetingSummary();
    if (meeting) {
        sheet.heading = meeting->body;
        sheet.authority = meeting->authority;
        QStringList when;
        if (meeting->date.isValid())
            when << QLocale().toString(meeting->date, QStringLiteral("dddd d MMMM yyyy"));
        if (meeting->time.isValid())
            when << QLocale().toString(meeting->time, QStringLiteral("HH:mm"));
        sheet.subheading = when.join(QStringLiteral(", "));
        if (!meeting->venue.isEmpty())
            sheet.subheading += QStringLiteral(" · ") + meeting->venue;
    }
    QHash<QString, QString> titles;
    if (m_database && m_meetingId > 0) {
        for (const MeetingStore::AgendaEntry& item : MeetingStore(*m_database).mergedAgenda(m_meetingId))
            titles.insert(item.number, item.title);
    }
    auto convert = [&titles](const NotesModel::Entry& e) {
        BriefingWriter::Entry out;
        out.body = e.note.body;
        out.location = e.location;
        out.pageLocation = e.pageLocation;
        out.agendaNumber = e.note.agendaNumber;
        out.agendaTitle = titles.value(e.note.agendaNumber);
        out.anchorText = e.note.anchorText;
        out.done = e.note.done;
        return out;
    };
    for (const NotesModel::Entry& e : m_model->questions())
        sheet.questions.append(convert(e));
    for (const NotesModel::Entry& e : m_model->notes())
        sheet.notes.append(convert(e));
    return sheet;
}

QString NotesPanel::briefingMarkdown() const { return BriefingWriter::markdown(sheet()); }

bool NotesPanel::exportMarkdown(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(briefingMarkdown().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool NotesPanel::exportPdf(const QString& path, QString* error) const
{
    if (auto failed = BriefingWriter::writePdf(sheet(), path)) {
        if (error)
            *error = *failed;
        return false;
    }
    return true;
}

void NotesPanel::printBriefing()
{
    if (m_meetingId <= 0)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setWindowTitle(tr("Print briefing sheet"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, qOverload<>(&QDialog::accepted), this, [this, printer] {
        if (!BriefingWriter::print(sheet(), *printer)) {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Print briefing sheet"), tr("The briefing could not be printed."),
                                        QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
}

void NotesPanel::exportBriefing()
{
    if (m_meetingId <= 0)
        return;
    const auto meeting = meetingSummary();
    QString base = tr("Briefing");
    if (meeting)
        base += QLatin1Char(' ') + meeting->body + QLatin1Char(' ') + meeting->date.toString(Qt::ISODate);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(this, tr("Export briefing sheet"), dir + QLatin1Char('/') + safeFileName(base) + QStringLiteral(".pdf"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("PDF document (*.pdf)"), tr("Markdown text (*.md)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        dialog->setDefaultSuffix(filter.contains(QStringLiteral("*.md")) ? QStringLiteral("md") : QStringLiteral("pdf"));
    });
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QString error;
        const bool ok = path.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive) ? exportMarkdown(path, &error)
                                                                                  : exportPdf(path, &error);
        if (!ok) {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Export briefing sheet"),
                                        tr("The briefing could not be written to %1: %2").arg(QFileInfo(path).fileName(), error),
                                        QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
}

} // namespace scrutineer::gui
