#pragma once

#include "RecommendationStore.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RecommendationEntryDialog;
}

namespace scrutineer::gui {

// Asks for what an officer records by hand about one recommendation: the executive's response
// (decision, text, date, lead, due date) or a progress update (text, date). GUI thread only.
class RecommendationEntryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecommendationEntryDialog)

public:
    enum class Kind { Response, Update };

    RecommendationEntryDialog(Kind kind, const RecommendationRecord& record, const QDate& today,
                              QWidget* parent = nullptr);
    ~RecommendationEntryDialog() override;

    Kind kind() const { return m_kind; }
    ResponseEntry response() const;
    UpdateEntry update() const;

    // For tests and scripted entry: fills the form as a user would (lead and due: responses only).
    void fill(ResponseDecision decision, const QString& text, const QDate& date, const QString& lead = {},
              const QDate& due = {});

private:
    void updateOk();

    std::unique_ptr<Ui::RecommendationEntryDialog> m_ui;
    Kind m_kind;
};

} // namespace scrutineer::gui
