// SPDX-License-Identifier: GPL-3.0-or-later
// People: runs of capitalised words, kept when something says they name a person - a role or title
// before them ("US special envoy Steve Witkoff"), an apposition ("Kirill Dmitriev, the head of ..."),
// a known given name, or a reporting verb ("said Dmitriev").
#include "actors/actormatcher.h"

#include <optional>

namespace Sitrep::Actors {

using Kind = ActorMention::Kind;

namespace {

// Where the first hyphen of a word is, or -1. A loop over a word of a few letters, not
// QStringView::indexOf, a call into QtCore asked of every capitalised word.
qsizetype firstHyphen(QStringView word)
{
    for (qsizetype k = 0; k < word.size(); ++k) {
        if (word[k] == u'-')
            return k;
    }
    return -1;
}

} // namespace

bool Matcher::isNameToken(int i) const
{
    const Token *t = at(i);
    if (!t || !t->isWord() || !t->capitalized || t->allCaps)
        return false;
    if (t->has(DateWord | CommonWord | OrganisationHead | PlaceWord | ForceNoun | GroupNoun) || t->countryName()
        || t->demonym() || t->capital() || t->organisation())
        return false;
    // "Kyiv-based", "US-made": a capitalised word joined to a lower-case one is an adjective.
    const qsizetype hyphen = firstHyphen(t->text);
    if (hyphen > 0 && hyphen + 1 < t->text.size() && t->text.at(hyphen + 1).isLower()
        && !hasFlag(lexeme(t->lower.left(hyphen)), NameParticle))
        return false;
    return true;
}

// "al-Sharaa", "el-Sisi": a surname joined to its particle, written in lower case.
bool Matcher::isParticleSurname(int i) const
{
    const Token *t = at(i);
    if (!t || !t->isWord() || t->capitalized || t->organisation())
        return false;
    const qsizetype hyphen = firstHyphen(t->text);
    return hyphen > 0 && hyphen + 1 < t->text.size() && t->text.at(hyphen + 1).isUpper()
        && hasFlag(lexeme(t->lower.left(hyphen)), NameParticle);
}

Matcher::Role Matcher::roleBefore(int first) const
{
    Role r;
    int k = first - 1;
    if (is(k, u".") && isWord(k - 1) && m_tokens[k - 1].has(Honorific)) {
        r.honorific = true;
        return r;
    }
    if (isWord(k) && m_tokens[k].capitalized && m_tokens[k].has(Honorific)) {
        r.honorific = true;
        return r;
    }
    const bool comma = is(k, u",");
    if (comma)
        --k;
    const int roleEnd = k;
    int roleStart = -1;
    bool head = false;
    QString country;
    while (k >= 0 && roleEnd - k < 12) {
        const Token &t = m_tokens[k];
        if (!t.isWord()) {
            if (sameText(t.text, u".") && !comma && isWord(k - 1) && m_tokens[k - 1].has(RankAbbreviation)) {
                head = true;
                roleStart = k - 1;
                k -= 2;
                continue;
            }
            break;
        }
        if (t.possessive) {
            // "Russia's envoy" names the country; "Zelensky's adviser" a person, left out of the role.
            const Country *c = t.capitalized ? t.countryName() : nullptr;
            if (!c && t.capitalized)
                c = t.capital();
            const KnownOrganisation *org = t.capitalized ? t.organisation() : nullptr;
            if (c || org) {
                roleStart = k;
                if (country.isEmpty())
                    country = c ? c->iso : org->iso;
            }
            break;
        }
        if (t.capitalized) {
            if (const Country *c = t.demonym() ? t.demonym() : t.countryName()) {
                if (country.isEmpty())
                    country = c->iso;
                roleStart = k--;
                continue;
            }
            if (const KnownOrganisation *org = t.organisation(); org && (!org->acronym || t.allCaps)) {
                if (country.isEmpty())
                    country = org->iso;
                roleStart = k--;
                continue;
            }
        }
        if (t.has(RoleWord | RankAbbreviation)) {
            head = head || t.has(RoleHead | RankAbbreviation);
            roleStart = k--;
            continue;
        }
        if ((t.is(u"of") || t.is(u"for")) && isWord(k - 1) && m_tokens[k - 1].has(RoleWord)) {
            roleStart = k--;
            continue;
        }
        if (t.is(u"the") && is(k - 1, u"of")) {
            roleStart = k--;
            continue;
        }
        break;
    }
    if (!head || roleStart < 0)
        return r;
    while (roleStart < roleEnd && (is(roleStart, u"of") || is(roleStart, u"the") || is(roleStart, u"for")))
        ++roleStart;
    r.found = true;
    r.text = textOf(roleStart, roleEnd);
    r.country = country;
    return r;
}

Matcher::Role Matcher::roleAfter(int last) const
{
    Role r;
    if (!is(last + 1, u","))
        return r;
    int k = last + 2;
    if (is(k, u"the") || is(k, u"a") || is(k, u"an"))
        ++k;
    const int start = k;
    int end = -1;
    bool head = false;
    QString country;
    const int n = int(m_tokens.size());
    for (; k < n && k < start + 14; ++k) {
        const Token &t = m_tokens[k];
        if (!t.isWord() || t.has(ReportingVerb) || t.is(u"who") || t.is(u"which") || t.is(u"is") || t.is(u"was")
            || t.is(u"has") || t.is(u"had") || t.is(u"and") || (t.capitalized && t.has(GivenName)))
            break;
        if (k < start + 5 && t.has(RoleHead))
            head = true;
        if (country.isEmpty() && t.capitalized) {
            const Country *c = t.countryName();
            if (!c)
                c = t.demonym();
            const KnownOrganisation *org = t.organisation();
            if (c)
                country = c->iso;
            else if (org && (!org->acronym || t.allCaps))
                country = org->iso;
        }
        end = k;
    }
    if (!head || end < start)
        return r;
    r.found = true;
    r.text = textOf(start, end);
    r.country = country;
    return r;
}

void Matcher::findPersons()
{
    int afterRun = 0; // the first token after the last run of names
    for (const int i : m_starts) {
        if (i < afterRun || !isNameToken(i))
            continue;
        int first = i;
        int last = i;
        while (!m_tokens[last].possessive) {
            const int next = last + 1;
            if (isWord(next) && m_tokens[next].text.size() == 1 && m_tokens[next].capitalized && is(next + 1, u".")
                && isNameToken(next + 2)) {
                last = next + 2; // a middle initial: "John F. Kennedy"
            } else if (isWord(next) && !m_tokens[next].capitalized && m_tokens[next].has(NameParticle)
                       && isNameToken(next + 1)) {
                last = next + 1; // "Osama bin Laden", "Ursula von der Leyen" (one particle at a time)
            } else if (isWord(next) && m_tokens[next].has(NameParticle) && isWord(next + 1)
                       && m_tokens[next + 1].has(NameParticle) && isNameToken(next + 2)) {
                last = next + 2;
            } else if (isParticleSurname(next)) {
                last = next; // "Ahmed al-Sharaa", "Abdel Fattah al-Burhan"
            } else if (isNameToken(next) || (is(next, u"may") && m_tokens[next].capitalized)) {
                last = next; // "Theresa May": a month after a first name is a surname
            } else {
                break;
            }
        }
        afterRun = last + 1;
        // Titles written in capitals belong to the role: "Secretary of the Army Dan Driscoll".
        while (first < last && m_tokens[first].has(RoleWord | Honorific | RankAbbreviation))
            ++first;
        if (first == last && m_tokens[first].has(RoleWord | Honorific | RankAbbreviation))
            continue; // "Capt." alone is a title waiting for its name
        for (int g = first + 1; g < last; ++g) {
            if (m_tokens[g].has(GivenName) && !m_tokens[first].has(GivenName)) {
                first = g;
                break;
            }
        }
        if (last - first >= 4)
            continue;

        const QStringView name = viewOf(first, last);
        const Role before = roleBefore(first);
        const Role after = before.found ? Role() : roleAfter(last); // a role before is the one kept
        const bool givenFirst = last > first && m_tokens[first].has(GivenName);
        const bool reported = (isWord(last + 1) && m_tokens[last + 1].has(ReportingVerb))
            || (isWord(first - 1) && m_tokens[first - 1].has(ReportingVerb))
            || (is(first - 1, u"to") && is(first - 2, u"according"));
        // Asked of the places engine only where weaker evidence must be weighed against it.
        std::optional<bool> knownPlace;
        const auto place = [&] {
            if (!knownPlace)
                knownPlace = isPlace(name) || (first == last && isPlace(m_tokens[first].text));
            return *knownPlace;
        };

        double confidence = 0;
        if (before.found)
            confidence = 0.95;
        else if ((after.found && !place()) || before.honorific)
            confidence = 0.85; // "South Africa, police spokesman ..." describes the place's speaker
        else if (givenFirst && !place())
            confidence = 0.9;
        else if (reported && !place() && !(first == last && m_tokens[first].sentenceStart))
            confidence = 0.6;
        if (confidence <= 0)
            continue;
        const Role &role = before.found ? before : after;
        add(first, last, Kind::Person, name.toString(), role.country, confidence, role.text);
    }
}

} // namespace Sitrep::Actors
