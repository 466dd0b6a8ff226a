// The main window's title and the status bar's word on the open library.
#include "main/WindowTitle.h"

#include <QDir>
#include <QMainWindow>
#include <QStatusBar>

#include <gtest/gtest.h>

using scrutineer::gui::WindowTitle;

TEST(WindowTitle, NamesTheLibraryAndCountsItsMeetingsOnceKnown)
{
    QMainWindow window;
    const QString path = QDir::temp().filePath(QStringLiteral("council-library.db"));
    WindowTitle::show(&window, path, std::nullopt);
    EXPECT_EQ(window.windowTitle().toStdString(), "council-library — Scrutineer");
    EXPECT_EQ(window.windowFilePath(), path);
    EXPECT_EQ(window.statusBar()->toolTip(), QDir::toNativeSeparators(path));
    EXPECT_TRUE(window.statusBar()->currentMessage().isEmpty()); // not counted yet: nothing said

    WindowTitle::show(&window, path, 0);
    EXPECT_EQ(window.statusBar()->currentMessage().toStdString(), "council-library: no meetings yet");
    WindowTitle::show(&window, path, 3);
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(QStringLiteral("council-library: 3 meeting")));
}

TEST(WindowTitle, NoLibraryIsJustTheProgram)
{
    QMainWindow window;
    WindowTitle::show(&window, {}, std::nullopt);
    EXPECT_EQ(window.windowTitle().toStdString(), "Scrutineer");
}
