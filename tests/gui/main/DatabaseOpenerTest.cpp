// Opening a team database never freezes the window: the server is tried off the GUI thread, a
// file opens at once, and when nothing is open and the server cannot be reached the embedded
// library opens instead with the reason shown.
#include "main/DatabaseOpener.h"
#include "GuiFixtures.h"
#include "main/MainWindow.h"

#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace fx = scrutineer::testing;
using scrutineer::Database;
using scrutineer::gui::DatabaseOpener;
using scrutineer::gui::MainWindow;

namespace {

// A "server" on localhost that accepts connections (the kernel completes them from the listen
// backlog) and never answers: libpq waits for it until its connect timeout.
class SilentServer final {
public:
    SilentServer()
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_socket < 0 || ::bind(m_socket, reinterpret_cast<sockaddr*>(&address), length) != 0
            || ::listen(m_socket, 8) != 0
            || ::getsockname(m_socket, reinterpret_cast<sockaddr*>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
    }
    ~SilentServer()
    {
        if (m_socket >= 0)
            ::close(m_socket);
    }
    SilentServer(const SilentServer&) = delete;
    SilentServer& operator=(const SilentServer&) = delete;

    QString address(int timeoutSeconds) const
    {
        if (m_port == 0)
            return {};
        return QStringLiteral("postgresql://nobody@127.0.0.1:%1/scrutiny?connect_timeout=%2")
            .arg(m_port)
            .arg(timeoutSeconds);
    }

private:
    int m_socket = -1;
    int m_port = 0;
};

QMessageBox* shownError(const QWidget& window)
{
    for (QMessageBox* box : window.findChildren<QMessageBox*>()) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

} // namespace

TEST(DatabaseOpener, AFileIsReachableAtOnceAndNothingRunsInTheBackground)
{
    fx::GuiTestDir dir;
    DatabaseOpener opener;
    QSignalSpy reachable(&opener, &DatabaseOpener::reachable);
    QSignalSpy connecting(&opener, &DatabaseOpener::connecting);
    opener.open(dir.databasePath());
    ASSERT_EQ(reachable.size(), 1);
    EXPECT_EQ(reachable.first().first().toString(), dir.databasePath());
    EXPECT_TRUE(connecting.isEmpty());
    EXPECT_FALSE(opener.isBusy());
}

TEST(DatabaseOpener, AServerThatDoesNotAnswerLeavesTheWindowWorkingAndOpensTheOwnLibrary)
{
    fx::GuiTestDir dir;
    const SilentServer silent;
    const QString address = silent.address(2);
    ASSERT_FALSE(address.isEmpty());
    QFile::remove(Database::defaultPath());

    MainWindow window;
    window.show();
    window.openWhenReachable(address);
    // The call came back before the server answered, and the window goes on handling events.
    EXPECT_TRUE(window.opener()->isBusy());
    EXPECT_TRUE(window.databasePath().isEmpty());
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(QStringLiteral("Connecting to")))
        << window.statusBar()->currentMessage().toStdString();
    bool timerRan = false;
    QTimer::singleShot(10, &window, [&] { timerRan = true; });
    ASSERT_TRUE(fx::waitUntil([&] { return timerRan; }, 1000));
    EXPECT_TRUE(window.opener()->isBusy());

    ASSERT_TRUE(fx::waitUntil([&] { return !window.opener()->isBusy() && shownError(window); }, 15000));
    QMessageBox* box = shownError(window);
    EXPECT_TRUE(box->text().contains(QStringLiteral("could not open"))) << box->text().toStdString();
    EXPECT_FALSE(box->informativeText().isEmpty());
    EXPECT_EQ(window.databasePath(), Database::defaultPath());
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("your own library")))
        << window.statusBar()->currentMessage().toStdString();
    box->close();
}

TEST(DatabaseOpener, AnUnreachableServerKeepsTheLibraryThatIsOpen)
{
    fx::GuiTestDir dir;
    const SilentServer silent;
    const QString address = silent.address(1);
    ASSERT_FALSE(address.isEmpty());
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(dir.databasePath()));
    window.openWhenReachable(address);
    ASSERT_TRUE(fx::waitUntil([&] { return !window.opener()->isBusy() && shownError(window); }, 15000));
    EXPECT_EQ(window.databasePath(), dir.databasePath());
    shownError(window)->close();
}

TEST(DatabaseOpener, TheLastChoiceWinsWhileAServerIsStillBeingTried)
{
    fx::GuiTestDir dir;
    const SilentServer silent;
    const QString address = silent.address(1);
    ASSERT_FALSE(address.isEmpty());
    DatabaseOpener opener;
    QSignalSpy reachable(&opener, &DatabaseOpener::reachable);
    QSignalSpy unreachable(&opener, &DatabaseOpener::unreachable);
    opener.open(address);
    opener.open(dir.databasePath()); // the user picked a file meanwhile
    ASSERT_EQ(reachable.size(), 1);
    ASSERT_TRUE(fx::waitUntil([&] { return !opener.isBusy(); }, 15000));
    QCoreApplication::processEvents();
    EXPECT_EQ(reachable.size(), 1); // the server's late answer is not acted on
    EXPECT_TRUE(unreachable.isEmpty());
}
