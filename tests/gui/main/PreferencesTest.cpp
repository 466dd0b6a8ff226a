// Edit → Preferences: every setting changed in the dialog is applied at once (colours, text
// size, panels, importing) and saved; Cancel changes nothing; the File menu's OCR toggle and the
// dialog share one setting. The reading room's default layout gives the page most of the window.
#include "main/Preferences.h"
#include "GuiFixtures.h"
#include "importing/ImportController.h"
#include "main/MainWindow.h"
#include "main/PreferencesController.h"
#include "main/PreferencesDialog.h"
#include "main/ReadingController.h"
#include "main/Theme.h"
#include "meetings/MeetingsModel.h"
#include "meetings/MeetingsNavigator.h"
#include "pdf/PdfView.h"
#include "pdf/PdfViewer.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

namespace gui = scrutineer::gui;
namespace fx = scrutineer::testing;
using gui::MainWindow;
using gui::Preferences;
using gui::PreferencesDialog;

namespace {

QApplication& app()
{
    return *qobject_cast<QApplication*>(QCoreApplication::instance());
}

// Puts the look back as the other tests expect it.
struct ThemeGuard {
    ~ThemeGuard() { gui::Theme::apply(app(), Preferences()); }
};

template <typename T> T* field(PreferencesDialog* dialog, const char* name)
{
    auto* widget = dialog->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

QDockWidget* dock(const MainWindow& window, const char* name)
{
    return window.findChild<QDockWidget*>(QString::fromLatin1(name));
}

// A database with one meeting, so the reading room (not the welcome page) is shown.
qint64 fillDatabase(const fx::GuiTestDir& dir)
{
    auto database = scrutineer::Database::open(dir.databasePath());
    EXPECT_TRUE(database.hasValue());
    if (!database.hasValue())
        return 0;
    return fx::writeBundle(*database.value(),
                           fx::childrenPack(dir.path(QStringLiteral("pack.pdf")), QDate(2030, 3, 4)));
}

void showReadingRoom(MainWindow& window, const fx::GuiTestDir& dir, const QSize& size)
{
    window.resize(size);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openDatabase(dir.databasePath()));
    ASSERT_TRUE(fx::waitUntil([&] { return window.navigator()->model()->meetingCount() == 1; }, 10000));
    ASSERT_FALSE(window.isShowingEmptyState());
    QCoreApplication::processEvents(); // let the dock layout settle (no timing involved)
}

} // namespace

TEST(Preferences, EverySettingChangedInTheDialogIsAppliedAndSaved)
{
    fx::GuiTestDir dir;
    ThemeGuard guard;
    gui::Theme::apply(app(), Preferences());
    fillDatabase(dir);
    MainWindow window;
    showReadingRoom(window, dir, QSize(1280, 800));
    const bool wasDark = gui::Theme::isDark();
    const QColor windowColour = QApplication::palette().color(QPalette::Window);
    const double pointSize = QApplication::font().pointSizeF();
    ASSERT_GT(pointSize, 0);
    EXPECT_EQ(window.dockWidgetArea(dock(window, "searchDock")), Qt::LeftDockWidgetArea) << "one column by default";

    PreferencesDialog* dialog = window.preferences()->open();
    ASSERT_NE(dialog, nullptr);
    field<QComboBox>(dialog, "paletteCombo")->setCurrentIndex(wasDark ? 1 : 2); // the other one
    field<QSpinBox>(dialog, "textScaleSpin")->setValue(130);
    field<QComboBox>(dialog, "panelLayoutCombo")->setCurrentIndex(1); // both sides
    field<QCheckBox>(dialog, "readingModeCheck")->setChecked(true);
    field<QLineEdit>(dialog, "defaultDatabaseEdit")->setText(dir.path(QStringLiteral("team.sqlite")));
    field<QCheckBox>(dialog, "ocrCheck")->setChecked(false);
    field<QCheckBox>(dialog, "workerCheck")->setChecked(false);
    field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();

    // Applied at once.
    EXPECT_NE(gui::Theme::isDark(), wasDark);
    EXPECT_NE(QApplication::palette().color(QPalette::Window), windowColour);
    EXPECT_NEAR(QApplication::font().pointSizeF(), pointSize * 1.3, 0.05);
    EXPECT_NEAR(window.viewer()->font().pointSizeF(), pointSize * 1.3, 0.05) << "open windows follow";
    EXPECT_FALSE(window.importController()->ocrOptions().enabled);
    EXPECT_FALSE(window.importController()->workerEnabled());
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("actionReadScannedPages"))->isChecked());
    EXPECT_EQ(window.dockWidgetArea(dock(window, "searchDock")), Qt::RightDockWidgetArea);
    EXPECT_EQ(window.dockWidgetArea(dock(window, "meetingsDock")), Qt::LeftDockWidgetArea);

    // Saved, under the test's own settings (GuiTestDir), and read back the same.
    const Preferences saved = Preferences::load();
    EXPECT_EQ(saved.palette, wasDark ? Preferences::Palette::Light : Preferences::Palette::Dark);
    EXPECT_EQ(saved.textScale, 130);
    EXPECT_EQ(saved.panelLayout, Preferences::PanelLayout::BothSides);
    EXPECT_TRUE(saved.startInReadingMode);
    EXPECT_EQ(saved.defaultDatabase, dir.path(QStringLiteral("team.sqlite")));
    EXPECT_EQ(saved.startupDatabase(), dir.path(QStringLiteral("team.sqlite")));
    EXPECT_FALSE(saved.ocr);
    EXPECT_FALSE(saved.importInWorker);
    EXPECT_EQ(saved, window.preferences()->preferences());
    EXPECT_TRUE(QSettings().fileName().startsWith(dir.path(QString()))) << "never the user's own settings";
}

