#include "common/ColumnFit.h"

#include "common/BodyShortName.h"
#include "common/ElideMiddleDelegate.h"
#include "common/RepeatedColumns.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QPointer>
#include <QSet>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace scrutineer::gui {
namespace {

// What a column that gives way keeps: a short name's width in average characters; and, when the
// room is short, at least a short name's longest word (a place: "Marshfield / HWB").
constexpr int kShortNameChars = 22;
constexpr int kCompactChars = 15;

struct Want {
    int wanted = 0; // what most of its values need, capped
    int least = 0; // its heading, or a short name for a column that gives way
    int heading = 0; // its heading alone (capped)
    int floor = 0; // a column that gives way: what it keeps however short the room (its values in short)
    bool yields = false; // gives up room before the others
};

// Shrinks the widest of `columns` to one level so that together they take at most `room`, never
// below their `least` (a column whose least is above the level keeps its least, and the level is
// found again for the rest); returns what they take.
int level(QHash<int, Want>& wants, const QList<int>& columns, int room)
{
    QList<int> open = columns; // not held at their least
    int held = 0;
    int cut = 0;
    for (;;) {
        QList<int> widths;
        for (const int c : std::as_const(open))
            widths.append(wants.value(c).wanted);
        std::sort(widths.begin(), widths.end());
        cut = widths.isEmpty() ? 0 : widths.last();
        int used = held;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const qsizetype left = widths.size() - i;
            if (used + widths.at(i) * left > room) {
                cut = std::max(0, int((room - used) / left));
                break;
            }
            used += widths.at(i);
        }
        const qsizetype before = open.size();
        for (auto it = open.begin(); it != open.end();) {
            const Want& w = wants.value(*it);
            if (w.least > cut && w.wanted > cut) {
                held += w.least;
                it = open.erase(it);
            } else {
                ++it;
            }
        }
        if (open.size() == before)
            break;
    }
    int total = 0;
    for (const int c : columns) {
        Want& w = wants[c];
        w.wanted = open.contains(c) ? std::max(w.least, std::min(w.wanted, cut)) : w.least;
        total += w.wanted;
    }
    return total;
}

// Fits its table again when the table's width changes, with the last fit's arguments; stops once
// the user sizes a column by hand.
class Refit final : public QObject {
public:
    explicit Refit(QTableView* table) : QObject(table), m_table(table)
    {
        setObjectName(QStringLiteral("columnFitRefit"));
        table->viewport()->installEventFilter(this);
        m_timer.setSingleShot(true);
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (!m_byHand && m_table && m_table->viewport()->width() != m_width)
                ColumnFit::fit(m_table, m_stretch, m_caps, m_minShare, m_givesWay);
        });
        connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
            if (!m_fitting && column != m_stretch)
                m_byHand = true;
        });
    }

    void set(int stretch, const QHash<int, int>& caps, double minShare, const QList<int>& givesWay)
    {
        m_stretch = stretch;
        m_caps = caps;
        m_minShare = minShare;
        m_givesWay = givesWay;
    }
    void fitting(bool on)
    {
        m_fitting = on;
        if (!on)
            m_width = m_table->viewport()->width();
    }
    void clearByHand() { m_byHand = false; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize && !m_byHand)
            m_timer.start();
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QTableView> m_table;
    QTimer m_timer;
    int m_stretch = 0;
    QHash<int, int> m_caps;
    double m_minShare = 0.4;
    QList<int> m_givesWay;
    int m_width = -1;
    bool m_fitting = false;
    bool m_byHand = false;
};

// Keeps a table's rows `lines` lines high when its font changes (Preferences' text size).
class RowHeight final : public QObject {
public:
    RowHeight(QTableView* table, int lines) : QObject(table), m_table(table), m_lines(lines)
    {
        table->installEventFilter(this);
        apply();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_table && event->type() == QEvent::FontChange)
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    void apply()
    {
        const QFontMetrics metrics(m_table->font());
        QHeaderView* rows = m_table->verticalHeader();
        rows->setMinimumSectionSize(0);
        rows->setDefaultSectionSize(m_lines * metrics.lineSpacing() + 8);
        rows->setSectionResizeMode(QHeaderView::Fixed);
    }

    QTableView* m_table;
    int m_lines;
};

} // namespace

int ColumnFit::widthOnLines(const QFontMetrics& metrics, const QString& text, int lines)
{
    int low = 1;
    int high = metrics.horizontalAdvance(text) + 1;
    while (low < high) {
        const int mid = (low + high) / 2;
        if (metrics.boundingRect(QRect(0, 0, mid, 100000), Qt::TextWordWrap, text).height()
            <= lines * metrics.lineSpacing())
            high = mid;
        else
            low = mid + 1;
    }
    return low;
}

void ColumnFit::wrapRows(QTableView* table, int lines)
{
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideRight);
    new RowHeight(table, lines);
}

void ColumnFit::fit(QTableView* table, int stretchColumn, const QHash<int, int>& caps, double minShare,
                    const QList<int>& givesWayFirst)
{
    // The one Refit a table has (it has no meta-object of its own to find it by type).
    QObject* existing = table->findChild<QObject*>(QStringLiteral("columnFitRefit"), Qt::FindDirectChildrenOnly);
    Refit* refit = existing ? static_cast<Refit*>(existing) : new Refit(table);
    refit->set(stretchColumn, caps, minShare, givesWayFirst);
    refit->clearByHand(); // a reload fits the columns afresh, as it always has
    refit->fitting(true);
    RepeatedColumns::update(table, givesWayFirst); // one committee in every row: no column for it
    fitColumns(table, stretchColumn, caps, minShare, givesWayFirst);
    refit->fitting(false);
}

