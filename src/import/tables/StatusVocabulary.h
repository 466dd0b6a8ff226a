#pragma once

#include "DomainEnums.h"

#include <QString>
#include <QStringList>

#include <optional>

// Action statuses as plans print them: the six-phrase key (matched by case-insensitive prefix,
// cut to a clause, varied in number or followed by a qualifier), short words ("Completed",
// "Ongoing"), RAG words, and a status written inside a date cell ("Aug 2018 COMPLETE").
// Stateless; any thread.
namespace scrutineer::parse {

class StatusVocabulary final {
public:
    // A whole status cell -> status, or std::nullopt when the text is not a known status.
    static std::optional<ActionStatus> match(const QString& text);

    // A date cell with a status beside the date: "Aug 2018 COMPLETE" -> date "Aug 2018",
    // status text "COMPLETE", Complete. A cell of only "Ongoing" is the due text, and leaves the
    // action open without a printed status.
    // A cell that prints a revised date after the one first agreed ("30/09/2024 Revised
    // 30/06/2025", "Mar 2025 (revised to Jun 2025)") reads as the revised date, the first kept as
    // originalText (the lexicon's due-revision wording).
    struct DateCell {
        QString dateText;
        QString originalText;
        QString statusText;
        std::optional<ActionStatus> status;
    };
    static DateCell splitDateCell(const QString& text);

private:
    static std::optional<ActionStatus> matchWords(const QStringList& words);
};

} // namespace scrutineer::parse
