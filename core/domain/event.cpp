// SPDX-License-Identifier: GPL-3.0-or-later
#include "event.h"

#include <QCoreApplication>

namespace Sitrep {
namespace {

struct TypeNames
{
    EventType type;
    const char *id;
    const char *label;
};

constexpr TypeNames typeNames[] = {
    {EventType::Battle, "battle", QT_TRANSLATE_NOOP("Sitrep::EventType", "Battles")},
    {EventType::RemoteViolence, "remote_violence",
     QT_TRANSLATE_NOOP("Sitrep::EventType", "Explosions/remote violence")},
    {EventType::ViolenceAgainstCivilians, "violence_against_civilians",
     QT_TRANSLATE_NOOP("Sitrep::EventType", "Violence against civilians")},
    {EventType::Protest, "protest", QT_TRANSLATE_NOOP("Sitrep::EventType", "Protests")},
    {EventType::Riot, "riot", QT_TRANSLATE_NOOP("Sitrep::EventType", "Riots")},
    {EventType::StrategicDevelopment, "strategic_development",
     QT_TRANSLATE_NOOP("Sitrep::EventType", "Strategic developments")},
    {EventType::Diplomacy, "diplomacy", QT_TRANSLATE_NOOP("Sitrep::EventType", "Diplomacy")},
    {EventType::Statement, "statement", QT_TRANSLATE_NOOP("Sitrep::EventType", "Statements")},
    {EventType::Other, "other", QT_TRANSLATE_NOOP("Sitrep::EventType", "Other")},
};

} // namespace

QString eventTypeId(EventType type)
{
    for (const TypeNames &names : typeNames) {
        if (names.type == type)
            return QString::fromLatin1(names.id);
    }
    return QStringLiteral("other");
}

std::optional<EventType> eventTypeFromId(const QString &id)
{
    for (const TypeNames &names : typeNames) {
        if (id == QLatin1StringView(names.id))
            return names.type;
    }
    return std::nullopt;
}

QString eventTypeLabel(EventType type)
{
    for (const TypeNames &names : typeNames) {
        if (names.type == type)
            return QCoreApplication::translate("Sitrep::EventType", names.label);
    }
    return {};
}

} // namespace Sitrep
