#pragma once

#include <QString>

#include <optional>

// Threshold bands written in words ("below 70%", "70% to 84%", "85% or more", "more than 12 days",
// "8 days or fewer", "between 5 and 9"), read as the symbolic band they mean ("<70%", "70%-84%",
// ">=85%", ">12", "<=8", "5-9"). The words are data (resources/lexicon/band-wording.json, compiled
// in); a word after a number that no list holds is the band's unit and is dropped. Pure; any
// thread.
namespace scrutineer::rating {

class BandWording final {
public:
    // The symbolic band, or std::nullopt when the text is not one worded band (a bare number,
    // a sentence, two bands).
    static std::optional<QString> toSymbols(const QString& text);
    // True when the word (any case) is one of the band wording's words ("below", "or", "more"):
    // a word a worded band may hold besides its numbers and unit.
    static bool isBandWord(const QString& word);
};

} // namespace scrutineer::rating
