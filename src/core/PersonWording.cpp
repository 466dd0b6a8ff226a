#include "PersonWording.h"

#include "Log.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace scrutineer {

const PersonWording& PersonWording::instance()
{
    static const PersonWording wording = [] {
        QFile file(QStringLiteral(":/scrutineer/people/person-wording.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            log::error(QStringLiteral("person wording: cannot read %1").arg(file.fileName()));
            return PersonWording {};
        }
        return fromJson(file.readAll());
    }();
    return wording;
}

PersonWording PersonWording::fromJson(const QByteArray& json)
{
    PersonWording out;
    QJsonParseError error {};
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        log::error(QStringLiteral("person wording: not valid JSON: %1").arg(error.errorString()));
    const QJsonObject patterns = root.value(QStringLiteral("patterns")).toObject();
    for (auto it = patterns.constBegin(); it != patterns.constEnd(); ++it) {
        QStringList& list = out.m_patterns[it.key()];
        for (const QJsonValue value : it.value().toObject().value(QStringLiteral("regex")).toArray())
            list.append(value.toString());
    }
    const QJsonObject lists = root.value(QStringLiteral("lists")).toObject();
    for (auto it = lists.constBegin(); it != lists.constEnd(); ++it) {
        QSet<QString>& set = out.m_lists[it.key()];
        for (const QJsonValue value : it.value().toObject().value(QStringLiteral("words")).toArray())
            set.insert(value.toString().toLower());
    }
    return out;
}

QString PersonWording::alternation(const QString& entry) const
{
    const QStringList sources = m_patterns.value(entry);
    if (sources.isEmpty())
        return QStringLiteral("(?!)"); // placed in a pattern, missing wording matches nothing
    return sources.size() == 1 ? sources.constFirst() : QStringLiteral("(?:%1)").arg(sources.join(QLatin1Char('|')));
}

bool PersonWording::inList(const QString& list, const QString& word) const
{
    const auto it = m_lists.constFind(list);
    return it != m_lists.constEnd() && it->contains(word);
}

} // namespace scrutineer
