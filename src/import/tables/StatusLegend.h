#pragma once

#include "DomainEnums.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace scrutineer {
struct Action;
}

// The key a plan prints beside its table to say what its status codes mean ("RAG: G on track to
// meet the deadline; A at risk of missing it; R the deadline will be missed; C complete."): two or
// more short codes, each followed by what it means, set apart by semicolons. A status cell that
// holds only a code takes the status the key gives it; a code the key does not list is flagged.
// Stateless readers over one line of text; any thread.
namespace scrutineer::parse {

class StatusLegend final {
public:
    // The key on one printed line, or std::nullopt when the line is no key of codes.
    static std::optional<StatusLegend> read(const QString& line);

    bool has(const QString& code) const { return m_meanings.contains(code.trimmed().toUpper()); }
    // What the key says the code means, as a status (Unknown when its words name none).
    ActionStatus statusFor(const QString& code) const;
    // Gives each action whose status cell is a bare code the key's meaning for it.
    void apply(QList<Action>& actions) const;

private:
    QHash<QString, QString> m_meanings; // code (upper case) -> its meaning as printed
};

} // namespace scrutineer::parse
