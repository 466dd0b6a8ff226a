#include "minutes/AttendanceRegister.h"

#include "lexicon/Lexicon.h"
#include "minutes/NameListParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace scrutineer::parse {
namespace {

// What a status word or a key's meaning records: a status, and the printed meaning kept as the
// person's role where it says more than the status ("Substitute", "Attended remotely").
struct RegisterMeaning {
    AttendanceStatus status = AttendanceStatus::Present;
    QString role;
};

enum class RegisterColumnKind { Member, Code, Status, Substitute, Notes };

struct RegisterColumn {
    qreal left = 0;
    RegisterColumnKind kind = RegisterColumnKind::Notes;
    RegisterMeaning meaning; // for a Status or Substitute column: what a mark in it records
    int group = 0; // registers printed side by side repeat their columns: which copy this is
    bool asks = false; // a Code column headed by a status ("Attended?"): "Yes" there records it
};

// The lexicon's status wording (attendance-status-*), most specific first: "Attended remotely"
// before "Attended", "Absent with apologies" before "Absent".
std::optional<RegisterMeaning> registerMeaningOf(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const Lexicon& lexicon = Lexicon::instance();
    if (lexicon.matches(QStringLiteral("attendance-status-remote"), t))
        return RegisterMeaning {AttendanceStatus::Present, t};
    if (lexicon.matches(QStringLiteral("attendance-status-substitute"), t))
        return RegisterMeaning {AttendanceStatus::Present, t};
    if (lexicon.matches(QStringLiteral("attendance-status-apologies"), t))
        return RegisterMeaning {AttendanceStatus::Apologies, {}};
    if (lexicon.matches(QStringLiteral("attendance-status-absent"), t))
        return RegisterMeaning {AttendanceStatus::Absent, {}};
    if (lexicon.matches(QStringLiteral("attendance-status-present"), t))
        return RegisterMeaning {AttendanceStatus::Present, {}};
    return std::nullopt;
}

// The columns of a register's header line, or nothing when the line heads no register: a member
// column first, then a code column or at least two status columns ("Member | Substitute" on a
// front sheet is a membership table, not a register). A member heading further along starts a
// second copy of the columns (two registers side by side).
std::optional<QList<RegisterColumn>> registerColumns(const MinutesLine& line)
{
    const Lexicon& lexicon = Lexicon::instance();
    if (line.cells.size() < 2
        || !lexicon.matches(QStringLiteral("attendance-register-member"), line.cells.first().second))
        return std::nullopt;
    QList<RegisterColumn> columns {{line.cells.first().first, RegisterColumnKind::Member, {}, 0}};
    int codes = 0;
    int statuses = 0;
    int group = 0;
    for (qsizetype c = 1; c < line.cells.size(); ++c) {
        const auto& [left, text] = line.cells.at(c);
        RegisterColumn column {left, RegisterColumnKind::Notes, {}, group};
        if (lexicon.matches(QStringLiteral("attendance-register-member"), text)) {
            column.kind = RegisterColumnKind::Member;
            column.group = ++group;
        } else if (lexicon.matches(QStringLiteral("attendance-register-code"), text)) {
            column.kind = RegisterColumnKind::Code;
            if (const auto asked = registerMeaningOf(text)) {
                column.meaning = *asked;
                column.asks = true;
            }
            ++codes;
        } else if (const auto meaning = registerMeaningOf(text)) {
            // A substitute column names who came in the member's place, or marks a substitute.
            const bool substitute = lexicon.matches(QStringLiteral("attendance-status-substitute"), text);
            column.kind = substitute ? RegisterColumnKind::Substitute : RegisterColumnKind::Status;
            column.meaning = *meaning;
            statuses += substitute ? 0 : 1;
        }
        columns.append(column);
    }
    if (codes == 0 && statuses < 2)
        return std::nullopt;
    return columns;
}

// A key of codes: two or more "CODE = meaning" pairs on one line ("Key: P = Present  A =
// Apologies", "P - Present; A - Apologies"), each meaning in the lexicon's status wording.
QHash<QString, RegisterMeaning> registerKey(const QString& text)
{
    static const QRegularExpression pair(
        QStringLiteral("(?:^|\\s)([A-Za-z]{1,3}|[\\x{2713}\\x{2714}\\x{2717}\\x{2718}*/])\\s*(?:=|:|[-\\x{2013}](?=\\s))"
                       "\\s*([^=:,;]+?)(?=[,;]?\\s+(?:[A-Za-z]{1,3}|[\\x{2713}\\x{2714}\\x{2717}\\x{2718}*/])\\s*"
                       "(?:=|:|[-\\x{2013}]\\s)|[,;.]?\\s*$)"));
    QHash<QString, RegisterMeaning> key;
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (const auto meaning = registerMeaningOf(m.captured(2)))
            key.insert(m.captured(1), *meaning);
    }
    if (key.size() < 2)
        key.clear();
    return key;
}

