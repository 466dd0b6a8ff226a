#pragma once

// Packs for the marking and review tests, drawn with QPdfWriter and read by the real importer: a
// front sheet of the Children's Services Improvement Board and a plan whose headings no lexicon
// entry knows (Proposal | Sponsor | Finish | Condition), so the importer reads no actions from it
// and notes an aligned block that looks like a plan.
#include "Database.h"
#include "ImportWriter.h"

#include <QDate>
#include <QString>

namespace scrutineer::testing {

struct PlanPack {
    QDate date;
    int firstRow = 0; // rows are numbered from here: a later pack reports other proposals
    int rows = 5;
    bool briefingPage = false; // a page inserted before the plan (a revised pack)
    QString tag; // makes the bytes differ between versions
};

// Writes the pack; the plan is on page 2 (3 with the briefing page).
bool writePlanPack(const QString& path, const PlanPack& pack);
// Where the plan's table stands on its page, in points, for a rectangle around it.
QRectF planTableArea(const PlanPack& pack);
// Imports with the real importer and the database's templates; fails the test on error.
ImportWriter::Outcome importWithTemplates(Database& database, const QString& path);

} // namespace scrutineer::testing
