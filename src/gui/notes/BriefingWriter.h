#pragma once

#include <QList>
#include <QString>

#include <optional>

class QPrinter;

namespace scrutineer::gui {

// Turns a meeting's questions and notes into a briefing sheet: Markdown text, or an A4 PDF with
// a running header (meeting, "Page N of M") drawn on every page. Any thread (no widgets).
class BriefingWriter final {
public:
    struct Entry {
        QString body;
        QString location;     // "Item 5 · Page 12"
        QString pageLocation; // "Page 12" (notes are listed under their item)
        QString agendaNumber;
        QString agendaTitle;
        QString anchorText;   // quoted text of the page the note refers to
        bool done = false;
    };
    struct Sheet {
        QString heading;      // "Scrutiny Committee"
        QString subheading;   // "Tuesday 12 March 2024, 10:00 · Council Chamber"
        QString authority;
        QList<Entry> questions;
        QList<Entry> notes;
    };

    static QString markdown(const Sheet& sheet);
    static QString html(const Sheet& sheet);
    // Writes the PDF; returns the error text on failure.
    static std::optional<QString> writePdf(const Sheet& sheet, const QString& path);
    // Renders onto a configured printer (or PDF printer) with the running header on every page.
    static bool print(const Sheet& sheet, QPrinter& printer);
};

} // namespace scrutineer::gui
