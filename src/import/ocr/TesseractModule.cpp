// The Tesseract module: the only code that includes Tesseract. Built as a shared module that
// OcrEngine loads on the first page that needs OCR (see TesseractModule.h).
#include "ocr/TesseractModule.h"

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cmath>
#include <memory>

// Debian's Tesseract runs parts of recognition on an OpenMP team of four threads. The import
// already reads pages on one thread per core; on two cores the nested teams spin against each
// other (a page took 7.5 s instead of 2.2 s under load). OMP_THREAD_LIMIT is read when the
// OpenMP runtime starts, too late to set from here, so ask it, when Tesseract brought one, to
// run this thread's parallel regions on one thread. A weak reference: a Tesseract built without
// OpenMP needs nothing.
extern "C" void omp_set_max_active_levels(int levels) __attribute__((weak));

namespace scrutineer::ocr {
namespace {

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

class Reader final : public TesseractReader {
public:
    ~Reader() override { m_api.End(); }

    bool init(const char* language)
    {
        // Tesseract prints progress and warnings to stderr; the import reports what matters itself.
        m_api.SetVariable("debug_file", "/dev/null");
        if (m_api.Init(nullptr, language, tesseract::OEM_LSTM_ONLY) != 0)
            return false;
        m_api.SetPageSegMode(tesseract::PSM_AUTO);
        return true;
    }

    TesseractPage read(const GrayImage& image, double dpi, const std::atomic_bool* cancel) override
    {
        TesseractPage result;
        if (image.isNull() || dpi <= 0)
            return result;
        if (omp_set_max_active_levels)
            omp_set_max_active_levels(0);
        m_api.SetImage(image.row(0), image.width, image.height, 1, image.width);
        m_api.SetSourceResolution(int(std::lround(dpi)));

        tesseract::ETEXT_DESC monitor;
        monitor.cancel = &cancelRequested;
        monitor.cancel_this = const_cast<std::atomic_bool*>(cancel); // only read, through cancelRequested
        const int status = m_api.Recognize(cancel ? &monitor : nullptr);
        if (cancel && cancel->load()) {
            result.cancelled = true;
            m_api.Clear();
            return result;
        }
        if (status != 0) {
            m_api.Clear();
            return result;
        }

        const double scale = 72.0 / dpi;
        double confidenceSum = 0;
        std::unique_ptr<tesseract::ResultIterator> it(m_api.GetIterator());
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
        m_api.Clear();
        return result;
    }

private:
    tesseract::TessBaseAPI m_api;
};

} // namespace
} // namespace scrutineer::ocr

extern "C" __attribute__((visibility("default"))) scrutineer::ocr::TesseractReader*
scrutineer_tesseract_create(const char* language)
{
    auto reader = std::make_unique<scrutineer::ocr::Reader>();
    return reader->init(language) ? reader.release() : nullptr;
}

extern "C" __attribute__((visibility("default"))) const char* scrutineer_tesseract_version()
{
    return tesseract::TessBaseAPI::Version();
}
