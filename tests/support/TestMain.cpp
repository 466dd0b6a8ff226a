// A Qt-aware GoogleTest main: offscreen platform, a QApplication (or QCoreApplication for
// suites that do not link Widgets) and QStandardPaths test mode, so tests never touch the
// user's real data.
#include <gtest/gtest.h>

#include <QStandardPaths>

#ifdef SCRUTINEER_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#elif defined(SCRUTINEER_TEST_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("Scrutineer"));
    TestApplication::setApplicationName(QStringLiteral("scrutineer-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
