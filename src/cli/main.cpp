// scrutineer-cli: import agenda packs, export, search and list from the command line.
#include "CliSupport.h"
#include "CommandTable.h"
#include "LargePageHeap.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    scrutineer::cli::LargePageHeap::relaunchForImport(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Scrutineer"));
    QCoreApplication::setApplicationName(QStringLiteral("scrutineer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCRUTINEER_VERSION));
    return scrutineer::cli::CommandTable::dispatch(QCoreApplication::arguments());
}
