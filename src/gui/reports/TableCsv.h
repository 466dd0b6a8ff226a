#pragma once

#include <QString>

#include <optional>

class QAbstractItemModel;
class QHeaderView;

namespace scrutineer::gui {

// CSV (RFC 4180, UTF-8) of whatever a table view shows: the model's header and display text,
// row by row in the view's order. With a header view, hidden columns are left out and columns
// keep the order the user dragged them into. Any model (tables, and trees flattened depth-first).
// GUI thread (models belong to it).
class TableCsv final {
public:
    static QString text(const QAbstractItemModel& model, const QHeaderView* header = nullptr);
    // Writes the CSV with a UTF-8 byte order mark (so spreadsheets read accents); returns the
    // error text on failure.
    static std::optional<QString> write(const QAbstractItemModel& model, const QString& path,
                                        const QHeaderView* header = nullptr);
};

} // namespace scrutineer::gui
