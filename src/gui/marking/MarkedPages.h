#pragma once

#include "MarkedTable.h"
#include "layout/LayoutPage.h"
#include "marking/RegionPreview.h"

#include <QList>
#include <QString>

namespace scrutineer::gui {

// The pages a marked table lies on, read for the mark-table dialog: their words (for RegionTable)
// and the marked parts drawn at 144 dpi (for the preview), or why the document could not be read.
// A value type; read() runs on a worker thread, off the GUI thread.
struct MarkedPages {
    layout::LayoutDocument document;
    QList<RegionPreview::Crop> crops;
    QString error;

    static MarkedPages read(const QString& path, const QList<PageArea>& areas);
};

} // namespace scrutineer::gui
