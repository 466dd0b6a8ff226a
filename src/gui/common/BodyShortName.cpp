#include "common/BodyShortName.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace scrutineer::gui {
namespace {

bool bodyShortNameIsWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('\'') || c == QChar(0x2019);
}

// The index of `phrase` in `text` from `from` as whole words (any case), or -1.
qsizetype bodyShortNameFind(const QString& text, const QString& phrase, qsizetype from)
{
    for (qsizetype at = text.indexOf(phrase, from, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(phrase, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + phrase.size();
        const bool startsWord = at == 0 || !bodyShortNameIsWordChar(text.at(at - 1))
            || !bodyShortNameIsWordChar(phrase.front());
        const bool endsWord = end == text.size() || !bodyShortNameIsWordChar(text.at(end))
            || !bodyShortNameIsWordChar(phrase.back());
        if (startsWord && endsWord)
            return at;
    }
    return -1;
}

} // namespace

const BodyShortName::Phrases& BodyShortName::phrases()
{
    static const Phrases table = [] {
        Phrases out;
        QFile file(QStringLiteral(":/scrutineer/gui/body-short-forms.json"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("phrases")).toArray();
        for (const QJsonValue row : rows) {
            const QJsonArray pair = row.toArray();
            const QString phrase = pair.at(0).toString().trimmed();
            if (!phrase.isEmpty())
                out.append({phrase, pair.at(1).toString().trimmed()});
        }
        std::stable_sort(out.begin(), out.end(),
                         [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
        return out;
    }();
    return table;
}

QString BodyShortName::of(const QString& name)
{
    return of(name, phrases());
}

QString BodyShortName::of(const QString& name, const Phrases& phrases)
{
    QString text = name.simplified();
    for (const auto& [phrase, shortForm] : phrases) {
        for (qsizetype at = bodyShortNameFind(text, phrase, 0); at >= 0;
             at = bodyShortNameFind(text, phrase, at + shortForm.size())) {
            text.replace(at, phrase.size(), shortForm);
        }
    }
    return text;
}

} // namespace scrutineer::gui
