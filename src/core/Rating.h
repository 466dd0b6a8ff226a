#pragma once

#include "DomainEnums.h"
#include "Indicator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Rates a value against an indicator's printed threshold bands or its Target/Floor, and reads the
// band grammar those ratings rest on ("<65", "65-75", "85+", "25-20", "Increase"). Pure functions;
// any thread.
namespace scrutineer::rating {

enum class Rag { Red, Amber, Green };

QString toString(Rag rag); // "Red", "Amber", "Green"

// One band as the grammar reads it. Ranges are closed at their printed precision and may be
// printed descending ("25-20": low 20, high 25, descending). Open bands keep whether their bound
// is included ("<65" excludes 65, "85+" includes 85).
struct BandSpec {
    enum class Kind { Below, AtMost, Above, AtLeast, Range, Increase, Decrease };
    Kind kind = Kind::Range;
    double low = 0; // Range, Above, AtLeast
    double high = 0; // Range, Below, AtMost
    bool descending = false;
    bool percent = false;
    int decimals = 0; // printed precision: "7.5-10" has 1

    bool isDirection() const { return kind == Kind::Increase || kind == Kind::Decrease; }
    bool openBelow() const { return kind == Kind::Below || kind == Kind::AtMost; }
    bool openAbove() const { return kind == Kind::Above || kind == Kind::AtLeast; }
    std::optional<double> min() const; // as stored on ThresholdBand: "<30" -> none, "85+" -> 85
    std::optional<double> max() const;
    // True when the value, rounded to the band's printed precision, lies in the band.
    bool contains(double value) const;
};

// band := ("<"|"≤"|">"|"≥") NUM "%"? | NUM "%"? ("-"|"–") NUM "%"? | NUM "%"? "+" | "Increase" | "Decrease"
// (also "<=", ">=", thousands separators, spaces anywhere), or the same band written in words
// ("below 70%", "9 to 12 days", "85% or more": BandWording.h). std::nullopt for anything else.
std::optional<BandSpec> parseBand(const QString& text);

// Default display colours of Ofsted grades: Inadequate -> Red, Requires Improvement -> Amber,
// Good and Outstanding -> Green; a band graded by colour ("Red", "Amber", "Green") is that colour.
// std::nullopt for other grade names.
std::optional<Rag> ragForGrade(const QString& grade);

// A printed RAG word: "GREEN", "Amber", "(Red)". std::nullopt for anything else.
std::optional<Rag> ragFromText(const QString& text);

struct Rating {
    Q_DECLARE_TR_FUNCTIONS(Rating)

public:
    bool rated = false;
    QString grade; // the band's grade when rated against bands
    std::optional<Rag> rag; // may be empty even when rated (a grade with no colour)
    QString reason; // user-facing: why there is no rating
};

// Against printed bands: exactly one band must hold the value; a value in a gap or in two
// overlapping bands gets no rating and a reason.
Rating rateByBands(const QList<ThresholdBand>& bands, double value);

// Against Target/Floor: Target met (or equalled) = Green, Floor met but not Target = Amber,
// Floor not met = Red. Floor below Target means higher is better; otherwise the polarity decides.
Rating rateByTarget(double value, std::optional<double> target, std::optional<double> floor,
                    Polarity polarity = Polarity::Unknown);

// Target/Floor when the indicator has a target, its bands otherwise.
Rating rate(const Indicator& indicator, double value);

} // namespace scrutineer::rating
