#include "TableCsv.h"

#include "Csv.h"
#include "common/RepeatedColumns.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QSaveFile>

namespace scrutineer::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("TableCsv", text); }

QList<int> columns(const QAbstractItemModel& model, const QHeaderView* header)
{
    QList<int> result;
    if (header && header->count() == model.columnCount()) {
        const QList<int> repeated = RepeatedColumns::hidden(header); // hidden for the screen, not by the user
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical) || repeated.contains(logical))
                result.append(logical);
        }
        return result;
    }
    for (int c = 0; c < model.columnCount(); ++c)
        result.append(c);
    return result;
}

void appendRows(const QAbstractItemModel& model, const QModelIndex& parent, const QList<int>& cols, QString& out)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        QStringList fields;
        for (const int c : cols) {
            const QModelIndex index = model.index(r, c, parent);
            const QVariant exported = index.data(TableCsv::ExportRole);
            fields.append(exported.isValid() ? exported.toString() : index.data(Qt::DisplayRole).toString());
        }
        out += csv::row(fields);
        const QModelIndex first = model.index(r, 0, parent);
        if (model.hasChildren(first))
            appendRows(model, first, cols, out);
    }
}

} // namespace

QString TableCsv::text(const QAbstractItemModel& model, const QHeaderView* header)
{
    const QList<int> cols = columns(model, header);
    QStringList titles;
    for (const int c : cols)
        titles.append(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    QString out = csv::row(titles);
    appendRows(model, QModelIndex(), cols, out);
    return out;
}

std::optional<QString> TableCsv::write(const QAbstractItemModel& model, const QString& path, const QHeaderView* header)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
    file.write("\xEF\xBB\xBF");
    file.write(text(model, header).toUtf8());
    if (!file.commit())
        return tr("cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
    return std::nullopt;
}

} // namespace scrutineer::gui