void ColumnFit::fitColumns(QTableView* table, int stretchColumn, const QHash<int, int>& caps, double minShare,
                           const QList<int>& givesWayFirst)
{
    QAbstractItemModel* model = table->model();
    if (!model)
        return;
    const QFontMetrics metrics(table->font());
    const QFontMetrics headerMetrics(table->horizontalHeader()->font());
    const int padding = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 18;
    const int rows = std::min(model->rowCount(), 400); // enough to see what a column carries
    QHash<int, Want> wants;
    for (auto it = caps.cbegin(); it != caps.cend(); ++it) {
        const int column = it.key();
        if (column == stretchColumn || table->isColumnHidden(column))
            continue;
        const int heading
            = headerMetrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString()) + padding + 12;
        QList<int> widths;
        QSet<QString> values;
        int filled = 0;
        for (int row = 0; row < rows; ++row) {
            const QString text = model->index(row, column).data().toString();
            if (text.isEmpty())
                continue;
            ++filled;
            values.insert(text);
            const bool icon = model->index(row, column).data(Qt::DecorationRole).isValid();
            widths.append(metrics.horizontalAdvance(text) + padding + (icon ? 22 : 0));
        }
        int width = heading;
        if (!widths.isEmpty()) {
            std::sort(widths.begin(), widths.end());
            width = std::max(heading, widths.at(std::min<qsizetype>(widths.size() - 1, widths.size() * 9 / 10)));
        }
        Want want;
        want.wanted = std::min(width, it.value());
        want.yields = values.size() <= 1 || givesWayFirst.contains(column);
        // A column that gives way but tells rows apart (several committees) keeps room for its
        // values' short forms on the row's lines (a committee's qualifier, "Regeneration and
        // Skills", as ElideMiddleDelegate shows it), or for a short name, not only its heading.
        // Not when most rows leave it empty (a committee for plan actions from papers of no meeting):
        // its room goes to columns every row fills.
        int shortForm = 0;
        if (want.yields && values.size() > 1 && 2 * filled >= rows) {
            const int lines = table->wordWrap() ? 2 : 1;
            for (const QString& value : std::as_const(values)) {
                const QString part = ElideMiddleDelegate::qualifier(value);
                const QString shown = part.isEmpty() ? BodyShortName::of(value) : part;
                shortForm = std::max(shortForm, std::min(widthOnLines(metrics, shown, lines),
                                                         kShortNameChars * metrics.averageCharWidth()));
            }
            shortForm += shortForm > 0 ? padding : 0;
            want.floor = std::min(shortForm, kCompactChars * metrics.averageCharWidth() + padding);
        }
        // A column that does not give way keeps room for most of its values on the row's lines
        // ("Head of / Children's Services"), so that a column giving way does not keep more.
        int onLines = 0;
        if (!want.yields && table->wordWrap() && !values.isEmpty()) {
            constexpr int kSample = 40;
            QList<int> fits;
            for (const QString& value : std::as_const(values)) {
                fits.append(widthOnLines(metrics, value, 2) + padding);
                if (fits.size() >= kSample)
                    break;
            }
            std::sort(fits.begin(), fits.end());
            onLines = fits.at(std::min<qsizetype>(fits.size() - 1, fits.size() * 9 / 10));
        }
        want.heading = std::min(heading, it.value());
        want.least = std::min({want.wanted, std::max({heading, shortForm, onLines}), it.value()});
        wants.insert(column, want);
    }
    // The other columns of the table (not fitted) keep their width and count against the room.
    int fixed = 0;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (column != stretchColumn && !wants.contains(column) && !table->isColumnHidden(column))
            fixed += table->columnWidth(column);
    }
    const int room = int(table->viewport()->width() * (1.0 - minShare)) - fixed;
    // Too narrow for every column's least: those that give way give up their short forms, as far
    // as needed, down to their headings or the short forms' longest words.
    int leastOfAll = 0;
    for (const Want& w : std::as_const(wants))
        leastOfAll += w.least;
    for (auto it = wants.begin(); it != wants.end() && leastOfAll > room; ++it) {
        Want& w = it.value();
        const int keep = std::max(w.heading, std::min(w.floor, w.least));
        if (!w.yields || w.least <= keep)
            continue;
        const int give = std::min(leastOfAll - room, w.least - keep);
        w.least -= give;
        leastOfAll -= give;
    }
    // Still too narrow: the others give up the room kept for their values on the row's lines too,
    // so that the text column keeps its share.
    for (auto it = wants.begin(); it != wants.end() && leastOfAll > room; ++it) {
        Want& w = it.value();
        if (w.yields || w.least <= w.heading)
            continue;
        const int give = std::min(leastOfAll - room, w.least - w.heading);
        w.least -= give;
        leastOfAll -= give;
    }
    QList<int> yielding;
    QList<int> others;
    int othersWant = 0;
    for (auto it = wants.cbegin(); it != wants.cend(); ++it) {
        if (it.value().yields) {
            yielding.append(it.key());
        } else {
            others.append(it.key());
            othersWant += it.value().wanted;
        }
    }
    // The columns that say least give way first, as far as their headings; then the rest.
    int othersLeast = 0;
    for (const int c : std::as_const(others))
        othersLeast += wants.value(c).least;
    const int yieldingTake = level(wants, yielding, std::max(0, room - std::max(othersWant, othersLeast)));
    level(wants, others, room - yieldingTake);
    for (auto it = wants.cbegin(); it != wants.cend(); ++it)
        table->setColumnWidth(it.key(), it.value().wanted);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

} // namespace scrutineer::gui
