#pragma once

#include "DomainEnums.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

namespace scrutineer {

// One threshold band as printed ("65-75") and parsed (min/max, either may be open).
struct ThresholdBand {
    QString grade; // "Inadequate", "Requires Improvement", "Good", "Outstanding"
    QString text;
    std::optional<double> min;
    std::optional<double> max;
};

// A performance measure with its bands or target/floor as published for one meeting.
struct Indicator {
    QString name;
    QString description;
    Polarity polarity = Polarity::Unknown;
    QString unit;
    QList<ThresholdBand> thresholds;
    std::optional<double> target;
    std::optional<double> floor;
    QStringList defects;
    QString section;
    QString ref; // the measure's code as printed ("HC01"), to match it within one document; not stored
    int meetingIndex = -1;
    int pdfPage = 0;
    QStringList roles; // for measures read from a table: the column roles the table was read with
    double confidence = 1.0; // how sure the reading is
    // As for Action: empty, "user" or "template", the template, and the row on its page.
    QString definedBy;
    qint64 templateId = 0;
    QString templateName;
    QRectF area;
};

// A value reported for an indicator.
struct Reading {
    int indicatorIndex = -1; // index into ImportBundle::indicators
    QString period;
    std::optional<double> value;
    QString valueText;
    QString reportedRating;
    double confidence = 1.0;
    int pdfPage = 0;
    QString direction; // direction of travel as printed ("Improving", "↑"); empty when not printed
};

} // namespace scrutineer
