#include "MarkedRecords.h"

namespace scrutineer {

void MarkedRecords::shiftPages(int offset)
{
    if (offset == 0)
        return;
    auto shift = [offset](int& page) {
        if (page > 0)
            page = std::max(1, page + offset);
    };
    for (Action& action : actions)
        shift(action.pdfPage);
    for (Indicator& indicator : indicators)
        shift(indicator.pdfPage);
    for (Reading& reading : readings)
        shift(reading.pdfPage);
    for (Attendance& entry : attendance)
        shift(entry.pdfPage);
    for (AgendaItem& item : agendaItems)
        shift(item.pdfPage);
    for (Resolution& resolution : resolutions)
        shift(resolution.pdfPage);
}

} // namespace scrutineer
