#pragma once

#include "Resolution.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

// JSON shapes for resolutions kept as user data: clause trees, recorded votes (the same object
// the import writes into resolution.votes) and whole corrected resolutions. Any thread.
// Keys missing from older text (absent_names, flags) read as empty lists.
namespace scrutineer::resolutionjson {

QJsonArray clauses(const QList<Clause>& clauses);
QList<Clause> clausesFrom(const QJsonArray& array);

QJsonObject votes(const RecordedVote& votes);
RecordedVote votesFrom(const QJsonObject& object);
// Compact text for a column, empty for none; and back (empty or invalid -> none).
QByteArray votesText(const std::optional<RecordedVote>& votes);
std::optional<RecordedVote> votesFromText(const QByteArray& text);

QJsonObject resolution(const Resolution& resolution);
Resolution resolutionFrom(const QJsonObject& object);

} // namespace scrutineer::resolutionjson
