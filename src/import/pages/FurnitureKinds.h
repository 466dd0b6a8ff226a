#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// What kind of furniture a `PageFurnitureInfo::removedLines` entry was. Each entry is written as
// "[kind] text" so the layout command and tests can show it, and so the page map can tell a
// "Page N" stamp from a bare footer number (weaker evidence). Pure functions; any thread.
namespace scrutineer::parse::furniture {

enum class Kind {
    AgendaStamp, // "Agenda Item 4"
    PageStamp, // "Page 21"
    BareNumber, // a number standing alone at the foot of the page
    BlankNotice, // "This page is intentionally left blank"
    RunningHeader, // a line repeated near the top of many pages
    RunningFooter, // a line repeated near the foot of many pages
};

QString tag(Kind kind);
QString entry(Kind kind, const QString& text); // "[page stamp] Page 21"
bool hasEntry(const QStringList& removedLines, Kind kind);
// N of a "Page 3 of N" stamp among the entries, if the stamp gave one.
std::optional<int> stampedTotal(const QStringList& removedLines);

} // namespace scrutineer::parse::furniture
