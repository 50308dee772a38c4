// SPDX-License-Identifier: GPL-3.0-or-later
// Organisations, forces, states, acronyms, and the resolution of candidates. People are found in
// actorpersons.cpp.
#include "actors/actorrecognizer.h"

#include "actors/actormatcher.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace Sitrep {

namespace Actors {

using Kind = ActorMention::Kind;

namespace {

// Whether any detector may start at t: see m_starts.
bool mayStartMatch(const Token &t)
{
    if (!t.isWord())
        return false;
    if (t.capitalized || t.allCaps || t.organisation())
        return true;
    // A lower-case word is asked by its first letter, as most words begin with none of these.
    switch (t.lower.front().unicode()) {
    case u't':
        return t.is(u"the");
    case u'a':
        return startsWith(t.lower, u"al");
    case u'p':
        return startsWith(t.lower, u"pro-");
    default:
        return false;
    }
}

} // namespace

Matcher::Matcher(const QString &text, const std::function<bool(QStringView)> &isPlace)
    : m_text(text)
    , m_isPlace(isPlace)
    , m_tokenized(tokenize(text))
    , m_tokens(m_tokenized.tokens)
    , m_countryAt(m_tokens.size())
    , m_countryModifierAt(m_tokens.size())
{
    m_starts.reserve(m_tokens.size());
    for (int i = 0; i < int(m_tokens.size()); ++i) {
        if (mayStartMatch(m_tokens[i]))
            m_starts.push_back(i);
    }
}

QString Matcher::textOf(int first, int last) const
{
    return viewOf(first, last).toString();
}

QStringView Matcher::viewOf(int first, int last) const
{
    return QStringView(m_text).sliced(m_tokens[first].start, m_tokens[last].end - m_tokens[first].start);
}

int Matcher::phrasesAt(int i, int maxWords, const Lexeme **phrases) const
{
    // Only the last word may be possessive: "the United States'".
    const int n = int(m_tokens.size());
    int count = 0;
    const Lexeme *phrase = nullptr;
    for (int k = i; k < n && k < i + maxWords; ++k) {
        const Token &t = m_tokens[k];
        if (!t.isWord())
            break;
        phrase = k == i ? t.lexeme : extend(phrase, t.lexeme);
        if (!phrase)
            break;
        phrases[count++] = phrase;
        if (t.possessive)
            break;
    }
    return count;
}

void Matcher::add(int first, int last, Kind kind, const QString &name, const QString &country, double confidence,
                  const QString &role)
{
    Candidate c;
    c.first = first;
    c.last = last;
    c.mention.start = m_tokens[first].start;
    c.mention.end = m_tokens[last].end;
    c.mention.text = textOf(first, last);
    c.mention.name = name;
    c.mention.kind = kind;
    c.mention.country = country;
    c.mention.confidence = confidence;
    c.mention.role = role;
    m_candidates.push_back(std::move(c));
}

const Country *Matcher::countryAt(int i, int &last) const
{
    if (i < 0 || i >= int(m_tokens.size()))
        return nullptr;
    CountryAt &known = m_countryAt[std::size_t(i)];
    if (!known.known) {
        known.known = true;
        known.country = findCountryAt(i, known.last);
    }
    if (known.country)
        last = known.last;
    return known.country;
}

const Country *Matcher::findCountryAt(int i, int &last) const
{
    if (!isWord(i) || !(m_tokens[i].capitalized || m_tokens[i].is(u"the")))
        return nullptr;
    constexpr int maxWords = 6;
    const Lexeme *phrases[maxWords];
    for (int w = phrasesAt(i, maxWords, phrases); w-- > 0;) {
        if (const Country *c = phrases[w]->countryName; c && m_tokens[i + w].capitalized) {
            last = i + w;
            return c;
        }
    }
    return nullptr;
}

const Country *Matcher::demonymAt(int i, int &last) const
{
    if (!isWord(i) || !m_tokens[i].capitalized)
        return nullptr;
    if (isWord(i + 1) && !m_tokens[i].possessive) {
        if (const Lexeme *two = extend(m_tokens[i].lexeme, m_tokens[i + 1].lexeme); two && two->demonym) {
            last = i + 1;
            return two->demonym;
        }
    }
    if (const Country *c = m_tokens[i].demonym()) {
        last = i;
        return c;
    }
    return nullptr;
}

const Country *Matcher::countryModifierAt(int i, int &last) const
{
    // Every form below starts with a capital or "the"; most tokens are neither.
    if (!isWord(i) || !(m_tokens[i].capitalized || m_tokens[i].is(u"the")))
        return nullptr;
    CountryAt &known = m_countryModifierAt[std::size_t(i)];
    if (!known.known) {
        known.known = true;
        known.country = findCountryModifierAt(i, known.last);
    }
    if (known.country)
        last = known.last;
    return known.country;
}

const Country *Matcher::findCountryModifierAt(int i, int &last) const
{
    int k = i;
    if (const Country *c = countryAt(i, k); c && m_tokens[k].possessive) {
        last = k;
        return c;
    }
    if (const Country *c = demonymAt(i, k); c && !m_tokens[k].possessive) {
        last = k;
        return c;
    }
    if (isWord(i) && m_tokens[i].capitalized) {
        if (const Country *c = m_tokens[i].capital()) {
            last = i;
            return c;
        }
    }
    return nullptr;
}

void Matcher::findOrganisations()
{
    for (const int i : m_starts) {
        if (!isWord(i) || !(m_tokens[i].capitalized || startsWith(m_tokens[i].lower, u"al")))
            continue;
        const Lexeme *phrases[kMaxOrganisationWords];
        for (int w = phrasesAt(i, kMaxOrganisationWords, phrases); w-- > 0;) {
            const int k = i + w;
            const KnownOrganisation *org = phrases[w]->organisation;
            if (!org || (org->acronym && !m_tokens[i].allCaps))
                continue;
            // "Russia's Security Council" is not the UN's.
            int prefixLast = 0;
            if (org->iso.isEmpty() && i > 0 && org->kind == Kind::Organisation) {
                int start = i - 1;
                while (start > 0 && isWord(start - 1) && !m_tokens[start - 1].possessive
                       && m_tokens[start - 1].capitalized)
                    --start;
                if (countryModifierAt(start, prefixLast) && prefixLast == i - 1)
                    break;
            }
            add(i, k, org->kind, org->name, org->iso, 0.95);
            break;
        }
    }
}

void Matcher::findInstitutions()
{
    const int n = int(m_tokens.size());
    int next = 0;
    for (const int i : m_starts) {
        if (i < next || !isWord(i) || !m_tokens[i].capitalized)
            continue;
        int runStart = i;
        const Country *country = nullptr;
        int prefixLast = -1;
        if ((country = countryModifierAt(i, prefixLast)))
            runStart = prefixLast + 1;
        else if (m_tokens[i].sentenceStart && m_tokens[i].has(CommonWord))
            continue;
        // A capitalised run, with "of", "for", "the", "and", "on" inside it.
        int end = runStart - 1;
        bool hasHead = false;
        const Lexeme *head = nullptr;
        for (int k = runStart; k < n && k < runStart + 8; ++k) {
            const Token &t = m_tokens[k];
            if (!t.isWord())
                break;
            if (t.has(GivenName) || (k > runStart && t.has(RoleHead)))
                break; // a person's name or title starts: "Uzi Arad and Cabinet Secretary Danny Naveh"
            if (t.capitalized && !t.has(DateWord)) {
                end = k;
                if (t.has(OrganisationHead)) {
                    hasHead = true;
                    head = t.lexeme;
                }
                if (t.possessive)
                    break;
                continue;
            }
            const bool connector = t.is(u"of") || t.is(u"for") || t.is(u"the") || t.is(u"and") || t.is(u"on");
            if (!connector || !isWord(k + 1) || !(m_tokens[k + 1].capitalized || m_tokens[k + 1].is(u"the")))
                break;
        }
        // "Secretary of the Army" is a role, not an institution.
        if (!hasHead || end < runStart || (end == runStart && !country) || m_tokens[runStart].has(RoleHead))
            continue;
        // "Fighters of the Rapid Support Forces": a sentence's first word, capitalised as any would be,
        // before "of" is no part of the name that follows.
        if (m_tokens[runStart].sentenceStart && !m_tokens[runStart].has(OrganisationHead) && is(runStart + 1, u"of"))
            continue;
        Kind kind = Kind::Organisation;
        if (hasFlag(head, ForceHead))
            kind = country ? Kind::Force : Kind::Group;
        if (hasFlag(head, GroupHead) || viewOf(runStart, end).contains(u"Liberation"))
            kind = Kind::Group;
        // ("The Gaza Health Ministry" is named without its article.)
        const int nameStart = m_tokens[runStart].is(u"the") && runStart < end ? runStart + 1 : runStart;
        QString name;
        if (kind == Kind::Force) {
            name = country->name;
        } else if (m_tokens[end].is(u"ministry") && end > nameStart) {
            // "the Defence Ministry" is the Ministry of Defence; "the Gaza Health Ministry" is Gaza's
            // Ministry of Health.
            const bool placeFirst = end - nameStart >= 2 && isPlace(m_tokens[nameStart].text);
            if (placeFirst)
                name = textOf(nameStart, nameStart) + QStringLiteral(" Ministry of ") + textOf(nameStart + 1, end - 1);
            else
                name = QStringLiteral("Ministry of ") + textOf(nameStart, end - 1);
        } else {
            name = textOf(nameStart, end);
        }
        if (country && kind != Kind::Force)
            name = country->demonym + u' ' + name;
        add(i, end, kind, name, country ? country->iso : QString(), 0.8);
        next = end + 1;
    }
}

void Matcher::findForces()
{
    const int n = int(m_tokens.size());
    for (const int i : m_starts) {
        if (!isWord(i))
            continue;
        int prefixLast = -1;
        const Country *country = countryModifierAt(i, prefixLast);
        const KnownOrganisation *group = nullptr;
        bool unknownGroupPrefix = false;
        if (!country) {
            const Token &t = m_tokens[i];
            group = t.organisation();
            if (group && group->kind != Kind::Group)
                group = nullptr;
            unknownGroupPrefix =
                !group && ((t.capitalized && !t.sentenceStart && !t.has(CommonWord)) || startsWith(t.lower, u"pro-"));
            prefixLast = i;
            if (!group && !unknownGroupPrefix && !t.is(u"the"))
                continue; // nothing below can match
        }
        int k = prefixLast + 1;
        while (k < n && k < prefixLast + 3 && isWord(k) && m_tokens[k].has(ForceModifier)
               && !(m_tokens[k].is(u"air") && is(k + 1, u"force")))
            ++k;
        if (!isWord(k))
            continue;
        const QStringView noun = m_tokens[k].lower;
        const bool groupNoun = m_tokens[k].has(GroupNoun);
        const bool force = m_tokens[k].has(ForceNoun) || (sameText(noun, u"air") && is(k + 1, u"force"));
        const int last = (sameText(noun, u"air") && is(k + 1, u"force")) ? k + 1 : k;
        if (country && force) {
            add(i, last, Kind::Force, country->name, country->iso, 0.85);
        } else if (country && groupNoun) {
            add(i, last, Kind::Group, textOf(i, last), country->iso, 0.75);
        } else if (group && (groupNoun || force)) {
            add(i, last, Kind::Group, group->name, group->iso, 0.9);
        } else if (unknownGroupPrefix && groupNoun && !isPlace(m_tokens[i].text)) {
            add(i, last, Kind::Group, textOf(i, last), QString(), 0.6);
        } else if (!country && !group && m_tokens[i].is(u"the") && force && k == i + 1 && !m_tokens[k].capitalized
                   && (sameText(noun, u"army") || sameText(noun, u"military") || sameText(noun, u"navy")
                       || sameText(noun, u"air"))) {
            // "the army" with no country: the assembler may know whose from context.
            add(k, last, Kind::Force, textOf(k, last).toLower(), QString(), 0.4);
        } else if (int weaponsLast = -1; country && weaponAttack(i, prefixLast, weaponsLast)) {
            add(i, weaponsLast, Kind::Force, country->name, country->iso, 0.75);
        }
    }
}

bool Matcher::weaponAttack(int i, int prefixLast, int &last) const
{
    // Weapons stand for whoever fired them only where they attack: "Russian missiles hit a block",
    // "struck by a Russian drone", not "Ukraine wants American missiles".
    const auto weaponAt = [this](int k) {
        const int first = k;
        while (k < first + 2 && isWord(k) && !m_tokens[k].has(WeaponNoun)
               && m_tokens[k].has(WeaponModifier | ForceModifier))
            ++k;
        return isWord(k) && m_tokens[k].has(WeaponNoun) ? k : -1;
    };
    int end = weaponAt(prefixLast + 1);
    if (end < 0)
        return false;
    // "missiles and drones", "missiles, drones and glide bombs".
    while (!m_tokens[end].possessive && (is(end + 1, u",") || is(end + 1, u"and"))) {
        const int next = weaponAt(is(end + 1, u",") && is(end + 2, u"and") ? end + 3 : end + 2);
        if (next < 0)
            break;
        end = next;
    }
    if (m_tokens[end].possessive)
        return false;
    int verb = end + 1;
    while (isWord(verb) && (has(verb, Adverb) || endsWith(m_tokens[verb].lower, u"ly")))
        ++verb;
    const int before = is(i - 1, u"a") || is(i - 1, u"an") ? i - 2 : i - 1;
    if (!has(verb, AttackVerb) && !is(before, u"by"))
        return false;
    last = end;
    return true;
}

void Matcher::findStates()
{
    const int n = int(m_tokens.size());
    const auto isBe = [](QStringView w) {
        return sameText(w, u"is") || sameText(w, u"are") || sameText(w, u"was") || sameText(w, u"were")
            || sameText(w, u"been") || sameText(w, u"being");
    };
    int next = 0;
    for (const int i : m_starts) {
        if (i < next)
            continue;
        int last = i;
        const Country *country = countryAt(i, last);
        bool capital = false;
        if (!country && isWord(i) && m_tokens[i].capitalized && (country = m_tokens[i].capital()))
            capital = true;
        if (!country || m_tokens[last].possessive)
            continue;
        const int nameFirst = m_tokens[i].is(u"the") ? i + 1 : i;

        // Where the list "Russia, Ukraine and the United States" starts, and what comes before it.
        int p = i - 1;
        while (p >= 0
               && (is(p, u",") || is(p, u"and") || is(p, u"the")
                   || (isWord(p) && m_tokens[p].capitalized && m_tokens[p].countryName())))
            --p;
        const bool agent = p >= 1 && is(p, u"by") && isWord(p - 1) && endsWith(m_tokens[p - 1].lower, u"ed")
            && (!isWord(last + 1) || has(last + 1, Preposition) || is(last + 1, u"and"));
        if (!agent && p >= 0 && isWord(p) && (has(p, Preposition) || is(p, u"by")))
            continue;
        if (!agent && p >= 0 && isWord(p) && m_tokens[p].capitalized && p == i - 1)
            continue; // inside a longer name: "New Jersey", "Georgia Tech"

        bool acts = agent;
        if (!acts) {
            int j = last + 1;
            for (int other = 0; j < n;) {
                if (is(j, u",") || is(j, u"and"))
                    ++j;
                else if (countryAt(j, other))
                    j = other + 1;
                else
                    break;
            }
            while (isWord(j) && (has(j, Adverb) || endsWith(m_tokens[j].lower, u"ly")))
                ++j;
            if (isWord(j) && !m_tokens[j].capitalized) {
                const QStringView verb = m_tokens[j].lower;
                const bool listed =
                    m_tokens[j].has(StateVerb) || (!capital && endsWith(verb, u"ed") && verb.size() > 4);
                acts = listed
                    && !(capital
                         && (isBe(verb) || sameText(verb, u"has") || sameText(verb, u"have")
                             || sameText(verb, u"had")));
                // "Kyiv was hit", "Russia is a country": a state acts only in the active voice.
                int v = j;
                if (acts
                    && (isBe(verb) || sameText(verb, u"has") || sameText(verb, u"have") || sameText(verb, u"had"))) {
                    ++v;
                    while (isWord(v)
                           && (has(v, Adverb) || endsWith(m_tokens[v].lower, u"ly") || isBe(m_tokens[v].lower)))
                        ++v;
                    const bool hasBeen = (sameText(verb, u"has") || sameText(verb, u"have") || sameText(verb, u"had"))
                        && v > j + 1 && isBe(m_tokens[v - 1].lower);
                    if (isBe(verb) || hasBeen)
                        acts = isWord(v) && endsWith(m_tokens[v].lower, u"ing");
                }
            }
        }
        if (acts)
            add(nameFirst, last, Kind::State, country->name, country->iso, capital ? 0.7 : 0.8);
        next = last + 1;
    }
}

void Matcher::findAcronyms()
{
    for (const int i : m_starts) {
        const Token &t = m_tokens[i];
        if (!t.isWord() || !t.allCaps || t.text.size() > 6 || t.text.contains(u'-') || t.text.contains(u'.')
            || isNonActorAcronym(t.text) || t.countryName() || t.demonym() || t.organisation())
            continue;
        // Headlines in capitals, weapon designations ("two ATACMS"), and models ("HIMARS launchers").
        const auto capsWord = [&](int k) {
            return isWord(k) && m_tokens[k].allCaps && m_tokens[k].text.size() >= 3;
        };
        if (capsWord(i - 1) || capsWord(i + 1) || (at(i - 1) && m_tokens[i - 1].kind == Token::Kind::Number))
            continue;
        if (isWord(i + 1)
            && (startsWith(m_tokens[i + 1].lower, u"missile") || startsWith(m_tokens[i + 1].lower, u"rocket")
                || startsWith(m_tokens[i + 1].lower, u"launcher") || startsWith(m_tokens[i + 1].lower, u"drone")))
            continue;
        add(i, i, Kind::Organisation, t.text.toString(), QString(), 0.5);
    }
}

void Matcher::findStateOfficials()
{
    // "A U.S. official said", "the Russian foreign minister", "Israeli authorities": people who speak
    // or act for a state stand for it (a name after the role makes a person of them instead, longer).
    static const QSet<QStringView> officials {u"official",  u"officials",   u"authorities", u"government",
                                              u"diplomat",  u"diplomats",   u"sources",     u"embassy",
                                              u"lawmakers", u"negotiators", u"delegation"};
    const int n = int(m_tokens.size());
    for (const int i : m_starts) {
        if (!isWord(i) || !(m_tokens[i].capitalized || m_tokens[i].is(u"the")))
            continue;
        int last = -1;
        const Country *country = countryModifierAt(i, last);
        if (!country) {
            int k = i;
            country = countryAt(i, k);
            if (country && m_tokens[k].possessive)
                country = nullptr;
            last = k;
        }
        if (!country)
            continue;
        int k = last + 1;
        while (k < n && k <= last + 3 && isWord(k) && m_tokens[k].has(RoleWord) && !m_tokens[k].has(RoleHead))
            ++k;
        if (!isWord(k) || !(m_tokens[k].has(RoleHead) || officials.contains(m_tokens[k].lower)))
            continue;
        // "US Secretary of Defense Peter Calloway": the role is the person's.
        const bool named = std::any_of(m_candidates.cbegin(), m_candidates.cend(), [k](const Candidate &c) {
            return c.mention.kind == Kind::Person && c.first > k && c.first <= k + 4;
        });
        if (!named)
            add(i, k, Kind::State, country->name, country->iso, 0.7);
    }
}

QList<ActorMention> Matcher::run()
{
    findOrganisations();
    findInstitutions();
    findForces();
    findStates();
    findAcronyms();
    findPersons();
    findStateOfficials(); // after the persons, whose roles they must not take
    return resolve();
}

QList<ActorMention> Matcher::resolve()
{
    // Candidates are sorted and kept by index: a candidate carries five strings, an index none.
    std::vector<int> order(m_candidates.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = int(k);
    std::stable_sort(order.begin(), order.end(), [this](int x, int y) {
        const Candidate &a = m_candidates[x];
        const Candidate &b = m_candidates[y];
        if (a.last - a.first != b.last - b.first)
            return a.last - a.first > b.last - b.first;
        return a.mention.confidence > b.mention.confidence;
    });
    std::vector<bool> taken(m_tokens.size(), false);
    std::vector<int> accepted;
    for (const int index : order) {
        const Candidate &c = m_candidates[index];
        bool free = true;
        for (int k = c.first; k <= c.last && free; ++k)
            free = !taken[k];
        if (!free)
            continue;
        for (int k = c.first; k <= c.last; ++k)
            taken[k] = true;
        accepted.push_back(index);
    }
    // Accepted candidates do not overlap, so no two start at one token.
    const auto byFirst = [this](int x, int y) {
        return m_candidates[x].first < m_candidates[y].first;
    };
    std::sort(accepted.begin(), accepted.end(), byFirst);
    joinCoreferences(accepted);
    std::sort(accepted.begin(), accepted.end(), byFirst);
    QList<ActorMention> mentions;
    mentions.reserve(qsizetype(accepted.size()));
    for (const int index : accepted)
        mentions.append(std::move(m_candidates[std::size_t(index)].mention));
    return mentions;
}

void Matcher::joinCoreferences(std::vector<int> &accepted)
{
    // Acronyms a text defines: "the Rapid Support Forces (RSF)".
    QHash<QStringView, ActorMention> acronyms;
    for (const int index : accepted) {
        const Candidate &c = m_candidates[index];
        if (c.mention.kind != Kind::Person && is(c.last + 1, u"(") && isWord(c.last + 2) && m_tokens[c.last + 2].allCaps
            && is(c.last + 3, u")"))
            acronyms.insert(m_tokens[c.last + 2].text, c.mention);
    }
    // Surnames of full names, wherever the full name stands in the text.
    QHash<QStringView, QString> surnames;
    QSet<QStringView> ambiguous;
    for (const int index : accepted) {
        const Candidate &c = m_candidates[index];
        if (c.mention.kind != Kind::Person || c.last == c.first)
            continue;
        const QStringView surname = m_tokens[c.last].lower;
        if (surnames.contains(surname) && surnames.value(surname) != c.mention.name)
            ambiguous.insert(surname);
        surnames.insert(surname, c.mention.name);
    }
    for (QStringView s : std::as_const(ambiguous))
        surnames.remove(s);

    std::vector<bool> taken(m_tokens.size(), false);
    for (const int index : accepted) {
        Candidate &c = m_candidates[index];
        for (int k = c.first; k <= c.last; ++k)
            taken[k] = true;
        if (c.first == c.last && c.mention.kind == Kind::Person && surnames.contains(m_tokens[c.first].lower)) {
            c.mention.name = surnames.value(m_tokens[c.first].lower);
            c.mention.confidence = std::max(c.mention.confidence, 0.85);
        }
        if (c.first == c.last && c.mention.kind == Kind::Organisation && acronyms.contains(m_tokens[c.first].text)) {
            const ActorMention full = acronyms.value(m_tokens[c.first].text);
            c.mention.name = full.name;
            c.mention.kind = full.kind;
            c.mention.country = full.country;
            c.mention.confidence = std::max(c.mention.confidence, 0.85);
        }
    }
    if (surnames.isEmpty())
        return;
    for (const int k : m_starts) {
        const Token &t = m_tokens[k];
        if (taken[k] || !t.isWord() || !t.capitalized || !surnames.contains(t.lower))
            continue;
        Candidate c;
        c.first = c.last = k;
        c.mention.start = t.start;
        c.mention.end = t.end;
        c.mention.text = t.text.toString();
        c.mention.name = surnames.value(t.lower);
        c.mention.kind = Kind::Person;
        c.mention.confidence = 0.85;
        accepted.push_back(int(m_candidates.size()));
        m_candidates.push_back(std::move(c));
    }
}

} // namespace Actors

QList<ActorMention> ActorRecognizer::recognize(const QString &text) const
{
    return Actors::Matcher(text, m_isPlace).run();
}

void ActorRecognizer::setPlaceFilter(std::function<bool(QStringView)> isPlace)
{
    m_isPlace = std::move(isPlace);
}

} // namespace Sitrep
