#include "minutes/ReferenceParser.h"

#include "DateText.h"
#include "TextUtil.h"
#include "lexicon/Lexicon.h"

#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

// Text up to the first comma or full stop outside brackets.
QString untilClauseEnd(const QString& text)
{
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            depth = std::max(0, depth - 1);
        else if (depth == 0
                 && (c == QLatin1Char(',') || c == QLatin1Char(';')
                     || (c == QLatin1Char('.') && (i + 1 == text.size() || text.at(i + 1).isSpace()))))
            return text.left(i);
    }
    return text;
}

bool sameBody(const QString& body)
{
    return Lexicon::instance().matches(QStringLiteral("same-body-reference"), body.trimmed());
}

} // namespace

QList<MinuteReference> ReferenceParser::parse(const QString& input, int pdfPage)
{
    static const QRegularExpression reference(Lexicon::instance().alternation(QStringLiteral("minute-reference")),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression item(QStringLiteral("(\\d{1,4})\\s*(?:\\(\\s*(\\w{1,4})\\s*\\))?"));
    static const QRegularExpression above(Lexicon::instance().alternation(QStringLiteral("minute-reference-above")),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ofMeetingOf(
        Lexicon::instance().alternation(QStringLiteral("minute-reference-of-meeting-of")),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ofBodyMeeting(
        Lexicon::instance().alternation(QStringLiteral("minute-reference-of-body-meeting")));
    static const QRegularExpression ofDate(Lexicon::instance().alternation(QStringLiteral("minute-reference-of-date")),
                                           QRegularExpression::CaseInsensitiveOption);

    const QString text = text::collapseWhitespace(input);
    QList<MinuteReference> out;
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString tail = text.mid(m.capturedEnd(), 220);
        qsizetype used = 0;
        QString body;
        QString date;
        bool isAbove = false;
        auto dateAtStart = [&](const QString& s, qsizetype* length) -> QString {
            const QList<datetext::DateMatch> dates = datetext::findDates(s);
            if (!dates.isEmpty() && dates.first().start <= 1) {
                *length = dates.first().start + dates.first().length;
                return dates.first().date.toString(Qt::ISODate);
            }
            return {};
        };
        if (const auto a = above.match(tail); a.hasMatch()) {
            isAbove = true;
            used = a.capturedEnd();
        } else if (const auto o = ofMeetingOf.match(tail); o.hasMatch()) {
            // "of the meeting of the <body> of <date>" or "... of the <body>," with no date.
            const QString rest = tail.mid(o.capturedEnd());
            const QString clause = untilClauseEnd(rest);
            body = clause;
            used = o.capturedEnd() + clause.size();
            for (const datetext::DateMatch& d : datetext::findDates(clause)) {
                const QString head = clause.left(d.start);
                if (head.endsWith(QLatin1String(" of ")) || head.endsWith(QLatin1String(" on "))) {
                    body = head.left(head.size() - 4);
                    date = d.date.toString(Qt::ISODate);
                    used = o.capturedEnd() + d.start + d.length;
                    break;
                }
            }
        } else if (const auto b = ofBodyMeeting.match(tail); b.hasMatch()) {
            body = b.captured(1);
            used = b.capturedEnd();
            qsizetype length = 0;
            date = dateAtStart(tail.mid(used), &length);
            used += length;
        } else if (const auto d = ofDate.match(tail); d.hasMatch()) {
            qsizetype length = 0;
            const QString found = dateAtStart(tail.mid(d.capturedEnd()), &length);
            if (!found.isEmpty()) {
                date = found;
                used = d.capturedEnd() + length;
            }
        }
        body = body.trimmed();
        if (sameBody(body))
            body.clear();
        const QString raw = text.mid(m.capturedStart(), m.capturedLength() + used).trimmed();
        for (auto items = item.globalMatch(m.captured(1)); items.hasNext();) {
            const auto i = items.next();
            MinuteReference ref;
            ref.raw = raw;
            ref.number = i.captured(1);
            ref.clause = i.captured(2);
            ref.body = body;
            ref.date = date;
            ref.above = isAbove;
            ref.pdfPage = pdfPage;
            out.append(ref);
        }
    }
    return out;
}

} // namespace scrutineer::parse
