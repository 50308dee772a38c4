// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dates/timex.h"

#include <QList>
#include <QString>

#include <optional>

namespace Sitrep {

// ACLED's six event types, plus diplomacy and statements, which peace-talk reporting is full of.
enum class EventType {
    Battle,
    RemoteViolence, // explosions and remote violence: shelling, air and drone strikes, bombs
    ViolenceAgainstCivilians,
    Protest,
    Riot,
    StrategicDevelopment,
    Diplomacy, // talks, meetings, visits, agreements
    Statement, // claims, interviews, criticism
    Other,
};

inline constexpr EventType allEventTypes[] = {
    EventType::Battle,    EventType::RemoteViolence, EventType::ViolenceAgainstCivilians,
    EventType::Protest,   EventType::Riot,           EventType::StrategicDevelopment,
    EventType::Diplomacy, EventType::Statement,      EventType::Other,
};

// Stable identifiers used in the database and in JSON ("remote_violence").
QString eventTypeId(EventType type);
std::optional<EventType> eventTypeFromId(const QString &id);
// What a reader sees ("Explosions/remote violence").
QString eventTypeLabel(EventType type);

// A reported count as UCDP keeps it: the lowest, the best and the highest estimate a source gives.
// "at least 25 killed" is low 25, best 25, no high; "between 20 and 30" is 20, 25, 30.
struct Estimate
{
    std::optional<int> low;
    std::optional<int> best;
    std::optional<int> high;

    bool isKnown() const { return best.has_value(); }
    friend bool operator==(const Estimate &, const Estimate &) = default;
};

struct EventPlace
{
    QString name; // as written in the text
    QString canonicalName; // as the gazetteer names it
    QString kind; // city, admin1, country or area
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString countryCode; // ISO 3166-1 alpha-2, or empty for areas spanning countries
    QString admin1;
    std::optional<qint64> geonameId;

    friend bool operator==(const EventPlace &, const EventPlace &) = default;
};

struct EventActor
{
    QString name; // canonical: the full name, or the organisation's name
    QString kind; // person, organisation, state, force or group
    QString role; // "US special envoy"
    QString countryCode;

    friend bool operator==(const EventActor &, const EventActor &) = default;
};

struct Event
{
    qint64 id = 0; // 0 until stored
    qint64 articleId = 0;
    DateInterval date; // precision Unknown and null bounds for an undated event
    QString dateText; // the expression that dated it, as written
    EventType type = EventType::Other;
    QString summary;
    qsizetype sentenceStart = 0; // UTF-16 offsets into the article's text, end exclusive
    qsizetype sentenceEnd = 0;
    QList<EventPlace> places;
    QList<EventActor> actors;
    Estimate killed;
    Estimate injured;
    double confidence = 0.5;
    bool reviewed = false; // corrected by a person: re-imports never overwrite it

    bool isDated() const { return date.isValid(); }
    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace Sitrep
