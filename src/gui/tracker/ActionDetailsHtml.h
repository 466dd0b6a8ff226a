#pragma once

#include "ActionRecord.h"
#include "ActionStore.h"

#include <QDate>
#include <QList>
#include <QString>

namespace scrutineer::gui {

// The tracker's side pane as rich text: one action's details (with an "open:" link to its page)
// and its history with the later minutes that mention it ("evidence:N" links). Pure; any thread.
class ActionDetailsHtml final {
public:
    static QString details(const ActionRecord& record, const QDate& today, int packPage = 0);
    static QString history(const QList<ActionStore::StatusChange>& changes, const QList<ActionStore::Evidence>& evidence,
                           const ActionRecord& record);
    static QString nothingSelected();
    static QString severalSelected(int count);
};

} // namespace scrutineer::gui
