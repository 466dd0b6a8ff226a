#pragma once

#include <QCache>
#include <QHash>
#include <QImage>

namespace scrutineer::gui {

// A small memory-bounded cache of rendered pages keyed by page and resolution, plus a hint of the
// last resolution each page was drawn at so a view can show a scaled copy while the sharp one
// renders. GUI thread only.
class PageCache final {
public:
    explicit PageCache(int maxKilobytes);

    void insert(int page, int dpi, const QImage& image);
    // The image rendered at exactly this dpi, or null.
    QImage exact(int page, int dpi) const;
    // Any image of the page still cached (the exact one first), or null.
    QImage best(int page, int dpi) const;
    bool contains(int page, int dpi) const;
    void clear();
    int kilobytesUsed() const { return int(m_images.totalCost()); }

private:
    static quint64 key(int page, int dpi) { return (quint64(quint32(page)) << 32) | quint32(dpi); }

    QCache<quint64, QImage> m_images;
    QHash<int, int> m_lastDpi;
};

} // namespace scrutineer::gui
