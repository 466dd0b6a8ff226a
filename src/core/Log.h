#pragma once

#include <QString>

// The project's logging facade: spdlog stays behind this file, callers pass QStrings.
// Thread-safe after init(); before init() messages go to stderr only.
namespace scrutineer::log {

enum class Level { Debug, Info, Warning, Error };

struct Options {
    QString logFile;        // rotating file; empty = none
    bool verbose = false;   // debug level and console output
    bool console = true;    // mirror warnings and errors to stderr
};

void init(const Options& options);
void setVerbose(bool verbose);
// Route qDebug/qWarning/... into the same sinks.
void installQtMessageBridge();
// Writes out what the sinks still hold (before a program leaves without running destructors).
void flush();
// The default rotating log under the app's data location.
QString defaultLogFile();

void write(Level level, const QString& message);
inline void debug(const QString& message) { write(Level::Debug, message); }
inline void info(const QString& message) { write(Level::Info, message); }
inline void warning(const QString& message) { write(Level::Warning, message); }
inline void error(const QString& message) { write(Level::Error, message); }

} // namespace scrutineer::log
