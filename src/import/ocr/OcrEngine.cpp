#include "OcrEngine.h"

#include "ocr/TesseractModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <memory>

namespace scrutineer {
namespace {

// The Tesseract module, loaded on first use and kept to the end of the process (Tesseract's
// statics outlive any one engine). Looked for beside the program, where it is installed, and
// where the build put it.
struct Module {
    ocr::CreateReader create = nullptr;
    ocr::ReaderVersion version = nullptr;
    QString problem; // why it could not be loaded
    std::unique_ptr<QLibrary> library; // never unloaded (PreventUnloadHint), freed at exit
};

const Module& module()
{
    static const Module loaded = [] {
        Module m;
        const QString fileName = QStringLiteral(SCRUTINEER_OCR_MODULE_NAME);
        const QString programDir = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
        const QStringList candidates {QDir(programDir).filePath(fileName),
                                      QStringLiteral(SCRUTINEER_OCR_MODULE_INSTALLED),
                                      QStringLiteral(SCRUTINEER_OCR_MODULE_BUILT)};
        QStringList problems;
        for (const QString& path : candidates) {
            if (!QFileInfo::exists(path))
                continue;
            auto library = std::make_unique<QLibrary>(path);
            library->setLoadHints(QLibrary::PreventUnloadHint);
            if (!library->load()) {
                problems.append(library->errorString());
                continue;
            }
            m.create = reinterpret_cast<ocr::CreateReader>(library->resolve(ocr::kCreateReader));
            m.version = reinterpret_cast<ocr::ReaderVersion>(library->resolve(ocr::kReaderVersion));
            if (m.create && m.version) {
                m.library = std::move(library);
                return m;
            }
            problems.append(OcrEngine::tr("%1 is not Scrutineer's Tesseract module").arg(path));
        }
        m.create = nullptr;
        m.version = nullptr;
        m.problem = problems.isEmpty() ? OcrEngine::tr("%1 was not found").arg(fileName)
                                       : problems.join(QStringLiteral("; "));
        return m;
    }();
    return loaded;
}

} // namespace

struct OcrEngine::Impl {
    std::unique_ptr<ocr::TesseractReader> reader;
    QString language;
};

OcrEngine::OcrEngine(std::unique_ptr<Impl> impl) : m_impl(std::move(impl))
{
}

OcrEngine::~OcrEngine() = default;

Expected<std::unique_ptr<OcrEngine>> OcrEngine::create(const QString& language)
{
    const Module& tesseract = module();
    if (!tesseract.create) {
        return Error {Error::Code::Internal, {}, tr("Tesseract could not be loaded (%1)").arg(tesseract.problem)};
    }
    auto impl = std::make_unique<Impl>();
    impl->language = language;
    impl->reader.reset(tesseract.create(language.toUtf8().constData()));
    if (!impl->reader) {
        return Error {Error::Code::Internal,
                      {},
                      tr("Tesseract could not load its '%1' language data (install tesseract-ocr-%1)").arg(language)};
    }
    return std::unique_ptr<OcrEngine>(new OcrEngine(std::move(impl)));
}

QString OcrEngine::signature(const QString& language)
{
    const Module& tesseract = module();
    const QString version = tesseract.version ? QString::fromLatin1(tesseract.version()) : QStringLiteral("missing");
    return QStringLiteral("tesseract %1 %2").arg(version, language);
}

OcrEngine::Result OcrEngine::read(const GrayImage& image, double dpi, const std::atomic_bool* cancel)
{
    ocr::TesseractPage page = m_impl->reader->read(image, dpi, cancel);
    Result result;
    result.words = std::move(page.words);
    result.meanConfidence = page.meanConfidence;
    result.cancelled = page.cancelled;
    return result;
}

} // namespace scrutineer
