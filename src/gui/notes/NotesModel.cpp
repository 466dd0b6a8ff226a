#include "NotesModel.h"

#include <QCoreApplication>

namespace scrutineer::gui {
namespace {

constexpr quintptr kTop = 0; // children carry their group's row + 1
constexpr int kGroups = 2;

// What a note says; a highlight with nothing written on it shows the words it quotes.
QString bodyText(const Note& note)
{
    if (!note.body.isEmpty() || note.anchorText.isEmpty())
        return note.body;
    return NotesModel::tr("Highlighted: “%1”").arg(note.anchorText);
}

} // namespace

NotesModel::NotesModel(QObject* parent) : QAbstractItemModel(parent)
{
}

void NotesModel::setEntries(const QList<Entry>& entries)
{
    beginResetModel();
    m_groups[0].clear();
    m_groups[1].clear();
    for (const Entry& entry : entries)
        m_groups[entry.note.kind == Note::Kind::Question ? 0 : 1].append(entry);
    endResetModel();
}

const NotesModel::Entry* NotesModel::entry(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kTop)
        return nullptr;
    const int group = int(index.internalId() - 1);
    if (group >= kGroups || index.row() >= m_groups[group].size())
        return nullptr;
    return &m_groups[group].at(index.row());
}

QModelIndex NotesModel::indexOfNote(qint64 noteId) const
{
    for (int group = 0; group < kGroups; ++group) {
        for (int row = 0; row < m_groups[group].size(); ++row) {
            if (m_groups[group].at(row).note.id == noteId)
                return createIndex(row, 0, quintptr(group) + 1);
        }
    }
    return {};
}

QModelIndex NotesModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < kGroups ? createIndex(row, 0, kTop) : QModelIndex();
    if (parent.internalId() != kTop || parent.row() >= kGroups || row >= m_groups[parent.row()].size())
        return {};
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex NotesModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTop)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTop);
}

int NotesModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return kGroups;
    if (parent.column() != 0 || parent.internalId() != kTop || parent.row() >= kGroups)
        return 0;
    return int(m_groups[parent.row()].size());
}

int NotesModel::columnCount(const QModelIndex&) const
{
    return 1;
}

Qt::ItemFlags NotesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (const Entry* e = entry(index); e && e->note.kind == Note::Kind::Question)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant NotesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() != 0)
        return {};
    if (index.internalId() == kTop) {
        if (index.row() >= kGroups)
            return {};
        const int count = int(m_groups[index.row()].size());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return index.row() == 0 ? tr("Questions to ask (%1)").arg(count) : tr("Notes (%1)").arg(count);
        case IsGroupRole:
            return true;
        case IsQuestionRole:
            return index.row() == 0;
        default:
            return {};
        }
    }
    const Entry* e = entry(index);
    if (!e)
        return {};
    const bool question = e->note.kind == Note::Kind::Question;
    switch (role) {
    case Qt::DisplayRole:
        return e->location.isEmpty() ? bodyText(e->note) : QString(bodyText(e->note) + QLatin1Char('\n') + e->location);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString text = bodyText(e->note);
        if (!e->note.body.isEmpty() && !e->note.anchorText.isEmpty())
            text += QStringLiteral(" — “%1”").arg(e->note.anchorText);
        if (!e->location.isEmpty())
            text += QStringLiteral(" (") + e->location + QLatin1Char(')');
        if (question)
            text = (e->note.done ? tr("Asked: %1") : tr("To ask: %1")).arg(text);
        return text;
    }
    case Qt::CheckStateRole:
        if (question)
            return e->note.done ? Qt::Checked : Qt::Unchecked;
        return {};
    case IsGroupRole:
        return false;
    case NoteIdRole:
        return e->note.id;
    case IsQuestionRole:
        return question;
    case DocumentIdRole:
        return e->documentId;
    case PdfPageRole:
        return e->note.pdfPage;
    case AnchorTextRole:
        return e->note.body.isEmpty() ? QString() : e->note.anchorText; // a bare highlight shows it as its body
    case AgendaNumberRole:
        return e->note.agendaNumber;
    case LocationRole:
        return e->location;
    case BodyRole:
        return bodyText(e->note);
    case MarkRole:
        return e->note.boxes.isEmpty() && e->note.kind != Note::Kind::Highlight ? 0 : (question ? 2 : 1);
    default:
        return {};
    }
}

bool NotesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.internalId() != 1 || index.row() >= m_groups[0].size())
        return false;
    Entry& e = m_groups[0][index.row()];
    const bool done = value.toInt() == Qt::Checked;
    if (e.note.done == done)
        return true;
    e.note.done = done;
    emit dataChanged(index, index, {Qt::CheckStateRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    emit doneToggled(e.note.id, done);
    return true;
}

} // namespace scrutineer::gui
