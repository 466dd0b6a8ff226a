#include "SamplePack.h"

#include "SampleCanvas.h"
#include "SamplePackSections.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardPaths>

namespace scrutineer::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("SamplePack", text); }

sample::Plan planFor(const SamplePack::Options& options)
{
    sample::Plan plan;
    const int extra = std::max(0, options.appendixPages);
    plan.reportLast += extra;
    plan.programmeFirst += extra;
    plan.programmeLast += extra;
    return plan;
}

} // namespace

QString SamplePack::fileName() { return QStringLiteral("Ashwell-Vale-OSC-Communities-2027-01-12.pdf"); }

QString SamplePack::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sample/") + fileName();
}

QString SamplePack::councilName() { return QStringLiteral("Ashwell Vale Borough Council"); }

QString SamplePack::committeeName() { return QStringLiteral("Overview and Scrutiny Committee (Communities and Environment)"); }

QDate SamplePack::meetingDate() { return QDate(2027, 1, 12); }

int SamplePack::agendaItemCount() { return 6; }

std::optional<Error> SamplePack::write(const QString& path, const Options& options)
{
    const QString name = QFileInfo(path).fileName();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{Error::Code::Internal, name, tr("the folder for the sample pack cannot be created")};
    const sample::Plan plan = planFor(options);
    {
        QPdfWriter writer(path);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(QStringLiteral("Agenda for Overview and Scrutiny Committee (Communities and Environment) on Tuesday, 12 "
                                       "January 2027, 6.30 pm"));
        writer.setCreator(QStringLiteral("Scrutineer sample pack"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{Error::Code::Internal, name, tr("the sample pack could not be written")};
        SampleCanvas c(writer, painter);
        bool fits = true;
        auto pageTo = [&](int target) {
            // Pads a section to its planned length; a section that ran past its plan is a bug.
            fits = fits && c.page() <= target;
            while (c.page() < target)
                c.newPage();
        };
        c.newPage();
        sample::frontSheet(c);
        c.newPage();
        sample::agenda(c, plan);
        c.newPage();
        sample::publicNotes(c);
        c.newPage();
        c.centredNotice(QStringLiteral("This page is intentionally left blank"));

        c.setStamp(3);
        c.newPage();
        sample::minutes(c);
        c.newPage();
        sample::minutesLibrary(c);
        c.newPage();
        sample::minutesRest(c);
        c.newPage();
        sample::minutesEnd(c);
        pageTo(plan.minutesLast);

        c.setStamp(4);
        c.newPage();
        sample::reportFront(c);
        c.newPage();
        sample::reportBody(c, options.revision);
        c.newPage();
        sample::reportActions(c);
        c.newPage();
        sample::reportEnd(c);
        for (int part = 0; part <= std::max(0, options.appendixPages); ++part) {
            c.newPage();
            sample::appendix(c, part);
        }
        c.newPage();
        sample::appendixB(c);
        c.newPage();
        sample::appendixC(c);
        pageTo(plan.reportLast);

        c.setStamp(5);
        c.newPage();
        sample::programme(c);
        pageTo(plan.programmeLast);
        c.finish();
        if (!painter.end())
            return Error{Error::Code::Internal, name, tr("the sample pack could not be finished")};
        if (!fits || c.page() != plan.programmeLast)
            return Error{Error::Code::Internal, name, tr("the sample pack's pages do not match its agenda")};
    }
    return std::nullopt;
}

} // namespace scrutineer::gui
