#pragma once

#include "DomainEnums.h"

#include <QString>

#include <optional>

// Figures as scorecards print them: "82%", "1,234", "£3.2m", "-4.5", "12.3 days" (the first figure
// of a cell, with whether it is a percentage), the period a heading or label names ("Q3 2024/25",
// "Dec 2024"), a printed polarity ("Higher is better", "↑") and RAG wording. Stateless; any thread.
namespace scrutineer::parse {

struct Figure {
    double value = 0;
    bool percent = false;
};

std::optional<Figure> parseFigure(const QString& text);
// A cell that is one bare figure and nothing else ("76%", "22.4", "1,204", "£3"): a figure never
// wraps onto a second line.
bool isFigureAlone(const QString& text);
// The period named in a heading or label, or an empty string.
QString periodIn(const QString& text);
// The period a value cell prints in brackets after its figure, where each row carries its own
// ("58.4% (2022)", "26.1% (Q2 2025/26)", "22 (Sep 2025)"): the bracket's text when it is a period
// (periodIn, a month with its year, or a year alone), else an empty string ("48.9% (p)").
QString bracketedPeriodIn(const QString& cell);
// A heading that names reporting periods and nothing else ("Quarter 1", "Q2 2025/26", "Apr-Jun",
// "Q1" over its months "Apr-Jun"): it heads the values of the first of them.
bool isPeriodHeading(const QString& text);
// A heading that is one month, alone or with its year ("Apr", "April", "Apr-25", "Sept 2025",
// "Jan 2026/27"): the heading as printed, whitespace collapsed; else an empty string. Month names
// are the lexicon's (month-names).
QString monthPeriod(const QString& text);
// A heading for the cumulative figure of the year so far ("YTD", "Year to date", "YTD 2025/26"),
// in the lexicon's words (cumulative-headings).
bool isCumulativeHeading(const QString& text);
Polarity polarityFrom(const QString& text);
// A RAG word or short status as a scorecard prints it ("Amber", "G", "On target").
bool isRatingText(const QString& text);
// A direction-of-travel cell as it reads: an arrow drawn from a symbol font comes out of the text
// layer as a letter ("é", "ñ"), which reads as the lexicon's word for that arrow ("Up"); any other
// cell as printed, trimmed.
QString directionText(const QString& cell);

} // namespace scrutineer::parse
