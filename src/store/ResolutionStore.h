#pragma once

#include "Database.h"
#include "Error.h"
#include "Resolution.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace scrutineer {

// The resolution register: every resolution of every body (extracted from minutes, or written
// by an officer during a meeting), with the officer's review applied. Reviews and corrections of
// extracted resolutions are user data in `correction`, keyed by meeting, minute number and
// position, so they survive re-imports; manual resolutions live in `user_resolution`.
// Thread of the Database.
class ResolutionStore final {
public:
    enum class Review { Unchecked, Checked, Corrected };

    // What the user has done to one extracted resolution: nothing, checked it, or corrected it.
    struct UserState {
        bool checked = false;
        std::optional<Resolution> correction; // the whole corrected resolution
        bool operator==(const UserState& other) const;
    };

    // A resolution written in the app: it belongs to a meeting and, usually, an agenda item.
    struct Manual {
        qint64 id = 0; // 0 = not stored yet
        qint64 meetingId = 0;
        QString agendaNumber;
        QString minuteNumber;
        QString minuteTitle;
        Resolution resolution;
        bool checked = false;
        bool operator==(const Manual& other) const;
    };

    struct Record {
        QString key; // stable: "x|meeting|minute|position" or "m|id"
        bool manual = false;
        qint64 id = 0; // resolution.id or user_resolution.id
        qint64 meetingId = 0;
        QDate meetingDate;
        QString body;
        QString minuteNumber;
        QString minuteTitle;
        QString agendaNumber;
        Resolution resolution; // effective: the correction when there is one
        Resolution printed;    // as extracted (empty for manual ones)
        Review review = Review::Unchecked;
        qint64 documentId = 0;
        int pdfPage = 0;
        // Who last reviewed, corrected or (manual) edited it, and when; empty when nobody has.
        QString changedBy;
        QDateTime changedAt;
        QString createdBy; // who recorded a manual resolution
    };

    explicit ResolutionStore(Database& database) : m_database(database) {}

    // Every resolution ordered by body, meeting date, minute and position.
    QList<Record> list() const;
    std::optional<Record> find(const QString& key) const;

    UserState userState(const QString& key) const;
    // Replaces the review of an extracted resolution (an empty state removes it).
    std::optional<Error> setUserState(const QString& key, const UserState& state);

    std::optional<Manual> manual(qint64 id) const;
    // Inserts (id 0, or a given id when restoring after undo) or updates; returns the id.
    Expected<qint64> saveManual(const Manual& manual);
    std::optional<Error> removeManual(qint64 id);

    // The minute number the next resolution of this meeting should take: one more than the
    // highest number of this meeting, else of the body's latest earlier meeting; empty when the
    // body has no numbered minutes.
    QString suggestMinuteNumber(qint64 meetingId) const;

    static QString manualKey(qint64 id);
    static std::optional<qint64> manualId(const QString& key);

private:
    Database& m_database;
};

} // namespace scrutineer
