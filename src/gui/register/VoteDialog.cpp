#include "VoteDialog.h"

#include "ui_VoteDialog.h"

#include <QPushButton>
#include <QRegularExpression>

namespace scrutineer::gui {
namespace {

QStringList names(const QPlainTextEdit* edit)
{
    QStringList result;
    for (const QString& part : edit->toPlainText().split(QRegularExpression(QStringLiteral("[,\\n;]")), Qt::SkipEmptyParts)) {
        const QString name = part.simplified();
        if (!name.isEmpty())
            result.append(name);
    }
    return result;
}

std::optional<int> count(const QSpinBox* box) { return box->value() < 0 ? std::nullopt : std::optional<int>(box->value()); }

} // namespace

VoteDialog::VoteDialog(const std::optional<RecordedVote>& votes, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::VoteDialog>())
{
    m_ui->setupUi(this);
    for (QSpinBox* box : {m_ui->forSpinBox, m_ui->againstSpinBox, m_ui->abstainSpinBox})
        box->setSpecialValueText(tr("not recorded"));
    m_ui->outcomeComboBox->addItems({QString(), tr("carried"), tr("lost"), tr("agreed"), tr("agreed unanimously"),
                                     tr("amendment carried"), tr("amendment lost")});
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Record vote"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QSpinBox* box : {m_ui->forSpinBox, m_ui->againstSpinBox, m_ui->abstainSpinBox})
        connect(box, &QSpinBox::valueChanged, this, &VoteDialog::updateCheck);
    for (QPlainTextEdit* edit : {m_ui->forNamesEdit, m_ui->againstNamesEdit, m_ui->abstainNamesEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &VoteDialog::updateCheck);
    if (votes)
        setVotes(*votes);
    updateCheck();
}

VoteDialog::~VoteDialog() = default;

void VoteDialog::setVotes(const RecordedVote& v)
{
    m_ui->forSpinBox->setValue(v.forCount.value_or(-1));
    m_ui->againstSpinBox->setValue(v.againstCount.value_or(-1));
    m_ui->abstainSpinBox->setValue(v.abstainCount.value_or(-1));
    m_ui->forNamesEdit->setPlainText(v.forNames.join(QStringLiteral(", ")));
    m_ui->againstNamesEdit->setPlainText(v.againstNames.join(QStringLiteral(", ")));
    m_ui->abstainNamesEdit->setPlainText(v.abstainNames.join(QStringLiteral(", ")));
    m_ui->outcomeComboBox->setCurrentText(v.outcome);
}

RecordedVote VoteDialog::votes() const
{
    RecordedVote v;
    v.forCount = count(m_ui->forSpinBox);
    v.againstCount = count(m_ui->againstSpinBox);
    v.abstainCount = count(m_ui->abstainSpinBox);
    v.forNames = names(m_ui->forNamesEdit);
    v.againstNames = names(m_ui->againstNamesEdit);
    v.abstainNames = names(m_ui->abstainNamesEdit);
    v.outcome = m_ui->outcomeComboBox->currentText().trimmed();
    v.flags = disagreements(v);
    return v;
}

QStringList VoteDialog::disagreements(const RecordedVote& v)
{
    QStringList problems;
    auto check = [&problems](const QString& side, std::optional<int> n, const QStringList& names) {
        if (!n || names.isEmpty() || *n == names.size())
            return;
        problems.append(names.size() == 1 ? tr("%1: the count is %2 but one name is listed").arg(side).arg(*n)
                                          : tr("%1: the count is %2 but %3 names are listed").arg(side).arg(*n).arg(names.size()));
    };
    check(tr("For"), v.forCount, v.forNames);
    check(tr("Against"), v.againstCount, v.againstNames);
    check(tr("Abstain"), v.abstainCount, v.abstainNames);
    for (const QString& name : v.forNames) {
        if (v.againstNames.contains(name, Qt::CaseInsensitive) || v.abstainNames.contains(name, Qt::CaseInsensitive))
            problems.append(tr("%1 is listed on more than one side").arg(name));
    }
    for (const QString& name : v.againstNames) {
        if (v.abstainNames.contains(name, Qt::CaseInsensitive))
            problems.append(tr("%1 is listed on more than one side").arg(name));
    }
    return problems;
}

void VoteDialog::updateCheck()
{
    const QStringList problems = disagreements(votes());
    m_ui->checkLabel->setText(problems.isEmpty() ? tr("Counts and names agree, or only one of them is recorded.")
                                                 : tr("Kept as entered, and flagged: %1").arg(problems.join(QStringLiteral("; "))));
}

} // namespace scrutineer::gui
