#include "GuiFixtures.h"

#include "ImportWriter.h"
#include "PackImporter.h"

#include <QFileInfo>
#include <QMenu>
#include <QMutex>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSettings>
#include <QTest>

namespace scrutineer::testing {
namespace {

// One message handler for every live ModelCheck (tests often check several models at once).
QMutex g_warningsMutex;
QStringList g_warnings;
int g_checks = 0;
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_warningsMutex);
        if (context.category && QByteArray(context.category) == "qt.modeltest" && type != QtDebugMsg) {
            g_warnings.append(message);
            return;
        }
    }
    if (g_previous)
        g_previous(type, context, message);
}

PageRecord pageRecord(int number, const QString& text, std::optional<int> packPage)
{
    PageRecord p;
    p.pdfPage = number;
    p.packPage = packPage;
    p.size = QSizeF(595, 842);
    p.hasText = true;
    p.text = text;
    return p;
}

} // namespace

bool waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

void writePdf(const QString& path, const QList<QStringList>& pages, int firstPackPage)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(QStringLiteral("Scrutineer tests"));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(12);
    painter.setFont(font);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        int y = 80;
        for (const QString& line : pages.at(i)) {
            painter.drawText(QPointF(72, y), line);
            y += 20;
        }
        if (firstPackPage > 0)
            painter.drawText(QRectF(0, 800, 595, 20), Qt::AlignHCenter, QStringLiteral("Page %1").arg(firstPackPage + i));
    }
}

ImportBundle childrenPack(const QString& pdfPath, const QDate& date)
{
    const QList<QStringList> pages = {
        {QStringLiteral("Testshire Council"), QStringLiteral("Children's Scrutiny Committee"),
         date.toString(QStringLiteral("d MMMM yyyy")), QStringLiteral("Agenda"), QStringLiteral("1. Apologies for Absence"),
         QStringLiteral("2. Fostering Recruitment (Pages 2 - 3)"), QStringLiteral("3. Adoption Timeliness (Page 4)")},
        {QStringLiteral("Fostering Recruitment"), QStringLiteral("Report of the Director of Children's Services"),
         QStringLiteral("The foster carer allowance was reviewed in the spring.")},
        {QStringLiteral("Appendix A: recruitment figures"), QStringLiteral("Twenty new foster carers were approved.")},
        {QStringLiteral("Minutes"), QStringLiteral("7. ADOPTION TIMELINESS"),
         QStringLiteral("RESOLVED: That the report be noted and the Director report back in May.")},
    };
    writePdf(pdfPath, pages, 1);

    ImportBundle b;
    b.filePath = QFileInfo(pdfPath).absoluteFilePath();
    b.fileName = QFileInfo(pdfPath).fileName();
    b.sha256 = PackImporter::sha256(pdfPath);
    b.kind = DocumentKind::AgendaPack;
    b.pageCount = int(pages.size());
    for (int i = 0; i < pages.size(); ++i)
        b.pages.append(pageRecord(i + 1, pages.at(i).join(QLatin1Char('\n')), i + 1));

    Meeting meeting;
    meeting.authority = QStringLiteral("Testshire Council");
    meeting.body = QStringLiteral("Children's Scrutiny Committee");
    meeting.date = date;
    meeting.time = QTime(18, 30);
    meeting.venue = QStringLiteral("Council Chamber");
    AgendaItem apologies;
    apologies.number = QStringLiteral("1");
    apologies.title = QStringLiteral("Apologies for Absence");
    AgendaItem fostering;
    fostering.number = QStringLiteral("2");
    fostering.title = QStringLiteral("Fostering Recruitment");
    fostering.reportOf = QStringLiteral("Director of Children's Services");
    fostering.packPages = PageRange{2, 3};
    fostering.pdfPages = PageRange{2, 3};
    AgendaItem adoption;
    adoption.number = QStringLiteral("3");
    adoption.title = QStringLiteral("Adoption Timeliness");
    adoption.packPages = PageRange{4, 4};
    adoption.pdfPages = PageRange{4, 4};
    meeting.agendaItems = {apologies, fostering, adoption};
    Minute minute;
    minute.number = QStringLiteral("7");
    minute.title = QStringLiteral("ADOPTION TIMELINESS");
    minute.item = QStringLiteral("3");
    minute.pdfPage = 4;
    Resolution resolution;
    resolution.text = QStringLiteral("That the report be noted and the Director report back in May.");
    resolution.pdfPage = 4;
    minute.resolutions = {resolution};
    meeting.minutes = {minute};
    b.meetings = {meeting};
    b.documentMeetingIndex = 0;

    Action action;
    action.origin = ActionOrigin::ImprovementPlan;
    action.ref = QStringLiteral("1.1");
    action.text = QStringLiteral("Twenty new foster carers were approved.");
    action.owner = QStringLiteral("Head of Service");
    action.status = ActionStatus::OnTrack;
    action.pdfPage = 3;
    b.actions = {action};
    return b;
}

qint64 writeBundle(Database& database, const ImportBundle& bundle)
{
    auto outcome = ImportWriter(database).write(bundle);
    EXPECT_TRUE(outcome.hasValue()) << (outcome ? std::string() : outcome.error().describe().toStdString());
    return outcome ? outcome->documentId : 0;
}

ModelCheck::ModelCheck(QAbstractItemModel* model)
{
    {
        QMutexLocker lock(&g_warningsMutex);
        if (g_checks++ == 0) {
            g_warnings.clear();
            g_previous = qInstallMessageHandler(collect);
        }
    }
    m_tester = std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning);
}

ModelCheck::~ModelCheck()
{
    m_tester.reset();
    QMutexLocker lock(&g_warningsMutex);
    if (--g_checks == 0)
        qInstallMessageHandler(g_previous);
}

QStringList ModelCheck::warnings() const
{
    QMutexLocker lock(&g_warningsMutex);
    return g_warnings;
}

bool chooseColumnInMenu(QHeaderView* header, const QString& title, bool shown)
{
    emit header->customContextMenuRequested(QPoint(4, 4));
    QMenu* menu = nullptr;
    for (QMenu* m : header->findChildren<QMenu*>()) {
        if (m->isVisible())
            menu = m;
    }
    if (!menu)
        return false;
    bool found = false;
    for (QAction* action : menu->actions()) {
        if (action->text() == title && action->isEnabled()) {
            action->setChecked(shown);
            found = true;
        }
    }
    menu->close();
    return found;
}

GuiTestDir::GuiTestDir()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings().clear();
}

} // namespace scrutineer::testing
