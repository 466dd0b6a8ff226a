#include "OwnerResolver.h"

#include "TextUtil.h"

namespace scrutineer {
namespace {

QString bodyKey(const QString& body)
{
    return text::normaliseForMatch(body);
}

OwnerIdentity personIdentity(const QString& person, const QString& post, OwnerIdentity::Source source)
{
    return {QStringLiteral("person:") + owner::personKey(person), person, person, post, source};
}

OwnerIdentity postIdentity(const QString& post, OwnerIdentity::Source source)
{
    return {QStringLiteral("post:") + owner::postKey(post), post, {}, post, source};
}

} // namespace

int OwnerResolver::personIndex(const BodyPeople& people, const QString& name) const
{
    QList<PersonName> candidates;
    candidates.reserve(people.people.size());
    for (const Known& k : people.people)
        candidates.append(k.name);
    return matchPerson(PersonName::parse(name), candidates);
}

void OwnerResolver::addPerson(const QString& body, const QString& name, const QString& post)
{
    const QString printed = text::stripHonorifics(name);
    if (printed.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 2)
        return; // a bare surname teaches nothing about an owner cell
    BodyPeople& people = m_bodies[bodyKey(body)];
    int index = personIndex(people, printed);
    if (index < 0) {
        people.people.append({PersonName::parse(printed), printed});
        index = int(people.people.size() - 1);
    } else if (PersonName::parse(printed).specificity() > people.people.at(index).name.specificity()) {
        people.people[index] = {PersonName::parse(printed), printed};
    }
    if (!post.isEmpty()) {
        QList<int>& holders = people.holders[owner::postKey(post)];
        if (!holders.contains(index))
            holders.append(index);
    }
}

void OwnerResolver::learn(const QString& body, const QString& printed)
{
    for (const OwnerLead& lead : owner::parse(printed)) {
        if (!lead.person.isEmpty())
            addPerson(body, lead.person, lead.post);
    }
}

QStringList OwnerResolver::knownNames(const QString& body) const
{
    QStringList names;
    for (const Known& k : m_bodies.value(bodyKey(body)).people)
        names.append(k.display);
    return names;
}

const OwnerAlias* OwnerResolver::aliasFor(const QString& body, const QString& key, const QDate& when) const
{
    const OwnerAlias* best = nullptr;
    for (const OwnerAlias& alias : m_aliases) {
        if (key.isEmpty() || owner::postKey(alias.alias) != key)
            continue;
        if (!alias.body.isEmpty() && bodyKey(alias.body) != bodyKey(body))
            continue;
        if (when.isValid() && ((alias.from.isValid() && when < alias.from) || (alias.to.isValid() && when > alias.to)))
            continue;
        // A body's own alias beats one for every body.
        if (!best || (best->body.isEmpty() && !alias.body.isEmpty()))
            best = &alias;
    }
    return best;
}

OwnerIdentity OwnerResolver::identityOf(const QString& body, const OwnerLead& lead, const QDate& when) const
{
    const QString leadKey = owner::postKey(lead.person.isEmpty() ? lead.post : lead.person);
    if (const OwnerAlias* alias = aliasFor(body, leadKey, when)) {
        if (!alias->person.isEmpty())
            return personIdentity(alias->person, alias->post.isEmpty() ? lead.post : alias->post,
                                  OwnerIdentity::Source::Alias);
        if (!alias->post.isEmpty())
            return postIdentity(alias->post, OwnerIdentity::Source::Alias);
    }
    const auto people = m_bodies.constFind(bodyKey(body));
    if (!lead.person.isEmpty()) {
        QString display = lead.person;
        if (people != m_bodies.cend()) {
            if (const int index = personIndex(*people, lead.person); index >= 0)
                display = people->people.at(index).display;
        }
        return personIdentity(display, lead.post, OwnerIdentity::Source::Printed);
    }
    if (people != m_bodies.cend()) {
        const QList<int> holders = people->holders.value(owner::postKey(lead.post));
        if (holders.size() == 1)
            return personIdentity(people->people.at(holders.first()).display, lead.post, OwnerIdentity::Source::Body);
    }
    return postIdentity(lead.post, OwnerIdentity::Source::Printed);
}

QList<OwnerIdentity> OwnerResolver::resolve(const QString& body, const QString& printed, const QDate& when) const
{
    QList<OwnerIdentity> result;
    if (printed.trimmed().isEmpty())
        return result;
    // The whole cell may be an alias of its own ("Head of CSC & Deputy" -> one person).
    if (const OwnerAlias* alias = aliasFor(body, owner::postKey(printed), when)) {
        if (!alias->person.isEmpty())
            return {personIdentity(alias->person, alias->post, OwnerIdentity::Source::Alias)};
        if (!alias->post.isEmpty())
            return {postIdentity(alias->post, OwnerIdentity::Source::Alias)};
    }
    for (const OwnerLead& lead : owner::parse(printed, knownNames(body))) {
        const OwnerIdentity identity = identityOf(body, lead, when);
        if (!identity.name.isEmpty() && std::none_of(result.cbegin(), result.cend(), [&](const OwnerIdentity& o) {
                return o.key == identity.key;
            }))
            result.append(identity);
    }
    return result;
}

} // namespace scrutineer
