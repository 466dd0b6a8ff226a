#include "tables/HeaderMatcher.h"

#include <QVarLengthArray>

#include <algorithm>

namespace scrutineer::parse {
namespace {

// Lower-case letters and digits only: "Progress" -> "progress", "/" -> "", "show?" -> "show".
QString headerToken(const QString& word)
{
    QString out;
    out.reserve(word.size());
    for (const QChar c : word) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace

int TableHeader::indexOf(const QString& key) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key)
            return i;
    }
    return -1;
}

QStringList TableHeader::keys() const
{
    QStringList result;
    for (const TableColumn& column : columns)
        result.append(column.key);
    return result;
}

HeaderMatcher::HeaderMatcher(const QList<ColumnSpec>& specs)
{
    for (const ColumnSpec& spec : specs) {
        for (const QString& phrase : spec.phrases) {
            Phrase p {spec.key, phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts), spec.spanning};
            if (p.words.isEmpty())
                continue;
            if (!m_firstWords.contains(p.words.first()))
                m_firstWords.append(p.words.first());
            m_phrases.append(p);
        }
    }
    std::sort(m_firstWords.begin(), m_firstWords.end());
    std::stable_sort(m_phrases.begin(), m_phrases.end(),
                     [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
}

std::optional<QList<HeaderMatcher::Group>> HeaderMatcher::matchLine(const layout::LayoutLine& line,
                                                                    const QList<Group>* above) const
{
    bool awaited = false; // a wrapped heading above may be finished by this line's first words
    for (const Group& group : above ? *above : QList<Group> {})
        awaited = awaited || !group.pending.isEmpty();
    // Cheap rejection first, without allocating: the line must open with a word some heading
    // starts with.
    for (const layout::LayoutWord& word : line.words) {
        if (awaited)
            break;
        QVarLengthArray<QChar, 24> buffer;
        for (const QChar c : word.text) {
            if (c.isLetterOrNumber())
                buffer.append(c.toLower());
        }
        if (buffer.isEmpty())
            continue;
        const QStringView token(buffer.constData(), buffer.size());
        if (!std::binary_search(m_firstWords.cbegin(), m_firstWords.cend(), token,
                                [](QStringView a, QStringView b) { return a < b; }))
            return std::nullopt;
        break;
    }
    QStringList tokens;
    QList<const layout::LayoutWord*> words;
    for (const layout::LayoutWord& word : line.words) {
        const QString token = headerToken(word.text);
        if (token.isEmpty())
            continue;
        tokens.append(token);
        words.append(&word);
    }
    if (tokens.isEmpty())
        return std::nullopt;

    // How many of `expected`'s words the tokens from i on spell, the words of one heading
    // sitting close together.
    const auto spelled = [&](qsizetype i, const QStringList& expected) {
        qsizetype k = 0;
        while (k < expected.size() && i + k < tokens.size() && tokens.at(i + k) == expected.at(k)) {
            if (k > 0) {
                const layout::LayoutWord* previous = words.at(i + k - 1);
                const layout::LayoutWord* current = words.at(i + k);
                if (current->box.left() - previous->box.right() >= 3 * current->box.height())
                    break;
            }
            ++k;
        }
        return k;
    };

    QList<Group> groups;
    qsizetype i = 0;
    while (i < tokens.size()) {
        // The rest of a heading wrapped in the cell above, under that cell.
        if (awaited) {
            const Group* finished = nullptr;
            qsizetype n = 0;
            for (const Group& column : *above) {
                if (column.pending.isEmpty() || column.spanning)
                    continue;
                const qsizetype k = spelled(i, column.pending);
                if (k > 0 && words.at(i)->box.left() <= column.right + 3
                    && words.at(i + k - 1)->box.right() >= column.left - 3) {
                    finished = &column;
                    n = k;
                    break;
                }
            }
            if (finished) {
                groups.append(Group {finished->key, false, words.at(i)->box.left(), words.at(i + n - 1)->box.right(),
                                     finished->pending.mid(n), true});
                i += n;
                continue;
            }
        }
        const Phrase* found = nullptr;
        for (const Phrase& phrase : m_phrases) {
            if (spelled(i, phrase.words) == phrase.words.size()) {
                found = &phrase;
                break;
            }
        }
        QStringList pending;
        qsizetype n = found ? found->words.size() : 0;
        if (!found) {
            // A heading wrapped inside its cell: its first words here, the rest on a line below.
            for (const Phrase& phrase : m_phrases) {
                const qsizetype k = spelled(i, phrase.words);
                if (k > 0 && k > n) {
                    found = &phrase;
                    n = k;
                }
            }
            if (!found)
                return std::nullopt;
            pending = found->words.mid(n);
        }
        const qreal left = words.at(i)->box.left();
        const qreal right = words.at(i + n - 1)->box.right();
        if (!groups.isEmpty() && groups.last().key == found->key && !found->spanning
            && groups.last().pending.isEmpty()) {
            groups.last().right = right;
            groups.last().pending = pending;
        } else {
            groups.append(Group {found->key, found->spanning, left, right, pending});
        }
        i += n;
    }
    return groups;
}

QString HeaderMatcher::firstToken(const layout::LayoutLine& line)
{
    for (const layout::LayoutWord& word : line.words) {
        QString token = headerToken(word.text);
        if (!token.isEmpty())
            return token;
    }
    return {};
}

bool HeaderMatcher::mayStart(const QString& token) const
{
    return std::binary_search(m_firstWords.cbegin(), m_firstWords.cend(), token);
}

std::optional<TableHeader> HeaderMatcher::match(const QList<layout::LayoutLine>& lines, qsizetype index) const
{
    if (index < 0 || index >= lines.size())
        return std::nullopt;
    const layout::LayoutLine& first = lines.at(index);
    const auto firstGroups = matchLine(first);
    if (!firstGroups || firstGroups->size() < 2)
        return std::nullopt;

    QList<Group> columns = *firstGroups;
    qreal bottom = first.box.bottom();
    qreal lastHeight = first.height();
    int used = 1;
    for (qsizetype j = index + 1; j < lines.size(); ++j) {
        const layout::LayoutLine& next = lines.at(j);
        if (next.pageNumber != first.pageNumber || next.top() - bottom > 1.2 * std::min(lastHeight, next.height()))
            break;
        const auto groups = matchLine(next, &columns);
        if (!groups)
            break;
        for (const Group& group : *groups) {
            Group* target = nullptr;
            for (Group& column : columns) {
                if (!column.spanning && group.left <= column.right + 3 && group.right >= column.left - 3
                    && (!group.continued || column.key == group.key)) {
                    target = &column;
                    break;
                }
            }
            if (target) {
                target->left = std::min(target->left, group.left);
                target->right = std::max(target->right, group.right);
                if (group.continued)
                    target->pending = group.pending;
                else if (target->pending.isEmpty())
                    target->pending = group.pending;
                else
                    return std::nullopt; // another heading under one still waiting for its end
            } else {
                columns.append(group);
            }
        }
        bottom = next.box.bottom();
        lastHeight = next.height();
        ++used;
    }

    for (const Group& group : columns) {
        if (!group.pending.isEmpty())
            return std::nullopt; // a heading that never finishes is no heading
    }

    TableHeader header;
    for (const Group& group : columns) {
        if (!group.spanning)
            header.columns.append(TableColumn {group.key, group.left, group.right});
    }
    std::sort(header.columns.begin(), header.columns.end(),
              [](const TableColumn& a, const TableColumn& b) { return a.left < b.left; });
    header.pageNumber = first.pageNumber;
    header.top = first.top();
    header.bottom = bottom;
    header.lineCount = used;
    return header;
}

} // namespace scrutineer::parse
