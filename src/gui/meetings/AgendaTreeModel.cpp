#include "meetings/AgendaTreeModel.h"

#include "TextUtil.h"
#include "common/CellToolTip.h"
#include "meetings/AgendaLabels.h"

#include <QFont>
#include <QPalette>
#include <QSet>

namespace scrutineer::gui {
namespace {

QString readableTitle(const QString& title)
{
    const QString collapsed = text::collapseWhitespace(title);
    return text::isMostlyUpperCase(collapsed) ? text::titleCaseFromCapitals(collapsed) : collapsed;
}

QString numbered(const QString& number, const QString& title)
{
    if (number.isEmpty())
        return title;
    const QChar last = number.back();
    return last.isLetterOrNumber() ? QStringLiteral("%1. %2").arg(number, title)
                                   : QStringLiteral("%1 %2").arg(number, title);
}

} // namespace

AgendaTreeModel::AgendaTreeModel(QObject* parent) : QAbstractItemModel(parent)
{
    m_nodes.emplace_back();
}

void AgendaTreeModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_nodes.emplace_back();
    endResetModel();
}

int AgendaTreeModel::add(Node node, int parent)
{
    node.parent = parent;
    node.row = int(m_nodes[size_t(parent)].children.size());
    m_nodes.push_back(std::move(node));
    const int id = int(m_nodes.size()) - 1;
    m_nodes[size_t(parent)].children.append(id);
    return id;
}

void AgendaTreeModel::setMeeting(const Input& input)
{
    beginResetModel();
    m_nodes.clear();
    m_nodes.emplace_back();
    QSet<qint64> placedMinutes;
    for (const MeetingStore::AgendaEntry& entry : input.agenda) {
        Node item;
        item.kind = Kind::Item;
        item.title = numbered(entry.number, readableTitle(entry.title));
        if (entry.exempt)
            item.title += tr(" (exempt)");
        item.muted = entry.exempt;
        item.pages = AgendaLabels::pageRange(entry);
        item.tooltip = AgendaLabels::pageRangeTooltip(entry);
        item.documentId = entry.pdfFirst > 0 ? entry.documentId : 0;
        item.pdfPage = entry.pdfFirst;
        item.highlight = AgendaLabels::leadingWords(entry.title, 8);
        item.agendaNumber = entry.number;
        const int itemId = add(item, 0);
        if (!entry.reportOf.isEmpty()) {
            Node report;
            report.kind = Kind::Report;
            report.title = tr("Report of %1").arg(entry.reportOf);
            report.tooltip = item.tooltip;
            report.documentId = item.documentId;
            report.pdfPage = entry.pdfFirst;
            report.highlight = entry.reportOf;
            report.agendaNumber = entry.number;
            add(report, itemId);
        }
        for (const MeetingStore::MinuteEntry& minute : input.minutes) {
            if (placedMinutes.contains(minute.id))
                continue;
            if (AgendaLabels::minuteRecordsItem(minute, input.minuteItems.value(minute.id), entry)) {
                addMinute(minute, itemId, entry.number);
                placedMinutes.insert(minute.id);
            }
        }
    }
    int minutesSection = -1;
    for (const MeetingStore::MinuteEntry& minute : input.minutes) {
        if (placedMinutes.contains(minute.id))
            continue;
        if (minutesSection < 0) {
            Node section;
            section.title = input.agenda.isEmpty() ? tr("Minutes") : tr("Other minutes");
            minutesSection = add(section, 0);
        }
        addMinute(minute, minutesSection, {});
    }
    addActions(input.actions);
    addDocuments(input.documents);
    endResetModel();
}

void AgendaTreeModel::addMinute(const MeetingStore::MinuteEntry& minute, int parent, const QString& agendaNumber)
{
    Node node;
    node.kind = Kind::Minute;
    const QString title = readableTitle(minute.title);
    node.title = minute.number.isEmpty() ? tr("Minute: %1").arg(title) : tr("Minute %1: %2").arg(minute.number, title);
    node.documentId = minute.pdfPage > 0 ? minute.documentId : 0;
    node.pdfPage = minute.pdfPage;
    node.highlight = AgendaLabels::leadingWords(minute.title, 8);
    node.agendaNumber = agendaNumber;
    node.tooltip = minute.pdfPage > 0 ? tr("Minutes, PDF page %1").arg(minute.pdfPage) : QString();
    const int id = add(node, parent);
    for (const QString& resolution : minute.resolutions) {
        Node child;
        child.kind = Kind::Resolution;
        child.title = tr("Resolved: %1").arg(AgendaLabels::oneLine(resolution, 110));
        child.tooltip = text::collapseWhitespace(resolution);
        child.documentId = node.documentId;
        child.pdfPage = node.pdfPage;
        child.highlight = AgendaLabels::leadingWords(resolution, 6);
        child.agendaNumber = agendaNumber;
        add(child, id);
    }
}

