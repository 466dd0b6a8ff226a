// RecommendationsView's filters and its count line.
#include "RecommendationsView.h"

#include "Rating.h"

#include "common/BodyFilter.h"
#include "recommendations/RecommendationTableModel.h"
#include "ui_RecommendationsView.h"

namespace scrutineer::gui {

RecommendationViewFilter RecommendationsView::filter() const
{
    RecommendationViewFilter f;
    f.search = m_ui->searchLineEdit->text();
    f.body = m_bodyFilter->body();
    f.base.awaitingOnly = m_ui->awaitingCheckBox->isChecked();
    f.base.acceptedWithoutUpdateOnly = m_ui->noUpdateCheckBox->isChecked();
    f.base.today = m_model->today();
    if (const int d = m_ui->decisionFilterComboBox->currentData().toInt(); d == kNotStated) {
        f.base.decision = ResponseDecision::Pending;
        f.decisionNotStated = true;
    } else if (d >= 0) {
        f.base.decision = ResponseDecision(d);
    }
    return f;
}

void RecommendationsView::setFilter(const RecommendationViewFilter& f)
{
    m_restoring = true;
    m_ui->searchLineEdit->setText(f.search);
    m_bodyFilter->setBody(f.body);
    m_ui->awaitingCheckBox->setChecked(f.base.awaitingOnly);
    m_ui->noUpdateCheckBox->setChecked(f.base.acceptedWithoutUpdateOnly);
    const int decision = f.decisionNotStated ? kNotStated : (f.base.decision ? int(*f.base.decision) : -1);
    m_ui->decisionFilterComboBox->setCurrentIndex(std::max(0, m_ui->decisionFilterComboBox->findData(decision)));
    m_restoring = false;
    filterChanged();
}

void RecommendationsView::filterChanged()
{
    if (m_restoring)
        return;
    m_proxy->setFilter(filter());
    updateCount();
}

void RecommendationsView::updateCount()
{
    int awaiting = 0;
    int noUpdate = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QVariant chase = m_proxy->index(row, 0).data(RecommendationTableModel::ChaseRole);
        awaiting += chase.isValid() && rating::Rag(chase.toInt()) == rating::Rag::Red ? 1 : 0;
        noUpdate += chase.isValid() && rating::Rag(chase.toInt()) == rating::Rag::Amber ? 1 : 0;
    }
    const int shown = m_proxy->rowCount();
    if (m_loaded && m_model->rowCount() == 0) {
        m_ui->countLabel->setText(tr("No recommendations yet: they are read from scrutiny reports, minutes and the "
                                     "executive's responses when you import them."));
        m_ui->exportCsvButton->setEnabled(false);
        return;
    }
    QString text = shown == 1 ? tr("1 recommendation shown") : tr("%n recommendations shown", nullptr, shown);
    if (shown != m_model->rowCount())
        text += tr(" of %1").arg(m_model->rowCount());
    if (awaiting > 0)
        text += tr(" · %n awaiting a response over two months", nullptr, awaiting);
    if (noUpdate > 0)
        text += tr(" · %n accepted with no update since", nullptr, noUpdate);
    m_ui->countLabel->setText(text);
    m_ui->exportCsvButton->setEnabled(shown > 0);
}

} // namespace scrutineer::gui
