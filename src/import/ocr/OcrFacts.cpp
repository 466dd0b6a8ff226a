#include "OcrFacts.h"

#include <QCoreApplication>
#include <QHash>

namespace scrutineer::ocr {
namespace {

// The translation context of the notes below (the functions are free, not members of a class).
struct OcrFactsText {
    Q_DECLARE_TR_FUNCTIONS(OcrFacts)
};

void flag(QStringList& flags)
{
    if (!flags.contains(kOcrFlag))
        flags.append(kOcrFlag);
}

} // namespace

QString pageList(const QList<int>& pages)
{
    QStringList parts;
    for (int i = 0; i < pages.size();) {
        int j = i;
        while (j + 1 < pages.size() && pages.at(j + 1) == pages.at(j) + 1)
            ++j;
        if (j - i >= 2) {
            parts.append(QStringLiteral("%1–%2").arg(pages.at(i)).arg(pages.at(j)));
        } else {
            for (int k = i; k <= j; ++k)
                parts.append(QString::number(pages.at(k)));
        }
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

void addNotes(ImportBundle& bundle)
{
    QList<int> read;
    QList<int> empty;
    double confidence = 0;
    for (const PageRecord& page : bundle.pages) {
        if (page.hasText)
            continue;
        if (page.ocr) {
            read.append(page.pdfPage);
            confidence += page.ocrConfidence;
        } else {
            empty.append(page.pdfPage);
        }
    }
    QStringList notes;
    if (!read.isEmpty()) {
        const int percent = int(std::lround(100.0 * confidence / double(read.size())));
        if (read.size() == bundle.pages.size()) {
            notes.append(
                OcrFactsText::tr("the file has no text layer: all of its text was read by OCR (mean confidence %1 %); "
                                 "check facts read from it against the PDF")
                    .arg(percent));
        } else {
            notes.append(
                OcrFactsText::tr("%n page(s) had no text layer; their text was read by OCR (mean confidence %1 %): %2",
                                 nullptr, int(read.size()))
                    .arg(percent)
                    .arg(pageList(read)));
        }
    }
    if (!empty.isEmpty()) {
        notes.append(
            OcrFactsText::tr("%n page(s) have no text layer and cannot be searched: %1", nullptr, int(empty.size()))
                .arg(pageList(empty)));
    }
    bundle.warnings = notes + bundle.warnings;
}

void markFacts(ImportBundle& bundle)
{
    QHash<int, double> ocrPages; // pdf page -> mean confidence
    for (const PageRecord& page : bundle.pages) {
        if (page.ocr)
            ocrPages.insert(page.pdfPage, page.ocrConfidence);
    }
    if (ocrPages.isEmpty())
        return;
    for (Meeting& meeting : bundle.meetings) {
        for (AgendaItem& item : meeting.agendaItems) {
            if (ocrPages.contains(item.pdfPage))
                flag(item.flags);
        }
        for (Minute& minute : meeting.minutes) {
            for (Resolution& resolution : minute.resolutions) {
                if (ocrPages.contains(resolution.pdfPage))
                    flag(resolution.flags);
            }
        }
    }
    for (Action& action : bundle.actions) {
        if (ocrPages.contains(action.pdfPage)) {
            flag(action.flags);
            action.confidence *= ocrPages.value(action.pdfPage);
        }
    }
    for (Indicator& indicator : bundle.indicators) {
        if (ocrPages.contains(indicator.pdfPage))
            indicator.confidence *= ocrPages.value(indicator.pdfPage);
    }
    for (Reading& reading : bundle.readings) {
        if (ocrPages.contains(reading.pdfPage))
            reading.confidence *= ocrPages.value(reading.pdfPage);
    }
}

} // namespace scrutineer::ocr
