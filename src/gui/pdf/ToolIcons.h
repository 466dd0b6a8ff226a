#pragma once

#include <QIcon>

class QWidget;

namespace scrutineer::gui {

// Small line icons for the document toolbar, drawn in the widget's text colour so they suit
// the light and the dark palette and need no icon theme. GUI thread only.
class ToolIcons final {
public:
    enum class Glyph { ZoomIn, ZoomOut, FitWidth, FitPage, PreviousPage, NextPage, Thumbnails };
    static QIcon icon(Glyph glyph, const QWidget* widget);
};

} // namespace scrutineer::gui
