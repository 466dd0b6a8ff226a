#include "ResolutionDialog.h"

#include "Database.h"
#include "register/ClauseText.h"
#include "ui_ResolutionDialog.h"

#include <QLocale>
#include <QPushButton>
#include <QTextCursor>

namespace scrutineer::gui {

ResolutionDialog::ResolutionDialog(Database& database, const QList<MeetingStore::MeetingSummary>& meetings, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ResolutionDialog>()), m_database(database)
{
    m_ui->setupUi(this);
    for (const MeetingStore::MeetingSummary& m : meetings) {
        const QString date = m.date.isValid() ? QLocale().toString(m.date, QStringLiteral("d MMM yyyy")) : tr("undated");
        m_ui->meetingComboBox->addItem(tr("%1, %2").arg(m.body.isEmpty() ? tr("Unknown body") : m.body, date), m.id);
    }
    QFont mono = m_ui->textEdit->font();
    mono.setStyleHint(QFont::TypeWriter);
    mono.setFamily(QStringLiteral("DejaVu Sans Mono"));
    m_ui->textEdit->setFont(mono);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    connect(m_ui->meetingComboBox, &QComboBox::currentIndexChanged, this, [this] {
        fillItems();
        suggestNumber();
    });
    connect(m_ui->itemComboBox, &QComboBox::activated, this, &ResolutionDialog::itemChosen);
    connect(m_ui->minuteTitleLineEdit, &QLineEdit::textEdited, this, [this] { m_titleTouched = true; });
    connect(m_ui->addClauseButton, &QPushButton::clicked, this, &ResolutionDialog::addClause);
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, &ResolutionDialog::updatePreview);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ResolutionDialog::~ResolutionDialog() = default;

void ResolutionDialog::startNew(qint64 meetingId, const QString& agendaNumber)
{
    setWindowTitle(tr("Record a resolution"));
    m_ui->meetingComboBox->setCurrentIndex(std::max(0, m_ui->meetingComboBox->findData(meetingId)));
    fillItems();
    m_ui->itemComboBox->setCurrentIndex(std::max(0, m_ui->itemComboBox->findData(agendaNumber)));
    itemChosen();
    suggestNumber();
    setText(QString::fromLatin1(clausetext::kTemplate));
    m_ui->textEdit->moveCursor(QTextCursor::End);
    m_ui->textEdit->setFocus();
}

void ResolutionDialog::editManual(const ResolutionStore::Manual& manual)
{
    setWindowTitle(tr("Edit resolution"));
    m_manual = manual;
    m_original = manual.resolution;
    m_ui->meetingComboBox->setCurrentIndex(std::max(0, m_ui->meetingComboBox->findData(manual.meetingId)));
    fillItems();
    m_ui->itemComboBox->setCurrentIndex(std::max(0, m_ui->itemComboBox->findData(manual.agendaNumber)));
    m_ui->minuteNumberLineEdit->setText(manual.minuteNumber);
    m_ui->suggestionLabel->clear();
    m_ui->minuteTitleLineEdit->setText(manual.minuteTitle);
    m_titleTouched = true;
    setText(clausetext::format(manual.resolution));
}

void ResolutionDialog::correct(const ResolutionStore::Record& record)
{
    setWindowTitle(tr("Correct resolution"));
    m_correcting = true;
    m_original = record.resolution;
    m_ui->meetingComboBox->setCurrentIndex(std::max(0, m_ui->meetingComboBox->findData(record.meetingId)));
    m_ui->minuteNumberLineEdit->setText(record.minuteNumber);
    m_ui->minuteTitleLineEdit->setText(record.minuteTitle);
    m_ui->suggestionLabel->setText(tr("As printed in the minutes; the correction is kept through re-imports."));
    for (QWidget* w : {static_cast<QWidget*>(m_ui->meetingComboBox), static_cast<QWidget*>(m_ui->itemComboBox),
                       static_cast<QWidget*>(m_ui->minuteNumberLineEdit), static_cast<QWidget*>(m_ui->minuteTitleLineEdit)})
        w->setEnabled(false);
    setText(clausetext::format(record.resolution));
}

void ResolutionDialog::setText(const QString& text) { m_ui->textEdit->setPlainText(text); }

QString ResolutionDialog::text() const { return m_ui->textEdit->toPlainText(); }

Resolution ResolutionDialog::resolution() const
{
    Resolution r = clausetext::parse(text());
    clausetext::dropEmpty(r.clauses); // a clause started with "Add clause" and left empty
    r.votes = m_original.votes;
    r.condition = m_original.condition;
    r.pdfPage = m_original.pdfPage;
    return r;
}

ResolutionStore::Manual ResolutionDialog::manual() const
{
    ResolutionStore::Manual m = m_manual;
    m.meetingId = m_ui->meetingComboBox->currentData().toLongLong();
    m.agendaNumber = m_ui->itemComboBox->currentData().toString();
    m.minuteNumber = m_ui->minuteNumberLineEdit->text().trimmed();
    m.minuteTitle = m_ui->minuteTitleLineEdit->text().trimmed();
    m.resolution = resolution();
    return m;
}

void ResolutionDialog::fillItems()
{
    const qint64 meetingId = m_ui->meetingComboBox->currentData().toLongLong();
    m_agenda = MeetingStore(m_database).mergedAgenda(meetingId);
    m_ui->itemComboBox->clear();
    m_ui->itemComboBox->addItem(tr("No agenda item"), QString());
    for (const MeetingStore::AgendaEntry& item : m_agenda)
        m_ui->itemComboBox->addItem(tr("%1. %2").arg(item.number, item.title), item.number);
}

void ResolutionDialog::itemChosen()
{
    if (m_titleTouched || m_correcting)
        return;
    const QString number = m_ui->itemComboBox->currentData().toString();
    for (const MeetingStore::AgendaEntry& item : m_agenda) {
        if (item.number == number)
            m_ui->minuteTitleLineEdit->setText(item.title.toUpper());
    }
    if (number.isEmpty())
        m_ui->minuteTitleLineEdit->clear();
}

void ResolutionDialog::suggestNumber()
{
    if (m_correcting || m_manual.id > 0)
        return;
    const QString next = ResolutionStore(m_database).suggestMinuteNumber(m_ui->meetingComboBox->currentData().toLongLong());
    m_ui->minuteNumberLineEdit->setText(next);
    m_ui->suggestionLabel->setText(next.isEmpty() ? tr("No numbered minutes of this body yet.")
                                                  : tr("Suggested: the next number after this body's last minute."));
}

void ResolutionDialog::addClause()
{
    const QString label = clausetext::nextLabel(text());
    QTextCursor cursor = m_ui->textEdit->textCursor();
    cursor.movePosition(QTextCursor::End);
    const QString current = text();
    cursor.insertText((current.isEmpty() || current.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + label +
                      QLatin1Char(' '));
    m_ui->textEdit->setTextCursor(cursor);
    m_ui->textEdit->setFocus();
}

void ResolutionDialog::updatePreview()
{
    const Resolution r = clausetext::parse(text());
    m_ui->previewBrowser->setHtml(clausetext::toHtml(r));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!r.text.trimmed().isEmpty() && m_ui->meetingComboBox->count() > 0);
}

} // namespace scrutineer::gui
