#include "ClauseText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace scrutineer::gui::clausetext {
namespace {

enum class Kind { Number, Letter, Roman, Bullet };

struct Label {
    Kind kind = Kind::Number;
    QString text; // "1", "a", "iii"
    bool romanOrLetter = false; // a single letter that is also a roman numeral
};

// Bullets a clause may be printed with instead of a number or letter ("• Agrees the plan").
constexpr auto kBullets = "\u2022\u25aa\u25e6\u2023\u00b7*";

bool isBullet(const QString& label) { return label.size() == 1 && QString::fromUtf8(kBullets).contains(label); }

const QRegularExpression& labelPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:\\((\\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\\)|(\\d{1,3}|[a-z]|[ivxlc]{1,6})[.)]|([%1]))(?:\\s+(.*))?$")
            .arg(QString::fromUtf8(kBullets)),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isRoman(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^(x{0,3})(ix|iv|v?i{0,3})$"), QRegularExpression::CaseInsensitiveOption);
    return !s.isEmpty() && re.match(s).hasMatch();
}

QString previousLetter(const QString& s)
{
    return s.size() == 1 && s.at(0) > QLatin1Char('a') ? QString(QChar(s.at(0).unicode() - 1)) : QString();
}

struct Open {
    Kind kind;
    Clause* clause;
};

// Where in the tree the next clause of this kind goes: pops to the level of that kind, or
// nests below the deepest open clause.
QList<Clause>* placeFor(Kind kind, QList<Open>& stack, QList<Clause>& top)
{
    for (int i = int(stack.size()) - 1; i >= 0; --i) {
        if (stack.at(i).kind == kind) {
            stack.resize(i);
            return i == 0 ? &top : &stack.at(i - 1).clause->clauses;
        }
    }
    return stack.isEmpty() ? &top : &stack.last().clause->clauses;
}

Kind resolveKind(const QString& label, const QList<Open>& stack)
{
    if (isBullet(label))
        return Kind::Bullet;
    if (label.at(0).isDigit())
        return Kind::Number;
    const QString lower = label.toLower();
    if (!isRoman(lower))
        return Kind::Letter;
    const Open* letterLevel = nullptr;
    const Open* romanLevel = nullptr;
    for (const Open& o : stack) {
        if (o.kind == Kind::Letter)
            letterLevel = &o;
        if (o.kind == Kind::Roman)
            romanLevel = &o;
    }
    if (lower.size() > 1)
        return Kind::Roman; // "ii", "iv": never letters in practice
    // A single roman letter: the next sibling when the letter before it was the last letter label.
    if (letterLevel && letterLevel->clause->label.toLower() == previousLetter(lower))
        return Kind::Letter;
    if (romanLevel || lower == QStringLiteral("i"))
        return Kind::Roman;
    return Kind::Letter;
}

// "(2)", "(b)"; a bullet as printed.
QString shownLabel(const QString& label) { return isBullet(label) ? label : QStringLiteral("(%1)").arg(label); }

void formatClauses(const QList<Clause>& clauses, int depth, QStringList& lines)
{
    for (const Clause& c : clauses) {
        lines.append(QString(qsizetype(depth) * 4, QLatin1Char(' ')) + shownLabel(c.label) + QLatin1Char(' ') + c.text);
        formatClauses(c.clauses, depth + 1, lines);
    }
}

void summariseClauses(const QList<Clause>& clauses, QStringList& parts)
{
    for (const Clause& c : clauses) {
        parts.append(shownLabel(c.label) + QLatin1Char(' ') + c.text);
        summariseClauses(c.clauses, parts);
    }
}

QString htmlClauses(const QList<Clause>& clauses, int depth)
{
    QString h;
    for (const Clause& c : clauses) {
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\" style=\"margin-left:%1px\"><tr><td width=\"34\" "
                            "valign=\"top\">%2</td><td valign=\"top\">%3</td></tr></table>")
                 .arg(depth * 24)
                 .arg(shownLabel(c.label).toHtmlEscaped(), c.text.toHtmlEscaped());
        h += htmlClauses(c.clauses, depth + 1);
    }
    return h;
}

