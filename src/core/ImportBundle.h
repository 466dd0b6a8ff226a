#pragma once

#include "Action.h"
#include "DomainEnums.h"
#include "Indicator.h"
#include "Meeting.h"
#include "PageRecord.h"
#include "PageRegion.h"
#include "Recommendation.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace scrutineer {

// Everything one import extracted from one document, staged in memory: the import layer
// produces it on a worker thread, the store writes it in one transaction. No ids yet.
struct ImportBundle {
    QString filePath;
    QString fileName;
    QByteArray sha256; // hex
    DocumentKind kind = DocumentKind::Other;
    QString title;
    int pageCount = 0;
    QList<PageRecord> pages;
    QList<Meeting> meetings;
    int documentMeetingIndex = -1; // the meeting the document was published for
    QList<Action> actions;
    QList<Indicator> indicators;
    QList<Reading> readings;
    QList<Recommendation> recommendations;
    QList<RecommendationResponse> recommendationResponses;
    QList<RecommendationUpdate> recommendationUpdates;
    QStringList warnings; // user-facing: pages without text, disagreements ...
    QList<PageRegion> regions; // what each stretch of the document was read as, and what was not understood
    QString kindReason;        // why the document got its kind

    QList<int> pagesWithoutText() const
    {
        QList<int> result;
        for (const PageRecord& page : pages) {
            if (!page.hasText)
                result.append(page.pdfPage);
        }
        return result;
    }
};

} // namespace scrutineer
