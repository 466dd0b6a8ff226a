#include "SearchResultsModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace scrutineer::gui {
namespace {

// Top-level rows have internal id 0; a hit's internal id is its group's row + 1.
constexpr quintptr kTopLevel = 0;

} // namespace

SearchResultsModel::SearchResultsModel(QObject* parent) : QAbstractItemModel(parent) {}

void SearchResultsModel::setHits(const QList<SearchIndex::Hit>& hits)
{
    beginResetModel();
    m_groups.clear();
    QHash<qint64, int> groupOf;
    for (const SearchIndex::Hit& hit : hits) {
        auto it = groupOf.find(hit.meetingId);
        if (it == groupOf.end()) {
            it = groupOf.insert(hit.meetingId, int(m_groups.size()));
            m_groups.append(Group{hit.meetingId, hit.body, hit.meetingDate, {}});
        }
        m_groups[*it].hits.append(hit); // hits arrive best first
    }
    // Newest meeting first; documents without a meeting last.
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group& a, const Group& b) {
        if ((a.meetingId == 0) != (b.meetingId == 0))
            return b.meetingId == 0;
        if (a.date != b.date)
            return a.date > b.date;
        return a.body.localeAwareCompare(b.body) < 0;
    });
    m_hitCount = int(hits.size());
    endResetModel();
}

void SearchResultsModel::clear() { setHits({}); }

QString SearchResultsModel::firstMarkedText(const QString& snippet)
{
    const qsizetype start = snippet.indexOf(SearchIndex::kMarkStart);
    if (start < 0)
        return {};
    const qsizetype end = snippet.indexOf(SearchIndex::kMarkEnd, start + 1);
    QString text = snippet.mid(start + 1, end < 0 ? -1 : end - start - 1);
    // The words of a phrase come back as separate spans ("fly" "-" "tipping"): join spans that
    // only punctuation or spaces separate, keeping the separator as printed.
    qsizetype next = end;
    while (next >= 0) {
        const qsizetype open = snippet.indexOf(SearchIndex::kMarkStart, next + 1);
        if (open < 0)
            break;
        const QString gap = snippet.mid(next + 1, open - next - 1);
        const bool joinable = gap.size() <= 3 && std::none_of(gap.begin(), gap.end(), [](QChar c) { return c.isLetterOrNumber(); });
        if (!joinable)
            break;
        const qsizetype close = snippet.indexOf(SearchIndex::kMarkEnd, open + 1);
        if (close < 0)
            break;
        text += gap + snippet.mid(open + 1, close - open - 1);
        next = close;
    }
    return text.simplified();
}

QString SearchResultsModel::locationText(const SearchIndex::Hit& hit)
{
    if (hit.pdfPage <= 0)
        return {};
    QString where = hit.packPage && *hit.packPage != hit.pdfPage ? tr("Page %1 · PDF p. %2").arg(*hit.packPage).arg(hit.pdfPage)
                                                                 : tr("Page %1").arg(hit.pdfPage);
    // A scanned page: its words were read by OCR and may be misread.
    if (hit.ocr)
        where += tr(" · scanned (OCR)");
    return where;
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).hits.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex SearchResultsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex&) const { return 1; }

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() != 0)
        return {};
    if (index.internalId() == kTopLevel)
        return index.row() < m_groups.size() ? groupData(m_groups.at(index.row()), role) : QVariant();
    const int group = int(index.internalId() - 1);
    if (group >= m_groups.size() || index.row() >= m_groups.at(group).hits.size())
        return {};
    return hitData(m_groups.at(group).hits.at(index.row()), role);
}

QVariant SearchResultsModel::groupData(const Group& group, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: {
        if (group.meetingId == 0)
            return tr("Documents without a meeting");
        const QString body = group.body.isEmpty() ? tr("Unknown committee") : group.body;
        // The date first: a long committee name is what gets elided in a narrow panel.
        return group.date.isValid() ? tr("%1 · %2").arg(QLocale().toString(group.date, QStringLiteral("d MMM yyyy")), body)
                                    : body;
    }
    case Qt::AccessibleTextRole:
        return (group.hits.size() == 1 ? tr("%1, %n result", nullptr, 1) : tr("%1, %n results", nullptr, int(group.hits.size())))
            .arg(groupData(group, Qt::DisplayRole).toString());
    case IsGroupRole:
        return true;
    case MeetingIdRole:
        return group.meetingId;
    case HitCountRole:
        return int(group.hits.size());
    default:
        return {};
    }
}

QVariant SearchResultsModel::hitData(const SearchIndex::Hit& hit, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = hit.title.isEmpty() ? SearchIndex::kindName(hit.kind) : hit.title;
        return QString(title + QStringLiteral(" — ") + SearchIndex::snippetAsPlainText(hit.snippet));
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1: %2, %3. %4")
            .arg(SearchIndex::kindName(hit.kind), hit.title, locationText(hit), SearchIndex::snippetAsPlainText(hit.snippet));
    case IsGroupRole:
        return false;
    case KindRole:
        return int(hit.kind);
    case KindNameRole:
        return SearchIndex::kindName(hit.kind);
    case DocumentIdRole:
        return hit.documentId;
    case PdfPageRole:
        return hit.pdfPage;
    case LocationRole:
        return locationText(hit);
    case TitleRole:
        return hit.title;
    case SnippetHtmlRole:
        return SearchIndex::snippetAsHtml(hit.snippet);
    case HighlightRole:
        return firstMarkedText(hit.snippet);
    case MeetingIdRole:
        return hit.meetingId;
    case OcrRole:
        return hit.ocr;
    default:
        return {};
    }
}

} // namespace scrutineer::gui
