// SPDX-License-Identifier: GPL-3.0-or-later
#include "filteroptions.h"

namespace SitrepCli {

std::optional<QDate> isoDate(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return std::nullopt;
    return date;
}

FilterOptions::FilterOptions()
    : m_from(QStringLiteral("from"), QStringLiteral("Events overlapping this date or later."), QStringLiteral("D"))
    , m_to(QStringLiteral("to"), QStringLiteral("Events overlapping this date or earlier."), QStringLiteral("D"))
    , m_type(QStringLiteral("type"),
             QStringLiteral("Event type (battle, remote_violence, violence_against_civilians, protest, riot, "
                            "strategic_development, diplomacy, statement, other); repeatable."),
             QStringLiteral("T"))
    , m_place(QStringLiteral("place"), QStringLiteral("Part of a place name, or a country code."), QStringLiteral("P"))
    , m_actor(QStringLiteral("actor"), QStringLiteral("Part of an actor's name."), QStringLiteral("A"))
    , m_search(QStringLiteral("search"), QStringLiteral("Words to find in event summaries or article text."),
               QStringLiteral("TEXT"))
{ }

void FilterOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_from, m_to, m_type, m_place, m_actor, m_search});
}

std::expected<Sitrep::EventFilter, QString> FilterOptions::read(const QCommandLineParser &parser) const
{
    Sitrep::EventFilter filter;
    for (const auto &[option, target] : {std::pair {&m_from, &filter.from}, std::pair {&m_to, &filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        const auto date = isoDate(parser.value(*option));
        if (!date)
            return std::unexpected(QStringLiteral("--%1: '%2' is not a date (YYYY-MM-DD)")
                                       .arg(option->names().first(), parser.value(*option)));
        *target = *date;
    }
    if (filter.from.isValid() || filter.to.isValid())
        filter.includeUndated = false;
    for (const QString &name : parser.values(m_type)) {
        const auto eventType = Sitrep::eventTypeFromId(name);
        if (!eventType)
            return std::unexpected(QStringLiteral("--type: unknown event type '%1'").arg(name));
        filter.types.append(*eventType);
    }
    filter.place = parser.value(m_place);
    filter.actor = parser.value(m_actor);
    filter.search = parser.value(m_search);
    return filter;
}

} // namespace SitrepCli
