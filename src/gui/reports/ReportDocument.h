#pragma once

#include <QString>

#include <optional>

class QPrinter;

namespace scrutineer::gui {

// A printable report: HTML laid out by QTextDocument on A4 pages, with a running header (report
// title, subtitle) and a footer ("Page N of M", the date printed) on every page; table header
// rows (<thead>) repeat after page breaks. Prints on any QPrinter or writes a PDF.
// GUI thread (fonts and printers), or any thread for PDF output.
class ReportDocument final {
public:
    ReportDocument(QString title, QString subtitle, QString html);

    // Writes a PDF; returns the error text on failure.
    std::optional<QString> writePdf(const QString& path) const;
    // Paints onto a printer the caller has set up (print dialog, PDF); returns the error text.
    std::optional<QString> print(QPrinter& printer) const;
    // A4 with the report margins and document name: call before showing a print dialog.
    void setUpPrinter(QPrinter& printer) const;
    // Pages the report takes on the given printer.
    int pageCount(QPrinter& printer) const;

    QString html() const { return m_html; }
    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }

    // Shared HTML pieces so every report looks alike.
    static QString styleSheet();
    static QString escape(const QString& text);

private:
    QString m_title;
    QString m_subtitle;
    QString m_html;
};

} // namespace scrutineer::gui
