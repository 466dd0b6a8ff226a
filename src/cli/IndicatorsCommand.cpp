#include "IndicatorsCommand.h"

#include "CliSupport.h"
#include "Database.h"
#include "IndicatorStore.h"

#include <QHash>

namespace scrutineer::cli {
namespace {

bool isBreach(const IndicatorStore::ReadingRecord& r)
{
    return r.computed.rated && r.computed.rag && *r.computed.rag != rating::Rag::Green;
}

} // namespace

int IndicatorsCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List performance indicators with their threshold bands (as printed, or as you "
                                        "edited them), readings and ratings."));
    parser.addHelpOption();
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption breaches(QStringLiteral("breaches"),
                                      tr("Only readings rated worse than Good / Green (or below their floor)."));
    const QCommandLineOption name(QStringLiteral("name"), tr("Only indicators whose name contains TEXT."),
                                  QStringLiteral("text"));
    const QCommandLineOption defects(QStringLiteral("defects"), tr("Only indicators whose printed bands have defects."));
    parser.addOptions({breaches, name, defects});
    if (!parseOrExit(parser, arguments))
        return ExitUsage;
    common.applyLogging(parser);
    auto database = Database::open(common.databasePath(parser));
    if (!database)
        return reportError(database.error());
    IndicatorStore store(*database.value());
    const auto indicators = store.indicators();
    QHash<qint64, QList<IndicatorStore::ReadingRecord>> readings;
    for (const auto& r : store.readings())
        readings[r.indicatorId].append(r);

    QTextStream out(stdout);
    int shown = 0;
    for (const auto& record : indicators) {
        const Indicator& i = record.indicator;
        if (parser.isSet(name) && !i.name.contains(parser.value(name), Qt::CaseInsensitive))
            continue;
        if (parser.isSet(defects) && i.defects.isEmpty())
            continue;
        const auto& own = readings.value(record.id);
        if (parser.isSet(breaches) && std::none_of(own.begin(), own.end(), isBreach))
            continue;
        ++shown;
        out << i.name << "\n    " << toString(i.polarity);
        if (!i.thresholds.isEmpty()) {
            QStringList bands;
            for (const ThresholdBand& b : i.thresholds)
                bands.append(QStringLiteral("%1 %2").arg(b.grade, b.text));
            out << "; " << bands.join(QStringLiteral(" | ")) << (record.thresholdsEdited ? tr(" (edited)") : QString());
        }
        if (i.target)
            out << "; " << tr("target %1").arg(*i.target);
        if (i.floor)
            out << "; " << tr("floor %1").arg(*i.floor);
        if (i.pdfPage > 0)
            out << "; " << tr("PDF p. %1").arg(i.pdfPage);
        out << "\n";
        for (const QString& defect : i.defects)
            out << "    " << tr("defect: %1").arg(defect) << "\n";
        for (const auto& r : own) {
            if (parser.isSet(breaches) && !isBreach(r))
                continue;
            out << "    " << (r.reading.period.isEmpty() ? tr("(no period)") : r.reading.period) << ": "
                << (r.reading.value ? QString::number(*r.reading.value) : r.reading.valueText) << "  "
                << tr("rated %1").arg(r.computed.rated ? IndicatorStore::ratingText(r.computed) : r.computed.reason);
            if (!r.reading.reportedRating.isEmpty())
                out << "  " << tr("printed %1").arg(r.reading.reportedRating) << (r.disagrees() ? tr(" (disagrees)") : QString());
            if (!r.reading.direction.isEmpty())
                out << "  " << tr("direction %1").arg(r.reading.direction);
            out << "\n";
        }
    }
    out << tr("%n indicator(s)", shown) << "\n";
    return ExitOk;
}

} // namespace scrutineer::cli
