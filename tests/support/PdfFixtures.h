#pragma once

// Small PDFs written by the tests themselves: good ones with QPdfWriter, broken ones by hand.
// Needs a QGuiApplication (the test main creates one for GUI-enabled suites).
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QString>
#include <QStringList>

namespace scrutineer::testing {

// One page per entry; each entry's lines are drawn top to bottom in 11 pt Helvetica.
inline bool writeTextPdf(const QString& path, const QList<QStringList>& pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setTitle(QStringLiteral("Test pack"));
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    painter.setFont(QFont(QStringLiteral("Helvetica"), 11));
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        int y = 60;
        for (const QString& line : pages.at(p)) {
            painter.drawText(60, y, line);
            y += 16;
        }
    }
    return painter.end();
}

// Pages holding only a picture (a scan without OCR). `textFirstPage` puts text on page 1.
inline bool writeImagePdf(const QString& path, int pageCount, bool textFirstPage)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    QImage scan(400, 300, QImage::Format_RGB32);
    scan.fill(QColor(0xee, 0xee, 0xe8));
    QPainter ink(&scan);
    ink.fillRect(40, 40, 320, 10, Qt::darkGray);
    ink.fillRect(40, 70, 280, 10, Qt::darkGray);
    ink.end();
    for (int p = 0; p < pageCount; ++p) {
        if (p > 0)
            writer.newPage();
        if (p == 0 && textFirstPage) {
            painter.setFont(QFont(QStringLiteral("Helvetica"), 11));
            painter.drawText(60, 60, QStringLiteral("Agenda of the Test Committee"));
        } else {
            painter.drawImage(QRectF(60, 60, 400, 300), scan);
        }
    }
    return painter.end();
}

// Text drawn as filled outlines: it looks like words but has no text layer.
inline bool writeVectorTextPdf(const QString& path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    QPainterPath outline;
    outline.addText(60, 80, QFont(QStringLiteral("Helvetica"), 14), QStringLiteral("Minutes of the meeting"));
    painter.fillPath(outline, Qt::black);
    return painter.end();
}

// A hand-made PDF from object bodies (1-based numbering) with a correct xref table.
inline QByteArray assemblePdf(const QList<QByteArray>& objects, const QByteArray& trailerExtra = {})
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype off : offsets)
        pdf += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailerExtra +
           " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

inline bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline bool writeZeroPagePdf(const QString& path)
{
    return writeBytes(path, assemblePdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"}));
}

// Standard security handler with a user password: Poppler cannot open it without one.
inline bool writeEncryptedPdf(const QString& path)
{
    const QByteArray stream = "BT /F1 12 Tf 72 720 Td (Secret agenda) Tj ET";
    const QByteArray filler(32, 'x');
    return writeBytes(path,
                      assemblePdf({"<< /Type /Catalog /Pages 2 0 R >>",
                                   "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                   "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                                   "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
                                   "<< /Filter /Standard /V 1 /R 2 /O <" + filler.toHex() + "> /U <" + filler.toHex() +
                                       "> /P -44 >>"},
                                  "/Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]"));
}

// The first part of a good PDF, as a failed download leaves it.
inline bool writeTruncatedCopy(const QString& source, const QString& path, double keep = 0.6)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray all = in.readAll();
    return writeBytes(path, all.left(qsizetype(all.size() * keep)));
}

} // namespace scrutineer::testing
