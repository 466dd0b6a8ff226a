#pragma once

#include <QRegularExpression>
#include <QString>

// How the corpus checks compare printed text with a key: loosely, as a reader would.
namespace scrutineer::corpus {

// Lower case, one kind of quote and dash, single spaces.
inline QString loose(const QString& text)
{
    QString out = text.toLower();
    out.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''));
    out.replace(QChar(0x2013), QLatin1Char('-')).replace(QChar(0x2014), QLatin1Char('-'));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return out.replace(space, QStringLiteral(" ")).trimmed();
}

} // namespace scrutineer::corpus
