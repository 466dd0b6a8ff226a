#include "minutes/ClauseParser.h"

#include "minutes/MinutesLines.h"

#include <QRegularExpression>

#include <functional>

namespace scrutineer::parse {
namespace {

using Kind = ClauseParser::Kind;
using Decoration = ClauseParser::Decoration;

int romanValue(const QString& text)
{
    static const QRegularExpression valid(
        QStringLiteral("^(?=[ivxlcdm])m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$"));
    const QString s = text.toLower();
    if (!valid.match(s).hasMatch())
        return 0;
    auto digit = [](QChar c) {
        switch (c.unicode()) {
        case 'i':
            return 1;
        case 'v':
            return 5;
        case 'x':
            return 10;
        case 'l':
            return 50;
        case 'c':
            return 100;
        case 'd':
            return 500;
        case 'm':
            return 1000;
        default:
            return 0;
        }
    };
    int total = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const int v = digit(s.at(i));
        const int next = i + 1 < s.size() ? digit(s.at(i + 1)) : 0;
        total += v < next ? -v : v;
    }
    return total;
}

bool isSuccessor(Kind kind, const QString& previous, const QString& label)
{
    switch (kind) {
    case Kind::Number:
        return label.toInt() == previous.toInt() + 1;
    case Kind::Alpha:
    case Kind::UpperAlpha:
        return previous.size() == 1 && label.size() == 1 && label.at(0).unicode() == previous.at(0).unicode() + 1;
    case Kind::Roman:
    case Kind::UpperRoman:
        return romanValue(previous) > 0 && romanValue(label) == romanValue(previous) + 1;
    case Kind::Bullet:
        return true;
    }
    return false;
}

bool isFirst(Kind kind, const QString& label)
{
    switch (kind) {
    case Kind::Number:
        return label == QLatin1String("1");
    case Kind::Alpha:
    case Kind::UpperAlpha:
        return label == QLatin1String("a");
    case Kind::Roman:
    case Kind::UpperRoman:
        return label == QLatin1String("i");
    case Kind::Bullet:
        return true;
    }
    return false;
}

struct Node {
    QString label;
    QString text;
    int parent = -1;
    QList<int> children;
    int page = 0;
    qreal labelLeft = 0;
    QString leadIn;
};

struct Level {
    Kind kind;
    Decoration decoration;
    QString last;
    int node; // the clause currently open at this level
};

bool endsComplete(const QString& text)
{
    const QString t = text.trimmed();
    return t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char(';')) || t.endsWith(QLatin1Char(':'))
        || t.endsWith(QLatin1String(":-")) || t.endsWith(QLatin1String("; and")) || t.endsWith(QLatin1String("; or"));
}

Clause toClause(const QList<Node>& nodes, int index)
{
    Clause c;
    c.label = nodes.at(index).label;
    c.text = nodes.at(index).text;
    for (int child : nodes.at(index).children)
        c.clauses.append(toClause(nodes, child));
    return c;
}

} // namespace

std::optional<ClauseParser::Label> ClauseParser::matchLabel(const QString& text)
{
    static const QRegularExpression paren(
        QStringLiteral("^\\(\\s*([0-9]{1,2}|[A-Za-z]{1,2}|[ivxlcdm]{2,6}|[IVXLCDM]{2,6})\\s*\\)\\s*(.*)$"));
    static const QRegularExpression close(
        QStringLiteral("^([0-9]{1,2}|[A-Za-z]|[ivxlcdm]{2,6}|[IVXLCDM]{2,6})(?:\\.\\)|\\))\\s*(.*)$"));
    static const QRegularExpression dot(
        QStringLiteral("^([0-9]{1,2}|[a-z]|[ivxlcdm]{2,6}|[A-Z]|[IVXLCDM]{2,6})\\.\\s+(.*)$"));
    // "A: Welcomes ...", "B: Agrees ...": a single letter and a colon (cabinet minutes printed from
    // ModernGov, parish minutes). Only a letter: "Note:" and "Q1:" are not clause labels.
    static const QRegularExpression colon(QStringLiteral("^([A-Za-z])\\s?:\\s+(\\S.*)$"));
    static const QRegularExpression bullet(
        QStringLiteral("^[\u2022\u25AA\u25A0\u25C6\u25CF\u00B7\uF0A7\uF0B7\uF0D8\u2013-]\\s*(.+)$"));
    Label label;
    QRegularExpressionMatch m = paren.match(text);
    if (m.hasMatch()) {
        label.decoration = Decoration::Paren;
    } else if ((m = close.match(text)).hasMatch()) {
        label.decoration = Decoration::Close;
    } else if ((m = dot.match(text)).hasMatch()) {
        label.decoration = Decoration::Dot;
    } else if ((m = colon.match(text)).hasMatch()) {
        label.decoration = Decoration::Colon;
    } else if ((m = bullet.match(text)).hasMatch()) {
        label.decoration = Decoration::Bullet;
        label.label = QStringLiteral("\u2022");
        label.kinds = {Kind::Bullet};
        label.rest = m.captured(1).trimmed();
        return label;
    } else {
        return std::nullopt;
    }
    const QString raw = m.captured(1);
    label.rest = m.captured(2).trimmed();
    if (raw.at(0).isDigit()) {
        label.label = raw;
        label.kinds = {Kind::Number};
        return label;
    }
    const bool upper = raw.at(0).isUpper();
    if (upper && raw.size() > 1 && raw.toUpper() != raw)
        return std::nullopt; // "Mr" and the like
    label.label = raw.toLower();
    const bool roman = romanValue(label.label) > 0;
    if (label.label.size() == 1) {
        label.kinds = {upper ? Kind::UpperAlpha : Kind::Alpha};
        if (roman)
            label.kinds.append(upper ? Kind::UpperRoman : Kind::Roman);
    } else if (roman) {
        label.kinds = {upper ? Kind::UpperRoman : Kind::Roman};
    } else if (raw.size() == 2 && raw.at(0) == raw.at(1)) {
        label.kinds = {upper ? Kind::UpperAlpha : Kind::Alpha}; // "(aa)" after "(z)"
    } else {
        return std::nullopt;
    }
    return label;
}

