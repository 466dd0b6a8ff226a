#pragma once

#include "Indicator.h"

#include <QAbstractTableModel>

namespace scrutineer::gui {

// An indicator's threshold bands being edited: grade and band text editable, the parsed range
// shown beside them (or why the text is not a band). bands() gives min/max from the band grammar.
// GUI thread only.
class ThresholdModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThresholdModel)

public:
    enum Column { GradeColumn, BandColumn, RangeColumn, ColumnCount };

    explicit ThresholdModel(QObject* parent = nullptr);
    void setBands(const QList<ThresholdBand>& bands);
    // The bands with min/max parsed from their text; only meaningful when isValid().
    QList<ThresholdBand> bands() const;
    bool isValid() const;
    void addBand(const QString& grade = {}, const QString& text = {});
    void removeBand(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    struct Row {
        QString grade;
        QString text;
    };
    QList<Row> m_rows;
};

} // namespace scrutineer::gui
