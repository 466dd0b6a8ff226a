#include "pdf/PageCache.h"

namespace scrutineer::gui {

PageCache::PageCache(int maxKilobytes) { m_images.setMaxCost(maxKilobytes); }

void PageCache::insert(int page, int dpi, const QImage& image)
{
    if (image.isNull())
        return;
    const int cost = std::max<int>(1, int(image.sizeInBytes() / 1024));
    m_images.insert(key(page, dpi), new QImage(image), cost);
    m_lastDpi.insert(page, dpi);
}

QImage PageCache::exact(int page, int dpi) const
{
    const QImage* image = m_images.object(key(page, dpi));
    return image ? *image : QImage();
}

QImage PageCache::best(int page, int dpi) const
{
    if (const QImage* image = m_images.object(key(page, dpi)))
        return *image;
    const auto last = m_lastDpi.constFind(page);
    if (last == m_lastDpi.cend())
        return {};
    const QImage* image = m_images.object(key(page, last.value()));
    return image ? *image : QImage();
}

bool PageCache::contains(int page, int dpi) const { return m_images.contains(key(page, dpi)); }

void PageCache::clear()
{
    m_images.clear();
    m_lastDpi.clear();
}

} // namespace scrutineer::gui
