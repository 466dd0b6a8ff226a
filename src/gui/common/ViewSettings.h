#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QVariant>

#include <functional>

class QCheckBox;
class QComboBox;
class QHeaderView;
class QLineEdit;
class QSplitter;
class QTabWidget;

namespace scrutineer::gui {

// Remembers a view's column layouts, sort orders, splitters and filters between runs (QSettings,
// under "ChairTools/<view>/"): the widgets tracked are written by save() and set again by
// restore(), each under its key. Column layouts are kept with QHeaderView::saveState and only
// restored onto a header with the same number of columns. GUI thread only.
class ViewSettings final {
public:
    explicit ViewSettings(const QString& view) : m_group(QStringLiteral("ChairTools/") + view) {}

    // Tracked widgets, saved and restored in the order tracked.
    void track(QHeaderView* header, const QString& name = QStringLiteral("header"));
    void track(QSplitter* splitter, const QString& key);
    void track(QLineEdit* edit, const QString& key);
    void track(QCheckBox* box, const QString& key, bool fallback);
    void track(QComboBox* combo, const QString& key); // by item data; the first item when not found
    void track(QTabWidget* tabs, const QString& key);
    // Any other value, read and set through the view.
    void track(const QString& key, std::function<QVariant()> get, std::function<void(const QVariant&)> set,
               const QVariant& fallback = {});
    void save() const;
    void restore() const;

    void saveHeader(QHeaderView* header, const QString& name = QStringLiteral("header")) const;
    // True when a saved layout was applied.
    bool restoreHeader(QHeaderView* header, const QString& name = QStringLiteral("header")) const;

    // A context menu on the header that shows and hides columns (never the last visible one).
    static void enableColumnMenu(QHeaderView* header);

    void setValue(const QString& key, const QVariant& value) const;
    QVariant value(const QString& key, const QVariant& fallback = {}) const;

private:
    struct Tracked {
        QString key;
        std::function<QVariant()> get; // an invalid QVariant: the widget is gone, nothing saved
        std::function<void(const QVariant&)> set;
        QVariant fallback;
        QPointer<QHeaderView> header; // headers are saved with their column count
    };
    QString m_group;
    QList<Tracked> m_tracked;
};

} // namespace scrutineer::gui
