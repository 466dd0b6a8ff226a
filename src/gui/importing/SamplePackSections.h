#pragma once

class QString;

namespace scrutineer::gui {
class SampleCanvas;
}

// The pages of the fictional sample pack, one function per section. SamplePack only; any thread.
namespace scrutineer::gui::sample {

struct Plan {
    int minutesFirst = 5;
    int minutesLast = 8;
    int reportFirst = 9;
    int reportLast = 15;
    int programmeFirst = 16;
    int programmeLast = 17;
};

void frontSheet(SampleCanvas& c);
void agenda(SampleCanvas& c, const Plan& plan);
void publicNotes(SampleCanvas& c);
void minutes(SampleCanvas& c);
void minutesLibrary(SampleCanvas& c);
void minutesRest(SampleCanvas& c);
void minutesEnd(SampleCanvas& c);
void reportFront(SampleCanvas& c);
void reportBody(SampleCanvas& c, int revision);
void reportActions(SampleCanvas& c);
void reportEnd(SampleCanvas& c);
void appendix(SampleCanvas& c, int part);
void appendixB(SampleCanvas& c);
void appendixC(SampleCanvas& c);
void programme(SampleCanvas& c);

} // namespace scrutineer::gui::sample
