#include "minutes/MinuteSpanReadings.h"

#include <atomic>
#include <thread>

namespace scrutineer::parse {

QList<MinuteSpanReading> MinuteSpanReadings::read(const QList<MinutesLine>& lines, const QList<MinuteSpan>& spans,
                                                  const QString& body, const ActionContext& context)
{
    QList<MinuteSpanReading> readings(spans.size());
    MinuteSpanReading* slot = readings.data(); // each thread fills the slots it takes
    std::atomic<qsizetype> next {0};
    auto readSpans = [&] {
        for (qsizetype i = next.fetch_add(1); i < spans.size(); i = next.fetch_add(1)) {
            const MinuteSpan& span = spans.at(i);
            MinuteSpanReading& reading = slot[i];
            reading.resolutions = ResolutionParser::parse(lines, span.body, span.end, body, &reading.otherVotes);
            ActionContext own = context;
            own.minuteNumber = span.number;
            reading.requested = ActionRequestParser::fromMinute(lines, span.body, span.end, own);
        }
    };
    // A second thread costs more than a few short minutes take to read.
    static constexpr qsizetype kSpansForTwoThreads = 4;
    if (spans.size() < kSpansForTwoThreads) {
        readSpans();
        return readings;
    }
    std::thread other(readSpans);
    readSpans();
    other.join();
    return readings;
}

} // namespace scrutineer::parse
