#include "meetings/AgendaLabels.h"

#include "DomainEnums.h"
#include "TextUtil.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace scrutineer::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("AgendaLabels", text); }

} // namespace

QString AgendaLabels::pageRange(const MeetingStore::AgendaEntry& entry)
{
    if (entry.packFirst > 0) {
        if (entry.packLast > entry.packFirst)
            return QStringLiteral("%1–%2").arg(entry.packFirst).arg(entry.packLast);
        return QString::number(entry.packFirst);
    }
    if (entry.pdfFirst > 0) {
        if (entry.pdfLast > entry.pdfFirst)
            return tr("PDF %1–%2").arg(entry.pdfFirst).arg(entry.pdfLast);
        return tr("PDF %1").arg(entry.pdfFirst);
    }
    return {};
}

QString AgendaLabels::pageRangeTooltip(const MeetingStore::AgendaEntry& entry)
{
    QStringList parts;
    if (entry.packFirst > 0)
        parts << tr("Pack pages %1 to %2").arg(entry.packFirst).arg(std::max(entry.packFirst, entry.packLast));
    if (entry.pdfFirst > 0)
        parts << tr("PDF pages %1 to %2").arg(entry.pdfFirst).arg(std::max(entry.pdfFirst, entry.pdfLast));
    if (parts.isEmpty())
        parts << tr("No pages in the pack (a procedural item)");
    return parts.join(QStringLiteral(" · "));
}

QString AgendaLabels::actionStatus(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Complete: return tr("Complete");
    case ActionStatus::OnTrack: return tr("On track");
    case ActionStatus::AtRisk: return tr("At risk");
    case ActionStatus::OffTrack: return tr("Off track");
    case ActionStatus::NotStarted: return tr("Not started");
    case ActionStatus::BusinessAsUsual: return tr("Business as usual");
    case ActionStatus::Open: return tr("Open");
    case ActionStatus::Unknown: return tr("Status not stated");
    }
    return {};
}

QString AgendaLabels::documentKind(const QString& storedKind)
{
    switch (documentKindFromString(storedKind)) {
    case DocumentKind::AgendaPack: return tr("Agenda pack");
    case DocumentKind::Supplement: return tr("Supplement");
    case DocumentKind::Minutes: return tr("Minutes");
    case DocumentKind::Report: return tr("Report");
    case DocumentKind::DecisionRecord: return tr("Record of decision");
    case DocumentKind::Other: return tr("Document");
    }
    return tr("Document");
}

QString AgendaLabels::agendaNumberKey(const QString& number)
{
    static const QRegularExpression noise(QStringLiteral("\\b(agenda|item|no)\\b|[().:\\s]"),
                                          QRegularExpression::CaseInsensitiveOption);
    QString key = number;
    key.remove(noise);
    return key.toLower();
}

bool AgendaLabels::minuteRecordsItem(const MeetingStore::MinuteEntry& minute, const QString& minuteItem,
                                     const MeetingStore::AgendaEntry& item)
{
    if (!minuteItem.isEmpty())
        return agendaNumberKey(minuteItem) == agendaNumberKey(item.number);
    const QString a = text::normaliseForMatch(minute.title);
    const QString b = text::normaliseForMatch(item.title);
    if (a.size() < 6 || b.size() < 6)
        return a == b && !a.isEmpty();
    return a == b || a.startsWith(b) || b.startsWith(a);
}

QString AgendaLabels::leadingWords(const QString& text, int words)
{
    const QStringList all = text::collapseWhitespace(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return all.mid(0, words).join(QLatin1Char(' '));
}

QString AgendaLabels::oneLine(const QString& text, int length)
{
    QString line = text::collapseWhitespace(text);
    if (line.size() <= length)
        return line;
    return line.left(length - 1).trimmed() + QChar(0x2026);
}

} // namespace scrutineer::gui
