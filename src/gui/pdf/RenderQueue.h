#pragma once

#include <QList>
#include <QMutex>
#include <QRectF>
#include <QString>

namespace scrutineer::gui {

// Work waiting for the render thread. The GUI thread replaces whole lanes as the user scrolls, so
// the worker always takes the page that is needed now, never a backlog of pages scrolled past.
// Every member is guarded by `mutex`; shared by PageRenderer (GUI thread) and RenderWorker.
struct RenderQueue {
    enum class Lane { View, Thumbnails };

    struct RenderJob {
        int page = 0; // 0-based
        int dpi = 72;
        Lane lane = Lane::View;
    };
    struct TextJob {
        enum class Kind { Find, Words };
        Kind kind = Kind::Find;
        int page = 0;
        QString text; // Find: what to look for
        QRectF area; // unused
    };

    QMutex mutex;
    quint64 generation = 0; // bumped on every open/close; results from older generations are dropped
    QList<RenderJob> view;
    QList<RenderJob> thumbnails;
    QList<TextJob> text;
    // Find in the document: one page search each, taken between renders so the pages keep coming.
    QList<TextJob> search;
    bool drainPosted = false;

    bool isEmpty() const { return view.isEmpty() && thumbnails.isEmpty() && text.isEmpty() && search.isEmpty(); }
};

} // namespace scrutineer::gui
