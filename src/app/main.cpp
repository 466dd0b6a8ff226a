// scrutineer: the reading room for council agenda packs.
#include "Log.h"
#include "ScreenshotTour.h"
#include "StartupReport.h"
#include "main/MainWindow.h"
#include "main/Preferences.h"
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

void installTranslators(QCoreApplication& app)
{
    // The sources are English; the English catalogue still supplies plural forms ("1 meeting"),
    // so it is the fallback when the desktop's language has no catalogue.
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("scrutineer"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("scrutineer_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

// The program's command line, added to a parser (translated when a translator is installed).
struct Options {
    explicit Options(QCommandLineParser& parser)
        : db(QStringLiteral("db"), QCoreApplication::translate("main", "Open the database FILE."),
             QStringLiteral("FILE")),
          verbose(QStringLiteral("verbose"), QCoreApplication::translate("main", "Log debug messages to the console.")),
          screenshots(QStringLiteral("screenshots"),
                      QCoreApplication::translate("main", "Take a tour of the screens into DIR and quit."),
                      QStringLiteral("DIR")),
          startup(QStringLiteral("startup-report"),
                  QCoreApplication::translate("main", "Print start-up timings and quit."))
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Read, search and annotate council agenda packs. Without --db, the database chosen in Preferences "
            "is opened, else the embedded database in your application data folder (created on first use)."));
        parser.addHelpOption();
        parser.addVersionOption();
        screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
        startup.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({db, verbose, screenshots, startup});
    }
    QCommandLineOption db;
    QCommandLineOption verbose;
    QCommandLineOption screenshots;
    QCommandLineOption startup;
};

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
    // --help, --version and a mistyped option are answered before a display is needed, so that
    // they work over ssh and in scripts.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    {
        QCommandLineParser early;
        const Options options(early);
        if (!early.parse(arguments) || early.isSet(QStringLiteral("help")) || early.isSet(QStringLiteral("version"))
            || early.isSet(QStringLiteral("help-all"))) {
            QCoreApplication core(argc, argv);
            installTranslators(core);
            QCommandLineParser parser;
            const Options translated(parser);
            parser.process(core); // prints and exits
            return 0;
        }
    }
    QApplication app(argc, argv);
    installTranslators(app);
    QCommandLineParser parser;
    const Options options(parser);
    const QCommandLineOption& dbOption = options.db;
    const QCommandLineOption& verboseOption = options.verbose;
    const QCommandLineOption& screenshotsOption = options.screenshots;
    const QCommandLineOption& startupOption = options.startup;
    parser.process(app);

    scrutineer::log::init({scrutineer::log::defaultLogFile(), parser.isSet(verboseOption), true});
    scrutineer::log::installQtMessageBridge();
    scrutineer::gui::Theme::apply(app);
    QApplication::setWindowIcon(applicationIcon());

    const QString databasePath
        = parser.isSet(dbOption) ? parser.value(dbOption) : scrutineer::gui::Preferences::load().startupDatabase();
    scrutineer::gui::MainWindow window;
    // A team database is tried off the GUI thread: the window shows at once, whatever the server.
    window.openWhenReachable(databasePath);
    window.show();
    scrutineer::log::info(QStringLiteral("window shown %1 ms after start").arg(clock.elapsed()));

    if (parser.isSet(startupOption))
        new scrutineer::app::StartupReport(&window, clock, &app);
    if (parser.isSet(screenshotsOption))
        new scrutineer::app::ScreenshotTour(&window, parser.value(screenshotsOption), &app);
    return QApplication::exec();
}
