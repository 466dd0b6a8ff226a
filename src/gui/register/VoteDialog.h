#pragma once

#include "Resolution.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class VoteDialog;
}

namespace scrutineer::gui {

// Records a recorded vote as the minutes give it: counts (or "not recorded"), names for, against
// and abstaining, and the outcome. Counts and names may disagree — the dialog says so and keeps
// both, flagged, as the register does for printed votes. GUI thread only.
class VoteDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoteDialog)

public:
    explicit VoteDialog(const std::optional<RecordedVote>& votes, QWidget* parent = nullptr);
    ~VoteDialog() override;

    RecordedVote votes() const;
    void setVotes(const RecordedVote& votes);

    // "Counts and names disagree: …" lines for a vote; empty when they agree.
    static QStringList disagreements(const RecordedVote& votes);

private:
    void updateCheck();

    std::unique_ptr<Ui::VoteDialog> m_ui;
};

} // namespace scrutineer::gui
