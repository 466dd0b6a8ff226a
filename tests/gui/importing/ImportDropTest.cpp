// Files dragged onto the main window: PDFs and folders are taken when the library may be imported
// into, anything else is refused at the door.
#include "importing/ImportController.h"
#include "importing/ImportDrop.h"

#include <QDragEnterEvent>
#include <QFile>
#include <QMainWindow>
#include <QMimeData>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using scrutineer::gui::ImportController;
using scrutineer::gui::ImportDrop;

namespace {

bool importDropTakes(QMainWindow& window, const QMimeData& mime)
{
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(&window, &enter);
    return enter.isAccepted();
}

} // namespace

TEST(ImportDrop, TakesPdfsAndFoldersWhenTheLibraryMayBeImportedInto)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("agenda.pdf"));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    QMainWindow window;
    window.setAcceptDrops(true);
    ImportController import(&window);
    ImportDrop drop(&window, &import);

    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(pdf), QUrl::fromLocalFile(dir.path())});
    EXPECT_TRUE(importDropTakes(window, files));
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(QStringLiteral("Drop to import 2 item")));

    QMimeData text;
    text.setText(QStringLiteral("hello"));
    EXPECT_FALSE(importDropTakes(window, text));

    drop.setMayImport(false); // a reader of a team database
    EXPECT_FALSE(importDropTakes(window, files));
}
