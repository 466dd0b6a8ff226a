#include "SampleCanvas.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace scrutineer::gui {

SampleCanvas::SampleCanvas(QPdfWriter& writer, QPainter& painter) : m_writer(writer), m_painter(painter) {}

QFont SampleCanvas::font(double size, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    // No shaping: ligatures ("ﬁ") would reach the PDF as single glyphs and break text search.
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(size);
    f.setBold(bold);
    return f;
}

QStringList SampleCanvas::wrap(const QString& text, const QFont& f, double width) const
{
    const QFontMetricsF fm(f, &m_writer);
    QStringList lines;
    for (const QString& para : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString& word : para.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (!line.isEmpty() && fm.horizontalAdvance(candidate) > width) {
                lines << line;
                line = word;
            } else {
                line = candidate;
            }
        }
        lines << line;
    }
    return lines;
}

void SampleCanvas::drawFurniture()
{
    m_painter.save();
    m_painter.setPen(Qt::black);
    m_painter.setFont(font(9, false));
    m_painter.drawText(QRectF(0, kHeight - 44, kWidth, 14), Qt::AlignCenter, QStringLiteral("Page %1").arg(m_page));
    if (m_stamp > 0) {
        QFont stampFont = font(10, false);
        m_painter.setFont(stampFont);
        const QString stamp = QStringLiteral("Agenda Item %1").arg(m_stamp);
        const QRectF box(kWidth - 150, 24, 110, 18);
        m_painter.setPen(QPen(Qt::black, 0.6));
        m_painter.drawRect(box);
        m_painter.drawText(box, Qt::AlignCenter, stamp);
    }
    m_painter.restore();
}

void SampleCanvas::newPage()
{
    if (m_page > 0)
        m_writer.newPage();
    ++m_page;
    m_y = kTop;
    // The footer and stamp belong to the page being started: a stamp set for the next section
    // must not reach the last page of the one before.
    drawFurniture();
}

void SampleCanvas::finish() {}

bool SampleCanvas::paragraph(const QString& text, double size, bool bold, double indent, double after)
{
    const QFont f = font(size, bold);
    const QFontMetricsF fm(f, &m_writer);
    m_painter.setFont(f);
    m_painter.setPen(Qt::black);
    for (const QString& line : wrap(text, f, kRight - kLeft - indent)) {
        if (m_y + fm.height() > kBottom)
            m_overflow = true;
        m_painter.drawText(QPointF(kLeft + indent, m_y + fm.ascent()), line);
        m_y += fm.lineSpacing();
    }
    m_y += after;
    return !m_overflow;
}

bool SampleCanvas::centred(const QString& text, double size, bool bold, double after)
{
    const QFont f = font(size, bold);
    const QFontMetricsF fm(f, &m_writer);
    m_painter.setFont(f);
    for (const QString& line : wrap(text, f, kRight - kLeft)) {
        m_painter.drawText(QRectF(kLeft, m_y, kRight - kLeft, fm.height()), Qt::AlignHCenter | Qt::AlignTop, line);
        m_y += fm.lineSpacing();
    }
    m_y += after;
    m_overflow = m_overflow || m_y > kBottom;
    return !m_overflow;
}

bool SampleCanvas::labelled(const QString& label, const QString& value, double valueX, double size)
{
    const QFont bold = font(size, true);
    const QFont plain = font(size, false);
    const QFontMetricsF fm(plain, &m_writer);
    m_painter.setFont(bold);
    m_painter.drawText(QPointF(kLeft, m_y + fm.ascent()), label);
    m_painter.setFont(plain);
    for (const QString& line : wrap(value, plain, kRight - valueX)) {
        m_painter.drawText(QPointF(valueX, m_y + fm.ascent()), line);
        m_y += fm.lineSpacing();
    }
    m_y += 4;
    m_overflow = m_overflow || m_y > kBottom;
    return !m_overflow;
}

bool SampleCanvas::numbered(const QString& number, const QString& text, const QString& right, bool bold, double textX, double size)
{
    const QFont f = font(size, bold);
    const QFontMetricsF fm(f, &m_writer);
    const QFont plain = font(size, false);
    const QFontMetricsF plainMetrics(plain, &m_writer);
    const double rightWidth = right.isEmpty() ? 0 : plainMetrics.horizontalAdvance(right) + 12;
    m_painter.setFont(f);
    m_painter.drawText(QPointF(kLeft, m_y + fm.ascent()), number);
    const QStringList lines = wrap(text, f, kRight - textX - rightWidth);
    for (int i = 0; i < lines.size(); ++i) {
        m_painter.setFont(f);
        m_painter.drawText(QPointF(textX, m_y + fm.ascent()), lines.at(i));
        if (i == 0 && !right.isEmpty()) {
            m_painter.setFont(plain);
            m_painter.drawText(QPointF(kRight - plainMetrics.horizontalAdvance(right), m_y + fm.ascent()), right);
        }
        m_y += fm.lineSpacing();
    }
    m_y += 3;
    m_overflow = m_overflow || m_y > kBottom;
    return !m_overflow;
}

bool SampleCanvas::table(const QList<double>& widths, const QList<QStringList>& rows, double size)
{
    const double total = kRight - kLeft;
    const double pad = 4;
    m_painter.save();
    m_painter.setPen(QPen(Qt::black, 0.5));
    for (int r = 0; r < rows.size(); ++r) {
        const QFont f = font(size, r == 0);
        const QFontMetricsF fm(f, &m_writer);
        QList<QStringList> cells;
        int lines = 1;
        for (int c = 0; c < widths.size(); ++c) {
            const QString text = c < rows.at(r).size() ? rows.at(r).at(c) : QString();
            cells << wrap(text, f, widths.at(c) * total - 2 * pad);
            lines = std::max(lines, int(cells.last().size()));
        }
        const double height = lines * fm.lineSpacing() + 2 * pad;
        if (r == 0)
            m_painter.fillRect(QRectF(kLeft, m_y, total, height), QColor(0xE4, 0xE8, 0xEE));
        double x = kLeft;
        m_painter.setFont(f);
        for (int c = 0; c < widths.size(); ++c) {
            const double w = widths.at(c) * total;
            m_painter.drawRect(QRectF(x, m_y, w, height));
            for (int l = 0; l < cells.at(c).size(); ++l)
                m_painter.drawText(QPointF(x + pad, m_y + pad + l * fm.lineSpacing() + fm.ascent()), cells.at(c).at(l));
            x += w;
        }
        m_y += height;
    }
    m_painter.restore();
    m_y += 8;
    m_overflow = m_overflow || m_y > kBottom;
    return !m_overflow;
}

void SampleCanvas::centredNotice(const QString& text)
{
    m_painter.setFont(font(11, false));
    m_painter.drawText(QRectF(0, kHeight / 2 - 10, kWidth, 20), Qt::AlignCenter, text);
}

} // namespace scrutineer::gui
