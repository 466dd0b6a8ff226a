// ActionTracker's filters, count line and the settings it remembers between runs.
#include "ActionTracker.h"

#include "common/BodyFilter.h"
#include "tracker/ActionProxyModel.h"
#include "tracker/ActionTableModel.h"
#include "ui_ActionTracker.h"

#include <QHeaderView>

namespace scrutineer::gui {

TrackerFilter ActionTracker::filter() const
{
    TrackerFilter f;
    f.search = m_ui->searchLineEdit->text();
    f.base.owner = m_ui->ownerLineEdit->text().trimmed();
    f.base.body = m_bodyFilter->body();
    f.base.openOnly = m_ui->openOnlyCheckBox->isChecked();
    f.base.overdueOnly = m_ui->overdueOnlyCheckBox->isChecked();
    f.base.today = m_model->today();
    if (const int s = m_ui->statusFilterComboBox->currentData().toInt(); s >= 0)
        f.status = ActionStatus(s);
    if (const int o = m_ui->originComboBox->currentData().toInt(); o >= 0)
        f.origin = ActionOrigin(o);
    return f;
}

void ActionTracker::setFilter(const TrackerFilter& f)
{
    m_restoring = true;
    m_ui->searchLineEdit->setText(f.search);
    m_ui->ownerLineEdit->setText(f.base.owner);
    m_bodyFilter->setBody(f.base.body);
    m_ui->openOnlyCheckBox->setChecked(f.base.openOnly);
    m_ui->overdueOnlyCheckBox->setChecked(f.base.overdueOnly);
    m_ui->statusFilterComboBox->setCurrentIndex(std::max(0, m_ui->statusFilterComboBox->findData(f.status ? int(*f.status) : -1)));
    m_ui->originComboBox->setCurrentIndex(std::max(0, m_ui->originComboBox->findData(f.origin ? int(*f.origin) : -1)));
    m_restoring = false;
    filterChanged();
}

void ActionTracker::filterChanged()
{
    if (m_restoring)
        return;
    m_proxy->setFilter(filter());
    updateCount();
}

void ActionTracker::updateCount()
{
    int late = 0;
    int stale = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int days = m_proxy->index(row, ActionTableModel::OverdueColumn).data(ActionTableModel::SortRole).toInt();
        late += days > 0 ? 1 : 0;
        stale += days < 0 ? 1 : 0;
    }
    QString text = (m_proxy->rowCount() == 1 ? tr("%n action shown", nullptr, m_proxy->rowCount()) : tr("%n actions shown", nullptr, m_proxy->rowCount()));
    if (m_proxy->rowCount() != m_model->rowCount())
        text += tr(" of %1").arg(m_model->rowCount());
    if (late > 0)
        text += tr(" · %n overdue", nullptr, late);
    if (stale > 0)
        text += tr(" · %n with no recent evidence", nullptr, stale);
    m_ui->countLabel->setText(text);
    m_ui->exportCsvButton->setEnabled(m_proxy->rowCount() > 0);
}

void ActionTracker::saveSettings() const { m_settings.save(); }

void ActionTracker::restoreSettings()
{
    m_restoring = true;
    m_settings.restore();
    m_restoring = false;
    filterChanged();
}

} // namespace scrutineer::gui
