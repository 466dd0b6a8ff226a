#pragma once

#include "agenda/FrontMatter.h"

#include <QDate>
#include <QStringList>
#include <QTime>

#include <optional>

// Meeting particulars printed without labels: an agenda's heading block ("AGENDA" ⏎ "CABINET"
// ⏎ "Thursday, 13th March, 2025, at 3.00 pm" ⏎ "Council Chamber, Sessions House, …"), a
// US cover ("City of Hermosa Beach" ⏎ address ⏎ date ⏎ time ⏎ "City Council").
// Stateless; any thread.
namespace scrutineer::parse {

struct UnlabelledDetails {
    QString authority;
    QStringList bodies; // candidates, best first
    std::optional<QDate> date;
    std::optional<QTime> time;
    QString venue;
    int page = 0;

    static UnlabelledDetails read(const FrontMatter& front);
    // "Norwalk Housing Authority, November 15, 2022" names the authority when the body is an
    // authority itself ("Housing Authority"); empty otherwise.
    static QString authorityNamedWithBody(const layout::LayoutDocument& document, const QString& body);
};

} // namespace scrutineer::parse
