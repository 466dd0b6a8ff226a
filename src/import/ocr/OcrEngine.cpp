#include "OcrEngine.h"

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <QCoreApplication>

#include <dlfcn.h>

namespace scrutineer {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("OcrEngine", text);
}

// Tesseract's cancel hook: asked between words while it recognises a page.
bool cancelRequested(void* flag, int /*words*/)
{
    return flag && static_cast<const std::atomic_bool*>(flag)->load(std::memory_order_relaxed);
}

// Tesseract reads specks, rules and picture edges as words with no letter or digit in them and
// a low confidence; they are noise, not text anyone could search for.
bool isNoise(const QString& text, float confidence)
{
    if (confidence >= 50.0F)
        return false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return false;
    }
    return true;
}

// Debian's Tesseract runs parts of recognition on an OpenMP team of four threads. The import
// already reads pages on one thread per core; on two cores the nested teams spin against each
// other (a page took 7.5 s instead of 2.2 s under load). OMP_THREAD_LIMIT is read when the
// process starts, too late to set from here, so ask the OpenMP runtime, when Tesseract brought
// one, to run this thread's parallel regions on one thread. Looked up at run time: a Tesseract
// built without OpenMP needs nothing.
void keepOpenMpToThisThread()
{
    using SetLevels = void (*)(int);
    static const auto setLevels = reinterpret_cast<SetLevels>(dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"));
    if (setLevels)
        setLevels(0);
}

} // namespace

struct OcrEngine::Impl {
    tesseract::TessBaseAPI api;
    QString language;
};

OcrEngine::OcrEngine(std::unique_ptr<Impl> impl) : m_impl(std::move(impl))
{
}

OcrEngine::~OcrEngine()
{
    if (m_impl)
        m_impl->api.End();
}

Expected<std::unique_ptr<OcrEngine>> OcrEngine::create(const QString& language)
{
    auto impl = std::make_unique<Impl>();
    impl->language = language;
    // Tesseract prints progress and warnings to stderr; the import reports what matters itself.
    impl->api.SetVariable("debug_file", "/dev/null");
    if (impl->api.Init(nullptr, language.toUtf8().constData(), tesseract::OEM_LSTM_ONLY) != 0) {
        return Error {Error::Code::Internal,
                      {},
                      tr("Tesseract could not load its '%1' language data (install tesseract-ocr-%1)").arg(language)};
    }
    impl->api.SetPageSegMode(tesseract::PSM_AUTO);
    return std::unique_ptr<OcrEngine>(new OcrEngine(std::move(impl)));
}

QString OcrEngine::signature(const QString& language)
{
    return QStringLiteral("tesseract %1 %2").arg(QString::fromLatin1(tesseract::TessBaseAPI::Version()), language);
}

OcrEngine::Result OcrEngine::read(const QImage& image, double dpi, const std::atomic_bool* cancel)
{
    Result result;
    if (image.isNull() || dpi <= 0)
        return result;
    keepOpenMpToThisThread();
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    tesseract::TessBaseAPI& api = m_impl->api;
    api.SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    api.SetSourceResolution(int(std::lround(dpi)));

    tesseract::ETEXT_DESC monitor;
    monitor.cancel = &cancelRequested;
    monitor.cancel_this = const_cast<std::atomic_bool*>(cancel); // only read, through cancelRequested
    const int status = api.Recognize(cancel ? &monitor : nullptr);
    if (cancel && cancel->load()) {
        result.cancelled = true;
        api.Clear();
        return result;
    }
    if (status != 0) {
        api.Clear();
        return result;
    }

    const double scale = 72.0 / dpi;
    double confidenceSum = 0;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (it) {
        do {
            const std::unique_ptr<char[]> utf8(it->GetUTF8Text(tesseract::RIL_WORD));
            if (!utf8)
                continue;
            const QString text = QString::fromUtf8(utf8.get()).trimmed();
            const float confidence = it->Confidence(tesseract::RIL_WORD);
            int left = 0;
            int top = 0;
            int right = 0;
            int bottom = 0;
            if (text.isEmpty() || isNoise(text, confidence)
                || !it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom))
                continue;
            layout::LayoutWord word;
            word.text = text;
            word.box = QRectF(left * scale, top * scale, (right - left) * scale, (bottom - top) * scale);
            word.confidence = std::clamp(double(confidence) / 100.0, 0.0, 1.0);
            word.vertical = false;
            confidenceSum += word.confidence;
            result.words.append(std::move(word));
        } while (it->Next(tesseract::RIL_WORD));
    }
    if (!result.words.isEmpty())
        result.meanConfidence = confidenceSum / double(result.words.size());
    api.Clear();
    return result;
}

} // namespace scrutineer
