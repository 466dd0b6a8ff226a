#include "LayoutCodec.h"

#include <algorithm>
#include <cmath>

namespace scrutineer::fuzz {
namespace {

// Reads the input front to back; every read past the end fails and stops decoding.
class Cursor {
public:
    Cursor(const std::uint8_t* data, std::size_t size) : m_data(data), m_size(size) { }
    bool atEnd() const { return m_at >= m_size; }
    bool u8(int& out)
    {
        if (m_at >= m_size)
            return false;
        out = m_data[m_at++];
        return true;
    }
    bool u16(int& out)
    {
        int low = 0;
        int high = 0;
        if (!u8(low) || !u8(high))
            return false;
        out = low | (high << 8);
        return true;
    }
    bool text(QString& out)
    {
        int length = 0;
        if (!u8(length))
            return false;
        const std::size_t n = std::min<std::size_t>(std::size_t(length), m_size - m_at);
        out = QString::fromUtf8(reinterpret_cast<const char*>(m_data + m_at), qsizetype(n));
        m_at += n;
        return true;
    }

private:
    const std::uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_at = 0;
};

int clampByte(double v)
{
    return std::clamp(int(std::lround(v)), 0, 255);
}
int clampWord(double v)
{
    return std::clamp(int(std::lround(v)), 0, 65535);
}

void putU16(QByteArray& out, int v)
{
    out.append(char(v & 0xff));
    out.append(char((v >> 8) & 0xff));
}

void putText(QByteArray& out, const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    while (utf8.size() > 255) // cut at a character boundary
        utf8 = text.left(text.size() * 255 / utf8.size()).toUtf8();
    out.append(char(utf8.size()));
    out.append(utf8);
}

void putWord(QByteArray& out, const layout::LayoutWord& word)
{
    out.append(char(1));
    putU16(out, clampWord(word.box.left() * 32));
    putU16(out, clampWord(word.box.top() * 32));
    out.append(char(clampByte(word.box.width() * 2)));
    out.append(char(clampByte(word.box.height() * 8)));
    out.append(char((word.spaceAfter ? 1 : 0) | (word.vertical ? 2 : 0)));
    putText(out, word.text);
}

} // namespace

layout::LayoutDocument decodeLayout(const std::uint8_t* data, std::size_t size, bool explicitLines,
                                    const DecodeLimits& limits)
{
    layout::LayoutDocument document;
    document.fileName = QStringLiteral("fuzz.pdf");
    Cursor in(data, size);
    layout::LayoutLine line;
    auto endLine = [&] {
        if (!explicitLines || line.words.isEmpty() || document.pages.isEmpty())
            return;
        line.pageNumber = document.pages.last().number;
        document.pages.last().lines.append(line);
        line = layout::LayoutLine {};
    };
    auto newPage = [&](QSizeF pageSize, int rotation) {
        endLine();
        if (document.pages.size() >= limits.maxPages)
            return false;
        layout::LayoutPage page;
        page.number = int(document.pages.size()) + 1;
        page.size = pageSize;
        page.rotation = rotation;
        document.pages.append(page);
        return true;
    };
    while (!in.atEnd()) {
        int tag = 0;
        in.u8(tag);
        switch (tag % 8) {
        case 0: {
            int w = 0;
            int h = 0;
            int r = 0;
            if (!in.u8(w) || !in.u8(h) || !in.u8(r) || !newPage(QSizeF(200 + 4 * w, 200 + 4 * h), (r % 4) * 90))
                return document;
            break;
        }
        case 5:
            endLine();
            break;
        case 6: {
            int which = 0;
            QString text;
            if (!in.u8(which) || !in.text(text))
                return document;
            if (which == 0)
                document.title = text;
            else if (which == 1)
                document.subject = text;
            else if (document.outline.size() < 64)
                document.outline.append(text);
            break;
        }
        case 7: {
            QString text;
            if (!in.text(text))
                return document;
            if (!document.pages.isEmpty())
                document.pages.last().label = text;
            break;
        }
        default: {
            int x = 0;
            int y = 0;
            int w = 0;
            int h = 0;
            int flags = 0;
            layout::LayoutWord word;
            if (!in.u16(x) || !in.u16(y) || !in.u8(w) || !in.u8(h) || !in.u8(flags) || !in.text(word.text))
                return document;
            if (document.pages.isEmpty() && !newPage(QSizeF(595, 842), 0))
                return document;
            layout::LayoutPage& page = document.pages.last();
            if (page.words.size() >= limits.maxWordsPerPage || word.text.trimmed().isEmpty())
                break; // the adapter never gives empty words
            word.box = QRectF(x / 32.0, y / 32.0, w / 2.0, h / 8.0);
            word.spaceAfter = flags & 1;
            word.vertical = flags & 2;
            page.words.append(word);
            if (explicitLines) {
                line.words.append(word);
                line.box = line.box.isNull() ? word.box : line.box.united(word.box);
            }
            break;
        }
        }
    }
    endLine();
    return document;
}

QByteArray encodeLayout(const layout::LayoutDocument& document, int first, int count)
{
    QByteArray out;
    if (first == 0) {
        out.append(char(6));
        out.append(char(0));
        putText(out, document.title);
        out.append(char(6));
        out.append(char(1));
        putText(out, document.subject);
        for (const QString& entry : document.outline) {
            out.append(char(6));
            out.append(char(2));
            putText(out, entry);
        }
    }
    const int end = std::min(int(document.pages.size()), first + count);
    for (int p = std::max(0, first); p < end; ++p) {
        const layout::LayoutPage& page = document.pages.at(p);
        out.append(char(0));
        out.append(char(clampByte((page.size.width() - 200) / 4)));
        out.append(char(clampByte((page.size.height() - 200) / 4)));
        out.append(char(page.rotation / 90));
        if (page.label) {
            out.append(char(7));
            putText(out, *page.label);
        }
        if (page.lines.isEmpty()) {
            for (const layout::LayoutWord& word : page.words)
                putWord(out, word);
            continue;
        }
        for (const layout::LayoutLine& line : page.lines) {
            for (const layout::LayoutWord& word : line.words)
                putWord(out, word);
            out.append(char(5));
        }
    }
    return out;
}

} // namespace scrutineer::fuzz
