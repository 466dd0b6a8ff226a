#include "minutes/MinutesSetReader.h"

#include "DateText.h"
#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "minutes/ActionRequestParser.h"
#include "minutes/AttendanceParser.h"
#include "minutes/DeclarationParser.h"
#include "minutes/MembersFromAttendance.h"
#include "minutes/MinuteItemLinker.h"
#include "minutes/MinuteSpanReadings.h"
#include "minutes/MinuteSplitter.h"
#include "minutes/MinutesLines.h"
#include "minutes/MinutesTable.h"
#include "minutes/ReferenceParser.h"
#include "minutes/ResolutionParser.h"
#include "minutes/SubstitutionParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace scrutineer::parse {
namespace {

// Running text of some lines with the page each part came from.
struct MappedText {
    QString text;
    QList<qsizetype> starts;
    QList<int> pages;

    int pageAt(qsizetype offset) const
    {
        int page = pages.isEmpty() ? 0 : pages.first();
        for (int i = 0; i < starts.size() && starts.at(i) <= offset; ++i)
            page = pages.at(i);
        return page;
    }
};

MappedText mapText(const QList<MinutesLine>& lines, qsizetype from, qsizetype to)
{
    MappedText m;
    for (qsizetype i = from; i < to; ++i) {
        m.starts.append(m.text.isEmpty() ? 0 : m.text.size() + 1);
        m.pages.append(lines.at(i).page);
        minutes::appendText(m.text, lines.at(i).text);
    }
    return m;
}

// Sentences with the page each starts on.
QList<QPair<QString, int>> sentencesOf(const MappedText& mapped)
{
    QList<QPair<QString, int>> out;
    qsizetype offset = 0;
    for (const QString& s : minutes::splitSentences(mapped.text)) {
        const qsizetype at = mapped.text.indexOf(s, offset);
        if (at >= 0)
            offset = at + s.size();
        out.append({s, mapped.pageAt(std::max<qsizetype>(0, at))});
    }
    return out;
}

// The printed body when it names a different body than the pack's; the pack's spelling when
// they are the same body.
QString reconcileBody(const QString& printed, const QString& context)
{
    if (printed.isEmpty())
        return context;
    if (context.isEmpty())
        return printed;
    const QString p = text::normaliseForMatch(printed);
    const QString c = text::normaliseForMatch(context);
    if (p == c || c.contains(p))
        return context;
    if (p.contains(c))
        return p.mid(p.indexOf(c) + c.size()).contains(QLatin1Char('(')) ? printed : context;
    return printed;
}

bool isCapitalsHeading(const QString& text)
{
    int letters = 0;
    for (const QChar c : text)
        letters += c.isLetter() ? 1 : 0;
    return letters >= 4 && text.size() < 70 && text::isMostlyUpperCase(text) && !minutes::startsWithHonorific(text);
}

// Dates a past-tense sentence puts after the meeting it minutes, and impossible years.
void flagDates(const QString& sentence, const Meeting& meeting, const QString& minute, QStringList& warnings)
{
    static const QRegularExpression longYear(
        QStringLiteral(
            "\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*,?\\s+\\d{5,}\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QString where = MinutesParser::tr("Minutes of %1, minute %2").arg(meeting.date.toString(Qt::ISODate), minute);
    if (const auto m = longYear.match(sentence); m.hasMatch())
        warnings.append(MinutesParser::tr("%1: impossible date \"%2\"").arg(where, m.captured(0)));
    if (!meeting.date.isValid() || !Lexicon::instance().matches(QStringLiteral("past-perfect-verb"), sentence)
        || Lexicon::instance().matches(QStringLiteral("future-words"), sentence))
        return;
    for (const datetext::DateMatch& d : datetext::findDates(sentence)) {
        if (d.date > meeting.date) {
            warnings.append(MinutesParser::tr("%1: cites %2, after the meeting, as past: \"%3\"")
                                .arg(where, sentence.mid(d.start, d.length), sentence));
            break;
        }
    }
}

// Voters the attendance list does not show as present: kept, flagged.
// `surnames` keeps each printed name's surname key for the next vote of the same minutes.
void flagAbsentVoters(RecordedVote& vote, const QList<Attendance>& attendance, QHash<QString, QString>& surnames)
{
    QSet<QString> present;
    for (const Attendance& a : attendance) {
        if (a.status != AttendanceStatus::Present)
            continue;
        auto known = surnames.constFind(a.name);
        if (known == surnames.constEnd())
            known = surnames.insert(a.name, text::surnameKey(a.name));
        present.insert(*known);
    }
    if (present.isEmpty())
        return;
    static const QRegularExpression honour(QStringLiteral("\\s+(?:OBE|CBE|MBE|KBE|DBE|BEM|JP|DL)\\.?$"));
    static const QRegularExpression footnote(QStringLiteral("(?:^|\\s)\\*+(?=\\S)")); // "Commissioners *Davis"
    QStringList missing;
    for (const QStringList* side : {&vote.forNames, &vote.againstNames, &vote.abstainNames}) {
        for (const QString& name : *side) {
            QString bare = name;
            bare.replace(footnote, QStringLiteral(" "));
            bare = minutes::personName(bare.trimmed()); // "Vice Chair Valencia", "Commissioners Davis"
            bare.remove(honour);
            if (!present.contains(text::surnameKey(bare)) && !missing.contains(name))
                missing.append(name);
        }
    }
    if (!missing.isEmpty())
        vote.flags.append(
            MinutesParser::tr("voted but not listed as present: %1").arg(missing.join(QStringLiteral(", "))));
}

void warnVotes(const RecordedVote& vote, const Meeting& meeting, const QString& minute, QStringList& warnings)
{
    for (const QString& flag : vote.flags)
        warnings.append(MinutesParser::tr("Minutes of %1, minute %2, recorded vote: %3")
                            .arg(meeting.date.toString(Qt::ISODate), minute, flag));
}

// The minute headings: numbered ones, unless the minutes print titles over "(Item N)" lines and
// number none of them (their numbered lines are paragraphs); US minutes number no items.
QList<MinuteSpan> chooseSpans(const QList<MinutesLine>& lines)
{
    const QList<MinuteSpan> numbered = MinuteSplitter::split(lines, 0, lines.size());
    bool numberedItems = false;
    for (const MinuteSpan& span : numbered)
        numberedItems = numberedItems || !span.item.isEmpty();
    if (!numberedItems) {
        const QList<MinuteSpan> byItem = MinuteSplitter::splitByItemLines(lines, 0, lines.size());
        if (byItem.size() >= 2)
            return byItem;
    }
    if (!numbered.isEmpty())
        return numbered;
    return MinuteSplitter::splitUnnumbered(lines, 0, lines.size());
}

// A short title line set apart from the text, opening a section ("Election of Chair").
bool isOpeningHeading(const QList<MinutesLine>& lines, qsizetype i, qsizetype end)
{
    const MinutesLine& line = lines.at(i);
    const QString& t = line.text;
    const bool apart = line.gapBefore < 0 || line.gapBefore > 0.4 * line.height;
    const bool apartBelow = i + 1 >= end || lines.at(i + 1).gapBefore > 0.4 * lines.at(i + 1).height;
    return apart && apartBelow && t.size() < 70 && !t.isEmpty() && t.at(0).isUpper() && !t.endsWith(QLatin1Char('.'))
        && !t.endsWith(QLatin1Char(':')) && MinuteSplitter::isTitleCase(t);
}

// Business done before the first numbered minute ("Election of Chair", then "RESOLVED that ...
// be elected to Chair the meeting"): an unnumbered minute of its own when it records a decision.
std::optional<MinuteSpan> openingSection(const QList<MinutesLine>& lines, qsizetype from, qsizetype end,
                                         const QString& body)
{
    if (from >= end || ResolutionParser::parse(lines, from, end, body).isEmpty())
        return std::nullopt;
    qsizetype heading = -1;
    qsizetype i = from;
    for (; i < end; ++i) {
        if (isCapitalsHeading(lines.at(i).text) || isOpeningHeading(lines, i, end))
            heading = i;
        else
            break;
    }
    MinuteSpan span;
    span.heading = heading >= 0 ? heading : from;
    span.body = heading >= 0 ? heading + 1 : from;
    span.end = end;
    span.title = heading >= 0 ? lines.at(heading).text : QString();
    span.page = lines.at(span.heading).page;
    return span;
}

} // namespace

void MinutesSetReader::read(const MinutesSet& set, const MinutesContext& context, MinutesResult& result)
{
    MinutesHeader header = set.header;
    Meeting meeting;
    const int meetingIndex = int(result.meetings.size());

    // Minutes printed as a table, one row a minute, read back into running lines; a table after
    // the first minute heading is some other table inside a minute.
    QList<MinuteSpan> spans = chooseSpans(set.lines);
    std::optional<MinutesTableReading> table = MinutesTable::read(set.lines);
    if (table && (spans.isEmpty() || spans.first().heading >= table->spans.first().heading))
        spans = table->spans;
    else
        table.reset();
    const QList<MinutesLine>& lines = table ? table->lines : set.lines;
    const qsizetype preambleEnd = spans.isEmpty() ? lines.size() : spans.first().heading;
    const qsizetype listsEnd = AttendanceParser::parseListsAndRegisters(lines, 0, preambleEnd, meeting.attendance);
    qsizetype proseEnd = listsEnd;
    while (proseEnd < preambleEnd && !isCapitalsHeading(lines.at(proseEnd).text)
           && !isOpeningHeading(lines, proseEnd, preambleEnd))
        ++proseEnd;
    if (auto opening = openingSection(lines, proseEnd, preambleEnd, context.body))
        spans.prepend(*opening);
    const MappedText prose = mapText(lines, listsEnd, proseEnd);
    MinutesLocator::completeFromProse(header, prose.text);
    for (const auto& [sentence, page] : sentencesOf(prose)) {
        if (!AttendanceParser::parseRollCall(sentence, page, meeting.attendance)
            && !AttendanceParser::parseApologies(sentence, page, meeting.attendance))
            SubstitutionParser::parse(sentence, page, meeting.attendance);
    }

    meeting.authority = header.authority.isEmpty() ? context.authority : header.authority;
    meeting.body = header.restart ? header.body : reconcileBody(header.body, context.body);
    meeting.date = header.date;
    if (header.time)
        meeting.time = *header.time;
    meeting.venue = header.venue;
    meeting.status = QStringLiteral("held");
    meeting.pdfPage = header.page;
    for (const QString& flag : header.flags)
        result.warnings.append(MinutesParser::tr("Minutes of %1 (page %2): %3")
                                   .arg(meeting.date.toString(Qt::ISODate))
                                   .arg(header.page)
                                   .arg(flag));

    bool noDeclarations = false;
    QHash<QString, QString> surnames; // printed name -> surname key, for the recorded votes
    ActionContext meetingContext;
    meetingContext.meetingDate = meeting.date;
    meetingContext.meetingIndex = meetingIndex;
    // Each minute's resolutions and requests read ahead, all at once; put together in order below.
    QList<MinuteSpanReading> readings = MinuteSpanReadings::read(lines, spans, meeting.body, meetingContext);
    for (qsizetype s = 0; s < spans.size(); ++s) {
        const MinuteSpan& span = spans.at(s);
        MinuteSpanReading& reading = readings[s];
        Minute minute;
        minute.number = span.number;
        minute.title = span.title;
        minute.item = span.item;
        if (!minute.item.isEmpty())
            minute.itemMethod = QStringLiteral("printed");
        minute.pdfPage = span.page;
        const MappedText mapped = mapText(lines, span.body, span.end);
        minute.text = mapped.text;
        for (const auto& [sentence, page] : sentencesOf(mapped)) {
            if (!AttendanceParser::parseApologies(sentence, page, meeting.attendance))
                SubstitutionParser::parse(sentence, page, meeting.attendance);
            if (DeclarationParser::isNoDeclarations(sentence))
                noDeclarations = true;
            meeting.declarations += DeclarationParser::fromSentence(sentence, minute.number, page);
            minute.references += ReferenceParser::parse(sentence, page);
            flagDates(sentence, meeting, minute.number, result.warnings);
        }
        meeting.declarations += DeclarationParser::fromTable(lines, span.body, span.end, minute.number);

        ActionContext actionContext = meetingContext;
        actionContext.minuteNumber = minute.number;
        QList<ParsedResolution>& resolutions = reading.resolutions;
        if (resolutions.isEmpty()) {
            if (auto decided = MinutesTable::cellDecision(lines, span))
                resolutions.append(*decided);
        }
        // An action names its resolution by minute number and position; minutes sharing a number
        // (unnumbered ones) count their resolutions on, so each action keeps its own.
        int earlier = 0;
        for (const Minute& before : std::as_const(meeting.minutes))
            earlier += before.number == minute.number ? int(before.resolutions.size()) : 0;
        for (int r = 0; r < resolutions.size(); ++r) {
            if (auto& votes = resolutions[r].resolution.votes)
                flagAbsentVoters(*votes, meeting.attendance, surnames);
            minute.resolutions.append(resolutions.at(r).resolution);
            if (const auto& votes = resolutions.at(r).resolution.votes)
                warnVotes(*votes, meeting, minute.number, result.warnings);
            result.actions += ActionRequestParser::fromResolution(resolutions.at(r), earlier + r, actionContext);
        }
        for (RecordedVote& vote : reading.otherVotes) {
            flagAbsentVoters(vote, meeting.attendance, surnames);
            warnVotes(vote, meeting, minute.number, result.warnings);
        }
        result.actions += reading.requested;
        meeting.minutes.append(minute);
    }
    if (table)
        meeting.declarations += table->declarations; // a column of interests declared, by row
    SubstitutionParser::linkListed(meeting.attendance);
    if (meeting.members.isEmpty())
        meeting.members = MembersFromAttendance::derive(meeting.attendance);
    // Only the agenda of the meeting these minutes record says which item each minute is.
    if (context.packMeetingDate.isValid() && context.packMeetingDate == meeting.date)
        MinuteItemLinker::link(meeting.minutes, context.agenda);
    meeting.noDeclarations = noDeclarations && meeting.declarations.isEmpty();
    result.meetings.append(meeting);
}

} // namespace scrutineer::parse
