#pragma once

#include <QList>
#include <QString>

// The reference a minute heading starts with, read every way it can be: a plain number ("12.",
// "283"), a number after a committee's letters ("OS.31", "CAB/12", "HWB-5", "PC 45"), or a number
// with a year ("45/23" or "2023/45", where only the run of headings tells which half counts up).
// Each reading has a shape that must stay the same along a run of headings, so that "OS.31" never
// continues a run of plain numbers and "45/23" only continues "44/23". Stateless; any thread.
namespace scrutineer::parse {

struct MinuteReference {
    QString printed; // the reference as printed, without a trailing full stop: "OS.31", "45/23", "12"
    int sequence = 0; // the number that counts up from one minute to the next
    QString shape; // the rest of the reference, the same for every minute of a run: "", "OS.#", "#/23"
    QString title; // the text after the reference
    // Fewest headings of this shape that make a run: 1 for plain numbers (as ever); 2 for letters
    // joined by a stop, slash or hyphen and for number/year pairs; 3 for letters before a space,
    // which a line such as "PART 2 ..." could also start with.
    int minimumRun = 1;
};

class MinuteReferences final {
public:
    // Every reading of a line that starts with a reference and has text after it; none otherwise.
    static QList<MinuteReference> read(const QString& line);

    // Every reading of a line that holds a reference and nothing else ("58/23", "124."): the
    // heading of a minute whose title is printed on the next line (ModernGov's web pages and the
    // minutes printed from them). Titles are empty.
    static QList<MinuteReference> readAlone(const QString& line);

    // True when the line starts with a reference of any shape.
    static bool startsWithReference(const QString& line) { return !read(line).isEmpty(); }
};

} // namespace scrutineer::parse
