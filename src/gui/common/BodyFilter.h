#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QComboBox;

namespace scrutineer::gui {

// The "Body" filter of a chair's tool: owns the list in its combo box ("All bodies", then every
// body loaded) and the body asked for (set or restored) before a load has listed it, which it
// selects as soon as the list holds it. A child of the combo box. GUI thread only.
class BodyFilter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyFilter)

public:
    explicit BodyFilter(QComboBox* combo);

    // The body to filter by: the one asked for while it is not listed yet, else the selected one;
    // empty = all bodies.
    QString body() const;
    // Selects the body, or remembers it until setBodies lists it. Emits no change of the combo.
    void setBody(const QString& body);
    // Refills the list from the loaded bodies (sorted, without repeats), keeping the selection.
    // Emits no change of the combo.
    void setBodies(const QStringList& bodies);

private:
    QComboBox* m_combo;
    QString m_wanted;
};

} // namespace scrutineer::gui
