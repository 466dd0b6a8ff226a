#include "pages/FurnitureKinds.h"

#include <QRegularExpression>

namespace scrutineer::parse::furniture {

QString tag(Kind kind)
{
    switch (kind) {
    case Kind::AgendaStamp:
        return QStringLiteral("[agenda stamp]");
    case Kind::PageStamp:
        return QStringLiteral("[page stamp]");
    case Kind::BareNumber:
        return QStringLiteral("[page number]");
    case Kind::BlankNotice:
        return QStringLiteral("[blank notice]");
    case Kind::RunningHeader:
        return QStringLiteral("[running header]");
    case Kind::RunningFooter:
        return QStringLiteral("[running footer]");
    }
    return {};
}

QString entry(Kind kind, const QString& text)
{
    return tag(kind) + QLatin1Char(' ') + text;
}

bool hasEntry(const QStringList& removedLines, Kind kind)
{
    const QString prefix = tag(kind);
    for (const QString& line : removedLines) {
        if (line.startsWith(prefix))
            return true;
    }
    return false;
}

std::optional<int> stampedTotal(const QStringList& removedLines)
{
    static const QRegularExpression total(QStringLiteral("\\bof\\s*(\\d{1,4})\\s*$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString prefix = tag(Kind::PageStamp);
    for (const QString& line : removedLines) {
        if (!line.startsWith(prefix))
            continue;
        const QRegularExpressionMatch m = total.match(line);
        if (m.hasMatch() && m.captured(1).toInt() > 0)
            return m.captured(1).toInt();
    }
    return std::nullopt;
}

} // namespace scrutineer::parse::furniture
