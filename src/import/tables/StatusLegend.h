#pragma once

#include "DomainEnums.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace scrutineer {
struct Action;
}

// The key a plan prints above or below its table to say what its status codes mean ("RAG: G on
// track to meet the deadline; A at risk of missing it; R the deadline will be missed; C
// complete.", "Status key: Complete – action finished; Overdue – the due date has passed"): two or
// more codes, letters or words, each followed by what it means, set apart by semicolons. A status
// cell that holds only a code takes the status the key gives it; a letter code the key does not
// list is flagged. Stateless readers over one line of text; any thread.
namespace scrutineer::parse {

class StatusLegend final {
public:
    // The key in one text (a printed line, or two a key wraps over), or std::nullopt when it is no key.
    // Its entries are set apart by semicolons, or each opens with its code and "=" ("Status key:
    // Implemented = action complete   In progress = on course for the target date").
    static std::optional<StatusLegend> read(const QString& line);

    bool has(const QString& code) const { return m_meanings.contains(code.simplified().toUpper()); }
    // What the key says the code means, as a status (Unknown when its words name none).
    ActionStatus statusFor(const QString& code) const;
    // Gives each action whose status cell is one of the key's codes the key's meaning for it.
    // Only `count` of them from `first` when a count is given.
    void apply(QList<Action>& actions, qsizetype first = 0, qsizetype count = -1) const;

    // Reads a key line by line where it may wrap: a line ending in a semicolon may go on below it.
    class Lines final {
    public:
        // The key this line ends (with the line above where it wrapped), or std::nullopt.
        std::optional<StatusLegend> read(const QString& line, int page);

    private:
        QString m_text; // the line above, when it ended in a semicolon
        int m_page = 0;
        QHash<QString, QString> m_previous; // the codes of the key the line above was, if it was one
    };

private:
    // The line cut before each "Code =" entry, or empty when it holds fewer than two.
    static QStringList equalsEntries(const QString& line);
    // Adds another key's codes (code -> meaning) this one does not define.
    void merge(const QHash<QString, QString>& meanings);

    QHash<QString, QString> m_meanings; // code (upper case) -> its meaning as printed
};

} // namespace scrutineer::parse