// The resolution's words before its first clause.
QString preamble(const Resolution& r)
{
    QString text = r.text.trimmed();
    if (r.clauses.isEmpty())
        return text;
    const Clause& first = r.clauses.first();
    const qsizetype at = first.text.isEmpty() ? -1 : text.indexOf(first.text.left(40));
    if (at < 0)
        return text.contains(QLatin1Char('\n')) ? text.section(QLatin1Char('\n'), 0, 0).trimmed() : text;
    text = text.left(at).trimmed();
    static const QRegularExpression trailingLabel(
        QStringLiteral("\\s*(?:\\(?[0-9a-z]{1,4}[.)]|[%1])\\s*$").arg(QString::fromUtf8(kBullets)), QRegularExpression::CaseInsensitiveOption);
    return text.remove(trailingLabel).trimmed();
}

} // namespace

Resolution parse(const QString& typed)
{
    Resolution r;
    static const QRegularExpression resolved(QStringLiteral("^\\s*RESOLVED\\s*[:\\-–]*\\s*"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString body = typed;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    body.remove(resolved);
    r.text = body.trimmed();
    QList<Open> stack;
    QString preambleText;
    for (const QString& rawLine : body.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const auto m = labelPattern().match(line);
        if (!m.hasMatch()) {
            QString& target = stack.isEmpty() ? preambleText : stack.last().clause->text;
            target += (target.isEmpty() ? QString() : QStringLiteral(" ")) + line;
            continue;
        }
        const QString label = !m.captured(1).isEmpty() ? m.captured(1) : !m.captured(2).isEmpty() ? m.captured(2) : m.captured(3);
        const Kind kind = resolveKind(label, stack);
        QList<Clause>* siblings = placeFor(kind, stack, r.clauses);
        siblings->append({label, m.captured(4).trimmed(), {}});
        stack.append({kind, &siblings->last()});
    }
    return r;
}

QString format(const Resolution& r)
{
    QStringList lines{QStringLiteral("RESOLVED: ") + preamble(r)};
    formatClauses(r.clauses, 0, lines);
    return lines.join(QLatin1Char('\n'));
}

QString toHtml(const Resolution& r)
{
    QString h = QStringLiteral("<p style=\"margin-bottom:4px\"><b>RESOLVED:</b> %1</p>").arg(preamble(r).toHtmlEscaped());
    h += htmlClauses(r.clauses, 0);
    if (!r.condition.isEmpty())
        h += QStringLiteral("<p><i>%1</i> %2</p>")
                 .arg(QCoreApplication::translate("ClauseText", "Condition:").toHtmlEscaped(), r.condition.toHtmlEscaped());
    return h;
}

QString summary(const Resolution& r)
{
    QStringList parts{preamble(r)};
    summariseClauses(r.clauses, parts);
    return parts.join(QLatin1Char(' ')).simplified();
}

QString nextLabel(const QString& typed)
{
    const Resolution r = parse(typed);
    if (r.clauses.isEmpty())
        return QStringLiteral("(1)");
    QString last = r.clauses.last().label;
    if (isBullet(last))
        return last;
    bool numeric = false;
    const int n = last.toInt(&numeric);
    if (numeric)
        return QStringLiteral("(%1)").arg(n + 1);
    if (last.size() == 1 && last.at(0).isLetter())
        return QStringLiteral("(%1)").arg(QChar(last.at(0).unicode() + 1));
    return QStringLiteral("(%1)").arg(r.clauses.size() + 1);
}

void dropEmpty(QList<Clause>& clauses)
{
    for (Clause& c : clauses)
        dropEmpty(c.clauses);
    clauses.removeIf([](const Clause& c) { return c.text.trimmed().isEmpty() && c.clauses.isEmpty(); });
}

int clauseCount(const QList<Clause>& clauses)
{
    int n = 0;
    for (const Clause& c : clauses)
        n += 1 + clauseCount(c.clauses);
    return n;
}

} // namespace scrutineer::gui::clausetext