TEST(Preferences, CancelChangesNothing)
{
    fx::GuiTestDir dir;
    ThemeGuard guard;
    gui::Theme::apply(app(), Preferences());
    MainWindow window;
    const Preferences before = window.preferences()->preferences();
    const QColor windowColour = QApplication::palette().color(QPalette::Window);
    const QFont font = QApplication::font();

    PreferencesDialog* dialog = window.preferences()->open();
    field<QComboBox>(dialog, "paletteCombo")->setCurrentIndex(gui::Theme::isDark() ? 1 : 2);
    field<QSpinBox>(dialog, "textScaleSpin")->setValue(150);
    field<QCheckBox>(dialog, "ocrCheck")->setChecked(!before.ocr);
    field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel)->click();

    EXPECT_EQ(QApplication::palette().color(QPalette::Window), windowColour);
    EXPECT_EQ(QApplication::font(), font);
    EXPECT_EQ(window.preferences()->preferences(), before);
    EXPECT_EQ(window.importController()->ocrOptions().enabled, before.ocr);
    EXPECT_TRUE(QSettings().allKeys().filter(QStringLiteral("appearance")).isEmpty()) << "nothing saved";
    EXPECT_EQ(Preferences::load(), before);
}

TEST(Preferences, TheMenuToggleAndTheDialogShareTheOcrSetting)
{
    fx::GuiTestDir dir;
    MainWindow window;
    auto* toggle = window.findChild<QAction*>(QStringLiteral("actionReadScannedPages"));
    ASSERT_NE(toggle, nullptr);
    ASSERT_TRUE(toggle->isChecked()) << "on unless turned off";
    toggle->setChecked(false);
    EXPECT_FALSE(Preferences::load().ocr);
    PreferencesDialog* dialog = window.preferences()->open();
    EXPECT_FALSE(field<QCheckBox>(dialog, "ocrCheck")->isChecked());
    field<QCheckBox>(dialog, "ocrCheck")->setChecked(true);
    dialog->accept();
    EXPECT_TRUE(toggle->isChecked());
    EXPECT_TRUE(window.importController()->ocrOptions().enabled);
}

TEST(Preferences, AnOldOcrSettingIsKeptAndNonsenseFallsBackToTheDefaults)
{
    fx::GuiTestDir dir;
    QSettings settings;
    settings.setValue(QStringLiteral("import/ocr"), false); // written by the File menu before Preferences
    settings.setValue(QStringLiteral("appearance/textScale"), 5000);
    settings.setValue(QStringLiteral("appearance/palette"), QStringLiteral("purple"));
    settings.sync();
    const Preferences p = Preferences::load();
    EXPECT_FALSE(p.ocr);
    EXPECT_EQ(p.textScale, Preferences::kMaxTextScale);
    EXPECT_EQ(p.palette, Preferences::Palette::System);
    EXPECT_TRUE(p.defaultDatabase.isEmpty());
    EXPECT_FALSE(p.startupDatabase().isEmpty()) << "the embedded default";
}

TEST(ReadingLayout, ThePageGetsMostOfTheWindowAt1280x800)
{
    fx::GuiTestDir dir;
    const qint64 document = fillDatabase(dir);
    MainWindow window;
    showReadingRoom(window, dir, QSize(1280, 800));
    window.reading()->open(document, 1, QString());
    ASSERT_TRUE(fx::waitUntil([&] { return window.viewer()->documentId() == document; }, 10000));
    QCoreApplication::processEvents();
    EXPECT_FALSE(window.viewer()->thumbnailsAction()->isChecked()) << "thumbnails wait for F4 on first run";
    EXPECT_EQ(window.width(), 1280) << "no panel forces the window wider than the screen";
    const int page = window.viewer()->view()->width();
    EXPECT_GE(page, window.width() * 70 / 100)
        << "the page view is " << page << " of " << window.width() << " px; the panels take "
        << dock(window, "meetingsDock")->width() << " px";
    for (const char* name : {"meetingsDock", "agendaDock", "searchDock", "notesDock"})
        EXPECT_EQ(window.dockWidgetArea(dock(window, name)), Qt::LeftDockWidgetArea) << name;
    EXPECT_FALSE(dock(window, "agendaDock")->visibleRegion().isEmpty()) << "the agenda is the tab on show";
}

TEST(ReadingLayout, TheUsersLayoutIsRememberedAndResetGivesTheDefault)
{
    fx::GuiTestDir dir;
    fillDatabase(dir);
    {
        MainWindow window;
        showReadingRoom(window, dir, QSize(1920, 1080));
        EXPECT_GE(window.viewer()->view()->width(), window.width() * 70 / 100);
        window.addDockWidget(Qt::RightDockWidgetArea, dock(window, "notesDock"));
        window.close();
    }
    MainWindow again;
    showReadingRoom(again, dir, QSize(1920, 1080));
    EXPECT_EQ(again.dockWidgetArea(dock(again, "notesDock")), Qt::RightDockWidgetArea);
    again.findChild<QAction*>(QStringLiteral("actionResetLayout"))->trigger();
    EXPECT_EQ(again.dockWidgetArea(dock(again, "notesDock")), Qt::LeftDockWidgetArea);
}
