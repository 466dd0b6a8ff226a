// scrutineer-cli-main: import agenda packs, export, search and list from the command line. Started
// by the scrutineer-cli launcher (launcher/main.cpp), which users run.
#include "CliSupport.h"
#include "CommandTable.h"
#include "Log.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

// Sanitizer builds leave normally, so that the leak checker runs at exit.
#if defined(__SANITIZE_ADDRESS__)
#define SCRUTINEER_LEAVE_NORMALLY 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SCRUTINEER_LEAVE_NORMALLY 1
#endif
#endif

int main(int argc, char** argv)
{
    int code = 0;
    {
        QCoreApplication app(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("Scrutineer"));
        QCoreApplication::setApplicationName(QStringLiteral("scrutineer"));
        QCoreApplication::setApplicationVersion(QStringLiteral(SCRUTINEER_VERSION));
        code = scrutineer::cli::CommandTable::dispatch(QCoreApplication::arguments());
    }
    // The command has finished: its database is closed and its files are written. What is left is
    // freeing the lexicon and a few hundred compiled patterns one by one, which cost a short
    // import about a tenth of its time; the process leaves without it once its output is out.
    // Only standard output and error are flushed: flushing every stream would wait for standard
    // input, which the import worker's reader thread may hold while it waits for "cancel".
    scrutineer::log::flush();
    std::fflush(stdout);
    std::fflush(stderr);
#ifndef SCRUTINEER_LEAVE_NORMALLY
    std::_Exit(code);
#endif
    return code;
}
