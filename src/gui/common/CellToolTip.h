#pragma once

#include <QVariant>

namespace scrutineer::gui {

// A cell's tooltip that always holds what the cell shows — whole, however narrow the column cuts
// it — and then what explains it: `tip` as it is when it already holds the text shown, else the
// text shown above it; nothing when both are empty. Any thread (plain values).
QVariant cellToolTip(const QVariant& shown, const QVariant& tip);

// The role a model answers with what explains a cell beyond its text; its data() answers
// Qt::ToolTipRole with cellToolTip(display, explanation).
inline constexpr int ExplanationRole = Qt::UserRole + 90;

} // namespace scrutineer::gui
