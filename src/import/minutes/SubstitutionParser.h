#pragma once

#include "Meeting.h"
#include "lexicon/Lexicon.h"

#include <QList>
#include <QString>

// Substitutes named in minutes: in prose ("Councillor X substituted for Councillor Y", "X attended
// as substitute for Y", "X was present as a substitute for Y", "Y was substituted by X", "X attended
// in place of Y") and in an attendance list ("Councillor X (substitute for Councillor Y)"). The
// member replaced gets the substitute's name; a member not listed elsewhere is added with
// apologies, since a substitute only sits for a member who could not attend. The substitute is
// added as present when no list named them. The wording is the lexicon's (substitution-sentence,
// substitution-lead-in, substitute-role, substituted-by-role). Stateless; any thread.
namespace scrutineer::parse {

class SubstitutionParser final {
public:
    // One sentence of prose. True when it named a substitution.
    static bool parse(const QString& sentence, int page, QList<Attendance>& out);
    // The same with the wording of another lexicon (its substitution-sentence and
    // substitution-lead-in cues); a lexicon without them reads no substitution.
    static bool parse(const QString& sentence, int page, QList<Attendance>& out, const Lexicon& lexicon);

    // Substitutions printed as a listed person's role; the members replaced are updated or added.
    static void linkListed(QList<Attendance>& out);
};

} // namespace scrutineer::parse
