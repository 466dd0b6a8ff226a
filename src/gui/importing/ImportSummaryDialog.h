#pragma once

#include "ImportSummary.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ImportSummaryDialog;
}

namespace scrutineer::gui {

class ImportSummaryModel;

// The end-of-import report: a headline ("2 packs imported, 1 refused"), one row per file, and
// the selected file's details (what was found, pages without text, why it was refused).
// "Open" opens an imported document. Shown with open(), never exec(). GUI thread only.
class ImportSummaryDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportSummaryDialog(QWidget* parent = nullptr);
    ~ImportSummaryDialog() override;

    void setSummary(const ImportSummary& summary);
    ImportSummaryModel* model() const { return m_model; }
    QString headline() const;
    QString detailsText() const;
    static QString headlineFor(const ImportSummary& summary);
    static QString detailsHtml(const ImportFileResult& file);

signals:
    void openRequested(qint64 documentId, int pdfPage, const QString& highlight);

private:
    void showDetails();
    void openSelected();

    std::unique_ptr<Ui::ImportSummaryDialog> m_ui;
    ImportSummaryModel* m_model = nullptr;
    QPushButton* m_openButton = nullptr;
};

} // namespace scrutineer::gui
