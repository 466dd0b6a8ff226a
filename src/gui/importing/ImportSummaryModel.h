#pragma once

#include "ImportSummary.h"

#include <QAbstractTableModel>

namespace scrutineer::gui {

// One row per file of an import run: file, result, meeting, what was found. Read-only.
// GUI thread only.
class ImportSummaryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { FileColumn, ResultColumn, MeetingColumn, FoundColumn, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1, StatusRole };

    explicit ImportSummaryModel(QObject* parent = nullptr);

    void setSummary(const ImportSummary& summary);
    const ImportSummary& summary() const { return m_summary; }

    static QString statusText(ImportFileResult::Status status);
    static QString foundText(const ImportFileResult& file);
    static QString meetingText(const ImportFileResult& file);
    // "agenda-pack" -> "Agenda pack".
    static QString kindText(const QString& kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ImportSummary m_summary;
};

} // namespace scrutineer::gui
