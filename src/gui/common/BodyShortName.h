#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace scrutineer::gui {

// A committee's name in short, for a column too narrow for it whole: the phrases of
// resources/gui/body-short-forms.json ("Overview and Scrutiny Committee" -> "OSC", "and" -> "&")
// replaced, longest first, whole words only, any case. The table is read once; any thread.
class BodyShortName final {
public:
    using Phrases = QList<std::pair<QString, QString>>;

    // `name` with the table's phrases shortened; `name` itself when none occurs in it.
    static QString of(const QString& name);
    // The same with a table of the caller's own (phrase, short form).
    static QString of(const QString& name, const Phrases& phrases);
    // The table in the resource, longest phrase first.
    static const Phrases& phrases();
};

} // namespace scrutineer::gui
