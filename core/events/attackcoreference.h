// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dates/timex.h"
#include "domain/article.h"
#include "domain/event.h"
#include "events/eventassembler.h"
#include "events/offsetspan.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Sitrep::Events {

// Where in text an attack noun stands, and whether it is definite: "the bombings", "the Aug. 7
// blasts", "Friday's bombings", "these attacks".
struct AttackMention
{
    bool found = false;
    bool definite = false;
    bool indefinite = false; // of the first attack noun: "a bombing", "new attacks"
    qsizetype end = 0; // of the first attack noun, in the text searched
};

// Attacks an article tells more than once: "bombs exploded outside the U.S. embassies in Nairobi
// and Dar es Salaam ... the bombings ... the blasts in Kenya". A definite mention that names no place
// takes the places of the mention that named them; one that names only a country or an area takes
// the towns inside it where the article placed the attack.
class AttackCoreference final
{
public:
    AttackCoreference(const Article &article, const ArticleAnnotations &annotations);

    // Finds the attack mentions of the article's body sentences, once, before assembly.
    void collect(const QList<Span> &sentences);
    // Places the events from firstNew on, which sentence gave, by the attack it mentions.
    void placeEvents(const Span &sentence, QList<Event> &events, qsizetype firstNew) const;
    // The places told with the attack noun that ends at nounEnd: "bombings at U.S. embassies in
    // Kenya and Tanzania", "the blasts killed 257 people in Nairobi".
    QList<EventPlace> placesOfAttack(qsizetype nounEnd, qsizetype limit) const;

    // "the August 7 bombings", "Friday's attack on the market": a date that names an attack dates
    // it. Returns where the attack noun ends.
    static std::optional<qsizetype> attackNamedBy(const Timex &timex, QStringView text);

private:
    struct AttackPlaces
    {
        qsizetype at = 0; // start of the sentence that names it
        QList<EventPlace> places;
        bool definite = false; // "the bombings at ...": a mention of an attack already known
    };

    QList<EventPlace> finerAttackPlaces(const QList<EventPlace> &places) const;
    int extentOf(const EventPlace &place) const;

    const Article &m_article;
    const ArticleAnnotations &m_annotations;
    QList<AttackPlaces> m_mentions; // each attack named with places of its own
    QHash<qsizetype, AttackMention> m_nouns; // by the start of the sentence that holds them
};

} // namespace Sitrep::Events
