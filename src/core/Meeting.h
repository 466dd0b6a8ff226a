#pragma once

#include "AgendaItem.h"
#include "DomainEnums.h"
#include "Resolution.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace scrutineer {

struct Member {
    QString name; // as printed, honorifics removed ("Paula Murphy")
    MemberRole role = MemberRole::Member;
    QString roleText; // as printed ("Chairperson", "Co-Opted Member")
    QString substituteFor;
    int pdfPage = 0;
};

struct Attendance {
    QString name;
    AttendanceStatus status = AttendanceStatus::Present;
    QString substitute; // who attended in their place
    QString roleText;   // "(in the Chair)", "Cabinet Member - ..."
    int pdfPage = 0;
};

struct Declaration {
    QString member;
    QString minute;
    QString kind; // "personal", "pecuniary", "other"
    QString text;
    bool withdrew = false;
    int pdfPage = 0;
};

// A meeting of a body as one document describes it. The store merges meetings that share
// body and date, so a pack's front sheet and the later minutes land on one row.
struct Meeting {
    QString authority;
    QString body;
    QDate date;
    QTime time;
    QString venue;
    QString status; // "scheduled", "held", "cancelled"; empty when unknown
    QString officer; // committee officer / contact
    QString officerContact;
    QList<Member> members;
    QList<Attendance> attendance;
    QList<Declaration> declarations;
    bool noDeclarations = false; // "No declarations ... were received"
    QList<AgendaItem> agendaItems;
    QList<Minute> minutes;
    int pdfPage = 0; // page the meeting's details came from
};

} // namespace scrutineer
