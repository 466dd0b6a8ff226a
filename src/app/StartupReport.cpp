#include "StartupReport.h"

#include "main/MainWindow.h"
#include "meetings/MeetingLibrary.h"
#include "pdf/PageRenderer.h"
#include "pdf/PdfView.h"
#include "pdf/PdfViewer.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

namespace scrutineer::app {

StartupReport::StartupReport(gui::MainWindow* window, const QElapsedTimer& clock, QObject* parent)
    : QObject(parent), m_window(window), m_clock(clock)
{
    QTimer::singleShot(0, this, [this] { m_interactive = m_clock.elapsed(); });
    connect(window->library(), &gui::MeetingLibrary::meetingsLoaded, this, [this] {
        if (m_meetings < 0)
            m_meetings = m_clock.elapsed();
    });
    connect(window->viewer()->view(), &gui::PdfView::currentPageChanged, this, [this] {
        if (m_firstPage < 0)
            m_firstPage = m_clock.elapsed();
    });
    // Whatever has happened after two seconds is the report; a missing step prints -1.
    QTimer::singleShot(2000, this, &StartupReport::finish);
}

void StartupReport::finish()
{
    QTextStream out(stdout);
    out << "interactive_ms " << m_interactive << "\nmeetings_listed_ms " << m_meetings << "\nfirst_document_ms "
        << m_firstPage << "\n";
    out.flush();
    QCoreApplication::quit();
}

} // namespace scrutineer::app
