#include "AddActionDialog.h"

#include "tracker/ActionLabels.h"
#include "ui_AddActionDialog.h"

#include <QLocale>
#include <QPushButton>

namespace scrutineer::gui {

AddActionDialog::AddActionDialog(const QList<MeetingStore::MeetingSummary>& meetings, qint64 preferredMeeting, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddActionDialog>())
{
    m_ui->setupUi(this);
    for (const MeetingStore::MeetingSummary& m : meetings) {
        const QString date = m.date.isValid() ? QLocale().toString(m.date, QStringLiteral("d MMM yyyy")) : tr("undated");
        m_ui->meetingComboBox->addItem(tr("%1, %2").arg(m.body.isEmpty() ? tr("Unknown body") : m.body, date), m.id);
    }
    const int preferred = m_ui->meetingComboBox->findData(preferredMeeting);
    if (preferred >= 0)
        m_ui->meetingComboBox->setCurrentIndex(preferred);
    for (const ActionStatus s : {ActionStatus::Open, ActionStatus::NotStarted, ActionStatus::OnTrack, ActionStatus::AtRisk,
                                 ActionStatus::OffTrack, ActionStatus::Complete})
        m_ui->statusComboBox->addItem(labels::status(s), int(s));
    m_ui->dueDateEdit->setDate(QDate::currentDate().addMonths(1));
    m_ui->dueDateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    connect(m_ui->dueCheckBox, &QCheckBox::toggled, m_ui->dueDateEdit, &QWidget::setEnabled);
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, &AddActionDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add action"));
    updateOk();
}

AddActionDialog::~AddActionDialog() = default;

void AddActionDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->textEdit->toPlainText().trimmed().isEmpty() && m_ui->meetingComboBox->count() > 0);
}

Action AddActionDialog::action() const
{
    Action a;
    a.origin = ActionOrigin::Manual;
    a.ref = m_ui->refLineEdit->text().trimmed();
    a.text = m_ui->textEdit->toPlainText().trimmed();
    a.owner = m_ui->ownerLineEdit->text().trimmed();
    if (m_ui->dueCheckBox->isChecked()) {
        a.due = m_ui->dueDateEdit->date().toString(Qt::ISODate);
        a.dueText = QLocale().toString(m_ui->dueDateEdit->date(), QStringLiteral("d MMMM yyyy"));
    }
    a.status = ActionStatus(m_ui->statusComboBox->currentData().toInt());
    return a;
}

qint64 AddActionDialog::meetingId() const { return m_ui->meetingComboBox->currentData().toLongLong(); }

void AddActionDialog::fill(qint64 meetingId, const QString& text, const QString& owner, const QDate& due)
{
    m_ui->meetingComboBox->setCurrentIndex(std::max(0, m_ui->meetingComboBox->findData(meetingId)));
    m_ui->textEdit->setPlainText(text);
    m_ui->ownerLineEdit->setText(owner);
    m_ui->dueCheckBox->setChecked(due.isValid());
    if (due.isValid())
        m_ui->dueDateEdit->setDate(due);
}

} // namespace scrutineer::gui