void AgendaTreeModel::addActions(const QList<ActionRecord>& actions)
{
    if (actions.isEmpty())
        return;
    // The count says what the meetings list says: open actions first raised here, by the one
    // definition (openState), and what was left out and why.
    OpenActionCount count;
    for (const ActionRecord& record : actions)
        count.add(record);
    Node section;
    section.title = count.open == int(actions.size())
        ? tr("Actions (%1 open)").arg(count.open)
        : tr("Actions (%1 open of %2)").arg(count.open).arg(actions.size());
    section.tooltip = count.describe();
    const int sectionId = add(section, 0);
    for (const ActionRecord& record : actions) {
        const Action& action = record.action;
        Node node;
        node.kind = Kind::Action;
        const QString text = AgendaLabels::oneLine(action.text, 100);
        node.title = action.ref.isEmpty() ? text : QStringLiteral("%1  %2").arg(action.ref, text);
        node.pages = AgendaLabels::actionStatus(action.status);
        QStringList tip {text::collapseWhitespace(action.text)};
        if (!action.owner.isEmpty())
            tip << tr("Owner: %1").arg(action.owner);
        if (!action.dueText.isEmpty() || !action.due.isEmpty())
            tip << tr("Due: %1").arg(action.dueText.isEmpty() ? action.due : action.dueText);
        tip << tr("Status: %1").arg(node.pages);
        if (record.isRepeat()) {
            node.pages = tr("Repeat");
            tip << tr("Repeats an action asked for earlier (at an earlier meeting, or earlier in these minutes): "
                      "counted there, once.");
        }
        node.tooltip = tip.join(QLatin1Char('\n'));
        node.documentId = action.pdfPage > 0 ? record.documentId : 0;
        node.pdfPage = action.pdfPage;
        node.highlight = AgendaLabels::leadingWords(action.text, 6);
        node.muted = openState(record) != OpenState::Open;
        add(node, sectionId);
    }
}

void AgendaTreeModel::addDocuments(const QList<MeetingStore::DocumentSummary>& documents)
{
    if (documents.isEmpty())
        return;
    Node section;
    section.title = tr("Documents (%1)").arg(documents.size());
    const int sectionId = add(section, 0);
    for (const MeetingStore::DocumentSummary& document : documents) {
        Node node;
        node.kind = Kind::Document;
        node.title = QStringLiteral("%1 · %2").arg(AgendaLabels::documentKind(document.kind), document.fileName);
        node.pages = tr("%n page(s)", nullptr, document.pageCount);
        node.tooltip = document.filePath;
        node.documentId = document.id;
        node.pdfPage = 1;
        add(node, sectionId);
    }
}

QModelIndex AgendaTreeModel::find(Kind kind, const QString& text) const
{
    for (size_t i = 1; i < m_nodes.size(); ++i) {
        const Node& node = m_nodes[i];
        if (node.kind == kind && node.title.contains(text, Qt::CaseInsensitive))
            return createIndex(node.row, TitleColumn, quintptr(i));
    }
    return {};
}

QModelIndex AgendaTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != TitleColumn))
        return {};
    const size_t parentId = parent.isValid() ? size_t(parent.internalId()) : 0;
    if (parentId >= m_nodes.size())
        return {};
    const QList<int>& children = m_nodes[parentId].children;
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex AgendaTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() >= m_nodes.size())
        return {};
    const int parentId = m_nodes[size_t(child.internalId())].parent;
    if (parentId <= 0)
        return {};
    return createIndex(m_nodes[size_t(parentId)].row, TitleColumn, quintptr(parentId));
}

int AgendaTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_nodes.front().children.size());
    if (parent.column() != TitleColumn || parent.internalId() >= m_nodes.size())
        return 0;
    return int(m_nodes[size_t(parent.internalId())].children.size());
}

int AgendaTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags AgendaTreeModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant AgendaTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return nodeData(m_nodes[size_t(index.internalId())], index.column(), role);
}

QVariant AgendaTreeModel::nodeData(const Node& node, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return column == TitleColumn ? node.title : node.pages;
    case Qt::ToolTipRole: // the title whole, however narrow the panel, above what the tooltip adds
        return cellToolTip(column == TitleColumn ? node.title : QString(), node.tooltip);
    case Qt::AccessibleDescriptionRole:
        return node.tooltip;
    case Qt::FontRole:
        if (node.kind == Kind::Section) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (node.kind == Kind::Resolution) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (node.muted)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        return column == PagesColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case KindRole:
        return QVariant::fromValue(node.kind);
    case DocumentIdRole:
        return node.documentId;
    case PdfPageRole:
        return node.pdfPage;
    case HighlightRole:
        return node.highlight;
    case AgendaNumberRole:
        return node.agendaNumber;
    default:
        return {};
    }
}

QVariant AgendaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Business") : section == PagesColumn ? tr("Pages") : QVariant();
}

} // namespace scrutineer::gui
