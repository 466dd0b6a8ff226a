// scrutineer-cli-main: import agenda packs, export, search and list from the command line. Started
// by the scrutineer-cli launcher (launcher/main.cpp), which users run.
#include "CliSupport.h"
#include "CommandTable.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Scrutineer"));
    QCoreApplication::setApplicationName(QStringLiteral("scrutineer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCRUTINEER_VERSION));
    return scrutineer::cli::CommandTable::dispatch(QCoreApplication::arguments());
}
