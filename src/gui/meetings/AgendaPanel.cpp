#include "meetings/AgendaPanel.h"

#include "meetings/MeetingsModel.h"
#include "meetings/WrappedNameDelegate.h"
#include "ui_AgendaPanel.h"

#include <QHeaderView>
#include <QLocale>
#include <QTextDocumentFragment>

namespace scrutineer::gui {

AgendaPanel::AgendaPanel(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::AgendaPanel>())
{
    m_ui->setupUi(this);
    m_model = new AgendaTreeModel(this);
    QTreeView* tree = m_ui->agendaTreeView;
    tree->setModel(m_model);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(AgendaTreeModel::TitleColumn, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(AgendaTreeModel::PagesColumn, QHeaderView::ResizeToContents);
    new WrappedNameDelegate(tree); // titles whole, on as many lines as the column needs
    connect(tree, &QTreeView::clicked, this, &AgendaPanel::openRow);
    connect(tree, &QTreeView::activated, this, &AgendaPanel::openRow);
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        emit agendaItemChanged(current.data(AgendaTreeModel::AgendaNumberRole).toString());
    });
    clear();
}

AgendaPanel::~AgendaPanel() = default;

void AgendaPanel::showMeeting(const MeetingStore::MeetingSummary& meeting, const AgendaTreeModel::Input& contents)
{
    m_model->setMeeting(contents);
    QStringList when;
    when << (meeting.date.isValid() ? QLocale().toString(meeting.date, QStringLiteral("dddd d MMMM yyyy"))
                                    : tr("Date not recognised"));
    if (meeting.time.isValid())
        when << meeting.time.toString(QStringLiteral("HH:mm"));
    if (!meeting.venue.isEmpty())
        when << meeting.venue;
    QString html = QStringLiteral("<b style='font-size:large'>%1</b><br>%2")
                       .arg(MeetingsModel::bodyText(meeting.body).toHtmlEscaped(),
                            when.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (!meeting.authority.isEmpty())
        html += QStringLiteral("<br><span style='color:%1'>%2</span>")
                    .arg(palette().color(QPalette::PlaceholderText).name(), meeting.authority.toHtmlEscaped());
    m_ui->meetingTitleLabel->setText(html);
    m_ui->meetingTitleLabel->setAccessibleDescription(headerText());
    QTreeView* tree = m_ui->agendaTreeView;
    // Items open to show their reports and minutes; sections of actions and documents stay shut.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(AgendaTreeModel::KindRole).value<AgendaTreeModel::Kind>() == AgendaTreeModel::Kind::Item)
            tree->expand(index);
    }
    if (m_model->rowCount() > 0)
        tree->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::NoUpdate);
}

void AgendaPanel::clear()
{
    m_model->clear();
    m_ui->meetingTitleLabel->setText(tr("No meeting selected"));
}

QString AgendaPanel::currentAgendaNumber() const
{
    return m_ui->agendaTreeView->currentIndex().data(AgendaTreeModel::AgendaNumberRole).toString();
}

QString AgendaPanel::headerText() const
{
    QString text = m_ui->meetingTitleLabel->text();
    text.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
    return QTextDocumentFragment::fromHtml(text).toPlainText();
}

void AgendaPanel::openRow(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const qint64 documentId = index.data(AgendaTreeModel::DocumentIdRole).toLongLong();
    const int page = index.data(AgendaTreeModel::PdfPageRole).toInt();
    if (documentId > 0 && page > 0)
        emit openRequested(documentId, page, index.data(AgendaTreeModel::HighlightRole).toString());
    emit agendaItemChanged(index.data(AgendaTreeModel::AgendaNumberRole).toString());
}

bool AgendaPanel::selectAgendaItem(const QString& agendaNumber)
{
    if (agendaNumber.isEmpty())
        return false;
    const QModelIndexList found = m_model->match(m_model->index(0, 0), AgendaTreeModel::AgendaNumberRole, agendaNumber,
                                                 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    QTreeView* tree = m_ui->agendaTreeView;
    tree->expand(found.first().parent());
    tree->selectionModel()->setCurrentIndex(found.first(),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    tree->scrollTo(found.first());
    return true;
}

void AgendaPanel::focusTree()
{
    m_ui->agendaTreeView->setFocus(Qt::ShortcutFocusReason);
}

QByteArray AgendaPanel::saveState() const
{
    return m_ui->agendaTreeView->header()->saveState();
}

void AgendaPanel::restoreState(const QByteArray& state)
{
    m_ui->agendaTreeView->header()->restoreState(state);
}

} // namespace scrutineer::gui
