#pragma once

#include <QString>

#include <optional>

class QAbstractItemModel;
class QHeaderView;

namespace scrutineer::gui {

// CSV (RFC 4180, UTF-8) of whatever a table view shows: the model's header and display text
// (or, where a model gives one, its ExportRole: the owner cell as printed where the table shows
// the people it names), row by row in the view's order. With a header view, columns the user hid
// are left out (not those hidden for repeating one value, see RepeatedColumns) and columns keep
// the order the user dragged them into. Any model (tables, and trees flattened depth-first).
// GUI thread (models belong to it).
class TableCsv final {
public:
    static constexpr int ExportRole = 0x0100 + 99; // Qt::UserRole + 99
    static QString text(const QAbstractItemModel& model, const QHeaderView* header = nullptr);
    // Writes the CSV with a UTF-8 byte order mark (so spreadsheets read accents); returns the
    // error text on failure.
    static std::optional<QString> write(const QAbstractItemModel& model, const QString& path,
                                        const QHeaderView* header = nullptr);
};

} // namespace scrutineer::gui
