#pragma once

#include "Error.h"

#include <QDate>
#include <QString>

#include <optional>

namespace scrutineer::gui {

// Draws a small, realistic, entirely FICTIONAL council agenda pack with QPdfWriter/QPainter:
// front sheet (council, committee, date, time, venue, membership), agenda with page ranges,
// "Page N" footers and "Agenda Item N" stamps, minutes of the previous meeting with RESOLVED
// clauses and an officer's report with an action table. Used by the first-run "Open a sample
// pack" and by tests. Any thread (QPdfWriter needs no GUI thread).
class SamplePack final {
public:
    struct Options {
        // A later revision is a "changed version" of the same pack (a corrected page, an extra
        // paragraph): same meeting and name, different bytes.
        int revision = 1;
        // Extra pages of appendix text in the report (for long packs in tests).
        int appendixPages = 0;
    };

    static std::optional<Error> write(const QString& path, const Options& options);
    static std::optional<Error> write(const QString& path) { return write(path, Options{}); }

    // Where importSample() writes it: AppDataLocation/sample/<fileName()>.
    static QString defaultPath();
    static QString fileName();

    // Facts the sample states, for tests and the first-run text.
    static QString councilName();
    static QString committeeName();
    static QDate meetingDate();
    static int agendaItemCount();
};

} // namespace scrutineer::gui
