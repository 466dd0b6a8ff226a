#include "MarkingFixtures.h"

#include "PackImporter.h"
#include "TemplateStore.h"

#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <gtest/gtest.h>

namespace scrutineer::testing {
namespace {

constexpr qreal kHeaderBaseline = 140;
constexpr qreal kRowPitch = 24;
const QList<qreal> kColumns {50, 250, 390, 490};

} // namespace

bool writePlanPack(const QString& path, const PlanPack& pack)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(QStringLiteral("Scrutineer tests ") + pack.tag);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    auto font = [&](qreal size, bool bold = false) {
        QFont f(QStringLiteral("Helvetica"));
        f.setPointSizeF(size);
        f.setBold(bold);
        painter.setFont(f);
    };
    font(11, true);
    painter.drawText(QPointF(60, 90), QStringLiteral("MEETING: CHILDREN'S SERVICES IMPROVEMENT BOARD"));
    font(11);
    painter.drawText(QPointF(60, 110),
                     QStringLiteral("DATE: %1")
                         .arg(QLocale(QLocale::English).toString(pack.date, QStringLiteral("dddd d MMMM yyyy"))));
    painter.drawText(QPointF(60, 130), QStringLiteral("TIME: 10.00 am"));
    painter.drawText(QPointF(60, 150), QStringLiteral("VENUE: Council Chamber, Civic Offices"));
    font(13, true);
    painter.drawText(QPointF(60, 200), QStringLiteral("AGENDA"));
    font(11);
    const int planPage = pack.briefingPage ? 3 : 2;
    painter.drawText(QPointF(60, 225), QStringLiteral("1. Apologies for Absence"));
    painter.drawText(QPointF(60, 245), QStringLiteral("2. Improvement Plan Progress (Pages %1 - %1)").arg(planPage));
    if (pack.briefingPage) {
        writer.newPage();
        font(11);
        painter.drawText(QPointF(60, 90), QStringLiteral("Briefing note: the board's work since the last meeting."));
    }
    writer.newPage();
    font(13, true);
    painter.drawText(QPointF(50, 100), QStringLiteral("Appendix A: Improvement plan progress"));
    font(9, true);
    const QStringList headings {QStringLiteral("Proposal"), QStringLiteral("Sponsor"), QStringLiteral("Finish"),
                                QStringLiteral("Condition")};
    for (int c = 0; c < headings.size(); ++c)
        painter.drawText(QPointF(kColumns.at(c), kHeaderBaseline), headings.at(c));
    font(9);
    static const QStringList sponsors {QStringLiteral("Head of Early Help"),
                                       QStringLiteral("Service Manager Fostering"),
                                       QStringLiteral("Principal Social Worker")};
    static const QStringList finishes {QStringLiteral("March 2025"), QStringLiteral("June 2025"),
                                       QStringLiteral("September 2025")};
    static const QStringList conditions {QStringLiteral("On track"), QStringLiteral("Amber"),
                                         QStringLiteral("Complete")};
    for (int r = 0; r < pack.rows; ++r) {
        const int n = pack.firstRow + r;
        const qreal y = kHeaderBaseline + kRowPitch * (r + 1);
        painter.drawText(QPointF(kColumns.at(0), y), QStringLiteral("Open family hub %1 in the north").arg(n + 1));
        painter.drawText(QPointF(kColumns.at(1), y), sponsors.at(n % 3));
        painter.drawText(QPointF(kColumns.at(2), y), finishes.at(n % 3));
        painter.drawText(QPointF(kColumns.at(3), y), conditions.at(n % 3));
    }
    font(10);
    painter.drawText(QPointF(50, kHeaderBaseline + kRowPitch * (pack.rows + 2)),
                     QStringLiteral("The board reviews these proposals at every meeting."));
    return painter.end();
}

QRectF planTableArea(const PlanPack& pack)
{
    return QRectF(40, kHeaderBaseline - 16, 520, kRowPitch * pack.rows + 22);
}

ImportWriter::Outcome importWithTemplates(Database& database, const QString& path)
{
    PackImporter::Options options;
    options.templates = TemplateStore(database).all();
    auto bundle = PackImporter::run(path, options);
    EXPECT_TRUE(bundle.hasValue()) << (bundle ? "" : bundle.error().describe().toStdString());
    if (!bundle)
        return {};
    auto written = ImportWriter(database).write(bundle.value());
    EXPECT_TRUE(written.hasValue()) << (written ? "" : written.error().describe().toStdString());
    return written ? written.value() : ImportWriter::Outcome {};
}

} // namespace scrutineer::testing
