#pragma once

// The synthetic ten-year archive the search benchmarks share: corpus page texts recombined into
// packs of a committee's monthly meetings, with agenda items and actions. Main thread of a bench.
#include "Database.h"
#include "ImportWriter.h"
#include "PackImporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QStringList>

namespace scrutineer::bench {

inline QStringList corpusPageTexts(const QString& corpus)
{
    QStringList texts;
    const QDir pdfs(corpus + QStringLiteral("/pdf"));
    for (const QString& name : pdfs.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name)) {
        auto bundle = PackImporter::run(pdfs.filePath(name));
        if (!bundle)
            continue;
        for (const PageRecord& page : bundle->pages) {
            if (page.text.size() > 200)
                texts.append(page.text);
        }
    }
    return texts;
}

inline ImportBundle syntheticPack(const QStringList& texts, const QString& body, const QDate& date, int pages,
                                  QRandomGenerator& random, qint64& textBytes)
{
    ImportBundle b;
    b.fileName = QStringLiteral("%1-%2.pdf").arg(body.left(12), date.toString(Qt::ISODate));
    b.sha256 = QCryptographicHash::hash(QStringLiteral("%1-%2").arg(body, date.toString(Qt::ISODate)).toUtf8(),
                                        QCryptographicHash::Sha256)
                   .toHex();
    b.kind = DocumentKind::AgendaPack;
    b.pageCount = pages;
    for (int p = 1; p <= pages; ++p) {
        PageRecord page;
        page.pdfPage = p;
        page.packPage = p;
        page.hasText = true;
        page.size = QSizeF(595, 842);
        page.text = texts.at(int(random.bounded(texts.size())));
        textBytes += page.text.toUtf8().size();
        b.pages.append(page);
    }
    Meeting m;
    m.authority = QStringLiteral("Benchmark Borough Council");
    m.body = body;
    m.date = date;
    m.time = QTime(18, 30);
    for (int i = 1; i <= 10; ++i) {
        AgendaItem item;
        item.number = QString::number(i);
        item.title = texts.at(int(random.bounded(texts.size()))).section(QLatin1Char('\n'), 0, 0).left(80);
        item.pdfPages = PageRange {(i - 1) * pages / 10 + 1, i * pages / 10};
        item.packPages = item.pdfPages;
        m.agendaItems.append(item);
    }
    b.meetings = {m};
    b.documentMeetingIndex = 0;
    for (int a = 0; a < 8; ++a) {
        Action action;
        action.origin = ActionOrigin::ImprovementPlan;
        action.ref = QStringLiteral("%1.%2").arg(a / 4 + 1).arg(a % 4 + 1);
        action.text = texts.at(int(random.bounded(texts.size()))).simplified().left(160);
        action.status = ActionStatus::Open;
        b.actions.append(action);
    }
    return b;
}

// The committees of the archive: 5 × 120 monthly meetings of 100 pages = 600 packs.
inline QStringList archiveBodies()
{
    return {QStringLiteral("Children's Services Scrutiny Committee"),
            QStringLiteral("Adult Social Care and Health Scrutiny Committee"),
            QStringLiteral("Regeneration and Skills Scrutiny Committee"),
            QStringLiteral("Audit and Governance Committee"), QStringLiteral("Cabinet")};
}

// Writes the archive into `db`; returns the pages written and adds the page text's size to `textBytes`.
inline int writeArchive(Database& db, const QStringList& texts, qint64& textBytes)
{
    QRandomGenerator random(20261122);
    ImportWriter writer(db);
    int pageCount = 0;
    for (const QString& body : archiveBodies()) {
        for (int month = 0; month < 120; ++month) {
            const ImportBundle pack
                = syntheticPack(texts, body, QDate(2015, 1, 13).addMonths(month), 100, random, textBytes);
            auto outcome = writer.write(pack);
            if (outcome && outcome->status == ImportWriter::Outcome::Status::Imported)
                pageCount += int(pack.pages.size());
        }
    }
    return pageCount;
}

// The queries both archive benchmarks time: words, phrases, prefixes, a very common word.
inline QStringList archiveQueries()
{
    return {QStringLiteral("safeguarding"),
            QStringLiteral("child protection"),
            QStringLiteral("\"foster carers\""),
            QStringLiteral("CAMHS"),
            QStringLiteral("budget"),
            QStringLiteral("educ"),
            QStringLiteral("recruit*"),
            QStringLiteral("looked after children"),
            QStringLiteral("devolution"),
            QStringLiteral("Ofsted inspection"),
            QStringLiteral("homeless"),
            QStringLiteral("council tax"),
            QStringLiteral("the"),
            QStringLiteral("placement stability"),
            QStringLiteral("\"improvement plan\""),
            QStringLiteral("absent from education"),
            QStringLiteral("minutes"),
            QStringLiteral("Kent"),
            QStringLiteral("transport"),
            QStringLiteral("peer review")};
}

} // namespace scrutineer::bench
