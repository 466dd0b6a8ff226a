#include "meetings/MeetingsNavigator.h"

#include "meetings/MeetingsModel.h"
#include "meetings/WrappedNameDelegate.h"
#include "ui_MeetingsNavigator.h"

#include <QHeaderView>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace scrutineer::gui {

MeetingsNavigator::MeetingsNavigator(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::MeetingsNavigator>())
{
    m_ui->setupUi(this);
    m_model = new MeetingsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(MeetingsModel::NameColumn);
    QTreeView* tree = m_ui->meetingsTreeView;
    tree->setModel(m_proxy);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(MeetingsModel::NameColumn, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(MeetingsModel::OpenActionsColumn, QHeaderView::ResizeToContents);
    new WrappedNameDelegate(tree); // committees' full names, with their councils, on as many lines as they need
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, this, [this, tree](const QString& text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            tree->expandAll();
    });
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MeetingsNavigator::onCurrentChanged);
}

MeetingsNavigator::~MeetingsNavigator() = default;

void MeetingsNavigator::setMeetings(const QList<MeetingStore::MeetingSummary>& meetings, const QDate& today)
{
    const qint64 keep = m_current;
    m_model->setMeetings(meetings, today);
    QTreeView* tree = m_ui->meetingsTreeView;
    // Bodies open, so the councillor sees the meetings straight away.
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        tree->expand(m_proxy->index(row, 0));
    // The kept meeting is re-selected silently: it is still the one on show.
    if (keep == 0 || selectMeeting(keep))
        return;
    if (m_model->indexForMeeting(keep).isValid())
        return; // hidden by the filter, still the one being read
    m_current = 0;
    emit meetingSelected(0);
}

qint64 MeetingsNavigator::currentMeeting() const
{
    return m_current;
}

bool MeetingsNavigator::selectMeeting(qint64 meetingId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForMeeting(meetingId));
    QTreeView* tree = m_ui->meetingsTreeView;
    if (!index.isValid()) {
        // Another meeting is being read: nothing listed stays selected, so a click on the
        // meeting that was selected shows it again.
        const QSignalBlocker quiet(tree->selectionModel());
        tree->selectionModel()->clear();
        m_current = 0;
        return false;
    }
    tree->expand(index.parent());
    tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    tree->scrollTo(index);
    return true;
}

void MeetingsNavigator::focusList()
{
    m_ui->meetingsTreeView->setFocus(Qt::ShortcutFocusReason);
}

void MeetingsNavigator::onCurrentChanged()
{
    const QModelIndex current = m_ui->meetingsTreeView->currentIndex();
    const qint64 id = current.isValid() ? current.data(MeetingsModel::MeetingIdRole).toLongLong() : 0;
    if (id == 0 || id == m_current)
        return;
    m_current = id;
    emit meetingSelected(id);
}

QByteArray MeetingsNavigator::saveState() const
{
    return m_ui->meetingsTreeView->header()->saveState();
}

void MeetingsNavigator::restoreState(const QByteArray& state)
{
    m_ui->meetingsTreeView->header()->restoreState(state);
}

} // namespace scrutineer::gui
