#include "tables/ColumnRoles.h"

#include "DateText.h"
#include "TextUtil.h"
#include "tables/Figure.h"
#include "tables/RefCell.h"
#include "tables/StatusVocabulary.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace scrutineer::parse {
namespace {

bool looksLikeNumberCell(const QString& text)
{
    static const QRegularExpression number(
        QStringLiteral("^(?:[<>]=?|=[<>]|[\u2264\u2265~])?\\s*[\u00a3$\u20ac]?-?\\(?\\d[\\d,]*(?:"
                       "\\.\\d+)?\\)?\\s*(?:%|k|m|bn|pp|days?|weeks?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return number.match(text.trimmed()).hasMatch();
}

bool looksLikeCodeCell(const QString& text)
{
    // "SO1", "SO1, SO2", "P3/P4": short tokens of capitals and digits.
    static const QRegularExpression code(QStringLiteral("^(?:[A-Z]{1,4}\\d{1,3}[a-z]?[,;/&\\s]*)+$"));
    return code.match(text.trimmed()).hasMatch();
}

bool looksLikeDateCell(const QString& text, const QStringList& words, const Lexicon& lexicon)
{
    if (!datetext::parseDueDate(text).isEmpty() || !datetext::findDates(text).isEmpty())
        return true;
    static const QRegularExpression yearish(QStringLiteral("\\b(?:19|20)\\d{2}(?:[/-]\\d{2,4})?\\b"));
    static const QRegularExpression monthish(
        QStringLiteral("^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (words.size() <= 4 && yearish.match(text).hasMatch())
        return true;
    if (words.size() == 1 && monthish.match(text.trimmed()).hasMatch())
        return true;
    return words.size() <= 4 && lexicon.anyWordInList(QStringLiteral("due-words"), words);
}

// Roles whose cells are words or dates, never bare figures: a column of percentages under a heading
// that points only to them ("Progress (%)" beside an update column) holds none of them.
bool holdsNoFigures(const QStringList& roles)
{
    static const QStringList wordRoles {role::Commentary, role::Status,   role::Due,      role::Action,    role::Owner,
                                        role::Response,   role::Decision, role::Evidence, role::RevisedDue};
    for (const QString& r : roles) {
        if (!wordRoles.contains(r))
            return false;
    }
    return true;
}

bool has(const TableHeader& header, const QString& key)
{
    return header.indexOf(key) >= 0;
}

} // namespace

QString toString(TableKind kind)
{
    switch (kind) {
    case TableKind::Plan:
        return QStringLiteral("plan");
    case TableKind::Tracker:
        return QStringLiteral("action log");
    case TableKind::Thresholds:
        return QStringLiteral("threshold table");
    case TableKind::Scorecard:
        return QStringLiteral("scorecard");
    case TableKind::Responses:
        return QStringLiteral("response table");
    case TableKind::None:
        break;
    }
    return QStringLiteral("table");
}

void ColumnProfile::add(const QString& text, const Lexicon& lexicon)
{
    const QString trimmed = text.trimmed();
    // A dash or other marks alone ("-", "–") says none is given: nothing about what the column holds.
    if (std::none_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
        return;
    const QStringList tokens = Lexicon::headingWords(trimmed);
    ++cells;
    words += int(trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    const QString normalised = tokens.join(QLatin1Char(' '));
    if (RefCell::isRef(trimmed, 2))
        ++refs;
    else if (looksLikeNumberCell(trimmed))
        ++numbers;
    if (looksLikeCodeCell(trimmed))
        ++codes;
    if (StatusVocabulary::match(trimmed) || lexicon.inList(QStringLiteral("rag-words"), normalised))
        ++statuses;
    if (looksLikeDateCell(trimmed, tokens, lexicon))
        ++dates;
    if (tokens.size() <= 8 && lexicon.anyWordInList(QStringLiteral("post-words"), tokens))
        ++people;
    if (tokens.size() <= 4 && polarityFrom(trimmed) != Polarity::Unknown)
        ++polarities;
}

void ColumnRoles::settleFromHeadings(TableHeader& header)
{
    QStringList firstChoices;
    for (const TableColumn& column : header.columns)
        firstChoices.append(column.roles.value(0));
    const bool actions = firstChoices.contains(role::Action);
    for (int i = 0; i < header.columns.size(); ++i) {
        TableColumn& column = header.columns[i];
        if (column.roles.isEmpty()) {
            // A heading that is only a period heads that period's values; so does a month alone
            // or with its year ("Apr", "April", "Apr-25").
            const QString month = monthPeriod(column.heading);
            const QString period = !month.isEmpty() ? month : periodIn(column.heading);
            QString rest = column.heading;
            rest.remove(period);
            bool letters = false;
            for (const QChar c : rest)
                letters = letters || c.isLetter();
            // Its months printed under a quarter ("Q1" over "Apr-Jun") are the same period again.
            letters = letters && !isPeriodHeading(column.heading);
            column.key
                = !period.isEmpty() && !letters ? role::PeriodValuePrefix + period : QStringLiteral("?%1").arg(i);
            continue;
        }
        if (!column.grade.isEmpty()) {
            column.key = column.grade;
            continue;
        }
        column.key = column.roles.first();
        if (column.roles.contains(role::Evidence) && column.key == role::Measure && actions)
            column.key = role::Evidence; // "Measure" in an action plan: how the action is measured
    }
    // A political lead ("Lead member") beside another owner column ("Lead officer") is not who
    // acts, whichever is printed first: the officer owns the action.
    const bool officerColumn = std::any_of(header.columns.cbegin(), header.columns.cend(),
                                           [](const TableColumn& c) { return c.key == role::Owner && !c.political; });
    for (int i = 0; officerColumn && i < header.columns.size(); ++i) {
        TableColumn& column = header.columns[i];
        if (column.key == role::Owner && column.political)
            column.key = QStringLiteral("?%1").arg(i);
    }
    // A heading of several roles each of which another column's heading names alone ("Progress
    // (%)" beside "Update", "Due" and "Status") is none of them: its cells must not run into theirs.
    for (int i = 0; i < header.columns.size(); ++i) {
        TableColumn& column = header.columns[i];
        if (column.roles.size() < 2 || !column.grade.isEmpty())
            continue;
        bool allTaken = true;
        for (const QString& r : std::as_const(column.roles)) {
            bool taken = false;
            for (const TableColumn& other : std::as_const(header.columns))
                taken = taken || (&other != &column && other.roles.size() == 1 && other.key == r);
            allTaken = allTaken && taken;
        }
        if (allTaken)
            column.key = QStringLiteral("?%1").arg(i);
    }
    // A heading that names a response and an action ("Management response and agreed action")
    // beside a recommendation column answers the recommendation: the recommendation is what is
    // followed up, the column is its response.
    const bool recommendationColumn = std::any_of(header.columns.cbegin(), header.columns.cend(), [](const TableColumn& c) {
        return c.roles.contains(role::Recommendation) && !c.roles.contains(role::Response);
    });
    for (TableColumn& column : header.columns) {
        if (recommendationColumn && column.key == role::Action && column.roles.contains(role::Response))
            column.key = role::Response;
    }
    // "Recommendations" beside a response column is what the executive answers, not what an
    // action answers.
    // So is it beside a progress column when no action is printed (a recommendation tracker).
    bool responses = false;
    bool progress = false;
    bool actionColumn = false;
    for (const TableColumn& column : std::as_const(header.columns)) {
        responses = responses || column.key == role::Response;
        progress = progress || column.key == role::Commentary || column.key == role::Status;
        actionColumn = actionColumn || column.key == role::Action;
    }
    // A recommendation tracked like an action, with no response printed beside it but a date it
    // is due by and a status (a scrutiny tracker's "Recommendation | Due | Status"): the
    // recommendations are the actions.
    if (!responses && !actionColumn && has(header, role::Due) && has(header, role::Status)) {
        for (TableColumn& column : header.columns) {
            if (!actionColumn && column.roles.contains(role::Recommendation)) {
                column.key = role::Action;
                actionColumn = true;
            }
        }
    }
    responses = responses || (progress && !actionColumn);
    for (TableColumn& column : header.columns) {
        if (responses && column.roles.contains(role::Recommendation))
            column.key = role::Recommendation;
    }
    // "Milestone" beside another due column ("Target date") is the thing to be done.
    int dueColumns = 0;
    for (const TableColumn& column : std::as_const(header.columns))
        dueColumns += column.key == role::Due ? 1 : 0;
    if (dueColumns > 1 && !has(header, role::Action)) {
        for (TableColumn& column : header.columns) {
            if (column.key == role::Due && column.roles.contains(role::Action)) {
                column.key = role::Action;
                break;
            }
        }
    }
    // Several value columns, each headed by its own period and the same word ("Q1 Actual | Q2 Actual
    // | Q3 Actual"): one reading a period, as though headed by the periods alone.
    QList<int> actualColumns;
    QStringList actualPeriods;
    for (int i = 0; i < header.columns.size(); ++i) {
        if (header.columns.at(i).key != role::Actual)
            continue;
        actualColumns.append(i);
        actualPeriods.append(periodIn(header.columns.at(i).heading));
    }
    if (actualColumns.size() >= 2 && !actualPeriods.contains(QString())
        && QSet<QString>(actualPeriods.cbegin(), actualPeriods.cend()).size() == actualPeriods.size()) {
        for (qsizetype k = 0; k < actualColumns.size(); ++k)
            header.columns[actualColumns.at(k)].key = role::PeriodValuePrefix + actualPeriods.at(k);
    }
    // A value column headed by a period and more ("2023/24 outturn") left of columns headed only
    // by periods ("Q1 | Q2 | Q3") is an earlier period's value, not the latest: the rating and
    // direction printed beside the row rate the last period column.
    int lastPeriodColumn = -1;
    for (int i = 0; i < header.columns.size(); ++i)
        lastPeriodColumn = ColumnRoles::isPeriodValueKey(header.columns.at(i).key) ? i : lastPeriodColumn;
    for (int i = 0; i < lastPeriodColumn; ++i) {
        TableColumn& column = header.columns[i];
        const QString period = periodIn(column.heading);
        const QString key = role::PeriodValuePrefix + period;
        if (column.key == role::Actual && !period.isEmpty() && !has(header, key))
            column.key = key;
    }
    // Beside columns headed only by periods ("Apr | May | ... | Mar"), a column headed by the
    // lexicon's cumulative wording ("YTD", "Year to date") holds the year's figure so far: a
    // reading of its own, not the latest period's value, which the rating beside the row rates.
    if (lastPeriodColumn >= 0) {
        for (TableColumn& column : header.columns) {
            if ((column.key == role::Actual || isUnknownKey(column.key)) && isCumulativeHeading(column.heading))
                column.key = role::CumulativeValuePrefix + text::collapseWhitespace(column.heading.trimmed());
        }
    }
    // A scorecard that prints its direction twice (a short-term then a long-term trend) keeps the
    // columns apart: the first is the reading's direction, a later one keeps a key of its own
    // rather than running into it ("Improving Declining").
    int directions = 0;
    for (TableColumn& column : header.columns) {
        if (column.key == role::Direction && ++directions > 1)
            column.key = role::Direction + QStringLiteral("#%1").arg(directions);
    }
    // A bare "Date" beside a due column is the date the action was raised.
    for (TableColumn& column : header.columns) {
        if (column.roles.size() > 1 && column.roles.contains(role::Meeting) && column.key == role::Due) {
            int dues = 0;
            for (const TableColumn& other : header.columns)
                dues += other.key == role::Due ? 1 : 0;
            if (dues > 1)
                column.key = role::Meeting;
        }
    }
}

QHash<QString, QString> ColumnRoles::settleFromCells(TableHeader& header, const QHash<QString, ColumnProfile>& profiles)
{
    QHash<QString, QString> renamed;
    QStringList taken = header.keys();
    for (TableColumn& column : header.columns) {
        const ColumnProfile profile = profiles.value(column.key);
        if (profile.cells == 0)
            continue;
        QString chosen = column.key;
        if (isUnknownKey(column.key)) {
            // Named by its cells only, and only when they speak clearly.
            if (profile.share(profile.refs) > 0.7 && !taken.contains(role::Ref))
                chosen = role::Ref;
            else if (profile.share(profile.statuses) > 0.7 && !taken.contains(role::Status))
                chosen = role::Status;
            else if (profile.share(profile.dates) > 0.7 && !taken.contains(role::Due))
                chosen = role::Due;
            else if (profile.share(profile.people) > 0.6 && profile.averageWords() <= 6 && !taken.contains(role::Owner))
                chosen = role::Owner;
            else if (profile.share(profile.codes) > 0.7)
                chosen = role::Tag;
        } else if (column.key == role::Decision && profile.share(profile.dates) > 0.7 && profile.averageWords() <= 4
                   && !taken.contains(role::Meeting)) {
            // "Agreed" over dates ("09/07/24") is when a recommendation was agreed, not whether the
            // executive agreed it: the meeting it was raised at, as "Date agreed" would say.
            chosen = role::Meeting;
        } else if (column.roles.size() > 1 && column.grade.isEmpty()) {
            if (holdsNoFigures(column.roles) && profile.share(profile.numbers) > 0.7
                && profile.share(profile.dates) < 0.3)
                chosen = QLatin1Char('?') + column.key; // "Progress (%)" of 100%, 70%: none of its roles
            else if (column.roles.contains(role::Tag) && profile.share(profile.codes) > 0.5)
                chosen = role::Tag;
            else if (column.roles.contains(role::Status) && profile.share(profile.statuses) > 0.6
                     && (column.key != role::Status))
                chosen = taken.contains(role::Status) ? column.key : role::Status;
            else if (column.roles.contains(role::Due) && column.key != role::Due && profile.share(profile.dates) > 0.6
                     && !taken.contains(role::Due))
                chosen = role::Due;
            else if (column.roles.contains(role::Polarity) && profile.share(profile.polarities) > 0.6
                     && !taken.contains(role::Polarity))
                chosen = role::Polarity; // "Aim | Maximise"
            else if (column.key == role::Due && column.roles.contains(role::Action) && !taken.contains(role::Action)
                     && profile.share(profile.dates) < 0.3 && profile.averageWords() >= 4)
                chosen = role::Action; // "Milestone" cells that are sentences, not dates
        }
        if (chosen != column.key) {
            renamed.insert(column.key, chosen);
            taken.removeOne(column.key);
            taken.append(chosen);
            column.key = chosen;
        }
    }
    return renamed;
}

TableKind ColumnRoles::classify(const TableHeader& header)
{
    int bands = 0;
    bool readings = has(header, role::Actual) || has(header, role::Previous);
    for (const TableColumn& column : header.columns) {
        bands += column.grade.isEmpty() ? 0 : 1;
        readings = readings || isPeriodValueKey(column.key) || isCumulativeValueKey(column.key);
    }
    // Band columns alone make a threshold table; beside a column of values they are each row's
    // tolerances on a scorecard (an exception report's "Red | Amber | Green | Q3 outturn").
    if (has(header, role::Measure) && bands >= 2 && !readings)
        return TableKind::Thresholds;
    if (has(header, role::Recommendation) && !has(header, role::Action)
        && (has(header, role::Response) || has(header, role::Commentary) || has(header, role::Status)))
        return TableKind::Responses;
    if (has(header, role::Action)) {
        const bool tracked = has(header, role::Owner) || has(header, role::Due) || has(header, role::Status)
            || has(header, role::Evidence) || has(header, role::Ref) || has(header, role::Commentary)
            || has(header, role::Objective) || has(header, role::Outcome);
        if (!tracked)
            return TableKind::None;
        return has(header, role::Meeting) || has(header, role::Completed) ? TableKind::Tracker : TableKind::Plan;
    }
    if (has(header, role::Measure)) {
        bool periods = false;
        for (const TableColumn& column : header.columns)
            periods = periods || isPeriodValueKey(column.key);
        const bool figures = periods || has(header, role::Target) || has(header, role::Actual)
            || has(header, role::Previous) || has(header, role::Floor) || has(header, role::Baseline)
            || has(header, role::Status) || has(header, role::Direction) || has(header, role::Comparator)
            || has(header, role::Limit) || has(header, role::Tolerance) || bands > 0;
        const bool listed = has(header, role::Due) || has(header, role::Commentary) || has(header, role::Owner)
            || has(header, role::Period) || has(header, role::Description);
        if (figures || listed)
            return TableKind::Scorecard;
    }
    return TableKind::None;
}

double ColumnRoles::headerConfidence(const TableHeader& header)
{
    if (header.columns.isEmpty())
        return 0;
    double sum = 0;
    for (const TableColumn& column : header.columns) {
        if (isUnknownKey(column.key))
            sum += 0.5; // a column nobody could name costs a little: its cells are dropped
        else if (column.roles.isEmpty())
            sum += 0.7; // named by its cells
        else
            sum += column.byPhrase ? 1.0 : 0.8;
    }
    return sum / double(header.columns.size());
}

} // namespace scrutineer::parse
