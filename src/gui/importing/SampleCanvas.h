#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

class QPainter;
class QPdfWriter;

namespace scrutineer::gui {

// A tiny page-flow typesetter for the sample pack: A4 portrait in points, a text cursor that
// wraps paragraphs, simple ruled tables, "Page N" footers and "Agenda Item N" stamps.
// Used by SamplePack only; any thread.
class SampleCanvas final {
public:
    static constexpr double kWidth = 595.0;
    static constexpr double kHeight = 842.0;
    static constexpr double kLeft = 64.0;
    static constexpr double kRight = kWidth - 64.0;
    static constexpr double kTop = 72.0;
    static constexpr double kBottom = kHeight - 78.0;

    SampleCanvas(QPdfWriter& writer, QPainter& painter);

    // Finishes the current page (footer, stamp) and starts the next; the first call starts page 1.
    void newPage();
    int page() const { return m_page; }
    // Stamp printed top-right on the pages that follow (0 = none).
    void setStamp(int agendaItem) { m_stamp = agendaItem; }
    void finish();

    double y() const { return m_y; }
    void skip(double points) { m_y += points; }
    bool fits(double points) const { return m_y + points <= kBottom; }

    // Wrapped text from the cursor; returns false if it ran off the page (the plan is wrong).
    bool paragraph(const QString& text, double size = 10.5, bool bold = false, double indent = 0, double after = 6);
    bool centred(const QString& text, double size, bool bold = false, double after = 4);
    // "Label:" at the left margin, value at `valueX`.
    bool labelled(const QString& label, const QString& value, double valueX = 160, double size = 10.5);
    // A numbered line with a hanging indent: "3." then text at `textX`; `right` aligned at the margin.
    bool numbered(const QString& number, const QString& text, const QString& right = {}, bool bold = true,
                  double textX = kLeft + 34, double size = 10.5);
    // A ruled table; widths are fractions of the text width; the first row is the header.
    bool table(const QList<double>& widths, const QList<QStringList>& rows, double size = 9.5);
    void centredNotice(const QString& text);

private:
    QFont font(double size, bool bold) const;
    QStringList wrap(const QString& text, const QFont& font, double width) const;
    void drawFurniture();

    QPdfWriter& m_writer;
    QPainter& m_painter;
    int m_page = 0;
    int m_stamp = 0;
    double m_y = kTop;
    bool m_overflow = false;
};

} // namespace scrutineer::gui
