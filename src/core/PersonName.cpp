#include "PersonName.h"

#include "TextUtil.h"

namespace scrutineer {

PersonName PersonName::parse(const QString& printed)
{
    PersonName name;
    name.printed = text::stripHonorifics(printed);
    name.surname = text::surnameKey(printed);
    name.initials = text::forenameInitials(printed);
    return name;
}

bool PersonName::compatibleWith(const PersonName& other) const
{
    if (surname.isEmpty() || surname != other.surname)
        return false;
    if (initials.isEmpty() || other.initials.isEmpty())
        return true;
    return initials.startsWith(other.initials) || other.initials.startsWith(initials);
}

int PersonName::specificity() const
{
    const QStringList parts = printed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int score = int(initials.size());
    for (int i = 0; i + 1 < parts.size(); ++i) {
        QString bare = parts.at(i);
        bare.remove(QLatin1Char('.'));
        if (bare.size() > 1)
            score += 2; // a whole forename
    }
    return score;
}

int matchPerson(const PersonName& name, const QList<PersonName>& candidates)
{
    // Candidates known with forenames or initials first; a bare surname seen earlier ("O'Brien")
    // only when nobody better fits, so it never blocks "M. O'Brien" from Michael O'Brien.
    // A bare surname fits everyone of that name, so it must be unique among all of them.
    const bool bare = name.initials.isEmpty();
    for (const bool withInitials : {true, false}) {
        int found = -1;
        for (int i = 0; i < candidates.size(); ++i) {
            if ((!bare && candidates.at(i).initials.isEmpty() == withInitials) || !name.compatibleWith(candidates.at(i)))
                continue;
            if (found >= 0)
                return -1; // two people it could be: leave it separate
            found = i;
        }
        if (found >= 0 || bare)
            return found;
    }
    return -1;
}

} // namespace scrutineer
