#pragma once

#include <QString>
#include <QVariant>

class QHeaderView;

namespace scrutineer::gui {

// Remembers a view's column layout, sort order and filters between runs (QSettings, under
// "ChairTools/<view>/"). Column layouts are kept with QHeaderView::saveState and only restored
// onto a header with the same number of columns. GUI thread only.
class ViewSettings final {
public:
    explicit ViewSettings(QString view) : m_group(QStringLiteral("ChairTools/") + std::move(view)) {}

    void saveHeader(const QHeaderView* header, const QString& name = QStringLiteral("header")) const;
    // True when a saved layout was applied.
    bool restoreHeader(QHeaderView* header, const QString& name = QStringLiteral("header")) const;

    // A context menu on the header that shows and hides columns (never the last visible one).
    static void enableColumnMenu(QHeaderView* header);

    void setValue(const QString& key, const QVariant& value) const;
    QVariant value(const QString& key, const QVariant& fallback = {}) const;

private:
    QString m_group;
};

} // namespace scrutineer::gui
