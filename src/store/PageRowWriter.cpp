#include "PageRowWriter.h"

#include "SqlDialect.h"
#include "SqlHelpers.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <memory>

namespace scrutineer {

std::optional<QSqlError> PageRowWriter::write(const QSqlDatabase& db, qint64 documentId,
                                              const QList<PageRecord>& pages)
{
    // PostgreSQL text cannot hold U+0000, which a damaged text layer may carry.
    const bool stripNul = SqlDialect::of(db).backend() == SqlDialect::Backend::Postgres;
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    std::map<qsizetype, std::unique_ptr<QSqlQuery>> prepared; // by the number of pages in the statement
    for (qsizetype first = 0; first < pages.size(); first += kPagesPerStatement) {
        const qsizetype count = std::min(kPagesPerStatement, pages.size() - first);
        auto it = prepared.find(count);
        if (it == prepared.end()) {
            QString statement = QStringLiteral("INSERT INTO page(document_id, pdf_page, pack_page, pack_page_evidence, "
                                               "width, height, rotation, has_text, blank, agenda_stamp, text, ocr, "
                                               "ocr_confidence) VALUES ");
            for (qsizetype i = 0; i < count; ++i)
                statement += i == 0 ? row : QStringLiteral(", ") + row;
            it = prepared.emplace(count, std::make_unique<QSqlQuery>(db)).first;
            if (!it->second->prepare(statement))
                return it->second->lastError();
        }
        QSqlQuery& query = *it->second;
        int value = 0;
        for (qsizetype i = first; i < first + count; ++i) {
            const PageRecord& page = pages.at(i);
            QString text = page.text.isNull() ? QStringLiteral("") : page.text;
            if (stripNul && text.contains(QChar(0)))
                text.remove(QChar(0));
            for (const QVariant& v :
                 {QVariant(documentId), QVariant(page.pdfPage), sql::nullable(page.packPage),
                  sql::nullable(page.packPageEvidence), QVariant(page.size.width()), QVariant(page.size.height()),
                  QVariant(page.rotation), QVariant(page.hasText ? 1 : 0), QVariant(page.blank ? 1 : 0),
                  sql::nullable(page.agendaStamp), QVariant(text), QVariant(page.ocr ? 1 : 0),
                  page.ocr ? QVariant(page.ocrConfidence) : QVariant()})
                query.bindValue(value++, v);
        }
        if (!query.exec())
            return query.lastError();
    }
    return std::nullopt;
}

bool PageRowWriter::sameRows(const QList<PageRecord>& a, const QList<PageRecord>& b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const PageRecord& x, const PageRecord& y) {
        return x.pdfPage == y.pdfPage && x.packPage == y.packPage && x.packPageEvidence == y.packPageEvidence
            && x.size == y.size && x.rotation == y.rotation && x.hasText == y.hasText && x.ocr == y.ocr
            && x.ocrConfidence == y.ocrConfidence && x.blank == y.blank && x.agendaStamp == y.agendaStamp
            && x.text == y.text;
    });
}

} // namespace scrutineer
