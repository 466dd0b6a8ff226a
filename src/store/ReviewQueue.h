#pragma once

#include "Database.h"
#include "Error.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace scrutineer {

// One thing that needs a person: a table the importer saw but could not read (and other parts
// of a document it did not understand), a resolution recorded in an unusual way, an attendee it
// could not match to a member, a printed rating that disagrees with the computed one, a row read
// with little confidence. Keyed by what a re-import keeps, so an accepted or dismissed entry
// stays so. Plain value; any thread.
struct ReviewEntry {
    enum class Kind { UnreadTable, Resolution, Attendance, Rating, LowConfidence };
    enum class State { Open, Accepted, Dismissed };

    QString key;
    Kind kind = Kind::UnreadTable;
    State state = State::Open;
    QString detail; // what was seen, in the importer's words; the resolution's flags
    QString subject; // what it is about: the measure, the attendee, the row's text
    QString period; // ratings: the reading's period, the rating printed and the one computed
    QString printedRating;
    QString computedRating;
    QString regionKind; // unread parts: "plan", "aligned block", "resolution", "minutes" ...
    qint64 documentId = 0;
    int pdfPage = 0;
    int lastPage = 0;
    QString documentName;
    qint64 meetingId = 0;
    QDate meetingDate;
    QString body;
    double confidence = 1;
    // What "correct" opens: the action, the indicator, the resolution (register key).
    qint64 actionId = 0;
    qint64 indicatorId = 0;
    QString indicatorKey;
    QString resolutionKey;
    QString highlight; // words to show on the page
};

// The review queue: every entry, with the officer's accepted and dismissed ones remembered in
// review_state. Accepting a resolution's entry also marks it checked in the register. Thread of
// the Database.
class ReviewQueue final {
public:
    // Rows read from a table with less confidence than this are listed.
    static constexpr double kLowConfidence = 0.7;

    explicit ReviewQueue(Database& database) : m_database(database) { }

    // Open entries (and with `includeClosed` the accepted and dismissed ones), by meeting date.
    QList<ReviewEntry> entries(bool includeClosed = false) const;
    int openCount() const;
    ReviewEntry::State state(const QString& key) const;
    // Open removes what was recorded.
    std::optional<Error> setState(const QString& key, ReviewEntry::State state);

    static QString toString(ReviewEntry::State state);

private:
    void addRegions(QList<ReviewEntry>& out) const;
    void addResolutions(QList<ReviewEntry>& out) const;
    void addAttendance(QList<ReviewEntry>& out) const;
    void addRatings(QList<ReviewEntry>& out) const;
    void addLowConfidence(QList<ReviewEntry>& out) const;

    Database& m_database;
};

} // namespace scrutineer
