// ResolutionRegister's filters, reading pane, dialogs and remembered settings.
#include "ResolutionRegister.h"

#include "Database.h"
#include "register/ClauseText.h"
#include "register/ResolutionCommands.h"
#include "register/ResolutionDialog.h"
#include "register/ResolutionProxyModel.h"
#include "register/ResolutionRegisterModel.h"
#include "register/VoteDialog.h"
#include "common/BodyFilter.h"
#include "ui_ResolutionRegister.h"

#include <QHeaderView>
#include <QLocale>

namespace scrutineer::gui {
namespace {

QString voteHtml(const RecordedVote& v)
{
    auto side = [](const QString& label, std::optional<int> n, const QStringList& names) {
        QString h = QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td valign=\"top\">%2</td><td valign=\"top\">%3</td></tr>")
                        .arg(label.toHtmlEscaped(), n ? QString::number(*n) : QStringLiteral("–"),
                             names.join(QStringLiteral(", ")).toHtmlEscaped());
        return h;
    };
    QString h = QStringLiteral("<p style=\"margin-bottom:2px\"><b>%1</b>%2</p><table cellspacing=\"0\" cellpadding=\"2\">")
                    .arg(QCoreApplication::translate("ResolutionRegister", "Recorded vote").toHtmlEscaped(),
                         v.outcome.isEmpty() ? QString() : QStringLiteral(" — ") + v.outcome.toHtmlEscaped());
    h += side(QCoreApplication::translate("ResolutionRegister", "For"), v.forCount, v.forNames);
    h += side(QCoreApplication::translate("ResolutionRegister", "Against"), v.againstCount, v.againstNames);
    h += side(QCoreApplication::translate("ResolutionRegister", "Abstain"), v.abstainCount, v.abstainNames);
    if (!v.absentNames.isEmpty())
        h += side(QCoreApplication::translate("ResolutionRegister", "Absent"), std::nullopt, v.absentNames);
    h += QStringLiteral("</table>");
    if (!v.flags.isEmpty())
        h += QStringLiteral("<p style=\"color:#b26a00\">%1</p>").arg(v.flags.join(QStringLiteral("; ")).toHtmlEscaped());
    return h;
}

// How a decision was recorded when it was not a plain RESOLVED, in words for the reader.
QString recordedAsHtml(const QStringList& flags)
{
    QStringList notes;
    for (const QString& flag : flags) {
        if (flag == QLatin1String("agreed-without-resolved"))
            notes.append(QCoreApplication::translate("ResolutionRegister", "Recorded in the minutes as agreed, without “RESOLVED”."));
        else if (flag == QLatin1String("motion-without-resolved"))
            notes.append(QCoreApplication::translate("ResolutionRegister", "A motion carried on a roll call, without “RESOLVED”."));
        else
            notes.append(flag);
    }
    if (notes.isEmpty())
        return {};
    return QStringLiteral("<p style=\"color:#808080\"><i>%1</i></p>").arg(notes.join(QLatin1Char(' ')).toHtmlEscaped());
}

} // namespace

ResolutionFilter ResolutionRegister::filter() const
{
    ResolutionFilter f;
    f.search = m_ui->searchLineEdit->text();
    f.body = m_bodyFilter->body();
    if (m_ui->fromDateEdit->date() != m_ui->fromDateEdit->minimumDate())
        f.from = m_ui->fromDateEdit->date();
    if (m_ui->toDateEdit->date() != m_ui->toDateEdit->minimumDate())
        f.to = m_ui->toDateEdit->date();
    f.review = ResolutionFilter::Review(m_ui->reviewComboBox->currentData().toInt());
    return f;
}

void ResolutionRegister::setFilter(const ResolutionFilter& f)
{
    m_restoring = true;
    m_ui->searchLineEdit->setText(f.search);
    m_bodyFilter->setBody(f.body);
    m_ui->fromDateEdit->setDate(f.from.isValid() ? f.from : m_ui->fromDateEdit->minimumDate());
    m_ui->toDateEdit->setDate(f.to.isValid() ? f.to : m_ui->toDateEdit->minimumDate());
    m_ui->reviewComboBox->setCurrentIndex(std::max(0, m_ui->reviewComboBox->findData(int(f.review))));
    m_restoring = false;
    filterChanged();
}

void ResolutionRegister::filterChanged()
{
    if (m_restoring)
        return;
    m_proxy->setFilter(filter());
    updateCount();
}

void ResolutionRegister::updateCount()
{
    int unchecked = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const ResolutionStore::Record& r = m_model->record(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        unchecked += !r.manual && r.review == ResolutionStore::Review::Unchecked ? 1 : 0;
    }
    QString text = (m_proxy->rowCount() == 1 ? tr("%n resolution shown", nullptr, m_proxy->rowCount()) : tr("%n resolutions shown", nullptr, m_proxy->rowCount()));
    if (m_proxy->rowCount() != m_model->rowCount())
        text += tr(" of %1").arg(m_model->rowCount());
    if (unchecked > 0)
        text += tr(" · %n not yet checked", nullptr, unchecked);
    m_ui->countLabel->setText(text);
    m_ui->exportCsvButton->setEnabled(m_proxy->rowCount() > 0);
}

