// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actors/actorrecognizer.h"

#include <QString>
#include <QStringView>

// Internal to the actor recognizer: the word lists it reads English news with.
namespace Sitrep::Actors {

struct Country
{
    QString iso;
    QString name; // short English name: "Russia", "United States"
    QString demonym; // adjective: "Russian", "American"
};

struct KnownOrganisation
{
    QString name;
    ActorMention::Kind kind = ActorMention::Kind::Organisation;
    QString iso;
    bool acronym = false; // matched only in capitals ("WHO", not "who")
};

// The word lists a lower-case word is on.
enum WordFlag : quint32 {
    GivenName = 1u << 0,
    RoleHead = 1u << 1, // president, minister, envoy, spokesman, general ...
    RoleWord = 1u << 2, // heads and their modifiers: special, deputy, foreign, state ...
    RankAbbreviation = 1u << 3, // gen, lt, col ... (before a full stop)
    Honorific = 1u << 4, // mr, mrs, ms, dr, sir
    NameParticle = 1u << 5, // bin, al, van, de ...
    OrganisationHead = 1u << 6, // ministry, council, committee, agency ...
    ForceNoun = 1u << 7, // army, forces, troops, bombers, navy ...
    GroupNoun = 1u << 8, // rebels, militants, militia, separatists ...
    DateWord = 1u << 9, // months, weekdays, holidays
    PlaceWord = 1u << 10, // words that make a name a place: street, sea, province ...
    CommonWord = 1u << 11, // function words and adverbs that start sentences
    ReportingVerb = 1u << 12, // said, says, told, added ...
    StateVerb = 1u << 13, // verbs a state does: launched, denied, agreed ...
    Preposition = 1u << 14,
    ForceModifier = 1u << 15, // armed, air, naval, special ... between a country and a force noun
    Adverb = 1u << 16, // also, reportedly, already ... between a subject and its verb
    ForceHead = 1u << 17, // the heads that make an institution a force: army, navy, guard ...
    GroupHead = 1u << 18, // ... or an armed group: front, brigade, movement ...
    WeaponNoun = 1u << 19, // missiles, rockets, shells: an attacker's weapons stand for the attacker
    WeaponModifier = 1u << 20, // cruise, ballistic, glide ...
    AttackVerb = 1u << 21, // hit, struck, pounded ...
};

// A word, or a phrase of words joined by single spaces, as the lists know it. Single words and
// phrases form a trie, so that a longest match walks tokens without building strings.
struct Lexeme
{
    quint32 flags = 0; // WordFlag, single words only
    int id = 0;
    const Country *countryName = nullptr; // "russia", "the us", "u.s.", "türkiye"
    const Country *demonym = nullptr; // "russian", "us", "american", "south korean"
    const Country *capital = nullptr; // "kyiv", "moscow"
    const KnownOrganisation *organisation = nullptr; // "kremlin", "white house", "rsf"
    bool continues = false; // a longer phrase starts with this one
};

// FNV-1a over UTF-16 units, which the tokenizer folds into lowering each word.
constexpr quint32 kWordHashSeed = 2166136261u;
constexpr quint32 wordHashStep(quint32 hash, char16_t c)
{
    return (hash ^ c) * 16777619u;
}

// The lexeme of one lower-case word, nullptr when no list has it; hash is lower's FNV-1a.
const Lexeme *lexeme(QStringView lower, quint32 hash);
const Lexeme *lexeme(QStringView lower);
// The phrase that continues phrase with word, nullptr when no entry starts so.
const Lexeme *extend(const Lexeme *phrase, const Lexeme *word);

inline bool hasFlag(const Lexeme *lexeme, quint32 flags)
{
    return lexeme && (lexeme->flags & flags);
}

// The longest organisation surface form has at most kMaxOrganisationWords words.
constexpr int kMaxOrganisationWords = 7;

bool isNonActorAcronym(QStringView text); // GMT, ATACMS, GDP, news agencies ...

} // namespace Sitrep::Actors
