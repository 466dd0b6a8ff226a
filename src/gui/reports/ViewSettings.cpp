#include "ViewSettings.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace scrutineer::gui {

void ViewSettings::enableColumnMenu(QHeaderView* header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, header, [header](const QPoint& at) {
        auto* menu = new QMenu(header);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->setAccessibleName(QCoreApplication::translate("ViewSettings", "Columns to show"));
        int visible = 0;
        for (int i = 0; i < header->count(); ++i)
            visible += header->isSectionHidden(i) ? 0 : 1;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            const QString title = header->model()->headerData(logical, Qt::Horizontal).toString();
            QAction* action = menu->addAction(title);
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(logical));
            action->setEnabled(header->isSectionHidden(logical) || visible > 1);
            QObject::connect(action, &QAction::toggled, header,
                             [header, logical](bool shown) { header->setSectionHidden(logical, !shown); });
        }
        menu->popup(header->viewport()->mapToGlobal(at));
    });
}

void ViewSettings::saveHeader(const QHeaderView* header, const QString& name) const
{
    QSettings settings;
    settings.setValue(m_group + QLatin1Char('/') + name, header->saveState());
    settings.setValue(m_group + QLatin1Char('/') + name + QStringLiteral("Columns"), header->count());
}

bool ViewSettings::restoreHeader(QHeaderView* header, const QString& name) const
{
    QSettings settings;
    const QByteArray state = settings.value(m_group + QLatin1Char('/') + name).toByteArray();
    const int columns = settings.value(m_group + QLatin1Char('/') + name + QStringLiteral("Columns"), -1).toInt();
    if (state.isEmpty() || columns != header->count())
        return false;
    return header->restoreState(state);
}

void ViewSettings::setValue(const QString& key, const QVariant& value) const
{
    QSettings().setValue(m_group + QLatin1Char('/') + key, value);
}

QVariant ViewSettings::value(const QString& key, const QVariant& fallback) const
{
    return QSettings().value(m_group + QLatin1Char('/') + key, fallback);
}

} // namespace scrutineer::gui