void ResolutionRegister::selectionChanged()
{
    const auto r = selectedRecord();
    const bool writable = m_editor->database() != nullptr;
    m_ui->newButton->setEnabled(writable && !m_meetings.isEmpty());
    m_ui->editButton->setEnabled(writable && r);
    m_ui->editButton->setText(r && !r->manual ? tr("&Correct…") : tr("&Edit…"));
    m_ui->checkButton->setEnabled(writable && r);
    m_ui->checkButton->setText(r && r->review != ResolutionStore::Review::Unchecked ? tr("Mark not &checked")
                                                                                     : tr("Mark &checked"));
    m_ui->voteButton->setEnabled(writable && r);
    m_ui->revertButton->setEnabled(writable && r && r->review == ResolutionStore::Review::Corrected);
    m_ui->deleteButton->setEnabled(writable && r && r->manual);
    m_ui->openSourceButton->setEnabled(r && r->documentId > 0);
    if (!r) {
        m_ui->detailsBrowser->setHtml(QStringLiteral("<p style=\"color:#808080\">%1</p>")
                                          .arg(tr("Select a resolution to read it in full.").toHtmlEscaped()));
        return;
    }
    QString h = QStringLiteral("<p style=\"font-size:large\"><b>%1</b></p>")
                    .arg(tr("Minute %1 — %2").arg(r->minuteNumber, r->minuteTitle).toHtmlEscaped());
    QStringList meta{r->body};
    if (r->meetingDate.isValid())
        meta.append(QLocale().toString(r->meetingDate, QStringLiteral("d MMMM yyyy")));
    if (!r->agendaNumber.isEmpty())
        meta.append(tr("agenda item %1").arg(r->agendaNumber));
    meta.append(ResolutionRegisterModel::reviewText(*r));
    if (const QString stamp = ResolutionRegisterModel::reviewStamp(*r); !stamp.isEmpty())
        meta.append(stamp);
    h += QStringLiteral("<p style=\"color:#808080\">%1</p>").arg(meta.join(QStringLiteral(" · ")).toHtmlEscaped());
    h += clausetext::toHtml(r->resolution);
    h += recordedAsHtml(r->resolution.flags);
    if (r->resolution.votes)
        h += voteHtml(*r->resolution.votes);
    if (r->review == ResolutionStore::Review::Corrected) {
        h += QStringLiteral("<hr/><p style=\"color:#808080\"><b>%1</b></p>").arg(tr("As printed").toHtmlEscaped());
        h += clausetext::toHtml(r->printed);
    }
    m_ui->detailsBrowser->setHtml(h);
}

void ResolutionRegister::setMeetingContext(qint64 meetingId, const QString& agendaNumber)
{
    m_contextMeeting = meetingId;
    m_contextItem = agendaNumber;
}

void ResolutionRegister::newResolution()
{
    if (!m_database || m_meetings.isEmpty())
        return;
    auto* dialog = new ResolutionDialog(*m_database, m_meetings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->startNew(m_contextMeeting, m_contextItem);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { createResolution(dialog->manual()); });
    dialog->open();
}

void ResolutionRegister::editSelected()
{
    const auto r = selectedRecord();
    if (!m_database || !r)
        return;
    auto* dialog = new ResolutionDialog(*m_database, m_meetings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto manual = r->manual ? ResolutionStore(*m_database).manual(r->id) : std::nullopt;
    if (manual)
        dialog->editManual(*manual);
    else
        dialog->correct(*r);
    const QString key = r->key;
    connect(dialog, &QDialog::accepted, this, [this, dialog, key, isManual = manual.has_value()] {
        if (isManual) {
            const ResolutionStore::Manual edited = dialog->manual();
            push(key, [&edited](ResolutionSnapshot& s) { s.row = edited; }, tr("Edit resolution"));
        } else {
            editResolution(key, dialog->resolution());
        }
    });
    dialog->open();
}

void ResolutionRegister::recordVoteForSelected()
{
    const auto r = selectedRecord();
    if (!r)
        return;
    auto* dialog = new VoteDialog(r->resolution.votes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString key = r->key;
    connect(dialog, &QDialog::accepted, this, [this, dialog, key] { recordVote(key, dialog->votes()); });
    dialog->open();
}

void ResolutionRegister::openSelected()
{
    const auto r = selectedRecord();
    if (r && r->documentId > 0) {
        const QStringList words = clausetext::summary(r->printed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        emit openRequested(r->documentId, r->pdfPage, words.mid(0, 4).join(QLatin1Char(' ')));
    }
}

void ResolutionRegister::hideEvent(QHideEvent* event)
{
    saveSettings();
    QWidget::hideEvent(event);
}

void ResolutionRegister::saveSettings() const { m_settings.save(); }

void ResolutionRegister::restoreSettings()
{
    m_restoring = true;
    m_settings.restore();
    m_restoring = false;
    filterChanged();
}

} // namespace scrutineer::gui
