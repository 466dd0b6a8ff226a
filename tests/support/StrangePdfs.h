#pragma once

// Big and strange PDFs written on the spot (QPdfWriter), for the page-limit tests and the
// big-file benchmark: nothing large is committed. Needs a QGuiApplication.
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <QStringList>

#include <functional>

namespace scrutineer::testing {

// An A4 page of `words` tiny words in rows (2 pt type): far more words than a page can hold
// legibly. With `firstPage`, a page of ordinary text comes before it.
inline bool writeDensePage(const QString& path, int words, const QString& firstPage = {})
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    if (!firstPage.isEmpty()) {
        painter.setFont(QFont(QStringLiteral("Helvetica"), 11));
        painter.drawText(60, 60, firstPage);
        writer.newPage();
    }
    painter.setFont(QFont(QStringLiteral("Helvetica"), 2));
    const int perRow = 50;
    QString row;
    for (int i = 0; i < words; ++i) {
        row += QStringLiteral("w%1 ").arg(i % 1000);
        if ((i + 1) % perRow == 0 || i + 1 == words) {
            painter.drawText(QPointF(20, 20 + (i / perRow) * 2.5), row);
            row.clear();
        }
    }
    return painter.end();
}

// One A4 page with a heading and `operations` tiny filled squares: a content stream of
// several operations per square and almost no text.
inline bool writeHeavyPage(const QString& path, int operations)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    painter.setFont(QFont(QStringLiteral("Helvetica"), 11));
    painter.drawText(60, 60, QStringLiteral("Site plan of the depot"));
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int i = 0; i < operations; ++i)
        painter.drawRect(QRectF(40 + (i % 500) * 1.0, 100 + (i / 500 % 600) * 1.0, 0.5, 0.5));
    return painter.end();
}

// A long pack: `pages` A4 pages, each with a running header, a printed page number, a numbered
// heading every few pages and about 300 words of report prose, so that the parsers have work on
// every page. `progress` (optional) is told each page written.
inline bool writeLongPack(const QString& path, int pages, const std::function<void(int)>& progress = {})
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setTitle(QStringLiteral("Overview and Scrutiny Committee"));
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    const QFont body(QStringLiteral("Helvetica"), 10);
    const QFont heading(QStringLiteral("Helvetica"), 13, QFont::Bold);
    static const QStringList sentences {
        QStringLiteral(
            "The Committee considered the report of the Executive Director on the delivery of the improvement plan."),
        QStringLiteral("Members asked how many referrals were completed within timescale during the quarter."),
        QStringLiteral(
            "The Head of Service explained that the number of agency social workers had fallen since April."),
        QStringLiteral("RESOLVED: That the report be noted and a further update be brought to the next meeting."),
        QStringLiteral("Performance against the target of 85% was 78%, an improvement on the previous quarter."),
        QStringLiteral("The Cabinet Member thanked officers for their work on the sufficiency strategy."),
    };
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.setFont(body);
        painter.drawText(60, 30, QStringLiteral("Overview and Scrutiny Committee - 25 September 2018"));
        painter.drawText(280, 820, QStringLiteral("Page %1").arg(p + 1));
        int y = 70;
        if (p % 4 == 0) {
            painter.setFont(heading);
            painter.drawText(60, y, QStringLiteral("%1. Report on item %1").arg(p / 4 + 1));
            painter.setFont(body);
            y += 24;
        }
        for (int line = 0; y < 790; ++line, y += 14) {
            const QString& sentence = sentences.at((p * 7 + line) % sentences.size());
            painter.drawText(60, y, sentence.left(95));
        }
        if (progress)
            progress(p + 1);
    }
    return painter.end();
}

} // namespace scrutineer::testing
