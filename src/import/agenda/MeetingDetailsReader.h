#pragma once

#include "DomainEnums.h"
#include "agenda/FrontMatter.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

// Reads the meeting's particulars from the front matter: authority, body, date, time, venue
// and the committee officer's contact, from labels (MEETING:, Date:, Place:, Ask for: …), a
// letter's meeting line ("COUNTY COUNCIL - THURSDAY, 9 JANUARY 2025") or an unlabelled
// heading block. The PDF Subject only confirms or fills body and date. Stateless; any thread.
namespace scrutineer::parse {

struct MeetingDetails {
    QString authority;
    QString body;
    QDate date;
    QTime time;
    QString venue;
    QString officer;
    QString officerContact;
    int pdfPage = 0;
};

class MeetingDetailsReader final {
public:
    static MeetingDetails read(const FrontMatter& front, const layout::LayoutDocument& document);

    // "Kent County Council", "City of Hermosa Beach", "Sefton Council" as a whole line (Title
    // Case when printed in capitals); empty when the line is not an authority's name.
    static QString authorityName(const QString& line);
    // A body's name as a whole line: "CABINET", "City Council", "Children and Young People
    // Scrutiny Committee"; Title Case when printed in capitals; empty otherwise.
    static QString bodyName(const QString& line);
    // Body and date from the PDF Subject, "County Council, 09/01/2025 10:00".
    static QString subjectBody(const QString& subject);
    static std::optional<QDate> subjectDate(const QString& subject);
};

} // namespace scrutineer::parse
