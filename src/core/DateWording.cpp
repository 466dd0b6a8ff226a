#include "DateWording.h"

#include "Log.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace scrutineer {

namespace {
const QString kDateWordingMatchesNothing = QStringLiteral("(?!)"); // placed in a pattern, missing wording matches nothing
} // namespace

const DateWording& DateWording::instance()
{
    static const DateWording wording = [] {
        QFile file(QStringLiteral(":/scrutineer/dates/date-wording.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            log::error(QStringLiteral("date wording: cannot read %1").arg(file.fileName()));
            return DateWording {};
        }
        return fromJson(file.readAll());
    }();
    return wording;
}

DateWording DateWording::fromJson(const QByteArray& json)
{
    DateWording out;
    QJsonParseError error {};
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        log::error(QStringLiteral("date wording: not valid JSON: %1").arg(error.errorString()));
    const QJsonArray months = root.value(QStringLiteral("months")).toObject().value(QStringLiteral("names")).toArray();
    for (const QJsonValue month : months) {
        const QJsonObject entry = month.toObject();
        out.m_months.append({entry.value(QStringLiteral("regex")).toString(),
                             entry.value(QStringLiteral("key")).toString().toLower()});
    }
    const QJsonObject patterns = root.value(QStringLiteral("patterns")).toObject();
    for (auto it = patterns.constBegin(); it != patterns.constEnd(); ++it) {
        QStringList& list = out.m_patterns[it.key()];
        for (const QJsonValue value : it.value().toObject().value(QStringLiteral("regex")).toArray())
            list.append(value.toString());
    }
    const QJsonObject meridiem = root.value(QStringLiteral("meridiem")).toObject();
    for (const char* which : {"am", "pm"}) {
        const QString word = meridiem.value(QLatin1String(which)).toString();
        if (!word.isEmpty())
            out.m_meridiem.insert(QLatin1String(which), word);
    }
    return out;
}

QString DateWording::monthAlternation() const
{
    QStringList forms;
    for (const Month& month : m_months) {
        if (!month.regex.isEmpty())
            forms.append(month.regex);
    }
    return forms.isEmpty() ? kDateWordingMatchesNothing : forms.join(QLatin1Char('|'));
}

int DateWording::monthFromName(const QString& name) const
{
    const QString printed = name.trimmed().toLower();
    for (qsizetype i = 0; i < m_months.size(); ++i) {
        const QString& key = m_months.at(i).key;
        if (!key.isEmpty() && QStringView(printed).left(key.size()) == key)
            return int(i) + 1;
    }
    return 0;
}

QString DateWording::alternation(const QString& entry) const
{
    const QStringList sources = m_patterns.value(entry);
    if (sources.isEmpty())
        return kDateWordingMatchesNothing;
    return sources.size() == 1 ? sources.constFirst() : QStringLiteral("(?:%1)").arg(sources.join(QLatin1Char('|')));
}

QString DateWording::meridiem(const QString& which, bool spaced) const
{
    const QString word = m_meridiem.value(which);
    if (word.isEmpty())
        return kDateWordingMatchesNothing;
    QStringList letters;
    for (const QChar letter : word)
        letters.append(QRegularExpression::escape(QString(letter)));
    return letters.join(spaced ? QStringLiteral("\\.?\\s*") : QStringLiteral("\\.?"));
}

} // namespace scrutineer
