#include "OcrCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <cmath>

namespace scrutineer {
namespace {

// Bumped when what is stored, or how a page is prepared for OCR, changes.
constexpr int kFormat = 1;

} // namespace

OcrCache::OcrCache(QString folder) : m_folder(std::move(folder))
{
    if (m_folder.isEmpty())
        m_folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/ocr");
}

QByteArray OcrCache::key(const GrayImage& gray, double dpi, const QString& engineSignature)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QStringLiteral("%1|%2|%3|%4x%5|")
                     .arg(kFormat)
                     .arg(engineSignature)
                     .arg(dpi, 0, 'f', 1)
                     .arg(gray.width)
                     .arg(gray.height)
                     .toUtf8());
    for (int y = 0; y < gray.height; ++y)
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(gray.row(y)), gray.width));
    return hash.result().toHex();
}

QString OcrCache::pathFor(const QByteArray& key) const
{
    return m_folder + QLatin1Char('/') + QString::fromLatin1(key.left(2)) + QLatin1Char('/') + QString::fromLatin1(key)
        + QStringLiteral(".json");
}

std::optional<OcrEngine::Result> OcrCache::find(const QByteArray& key) const
{
    QFile file(pathFor(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("format")).toInt() != kFormat)
        return std::nullopt;
    OcrEngine::Result result;
    result.meanConfidence = root.value(QStringLiteral("confidence")).toDouble();
    const QJsonArray stored = root.value(QStringLiteral("words")).toArray();
    for (const auto& value : stored) {
        const QJsonArray w = value.toArray();
        if (w.size() != 6)
            return std::nullopt; // damaged: read the page again
        layout::LayoutWord word;
        word.text = w.at(0).toString();
        word.box = QRectF(w.at(1).toDouble(), w.at(2).toDouble(), w.at(3).toDouble(), w.at(4).toDouble());
        word.confidence = w.at(5).toDouble();
        result.words.append(std::move(word));
    }
    return result;
}

bool OcrCache::store(const QByteArray& key, const OcrEngine::Result& result) const
{
    const QString path = pathFor(key);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QJsonArray words;
    for (const layout::LayoutWord& word : result.words) {
        // Boxes to a hundredth of a point: plenty for layout, a third of the file size.
        auto round = [](double v) { return std::round(v * 100.0) / 100.0; };
        words.append(QJsonArray {word.text, round(word.box.x()), round(word.box.y()), round(word.box.width()),
                                 round(word.box.height()), round(word.confidence)});
    }
    const QJsonObject root {{QStringLiteral("format"), kFormat},
                            {QStringLiteral("confidence"), result.meanConfidence},
                            {QStringLiteral("words"), words}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return file.commit();
}

} // namespace scrutineer
