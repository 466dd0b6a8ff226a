#include "Log.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <memory>
#include <mutex>
#include <vector>

namespace scrutineer::log {
namespace {

std::mutex g_mutex;
std::shared_ptr<spdlog::logger> g_logger;
std::shared_ptr<spdlog::sinks::sink> g_console;

spdlog::level::level_enum toSpd(Level level)
{
    switch (level) {
    case Level::Debug: return spdlog::level::debug;
    case Level::Info: return spdlog::level::info;
    case Level::Warning: return spdlog::level::warn;
    case Level::Error: return spdlog::level::err;
    }
    return spdlog::level::info;
}

std::shared_ptr<spdlog::logger> logger()
{
    std::lock_guard lock(g_mutex);
    if (!g_logger) {
        g_console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        g_console->set_level(spdlog::level::warn);
        g_logger = std::make_shared<spdlog::logger>("scrutineer", g_console);
        g_logger->set_level(spdlog::level::info);
    }
    return g_logger;
}

void qtHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    Level level = Level::Info;
    switch (type) {
    case QtDebugMsg: level = Level::Debug; break;
    case QtInfoMsg: level = Level::Info; break;
    case QtWarningMsg: level = Level::Warning; break;
    case QtCriticalMsg:
    case QtFatalMsg: level = Level::Error; break;
    }
    const QString category = context.category ? QString::fromUtf8(context.category) : QString();
    write(level, category.isEmpty() || category == QLatin1String("default")
                     ? message
                     : QStringLiteral("[%1] %2").arg(category, message));
}

} // namespace

void init(const Options& options)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(options.verbose ? spdlog::level::debug : spdlog::level::warn);
    console->set_pattern("%^%l%$: %v");
    if (options.console || options.verbose)
        sinks.push_back(console);
    if (!options.logFile.isEmpty()) {
        QDir().mkpath(QFileInfo(options.logFile).absolutePath());
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                options.logFile.toStdString(), 2 * 1024 * 1024, 3);
            file->set_level(spdlog::level::debug);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex&) {
            // An unwritable log location must not stop the program; the console still works.
        }
    }
    auto created = std::make_shared<spdlog::logger>("scrutineer", sinks.begin(), sinks.end());
    created->set_level(spdlog::level::debug);
    created->flush_on(spdlog::level::warn);
    std::lock_guard lock(g_mutex);
    g_console = console;
    g_logger = created;
}

void setVerbose(bool verbose)
{
    logger();
    std::lock_guard lock(g_mutex);
    if (g_console)
        g_console->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
}

void installQtMessageBridge() { qInstallMessageHandler(qtHandler); }

void flush()
{
    std::lock_guard lock(g_mutex);
    if (g_logger)
        g_logger->flush();
}

QString defaultLogFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/logs/scrutineer.log");
}

void write(Level level, const QString& message)
{
    logger()->log(toSpd(level), "{}", message.toStdString());
}

} // namespace scrutineer::log
