// Tables drawn into real PDFs (QPdfWriter, word-wrapped cells, ruled grids, cells centred
// vertically as word processors do) and read back through Poppler and the whole import: the
// geometry comes from real fonts, not from the layout builder's approximations.
#include "PackImporter.h"
#include "PdfFixtures.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace scrutineer;

namespace {

struct Cell {
    QString text;
    Qt::Alignment vertical = Qt::AlignTop;
};

// Draws a ruled table: the header row, then the rows, each as tall as its tallest cell; a new
// page (header repeated) when the rows run past the bottom margin.
class TableDrawer {
public:
    TableDrawer(QPdfWriter& writer, QPainter& painter, QList<qreal> widths, qreal left, qreal top)
        : m_writer(writer), m_painter(painter), m_widths(std::move(widths)), m_left(left), m_top(top), m_y(top)
    {
    }

    void header(const QStringList& headings)
    {
        m_headings = headings;
        drawHeader();
    }

    void row(const QList<Cell>& cells)
    {
        const QFont body(QStringLiteral("DejaVu Sans"), 8);
        m_painter.setFont(body);
        qreal height = 0;
        for (int c = 0; c < cells.size(); ++c)
            height = std::max(height, textHeight(cells.at(c).text, m_widths.at(c)));
        height += 8;
        if (m_y + height > m_writer.pageLayout().paintRectPoints().height() - 30) {
            m_writer.newPage();
            m_y = m_top;
            drawHeader();
            m_painter.setFont(body);
        }
        qreal x = m_left;
        for (int c = 0; c < cells.size(); ++c) {
            const QRectF box(x, m_y, m_widths.at(c), height);
            m_painter.drawRect(box);
            m_painter.drawText(box.adjusted(4, 4, -4, -4), int(Qt::AlignLeft | cells.at(c).vertical) | Qt::TextWordWrap,
                               cells.at(c).text);
            x += m_widths.at(c);
        }
        m_y += height;
    }

    void gap(qreal points) { m_y += points; }
    void title(const QString& text, int size)
    {
        m_painter.setFont(QFont(QStringLiteral("DejaVu Sans"), size, QFont::Bold));
        m_painter.drawText(QPointF(m_left, m_y + size), text);
        m_y += size + 12;
    }

private:
    qreal textHeight(const QString& text, qreal width) const
    {
        return m_painter.boundingRect(QRectF(0, 0, width - 8, 1000), Qt::TextWordWrap, text).height();
    }

    void drawHeader()
    {
        m_painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 8, QFont::Bold));
        qreal height = 0;
        for (int c = 0; c < m_headings.size(); ++c)
            height = std::max(height, textHeight(m_headings.at(c), m_widths.at(c)));
        height += 8;
        qreal x = m_left;
        for (int c = 0; c < m_headings.size(); ++c) {
            const QRectF box(x, m_y, m_widths.at(c), height);
            m_painter.drawRect(box);
            m_painter.drawText(box.adjusted(4, 4, -4, -4), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                               m_headings.at(c));
            x += m_widths.at(c);
        }
        m_y += height;
    }

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QList<qreal> m_widths;
    QStringList m_headings;
    qreal m_left;
    qreal m_top;
    qreal m_y;
};

QString owner(int i)
{
    static const QStringList owners {QStringLiteral("Head of Early Help"), QStringLiteral("Service Manager, Fostering"),
                                     QStringLiteral("Director of Children's Services, with the Assistant Director "
                                                    "for Corporate Parenting"),
                                     QStringLiteral("Principal Social Worker")};
    return owners.at(i % owners.size());
}

} // namespace

TEST(TablesFromPdf, LandscapePlanWithPhraseHeadingsAndCellsCentredInTheirRows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setResolution(72);
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Point);
        QPainter painter(&writer);
        ASSERT_TRUE(painter.isActive());
        TableDrawer table(writer, painter, {90, 36, 220, 150, 110, 50, 80}, 10, 10);
        table.title(QStringLiteral("Improvement plan 2025-26: children in care"), 13);
        table.header({QStringLiteral("Outcome"), QStringLiteral("Ref"), QStringLiteral("What we will do"),
                      QStringLiteral("How we will know it has worked"), QStringLiteral("Who leads"),
                      QStringLiteral("RAG"), QStringLiteral("By when")});
        for (int i = 0; i < 30; ++i) {
            const bool longText = i % 3 == 0;
            table.row(
                {{i % 5 == 0 ? QStringLiteral("Outcome %1: children are safe and thrive").arg(i / 5 + 1) : QString(),
                  Qt::AlignVCenter},
                 {QStringLiteral("%1.%2").arg(i / 5 + 1).arg(i % 5 + 1)},
                 {longText ? QStringLiteral("Review every care plan within twenty days of a child coming into care, "
                                            "with the child's social worker and carers (item %1)")
                                 .arg(i + 1)
                           : QStringLiteral("Recruit more local foster carers (item %1)").arg(i + 1),
                  Qt::AlignVCenter},
                 {QStringLiteral("Fewer placements out of the county")},
                 {owner(i), Qt::AlignVCenter},
                 {i % 2 ? QStringLiteral("Amber") : QStringLiteral("Green"), Qt::AlignVCenter},
                 {QStringLiteral("March 2026"), Qt::AlignVCenter}});
        }
        ASSERT_TRUE(painter.end());
    }
    const auto bundle = PackImporter::run(path);
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().describe().toStdString();
    ASSERT_EQ(bundle->actions.size(), 30);
    for (int i = 0; i < 30; ++i) {
        const Action& a = bundle->actions.at(i);
        SCOPED_TRACE(i);
        EXPECT_EQ(a.ref.toStdString(), QStringLiteral("%1.%2").arg(i / 5 + 1).arg(i % 5 + 1).toStdString());
        EXPECT_TRUE(a.text.endsWith(QStringLiteral("(item %1)").arg(i + 1))) << a.text.toStdString();
        EXPECT_EQ(a.owner.toStdString(), owner(i).toStdString());
        EXPECT_EQ(a.statusText.toStdString(), i % 2 ? "Amber" : "Green");
        EXPECT_EQ(a.due.toStdString(), "2026-03");
        EXPECT_EQ(a.evidence.toStdString(), "Fewer placements out of the county");
        EXPECT_TRUE(a.section.startsWith(QStringLiteral("Outcome %1:").arg(i / 5 + 1))) << a.section.toStdString();
    }
    EXPECT_EQ(bundle->kind, DocumentKind::Report);
}

