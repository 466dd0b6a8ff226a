#!/usr/bin/env python3
"""Writes a house-style document of tests/corpus/styles/ as a PDF, so that the corpus test can score
layouts of councils the shared corpus does not hold. Text only, in PDF's standard Helvetica fonts;
no dependency beyond Python.

Usage: make-style-pdf.py SOURCE.txt OUT.pdf

A source is one printed line per line of text, with a few directives:
  @page            start a new page            @landscape / @portrait  new page in that shape
  @size N          font size in points         @gap N                  extra space before the next line
  @x N             left margin in points       @cols X1 X2 ...         left edges of the cells of a row
  a || b || c      a row: each cell starts at the next @cols edge (an empty cell leaves it blank)
  **text           a line or cell in bold      leading spaces indent by half the font size each
A blank line is a small gap. Text is in WinAnsi (cp1252), plus the signs >= and <= (written as
the Unicode characters), which the fonts' encoding places at two codes WinAnsi leaves unused.
"""
import re
import sys

A4 = (595, 842)
TOP, BOTTOM = 60, 60


# Characters outside cp1252, at codes cp1252 leaves unused, named in the fonts' /Differences.
EXTRA = {'\u2265': (0x81, 'greaterequal'), '\u2264': (0x8D, 'lessequal')}
ENCODING = ('<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences ['
            + ' '.join(f'{code} /{name}' for code, name in EXTRA.values()) + '] >>')


def encode(text):
    return b''.join(bytes([EXTRA[c][0]]) if c in EXTRA else c.encode('cp1252') for c in text)


def escape(text):
    return text.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


class Writer:
    def __init__(self):
        self.pages = []
        self.size = 11.0
        self.margin = 56.0
        self.cols = [56.0, 200.0, 330.0, 460.0]
        self.shape = A4
        self.new_page()

    def new_page(self):
        if self.pages and not self.pages[-1]['text']:
            self.pages.pop()  # a page with nothing on it yet takes the new shape instead
        self.pages.append({'shape': self.shape, 'text': []})
        self.y = self.shape[1] - TOP

    def put(self, x, cell):
        bold = cell.lstrip().startswith('**')
        text = cell.replace('**', '', 1) if bold else cell
        indent = len(text) - len(text.lstrip())
        text = text.strip()
        if text:
            self.pages[-1]['text'].append(('F2' if bold else 'F1', self.size, x + indent * self.size / 2, self.y, text))

    def line(self, raw):
        directive = re.match(r'@(\w+)\s*(.*)', raw)
        if directive:
            name, value = directive.groups()
            if name == 'page':
                self.new_page()
            elif name in ('landscape', 'portrait'):
                self.shape = (A4[1], A4[0]) if name == 'landscape' else A4
                self.new_page()
            elif name == 'size':
                self.size = float(value)
            elif name == 'gap':
                self.y -= float(value)
            elif name == 'x':
                self.margin = float(value)
            elif name == 'cols':
                self.cols = [float(v) for v in value.split()]
            else:
                raise ValueError('unknown directive @' + name)
            return
        if not raw.strip():
            self.y -= self.size * 0.8
            return
        if self.y < BOTTOM:
            self.new_page()
        if '||' in raw:
            for i, cell in enumerate(raw.split('||')):
                self.put(self.cols[i], cell.strip() if i else cell.rstrip())
        else:
            self.put(self.margin, raw.rstrip())
        self.y -= self.size * 1.35

    def pdf(self):
        objects = []

        def add(body):
            objects.append(body)
            return len(objects)

        regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding ' + ENCODING + ' >>')
        bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding ' + ENCODING + ' >>')
        pages_id = add(None)
        kids = []
        for page in self.pages:
            stream = b''.join(encode(f'BT /{font} {size} Tf {x:.1f} {y:.1f} Td ({escape(text)}) Tj ET\n')
                              for font, size, x, y, text in page['text'])
            content = add(stream)
            width, height = page['shape']
            kids.append(add(f'<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {width} {height}] '
                            f'/Resources << /Font << /F1 {regular} 0 R /F2 {bold} 0 R >> >> /Contents {content} 0 R >>'))
        objects[pages_id - 1] = f'<< /Type /Pages /Kids [{" ".join(f"{k} 0 R" for k in kids)}] /Count {len(kids)} >>'
        catalog = add(f'<< /Type /Catalog /Pages {pages_id} 0 R >>')

        out = bytearray(b'%PDF-1.4\n')
        offsets = []
        for number, body in enumerate(objects, 1):
            offsets.append(len(out))
            if isinstance(body, bytes):
                out += f'{number} 0 obj\n<< /Length {len(body)} >>\nstream\n'.encode() + body + b'\nendstream\nendobj\n'
            else:
                out += f'{number} 0 obj\n{body}\nendobj\n'.encode('cp1252')
        xref = len(out)
        out += f'xref\n0 {len(objects) + 1}\n0000000000 65535 f \n'.encode()
        out += b''.join(f'{offset:010d} 00000 n \n'.encode() for offset in offsets)
        out += f'trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n'.encode()
        return bytes(out)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    writer = Writer()
    with open(sys.argv[1], encoding='utf-8') as source:
        for raw in source.read().splitlines():
            writer.line(raw)
    with open(sys.argv[2], 'wb') as out:
        out.write(writer.pdf())


if __name__ == '__main__':
    main()
