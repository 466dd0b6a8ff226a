#pragma once

// Small PDFs written by the tests themselves: good ones with QPdfWriter, broken ones by hand.
// Needs a QGuiApplication (the test main creates one for GUI-enabled suites).
#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QString>
#include <QStringList>

#include <array>
#include <utility>

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

// A scan of known text: the lines are painted into an image at `dpi` (12 pt type, 1.5 line
// spacing, A4 margins) and each page of the PDF holds only that picture, as a scanner writes it.
// Pages listed in `textLayerPages` (0-based) are written as ordinary text instead.
inline bool writeScannedTextPdf(const QString& path, const QList<QStringList>& pages, int dpi = 200,
                                const QList<int>& textLayerPages = {})
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    const QSizeF points = QPageSize(QPageSize::A4).size(QPageSize::Point);
    const double scale = dpi / 72.0;
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        if (textLayerPages.contains(p)) {
            painter.setFont(QFont(QStringLiteral("Helvetica"), 11));
            for (int i = 0; i < pages.at(p).size(); ++i)
                painter.drawText(60, 60 + 16 * i, pages.at(p).at(i));
            continue;
        }
        QImage scan(QSize(int(points.width() * scale), int(points.height() * scale)), QImage::Format_Grayscale8);
        scan.fill(Qt::white);
        QPainter ink(&scan);
        QFont font(QStringLiteral("DejaVu Serif"));
        font.setPixelSize(int(12 * scale));
        ink.setFont(font);
        ink.setPen(Qt::black);
        double y = 72 * scale;
        for (const QString& line : pages.at(p)) {
            ink.drawText(QPointF(72 * scale, y), line);
            y += 18 * scale;
        }
        ink.end();
        painter.drawImage(QRectF(QPointF(0, 0), points), scan);
    }
    return painter.end();
}

// Text drawn as filled outlines: it looks like words but has no text layer. One line per entry
// (the default is a single heading).
inline bool writeVectorTextPdf(const QString& path,
                               const QStringList& lines = {QStringLiteral("Minutes of the meeting")})
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    QPainterPath outline;
    qreal y = 80;
    for (const QString& line : lines) {
        outline.addText(60, y, QFont(QStringLiteral("Helvetica"), 14), line);
        y += 24;
    }
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

// RC4, which the PDF standard security handler (revision 2) encrypts with.
inline QByteArray rc4(const QByteArray& key, const QByteArray& data)
{
    std::array<unsigned char, 256> state {};
    for (int i = 0; i < 256; ++i)
        state[std::size_t(i)] = static_cast<unsigned char>(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + state[std::size_t(i)] + static_cast<unsigned char>(key.at(i % key.size()))) & 0xff;
        std::swap(state[std::size_t(i)], state[std::size_t(j)]);
    }
    QByteArray out(data.size(), Qt::Uninitialized);
    for (qsizetype n = 0, i = 0, j = 0; n < data.size(); ++n) {
        i = (i + 1) & 0xff;
        j = (j + state[std::size_t(i)]) & 0xff;
        std::swap(state[std::size_t(i)], state[std::size_t(j)]);
        const unsigned char k = state[std::size_t((state[std::size_t(i)] + state[std::size_t(j)]) & 0xff)];
        out[n] = static_cast<char>(static_cast<unsigned char>(data.at(n)) ^ k);
    }
    return out;
}

// A one-page PDF with an owner password only (printing and copying not permitted) and an empty
// user password, as councils often publish: any reader opens it without asking. The page says
// `text` in Helvetica. Encrypted with the standard security handler, revision 2 (40-bit RC4).
inline bool writeOwnerPasswordPdf(const QString& path, const QByteArray& text)
{
    const QByteArray padding = QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    const QByteArray id = QByteArray::fromHex("0123456789abcdef0123456789abcdef");
    const qint32 permissions = -64; // bits 3 (print) and 5 (copy) cleared, and the reserved bits set
    auto md5 = [](const QByteArray& bytes) { return QCryptographicHash::hash(bytes, QCryptographicHash::Md5); };
    // O: the padded user password encrypted with a key from the owner password.
    const QByteArray owner = rc4(md5(QByteArray("owner-secret").append(padding).left(32)).left(5), padding);
    QByteArray p(4, '\0');
    for (int i = 0; i < 4; ++i)
        p[i] = static_cast<char>((quint32(permissions) >> (8 * i)) & 0xff);
    const QByteArray fileKey = md5(padding + owner + p + id).left(5);
    const QByteArray user = rc4(fileKey, padding);
    const QByteArray stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
    // Objects are encrypted with a key from the file key and their number (the stream is object 4).
    const QByteArray objectKey = md5(fileKey + QByteArray::fromHex("040000") + QByteArray::fromHex("0000")).left(10);
    const QByteArray encrypted = rc4(objectKey, stream);
    return writeBytes(
        path,
        assemblePdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                     "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                     "/Resources << /Font << /F1 6 0 R >> >> >>",
                     "<< /Length " + QByteArray::number(encrypted.size()) + " >>\nstream\n" + encrypted + "\nendstream",
                     "<< /Filter /Standard /V 1 /R 2 /O <" + owner.toHex() + "> /U <" + user.toHex() + "> /P "
                         + QByteArray::number(permissions) + " >>",
                     "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"},
                    "/Encrypt 5 0 R /ID [<" + id.toHex() + "> <" + id.toHex() + ">]"));
}

// A good PDF followed by `bytes` NULs after its %%EOF, as some publishing systems pad files.
inline bool writePaddedCopy(const QString& source, const QString& path, int bytes)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    return writeBytes(path, in.readAll() + QByteArray(bytes, '\0'));
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