TEST(TablesFromPdf, ScorecardWithSectionsOverTwoPages)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scorecard.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        writer.setPageMargins(QMarginsF(30, 30, 30, 30), QPageLayout::Point);
        QPainter painter(&writer);
        ASSERT_TRUE(painter.isActive());
        TableDrawer table(writer, painter, {210, 55, 55, 50, 70, 55}, 10, 10);
        table.title(QStringLiteral("Quarterly performance scorecard, Q2 2025/26"), 13);
        for (int section = 0; section < 4; ++section) {
            table.title(section % 2 ? QStringLiteral("Adult social care") : QStringLiteral("Housing"), 11);
            table.header({QStringLiteral("Measure"), QStringLiteral("Target"), QStringLiteral("Actual"),
                          QStringLiteral("RAG"), QStringLiteral("Direction"), QStringLiteral("Previous")});
            for (int r = 0; r < 6; ++r) {
                const int n = section * 6 + r;
                table.row(
                    {{QStringLiteral("Percentage of measure %1 completed within the agreed timescale").arg(n + 1)},
                     {QStringLiteral("%1%").arg(80 + n % 10)},
                     {QStringLiteral("%1%").arg(70 + n % 10)},
                     {n % 2 ? QStringLiteral("Red") : QStringLiteral("Green")},
                     {QStringLiteral("Improving")},
                     {QStringLiteral("%1%").arg(60 + n % 10)}});
            }
            table.gap(20);
        }
        ASSERT_TRUE(painter.end());
    }
    const auto bundle = PackImporter::run(path);
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().describe().toStdString();
    ASSERT_EQ(bundle->indicators.size(), 24);
    EXPECT_EQ(bundle->kind, DocumentKind::Report);
    for (int n = 0; n < 24; ++n) {
        const Indicator& indicator = bundle->indicators.at(n);
        SCOPED_TRACE(n);
        EXPECT_TRUE(indicator.name.startsWith(QStringLiteral("Percentage of measure %1 completed").arg(n + 1)))
            << indicator.name.toStdString();
        EXPECT_EQ(indicator.target, 80.0 + n % 10);
        EXPECT_EQ(indicator.section.toStdString(), (n / 6) % 2 ? "Adult social care" : "Housing");
    }
    int latest = 0;
    for (const Reading& reading : bundle->readings) {
        if (reading.period == QLatin1String("latest")) {
            EXPECT_EQ(reading.value, 70.0 + reading.indicatorIndex % 10);
            EXPECT_EQ(reading.reportedRating.toStdString(), reading.indicatorIndex % 2 ? "Red" : "Green");
            ++latest;
        }
    }
    EXPECT_EQ(latest, 24);
}

TEST(TablesFromPdf, PlanWithoutRefsWhoseTallestCellIsNotTheAction)
{
    // The action is centred in its row and the lead's cell is the tallest, so a row's first line
    // holds the lead, not the action.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setResolution(72);
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Point);
        QPainter painter(&writer);
        ASSERT_TRUE(painter.isActive());
        TableDrawer table(writer, painter, {300, 140, 90, 220}, 10, 10);
        table.header({QStringLiteral("Key actions"), QStringLiteral("Lead officer"), QStringLiteral("Timescale"),
                      QStringLiteral("Success measure")});
        for (int i = 0; i < 12; ++i) {
            table.row(
                {{QStringLiteral("Open a new family hub in district %1").arg(i + 1), Qt::AlignVCenter},
                 {i % 2 ? QStringLiteral("Head of Early Help and Prevention, jointly with the District Partnership "
                                         "Manager")
                        : QStringLiteral("Head of Early Help"),
                  Qt::AlignVCenter},
                 {QStringLiteral("June 2026"), Qt::AlignVCenter},
                 {QStringLiteral("Hub open five days a week"), Qt::AlignVCenter}});
        }
        ASSERT_TRUE(painter.end());
    }
    const auto bundle = PackImporter::run(path);
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().describe().toStdString();
    ASSERT_EQ(bundle->actions.size(), 12);
    for (int i = 0; i < 12; ++i) {
        const Action& a = bundle->actions.at(i);
        SCOPED_TRACE(i);
        EXPECT_EQ(a.text.toStdString(),
                  QStringLiteral("Open a new family hub in district %1").arg(i + 1).toStdString());
        EXPECT_EQ(a.owner.startsWith(QStringLiteral("Head of Early Help")), true) << a.owner.toStdString();
        EXPECT_EQ(a.owner.endsWith(QStringLiteral("Manager")), i % 2 == 1) << a.owner.toStdString();
        EXPECT_EQ(a.dueText.toStdString(), "June 2026");
    }
}
