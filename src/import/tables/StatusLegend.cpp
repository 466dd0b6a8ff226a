#include "tables/StatusLegend.h"

#include "Action.h"
#include "tables/StatusVocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace scrutineer::parse {

std::optional<StatusLegend> StatusLegend::read(const QString& line)
{
    // "RAG: G on track …; A at risk …" / "Key - B = complete; G = on track": an optional label
    // before the first code, then code and meaning in each part between semicolons.
    static const QRegularExpression label(QStringLiteral("^[^;:]{1,30}:\\s*(?=\\S{1,2}\\s)"));
    static const QRegularExpression entry(
        QStringLiteral("^\\s*([A-Z]{1,2})\\s*(?:=|:|-|\u2013)?\\s+(\\S.*?)[\\s.;]*$"));
    const QStringList parts = line.split(QLatin1Char(';'));
    if (parts.size() < 2)
        return std::nullopt;
    StatusLegend legend;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString part = parts.at(i);
        if (i == 0)
            part.remove(label);
        if (part.trimmed().isEmpty() && i == parts.size() - 1)
            continue; // a closing semicolon
        const auto m = entry.match(part);
        if (!m.hasMatch() || legend.m_meanings.contains(m.captured(1)))
            return std::nullopt; // every part is a code and its meaning, each code once
        legend.m_meanings.insert(m.captured(1), m.captured(2));
    }
    // Two meanings at least must name a status: "A list; B another" is no key.
    int statuses = 0;
    for (const QString& meaning : std::as_const(legend.m_meanings))
        statuses += StatusVocabulary::match(meaning) ? 1 : 0;
    if (statuses < 2)
        return std::nullopt;
    return legend;
}

ActionStatus StatusLegend::statusFor(const QString& code) const
{
    const auto it = m_meanings.constFind(code.trimmed().toUpper());
    if (it == m_meanings.constEnd())
        return ActionStatus::Unknown;
    return StatusVocabulary::match(*it).value_or(ActionStatus::Unknown);
}

void StatusLegend::apply(QList<Action>& actions) const
{
    static const QRegularExpression code(QStringLiteral("^\\s*[A-Za-z]{1,2}\\s*$"));
    for (Action& action : actions) {
        if (!code.match(action.statusText).hasMatch())
            continue;
        if (!has(action.statusText)) {
            action.flags.append(QCoreApplication::translate("StatusLegend", "status %1 is not in the table's key")
                                    .arg(action.statusText.trimmed()));
            continue;
        }
        const ActionStatus status = statusFor(action.statusText);
        if (status != ActionStatus::Unknown)
            action.status = status;
    }
}

} // namespace scrutineer::parse
