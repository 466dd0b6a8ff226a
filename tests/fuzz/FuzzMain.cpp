// One libFuzzer program per harness: SCRUTINEER_FUZZ_TARGET names the function of FuzzTargets.h
// it runs (set by tests/fuzz/CMakeLists.txt).
#include "FuzzTargets.h"

#include <QCoreApplication>

#include <memory>

namespace {

void quiet(QtMsgType, const QMessageLogContext&, const QString&)
{
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Poppler's complaints about broken files arrive as Qt messages: thousands a second.
    qInstallMessageHandler(quiet);
    static std::unique_ptr<QCoreApplication> app = std::make_unique<QCoreApplication>(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return scrutineer::fuzz::SCRUTINEER_FUZZ_TARGET(data, size);
}