ClauseResult ClauseParser::parse(const QList<ClauseLine>& lines)
{
    ClauseResult result;
    QList<Node> nodes;
    QList<int> roots;
    QList<Level> stack;
    QStringList lead; // text before the first clause
    QString interstitial; // an unlabelled paragraph between lists
    bool inInterstitial = false;

    auto appendText = [](QString& target, const QString& text) { target = minutes::joinTexts({target, text}); };

    for (const ClauseLine& line : lines) {
        const auto label = matchLabel(line.text);
        if (!label) {
            if (nodes.isEmpty() && !inInterstitial) {
                lead.append(line.text);
                continue;
            }
            if (inInterstitial) {
                appendText(interstitial, line.text);
                continue;
            }
            const Node& open = nodes.at(stack.isEmpty() ? nodes.size() - 1 : stack.last().node);
            if (endsComplete(open.text) && line.left <= open.labelLeft + 4) {
                stack.clear();
                inInterstitial = true;
                interstitial = line.text;
                continue;
            }
            appendText(nodes[stack.isEmpty() ? nodes.size() - 1 : stack.last().node].text, line.text);
            continue;
        }

        // Where does the label belong? 1) the next sibling at an open level.
        int level = -1;
        Kind kind = label->kinds.first();
        for (int s = int(stack.size()) - 1; s >= 0 && level < 0; --s) {
            const Level& l = stack.at(s);
            const bool sameDecoration = l.decoration == label->decoration
                || (l.decoration == Decoration::Close && label->decoration == Decoration::Dot
                    && l.kind == Kind::Number);
            if (!sameDecoration)
                continue;
            for (Kind k : label->kinds) {
                if (k == l.kind && isSuccessor(k, l.last, label->label)) {
                    level = s;
                    kind = k;
                    break;
                }
            }
        }
        bool child = false;
        if (level < 0) {
            // 2) the first of a new list under the open clause.
            for (Kind k : label->kinds) {
                if (isFirst(k, label->label)) {
                    kind = k;
                    child = true;
                    break;
                }
            }
            if (!child) {
                // 3) out of sequence (a gap or a repeat): join the nearest level of the same style.
                for (int s = int(stack.size()) - 1; s >= 0 && level < 0; --s) {
                    if (stack.at(s).decoration == label->decoration && label->kinds.contains(stack.at(s).kind)) {
                        level = s;
                        kind = stack.at(s).kind;
                    }
                }
                if (level < 0)
                    child = true;
            }
        }
        if (child && kind == Kind::Bullet && !stack.isEmpty() && stack.last().kind == Kind::Bullet)
            child = false, level = int(stack.size()) - 1;

        Node node;
        node.label = label->label;
        node.text = label->rest;
        node.page = line.page;
        node.labelLeft = line.left;
        const int index = int(nodes.size());
        if (child) {
            node.parent = stack.isEmpty() ? -1 : stack.last().node;
            stack.append(Level {kind, label->decoration, label->label, index});
        } else {
            stack.resize(level + 1);
            Level& l = stack.last();
            node.parent = nodes.at(l.node).parent;
            l.last = label->label;
            l.node = index;
            l.kind = kind;
        }
        if (node.parent < 0) {
            node.leadIn = inInterstitial || !interstitial.isEmpty() ? interstitial : minutes::joinTexts(lead);
            roots.append(index);
        }
        nodes.append(node);
        if (node.parent >= 0)
            nodes[node.parent].children.append(index);
        inInterstitial = false;
    }

    result.lead = minutes::joinTexts(lead);
    for (int root : roots)
        result.clauses.append(toClause(nodes, root));
    // Flatten in document order with paths.
    std::function<void(int, const QString&, int)> walk = [&](int index, const QString& prefix, int depth) {
        const Node& n = nodes.at(index);
        ClauseEntry e;
        e.path = prefix.isEmpty() ? n.label : prefix + QLatin1Char('.') + n.label;
        e.text = n.text;
        e.leadIn = n.parent >= 0 ? nodes.at(n.parent).text : n.leadIn;
        e.page = n.page;
        e.depth = depth;
        e.hasChildren = !n.children.isEmpty();
        result.entries.append(e);
        for (int c : n.children)
            walk(c, e.path, depth + 1);
    };
    for (int root : roots)
        walk(root, QString(), 0);
    return result;
}

} // namespace scrutineer::parse
