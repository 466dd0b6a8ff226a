// scrutineer: the reading room for council agenda packs.
#include "Database.h"
#include "Log.h"
#include "ScreenshotTour.h"
#include "StartupReport.h"
#include "main/MainWindow.h"
#include "main/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/scrutineer-%1.png").arg(size), QSize(size, size));
    return icon;
}

void installTranslators(QApplication& app)
{
    // The sources are English; the English catalogue still supplies plural forms ("1 meeting"),
    // so it is the fallback when the desktop's language has no catalogue.
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("scrutineer"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("scrutineer_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication::setOrganizationName(QStringLiteral("Scrutineer"));
    QApplication::setApplicationName(QStringLiteral("scrutineer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Scrutineer"));
    QApplication::setApplicationVersion(QStringLiteral(SCRUTINEER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("invalid.example.Scrutineer"));
    QApplication app(argc, argv);
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Read, search and annotate council agenda packs. Without --db, the embedded database in your "
                "application data folder is used (created on first use)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Open the database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QApplication::translate("main", "Log debug messages to the console."));
    QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
                                         QApplication::translate("main", "Take a tour of the screens into DIR and quit."),
                                         QStringLiteral("DIR"));
    screenshotsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption startupOption(QStringLiteral("startup-report"),
                                     QApplication::translate("main", "Print start-up timings and quit."));
    startupOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, verboseOption, screenshotsOption, startupOption});
    parser.process(app);

    scrutineer::log::init({scrutineer::log::defaultLogFile(), parser.isSet(verboseOption), true});
    scrutineer::log::installQtMessageBridge();
    scrutineer::gui::Theme::apply(app);
    QApplication::setWindowIcon(applicationIcon());

    const QString databasePath = parser.isSet(dbOption) ? parser.value(dbOption) : scrutineer::Database::defaultPath();
    scrutineer::gui::MainWindow window;
    if (!window.openDatabase(databasePath))
        scrutineer::log::error(QStringLiteral("could not open the database %1").arg(databasePath));
    window.show();
    scrutineer::log::info(QStringLiteral("window shown %1 ms after start").arg(clock.elapsed()));

    if (parser.isSet(startupOption))
        new scrutineer::app::StartupReport(&window, clock, &app);
    if (parser.isSet(screenshotsOption))
        new scrutineer::app::ScreenshotTour(&window, parser.value(screenshotsOption), &app);
    return QApplication::exec();
}
