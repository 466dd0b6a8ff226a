#pragma once

#include "ocr/OcrEngine.h"

#include <QByteArray>
#include "ocr/GrayImage.h"

#include <QString>

#include <optional>

namespace scrutineer {

// OCR results kept on disk, one small JSON file per page image, keyed by a hash of the image
// and of what read it, so the same scanned page is never read twice (a re-import, a revised
// pack). Lives under QStandardPaths::CacheLocation: the results are derived and can be rebuilt,
// serve every database, and are written by whichever process imports. Files are replaced
// atomically, so several threads or processes may share the folder. Any thread.
class OcrCache final {
public:
    // `folder` empty = <CacheLocation>/ocr.
    explicit OcrCache(QString folder = {});

    QString folder() const { return m_folder; }
    // SHA-256 (hex) of the page image as OCR would see it (grey levels), the resolution and the
    // engine signature.
    static QByteArray key(const GrayImage& image, double dpi, const QString& engineSignature);

    std::optional<OcrEngine::Result> find(const QByteArray& key) const;
    // False when the folder cannot be written; the import goes on without the cache.
    bool store(const QByteArray& key, const OcrEngine::Result& result) const;

private:
    QString pathFor(const QByteArray& key) const;
    QString m_folder;
};

} // namespace scrutineer
