#pragma once

#include "agenda/FrontMatter.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

// The meeting a summons, notice or cover announces in prose: "An extraordinary meeting of the
// County Council will be held in the Council Chamber, … on Thursday, 9th January, 2025 at 10.00
// am", "NOTICE IS HEREBY GIVEN that a special meeting of the Board of Supervisors will be held on
// Tuesday, March 4, 2025 at 6:00 p.m. in the Board Chambers, …", a cover's "Meeting on" ⏎
// "Thursday, 9th" ⏎ "January, 2025" ⏎ "at 10.00 am". The date is the one the sentence ties to the
// meeting, never a date the papers were sent. Paragraphs are joined from lines close together,
// so a date wrapped over several short lines is read whole. Stateless; any thread.
namespace scrutineer::parse {

struct MeetingAnnouncement {
    QString body;
    QDate date;
    std::optional<QTime> time;
    QString venue;
    int page = 0;

    static std::optional<MeetingAnnouncement> read(const FrontMatter& front);
};

} // namespace scrutineer::parse
