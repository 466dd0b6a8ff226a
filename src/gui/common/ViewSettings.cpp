#include "ViewSettings.h"

#include "common/RepeatedColumns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

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
            QObject::connect(action, &QAction::toggled, header, [header, logical](bool shown) {
                RepeatedColumns::chosenByHand(header, logical);
                header->setSectionHidden(logical, !shown);
            });
        }
        menu->popup(header->viewport()->mapToGlobal(at));
    });
}

void ViewSettings::track(QHeaderView* header, const QString& name)
{
    m_tracked.append({name, {}, {}, {}, header});
}

void ViewSettings::track(QSplitter* splitter, const QString& key)
{
    const QPointer<QSplitter> s(splitter);
    track(
        key, [s] { return s ? QVariant(s->saveState()) : QVariant(); },
        [s](const QVariant& v) {
            if (s)
                s->restoreState(v.toByteArray());
        });
}

void ViewSettings::track(QLineEdit* edit, const QString& key)
{
    const QPointer<QLineEdit> e(edit);
    track(
        key, [e] { return e ? QVariant(e->text()) : QVariant(); },
        [e](const QVariant& v) {
            if (e)
                e->setText(v.toString());
        },
        QString());
}

void ViewSettings::track(QCheckBox* box, const QString& key, bool fallback)
{
    const QPointer<QCheckBox> b(box);
    track(
        key, [b] { return b ? QVariant(b->isChecked()) : QVariant(); },
        [b](const QVariant& v) {
            if (b)
                b->setChecked(v.toBool());
        },
        fallback);
}

void ViewSettings::track(QComboBox* combo, const QString& key)
{
    const QPointer<QComboBox> c(combo);
    track(key, [c] { return c ? c->currentData() : QVariant(); },
          [c](const QVariant& v) {
              if (!c)
                  return;
              // Compared as text: QSettings may give an item's number back as a string.
              int index = 0;
              for (int i = 0; i < c->count(); ++i) {
                  if (v.isValid() && c->itemData(i).toString() == v.toString()) {
                      index = i;
                      break;
                  }
              }
              c->setCurrentIndex(index);
          });
}

void ViewSettings::track(QTabWidget* tabs, const QString& key)
{
    const QPointer<QTabWidget> t(tabs);
    track(
        key, [t] { return t ? QVariant(t->currentIndex()) : QVariant(); },
        [t](const QVariant& v) {
            if (t)
                t->setCurrentIndex(v.toInt());
        },
        0);
}

void ViewSettings::track(const QString& key, std::function<QVariant()> get, std::function<void(const QVariant&)> set,
                         const QVariant& fallback)
{
    m_tracked.append({key, std::move(get), std::move(set), fallback, {}});
}

void ViewSettings::save() const
{
    for (const Tracked& t : m_tracked) {
        if (t.get) {
            if (const QVariant v = t.get(); v.isValid())
                setValue(t.key, v);
        } else if (t.header) {
            saveHeader(t.header, t.key);
        }
    }
}

void ViewSettings::restore() const
{
    for (const Tracked& t : m_tracked) {
        if (t.set)
            t.set(value(t.key, t.fallback));
        else if (t.header)
            restoreHeader(t.header, t.key);
    }
}

void ViewSettings::saveHeader(QHeaderView* header, const QString& name) const
{
    // Columns hidden only because this load's rows repeat one value are saved as shown.
    const QList<int> repeated = RepeatedColumns::hidden(header);
    for (const int column : repeated)
        header->showSection(column);
    const QByteArray state = header->saveState();
    for (const int column : repeated)
        header->hideSection(column);
    QSettings settings;
    settings.setValue(m_group + QLatin1Char('/') + name, state);
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