// The column a cell starting at `left` sits in: the last whose heading starts at or before it.
qsizetype registerColumnAt(const QList<RegisterColumn>& columns, qreal left, qreal height)
{
    qsizetype best = 0;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (left >= columns.at(c).left - height)
            best = c;
    }
    return best;
}

std::optional<RegisterMeaning> codeMeaning(const QString& code, const QHash<QString, RegisterMeaning>& key)
{
    const QString c = code.trimmed();
    if (const auto it = key.constFind(c); it != key.constEnd())
        return it.value();
    for (auto it = key.constBegin(); it != key.constEnd(); ++it) {
        if (it.key().compare(c, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return registerMeaningOf(c); // a status printed in words ("Present")
}

// One person's row of a register: the cells of its group's columns (the others stay empty).
struct RegisterRow {
    QStringList cells;
    QString notes; // text beside the code with no column of its own
    int page = 0;
};

bool registerPerson(const QString& text)
{
    return !text.endsWith(QLatin1Char(':')) && (minutes::startsWithHonorific(text) || minutes::looksLikeName(text));
}

// Adds a line's cells to the rows of their groups: a cell in a group's member column opens a row
// for that group, other cells continue its latest row. False when the line is no part of the
// register (the next label or heading, or text before any row).
bool readRegisterLine(const MinutesLine& line, const QList<RegisterColumn>& columns, QList<RegisterRow>& rows,
                      QHash<int, qsizetype>& lastRow)
{
    const qsizetype first = registerColumnAt(columns, line.cells.first().first, line.height);
    if (columns.at(first).kind == RegisterColumnKind::Member && !registerPerson(line.cells.first().second))
        return false;
    if (columns.at(first).kind != RegisterColumnKind::Member && rows.isEmpty())
        return false;
    for (const auto& [left, text] : line.cells) {
        qsizetype c = registerColumnAt(columns, left, line.height);
        const int group = columns.at(c).group;
        if (columns.at(c).kind == RegisterColumnKind::Member && registerPerson(text)) {
            rows.append(RegisterRow {QStringList(columns.size(), QString()), {}, line.page});
            lastRow.insert(group, rows.size() - 1);
        }
        const auto row = lastRow.constFind(group);
        if (row == lastRow.constEnd())
            continue;
        RegisterRow& target = rows[*row];
        // A code column holds one short code; text after it on the line is a note (the notes'
        // heading may have been glued to the code column's: "Attendance Notes").
        if (columns.at(c).kind == RegisterColumnKind::Code && !target.cells.at(c).isEmpty())
            c = -1;
        QString& cell = c < 0 ? target.notes : target.cells[c];
        cell = minutes::joinTexts({cell, text});
    }
    return true;
}

// The attendance one row records: its member with the status its code or mark gives, and a
// substitute the row names; a row with neither a status nor a substitute records nobody.
void recordRegisterRow(const RegisterRow& row, const QList<RegisterColumn>& columns,
                       const QHash<QString, RegisterMeaning>& key, QList<Attendance>& out)
{
    qsizetype memberColumn = -1;
    for (qsizetype c = 0; c < columns.size() && memberColumn < 0; ++c) {
        if (columns.at(c).kind == RegisterColumnKind::Member && !row.cells.at(c).isEmpty())
            memberColumn = c;
    }
    if (memberColumn < 0)
        return;
    const QList<ListedPerson> people = NameListParser::parse(row.cells.at(memberColumn));
    if (people.size() != 1)
        return;
    std::optional<RegisterMeaning> meaning;
    QString substitute;
    QStringList notes;
    for (qsizetype c = memberColumn + 1; c < columns.size() && columns.at(c).kind != RegisterColumnKind::Member; ++c) {
        const QString& cell = row.cells.at(c);
        const RegisterColumn& column = columns.at(c);
        // "No" or a dash in a column of marks is no mark.
        if (cell.isEmpty()
            || (column.kind != RegisterColumnKind::Notes
                && Lexicon::instance().matches(QStringLiteral("attendance-answer-no"), cell)))
            continue;
        switch (column.kind) {
        case RegisterColumnKind::Substitute:
            if (minutes::startsWithHonorific(cell) || (minutes::looksLikeName(cell) && cell.contains(QLatin1Char(' ')))) {
                const QList<ListedPerson> named = NameListParser::parse(cell);
                if (named.size() == 1)
                    substitute = named.first().name;
                break;
            }
            [[fallthrough]]; // a mark: the member came as a substitute
        case RegisterColumnKind::Status:
            if (!meaning)
                meaning = column.meaning; // any mark in a status column
            break;
        case RegisterColumnKind::Code:
            if (!meaning && column.asks && Lexicon::instance().matches(QStringLiteral("attendance-answer-yes"), cell))
                meaning = column.meaning; // "Attended?" answered "Yes"
            if (!meaning)
                meaning = codeMeaning(cell, key);
            break;
        default:
            notes.append(cell);
            break;
        }
    }
    if (!row.notes.isEmpty())
        notes.append(row.notes);
    if (!substitute.isEmpty()) {
        Attendance present;
        present.name = substitute;
        present.status = AttendanceStatus::Present;
        present.roleText = QCoreApplication::translate("AttendanceParser", "substitute for %1").arg(people.first().name);
        present.pdfPage = row.page;
        out.append(present);
    }
    if (!meaning)
        return; // no mark, or a code nothing defines: unknown, so not recorded
    QStringList roles;
    if (!people.first().roleText.isEmpty())
        roles.append(people.first().roleText);
    const QString joinedNotes = notes.join(QStringLiteral(", "));
    if (!meaning->role.isEmpty() && !joinedNotes.contains(meaning->role, Qt::CaseInsensitive))
        roles.append(meaning->role);
    if (!joinedNotes.isEmpty())
        roles.append(joinedNotes);
    Attendance a;
    a.name = people.first().name;
    a.status = meaning->status;
    a.roleText = roles.join(QStringLiteral(", "));
    a.substitute = substitute;
    a.pdfPage = row.page;
    out.append(a);
}

constexpr int kRegisterHeaderLines = 4; // the header follows a title within this many lines

} // namespace

bool AttendanceRegister::isHeader(const MinutesLine& line)
{
    return registerColumns(line).has_value();
}

qsizetype AttendanceRegister::parse(const QList<MinutesLine>& lines, qsizetype from, qsizetype to,
                                    QList<Attendance>& out)
{
    qsizetype header = -1;
    std::optional<QList<RegisterColumn>> columns;
    for (qsizetype k = from; k < std::min(to, from + kRegisterHeaderLines) && !columns; ++k) {
        columns = registerColumns(lines.at(k));
        header = k;
    }
    if (!columns)
        return from;

    QHash<QString, RegisterMeaning> key;
    for (qsizetype k = std::max(from, header - 3); k < header && key.isEmpty(); ++k)
        key = registerKey(lines.at(k).text);

    QList<RegisterRow> rows;
    QHash<int, qsizetype> lastRow; // group -> its latest row in `rows`
    qsizetype end = header + 1;
    for (; end < to; ++end) {
        const MinutesLine& line = lines.at(end);
        if (line.cells.isEmpty())
            break;
        if (const auto printedKey = registerKey(line.text); !printedKey.isEmpty()) {
            key.insert(printedKey);
            ++end;
            break;
        }
        if (!rows.isEmpty() && line.gapBefore > 1.2 * line.height)
            break; // a paragraph after the table
        if (line.page != lines.at(end - 1).page && registerColumns(line))
            continue; // the header printed again over the rows on the next page
        if (!readRegisterLine(line, *columns, rows, lastRow))
            break;
    }
    // A key printed under the table, after a line of space or none, perhaps wrapping onto a
    // second line.
    for (qsizetype k = end; k < std::min(to, end + 2); ++k) {
        const auto printedKey = registerKey(lines.at(k).text);
        if (printedKey.isEmpty()) {
            if (!key.isEmpty())
                break;
            continue;
        }
        key.insert(printedKey);
        end = k + 1;
    }
    for (const RegisterRow& row : std::as_const(rows))
        recordRegisterRow(row, *columns, key, out);
    return end;
}

} // namespace scrutineer::parse
