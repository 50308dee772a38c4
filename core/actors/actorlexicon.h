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

// Keys are lower case; multiword keys are joined with single spaces ("united states").
const Country *countryByName(const QString &lower); // "russia", "the us", "u.s.", "türkiye"
const Country *countryByDemonym(const QString &lower); // "russian", "us", "american"
const Country *countryByCapital(const QString &lower); // "kyiv", "moscow"
const Country *countryByIso(const QString &iso);

struct KnownOrganisation
{
    QString name;
    ActorMention::Kind kind = ActorMention::Kind::Organisation;
    QString iso;
    bool acronym = false; // matched only in capitals ("WHO", not "who")
};

// Organisations and armed groups by their lower-case surface form: "kremlin", "white house",
// "rapid support forces", "rsf". The longest surface form has at most kMaxOrganisationWords words.
const KnownOrganisation *knownOrganisation(const QString &lower);
constexpr int kMaxOrganisationWords = 7;

bool isGivenName(const QString &lower);
bool isRoleHead(const QString &lower); // president, minister, envoy, spokesman, general ...
bool isRoleWord(const QString &lower); // heads and their modifiers: special, deputy, foreign, state ...
bool isRankAbbreviation(const QString &lower); // gen, lt, col ... (before a full stop)
bool isHonorific(const QString &lower); // mr, mrs, ms, dr, sir
bool isNameParticle(const QString &lower); // bin, al, van, de ...
bool isOrganisationHead(const QString &lower); // ministry, council, committee, agency ...
bool isForceNoun(const QString &lower); // army, forces, troops, bombers, navy ...
bool isGroupNoun(const QString &lower); // rebels, militants, militia, separatists ...
bool isDateWord(const QString &lower); // months, weekdays, holidays
bool isPlaceWord(const QString &lower); // words that make a name a place: street, sea, province ...
bool isCommonWord(const QString &lower); // function words and adverbs that start sentences
bool isNonActorAcronym(const QString &text); // GMT, ATACMS, GDP, news agencies ...
bool isReportingVerb(const QString &lower); // said, says, told, added ...
bool isStateVerb(const QString &lower); // verbs a state does: launched, denied, agreed ...
bool isPreposition(const QString &lower);

} // namespace Sitrep::Actors
