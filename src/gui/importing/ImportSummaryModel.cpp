#include "ImportSummaryModel.h"

#include "DomainEnums.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace scrutineer::gui {

ImportSummaryModel::ImportSummaryModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportSummaryModel::setSummary(const ImportSummary& summary)
{
    beginResetModel();
    m_summary = summary;
    endResetModel();
}

QString ImportSummaryModel::statusText(ImportFileResult::Status status)
{
    switch (status) {
    case ImportFileResult::Status::Imported: return tr("Imported");
    case ImportFileResult::Status::Replaced: return tr("Updated");
    case ImportFileResult::Status::AlreadyImported: return tr("Already imported");
    case ImportFileResult::Status::Refused: return tr("Refused");
    case ImportFileResult::Status::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString ImportSummaryModel::kindText(const QString& kind)
{
    switch (documentKindFromString(kind)) {
    case DocumentKind::AgendaPack: return tr("Agenda pack");
    case DocumentKind::Supplement: return tr("Supplement");
    case DocumentKind::Minutes: return tr("Minutes");
    case DocumentKind::Report: return tr("Report");
    case DocumentKind::DecisionRecord: return tr("Record of decision");
    case DocumentKind::Other: break;
    }
    return kind.isEmpty() ? tr("Other document") : tr("Other document (%1)").arg(kind);
}

QString ImportSummaryModel::meetingText(const ImportFileResult& file)
{
    if (file.body.isEmpty() && !file.meetingDate.isValid())
        return {};
    if (!file.meetingDate.isValid())
        return file.body;
    // The date first: it is what tells two meetings of one committee apart.
    const QString date = QLocale().toString(file.meetingDate, QStringLiteral("d MMM yyyy"));
    return file.body.isEmpty() ? date : tr("%1 · %2").arg(date, file.body);
}

QString ImportSummaryModel::foundText(const ImportFileResult& file)
{
    switch (file.status) {
    case ImportFileResult::Status::Refused:
    case ImportFileResult::Status::Cancelled:
    case ImportFileResult::Status::AlreadyImported:
        return file.reason;
    case ImportFileResult::Status::Imported:
    case ImportFileResult::Status::Replaced:
        break;
    }
    QStringList parts;
    parts << (file.pageCount == 1 ? tr("%n page", nullptr, 1) : tr("%n pages", nullptr, file.pageCount));
    if (file.agendaItems > 0)
        parts << (file.agendaItems == 1 ? tr("%n agenda item", nullptr, 1) : tr("%n agenda items", nullptr, file.agendaItems));
    if (file.minutes > 0)
        parts << (file.minutes == 1 ? tr("%n minute", nullptr, 1) : tr("%n minutes", nullptr, file.minutes));
    if (file.resolutions > 0)
        parts << (file.resolutions == 1 ? tr("%n resolution", nullptr, 1) : tr("%n resolutions", nullptr, file.resolutions));
    if (file.actions > 0)
        parts << (file.actions == 1 ? tr("%n action", nullptr, 1) : tr("%n actions", nullptr, file.actions));
    if (!file.pagesWithoutText.isEmpty())
        parts << (file.pagesWithoutText.size() == 1 ? tr("%n page without text", nullptr, 1)
                                                    : tr("%n pages without text", nullptr, int(file.pagesWithoutText.size())));
    return parts.join(QStringLiteral(", "));
}

int ImportSummaryModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_summary.files.size()); }

int ImportSummaryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ImportSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_summary.files.size() || index.column() >= ColumnCount)
        return {};
    const ImportFileResult& file = m_summary.files.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn: return file.fileName;
        case ResultColumn: return statusText(file.status);
        case MeetingColumn: return meetingText(file);
        case FoundColumn: return foundText(file);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return file.path;
        if (index.column() == FoundColumn)
            return foundText(file);
        return {};
    case Qt::DecorationRole:
        if (index.column() != ResultColumn)
            return {};
        switch (file.status) {
        case ImportFileResult::Status::Imported:
        case ImportFileResult::Status::Replaced:
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        case ImportFileResult::Status::AlreadyImported:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        case ImportFileResult::Status::Refused:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case ImportFileResult::Status::Cancelled:
            return QApplication::style()->standardIcon(QStyle::SP_DialogCancelButton);
        }
        return {};
    case Qt::AccessibleTextRole:
        return tr("%1: %2. %3").arg(file.fileName, statusText(file.status), foundText(file));
    case DocumentIdRole:
        return file.documentId;
    case StatusRole:
        return int(file.status);
    default:
        return {};
    }
}

QVariant ImportSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn: return tr("File");
    case ResultColumn: return tr("Result");
    case MeetingColumn: return tr("Meeting");
    case FoundColumn: return tr("Found");
    default: return {};
    }
}

} // namespace scrutineer::gui
