#pragma once

#include "Action.h"
#include "layout/LayoutPage.h"
#include "lexicon/Lexicon.h"

#include <QList>
#include <QString>

// Plans printed as one labelled block per action rather than a table row: a head line with the
// action's ref in a label column and its words beside it ("Action 1.1   Set a balanced budget …",
// wrapping under themselves), or an "Action:" label, then lines led by labels — before a colon or
// in a column of their own — that the lexicon's headings give plan roles ("Lead officer:",
// "Target date:", "Status:", "Update:"), their values wrapping under them. A block is an action when
// it names at least two of owner, due date and status. Stateless; any thread.
namespace scrutineer::parse {

class ActionBlockParser final {
public:
    static QList<Action> parse(const layout::LayoutDocument& document, const Lexicon& lexicon = Lexicon::instance());

    // One line of a block: what its label names and what follows it.
    struct Field {
        QString role; // empty for a line that only goes on with the field above
        bool ambiguous = false; // the label names several roles ("Milestones": dates and actions)
        bool political = false; // the label names a political lead ("Lead member"), not who acts
        QString ref; // a head line's ref ("1.1" of "Action 1.1")
        QString value;
        qreal valueLeft = 0; // where the value starts on the line
    };
    // The field a line starts, or std::nullopt when it starts none.
    static std::optional<Field> field(const layout::LayoutLine& line, const Lexicon& lexicon);

private:
    static bool opensWithRef(const std::optional<Field>& f, const layout::LayoutPage& page, qsizetype i,
                             const Lexicon& lexicon);
};

} // namespace scrutineer::parse
