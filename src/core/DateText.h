#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

// Dates and times as councils print them. Pure functions; any thread.
namespace scrutineer::datetext {

struct DateMatch {
    QDate date;
    qsizetype start = 0;
    qsizetype length = 0;
    bool yearInferred = false; // "5 August": the year came from the caller's default
};

// Every full date in the text, in order: "Tuesday, 25th September 2018", "ON TUESDAY 10TH JULY,
// 2018", "20 th August 2018", "January 10, 2023", "09/01/2025", "10 JULY 18".
// With defaultYear > 0, "5 August" is accepted too (flagged yearInferred).
QList<DateMatch> findDates(const QString& text, int defaultYear = 0);
std::optional<QDate> parseDate(const QString& text, int defaultYear = 0);

// "6.30 pm", "2:30pm", "16:15", "10.00 am", "5:00 PM", "6:00 P.M.", "noon".
std::optional<QTime> parseTime(const QString& text);

// A due date kept at its printed precision: "2019-01-29", "2018-10" (from "Oct 2018",
// "Oct 18", "Nov '18", "August 2018"), or empty when the text is not a date ("By end of Q3").
QString parseDueDate(const QString& text, int defaultYear = 0);

// Month number for an English month name or abbreviation ("Sept", "SEPTEMBER"); 0 if none.
int monthFromName(const QString& name);

} // namespace scrutineer::datetext
