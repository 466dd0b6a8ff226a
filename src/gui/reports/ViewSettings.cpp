#include "ViewSettings.h"

#include <QHeaderView>
#include <QSettings>

namespace scrutineer::gui {

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
