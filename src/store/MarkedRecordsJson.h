#pragma once

#include "MarkedRecords.h"

#include <QJsonObject>

// The JSON form of what a marked table gave (marked_table.records): every field of its actions,
// indicators with their bands and readings, attendance entries, agenda items and resolutions.
// Any thread.
namespace scrutineer::markedjson {

QJsonObject records(const MarkedRecords& records);
MarkedRecords recordsFrom(const QJsonObject& object);

} // namespace scrutineer::markedjson
