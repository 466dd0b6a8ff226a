#include "FuzzTargets.h"

#include "DateText.h"
#include "DocumentAnalyser.h"
#include "DocumentInspector.h"
#include "LayoutCodec.h"
#include "PersonName.h"
#include "Rating.h"
#include "TextUtil.h"
#include "agenda/AgendaParser.h"
#include "agenda/DocumentKindDetector.h"
#include "agenda/FrontSheetParser.h"
#include "agenda/ReportAddressee.h"
#include "minutes/MinutesParser.h"
#include "minutes/NameListParser.h"
#include "pages/Furniture.h"
#include "pages/PageMap.h"
#include "pdf/PdfDocument.h"
#include "tables/BandParser.h"
#include "tables/IndicatorBlockParser.h"
#include "tables/PerformanceSummaryParser.h"
#include "tables/PlanParser.h"
#include "tables/TargetFloorParser.h"

#include <QStringList>

#include <sys/mman.h>
#include <unistd.h>

namespace scrutineer::fuzz {
namespace {

QString utf8(const std::uint8_t* data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}

// The bytes as a file Poppler can open by name, without touching the disk.
class MemoryFile {
public:
    MemoryFile(const std::uint8_t* data, std::size_t size) : m_fd(memfd_create("scrutineer-fuzz", 0))
    {
        std::size_t written = 0;
        while (m_fd >= 0 && written < size) {
            const ssize_t n = ::write(m_fd, data + written, size - written);
            if (n <= 0)
                break;
            written += std::size_t(n);
        }
    }
    ~MemoryFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    QString path() const { return QStringLiteral("/proc/self/fd/%1").arg(m_fd); }
    bool ok() const { return m_fd >= 0; }

private:
    int m_fd;
};

// Every parser entry point on one layout, each with the context the analyser would give it.
void runEachParser(layout::LayoutDocument& document, int variant)
{
    const parse::FrontSheet front = parse::FrontSheetParser::parse(document);
    QList<AgendaItem> agenda = parse::AgendaParser::parse(document);
    agenda += parse::AgendaParser::parse(document, front.kind);
    const parse::PageMapResult pageMap = parse::PageMap::build(document, agenda);
    (void)pageMap.physicalFor(variant);
    parse::AgendaParser::assignPages(agenda, document, pageMap);

    static const DocumentKind kinds[] = {DocumentKind::AgendaPack, DocumentKind::Supplement,     DocumentKind::Minutes,
                                         DocumentKind::Report,     DocumentKind::DecisionRecord, DocumentKind::Other};
    parse::MinutesContext context;
    context.kind = kinds[variant % 6];
    context.authority = front.meeting.authority;
    context.body = front.meeting.body.isEmpty() ? document.title : front.meeting.body;
    context.packMeetingDate = front.meeting.date;
    context.agenda = agenda;
    const parse::MinutesResult minutes = parse::MinutesParser::parse(document, context);

    const parse::PlanResult plan = parse::PlanParser::parse(document);
    QList<Indicator> indicators;
    QList<Reading> readings;
    parse::TargetFloorParser::parse(document, indicators, readings);
    parse::PerformanceSummaryParser::parse(document, indicators, readings);
    parse::IndicatorBlockParser::parse(document, indicators, readings);
    (void)parse::ReportAddressee::read(document);

    ImportBundle bundle;
    bundle.pageCount = int(document.pages.size());
    bundle.meetings = minutes.meetings;
    bundle.actions = minutes.actions + plan.actions;
    bundle.indicators = plan.indicators;
    bundle.readings = plan.readings;
    const parse::DocumentKindDetector::Decision early = parse::DocumentKindDetector::decide(document);
    (void)parse::DocumentKindDetector::settle(early, document, bundle, plan.tables);
    (void)DocumentInspector::unclaimedWarnings(DocumentInspector::inspect(document, bundle, plan.tables));
}

} // namespace

int runPdf(const std::uint8_t* data, std::size_t size)
{
    MemoryFile file(data, size);
    if (!file.ok())
        return 0;
    auto opened = PdfDocument::open(file.path());
    if (!opened)
        return 0;
    const PdfDocument& pdf = *opened.value();
    (void)pdf.title();
    (void)pdf.subject();
    (void)pdf.outlineTitles();
    const int pages = std::min(pdf.pageCount(), 8);
    for (int i = 0; i < pages; ++i) {
        (void)pdf.pageSize(i);
        (void)pdf.readPage(i);
    }
    return 0;
}

int runLayout(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const int mode = data[0] % 4;
    layout::LayoutDocument document = decodeLayout(data + 1, size - 1, mode == 1);
    switch (mode) {
    case 0:
    case 3:
        (void)DocumentAnalyser::analyse(document);
        break;
    case 1:
        runEachParser(document, data[0] / 4);
        break;
    case 2:
        parse::Furniture::strip(document);
        runEachParser(document, data[0] / 4);
        break;
    }
    return 0;
}

int runBands(const std::uint8_t* data, std::size_t size)
{
    const QString text = utf8(data, size);
    static const QStringList grades {QStringLiteral("Inadequate"), QStringLiteral("Requires Improvement"),
                                     QStringLiteral("Good"), QStringLiteral("Outstanding")};
    if (const auto band = rating::parseBand(text)) {
        (void)band->min();
        (void)band->max();
        for (double v : {-1.0, 0.0, 0.5, band->low, band->high, 99.95, 1e9})
            (void)band->contains(v);
    }
    (void)parse::BandParser::splitBands(text);
    const parse::BandParser::Tail tail = parse::BandParser::trailingBands(text);
    (void)parse::BandParser::gradeRank(text);
    (void)rating::ragFromText(text);
    (void)rating::ragForGrade(text);

    // The text as a threshold table's row: cells split at '|', one per grade.
    const QStringList cells = text.split(QLatin1Char('|'));
    QList<ThresholdBand> bands;
    for (int i = 0; i < cells.size() && i < 8; ++i)
        bands.append(parse::BandParser::makeBand(grades.at(i % grades.size()), cells.at(i)));
    for (const QString& b : tail.bands)
        bands.append(parse::BandParser::makeBand(grades.at(int(bands.size()) % grades.size()), b));
    const Polarity polarity = parse::BandParser::inferPolarity(bands, tail.before);
    (void)parse::BandParser::defects(bands, grades.mid(0, std::min<qsizetype>(bands.size(), grades.size())), polarity);
    for (double v : {-5.0, 0.0, 42.0, 85.0, 100.0})
        (void)rating::rateByBands(bands, v);

    Indicator indicator;
    indicator.thresholds = bands;
    indicator.polarity = polarity;
    if (!bands.isEmpty()) {
        indicator.target = bands.first().min;
        indicator.floor = bands.last().max;
    }
    (void)rating::rate(indicator, 50.0);
    (void)rating::rateByTarget(50.0, indicator.target, indicator.floor, polarity);
    return 0;
}

int runDates(const std::uint8_t* data, std::size_t size)
{
    const QString text = utf8(data, size);
    for (int year : {0, 2019}) {
        for (const datetext::DateMatch& m : datetext::findDates(text, year)) {
            (void)text.mid(m.start, m.length);
            (void)m.date.isValid();
        }
        (void)datetext::parseDate(text, year);
        (void)datetext::parseDueDate(text, year);
    }
    (void)datetext::parseTime(text);
    (void)datetext::monthFromName(text);
    return 0;
}

int runNames(const std::uint8_t* data, std::size_t size)
{
    const QString text = utf8(data, size);
    QList<PersonName> names;
    for (const QString& line : text.split(QLatin1Char('\n')))
        names.append(PersonName::parse(line));
    for (const PersonName& name : names) {
        (void)name.specificity();
        (void)matchPerson(name, names);
        (void)name.compatibleWith(names.first());
    }
    (void)text::stripHonorifics(text);
    (void)text::surnameKey(text);
    (void)text::forenameInitials(text);
    (void)text::titleCaseFromCapitals(text);
    (void)text::isMostlyUpperCase(text);
    (void)text::normaliseForMatch(text);
    (void)parse::NameListParser::parse(text);
    return 0;
}

} // namespace scrutineer::fuzz
