// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

namespace Sitrep {

// Someone or something that acts in a text: a person, an organisation, a state, its forces, or an
// armed group. name is canonical so that mentions of one actor compare equal: the full name for a
// person ("Witkoff" has name "Steve Witkoff" once the text gave it), the organisation's own name
// ("UN" is "United Nations"), and the country's short name for a state or its forces ("Russian
// bombers" is "Russia").
struct ActorMention
{
    enum class Kind { Person, Organisation, State, Force, Group };

    qsizetype start = 0; // UTF-16 offsets in the text, end exclusive; a possessive 's is left out
    qsizetype end = 0;
    QString text;
    QString name;
    Kind kind = Kind::Person;
    QString role; // as written: "US special envoy", "head of Russia's sovereign wealth fund"
    QString country; // ISO 3166 alpha-2 when known: "RU" for "Russian bombers", "US" for "the Pentagon"
    double confidence = 0;
};

// Finds actors in English news text with word lists and patterns: titles and roles before names,
// given names, appositions, reporting verbs, known organisations and armed groups, ministries,
// demonyms before force nouns and before weapons that attack ("Russian missiles hit"), and
// countries that act ("Russia launched"). Later surname and acronym mentions take the name an
// earlier full mention gave. Dates and places are not actors. Thread-safe once configured.
class ActorRecognizer final
{
public:
    QList<ActorMention> recognize(const QString &text) const;

    // Lets a places engine veto candidate names that are places ("Kharkiv said ..."). Strong person
    // evidence (a role, a title, an apposition) overrides the veto; countries and capitals acting as
    // states ("Moscow denied") are judged from context and never asked.
    void setPlaceFilter(std::function<bool(QStringView)> isPlace);

private:
    std::function<bool(QStringView)> m_isPlace;
};

} // namespace Sitrep
