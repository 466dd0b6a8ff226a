#include "BodyFilter.h"

#include <QComboBox>
#include <QSignalBlocker>

#include <algorithm>

namespace scrutineer::gui {

BodyFilter::BodyFilter(QComboBox* combo) : QObject(combo), m_combo(combo)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("All bodies"), QString());
    // The user's choice beats a body asked for earlier. Connected first, so it is settled before
    // the tool's own filter slot reads body().
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        m_wanted.clear();
        m_combo->setToolTip(m_combo->currentText());
    });
}

QString BodyFilter::body() const { return m_wanted.isEmpty() ? m_combo->currentData().toString() : m_wanted; }

void BodyFilter::setBody(const QString& body)
{
    const QSignalBlocker blocker(m_combo);
    const int index = m_combo->findData(body);
    m_combo->setCurrentIndex(std::max(0, index));
    m_combo->setToolTip(m_combo->currentText()); // the committee's whole name when the box cuts it
    m_wanted = index < 0 ? body : QString();
}

void BodyFilter::setBodies(const QStringList& bodies)
{
    QStringList sorted;
    for (const QString& b : bodies) {
        if (!b.isEmpty() && !sorted.contains(b))
            sorted.append(b);
    }
    sorted.sort(Qt::CaseInsensitive);
    const QString wanted = body();
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("All bodies"), QString());
    for (const QString& b : sorted)
        m_combo->addItem(b, b);
    setBody(wanted);
}

} // namespace scrutineer::gui
