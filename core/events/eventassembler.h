// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actors/actorrecognizer.h"
#include "dates/timex.h"
#include "domain/article.h"
#include "domain/event.h"
#include "figures/figureextractor.h"

#include <QList>

#include <functional>

namespace Sitrep {

// A resolved place mention, ready to be an event's place.
struct LocatedPlace
{
    qsizetype start = 0; // UTF-16 offsets into the article's text
    qsizetype end = 0;
    EventPlace place;
    // "Tanzanian police", "the Kenyan court": where the agent belongs, which says where the
    // happening was only when the text names no other place for it.
    bool onlyIfNoOther = false;
    int extentKm = 0; // how far a region, country or area reaches from its point
};

// What the language engines found in one article's text, all with offsets into Article::text.
struct ArticleAnnotations
{
    QList<Timex> timexes;
    QList<LocatedPlace> places;
    QList<ActorMention> actors;
    QList<Figure> figures;
};

// Turns an article and what the engines found in it into events: one per dated happening, with its
// date, places, actors, figures, type and the sentence (or clause) that reports it. Sentences that
// carry the narrative on ("In response, they ...") inherit the date the narrative last set.
class EventAssembler final
{
public:
    struct Options
    {
        // The English name of a country by ISO code, so that "the Kyiv army" also names Ukraine.
        std::function<QString(const QString &)> countryName;
    };

    EventAssembler() = default;
    explicit EventAssembler(Options options);

    QList<Event> assemble(const Article &article, const ArticleAnnotations &annotations) const;

private:
    Options m_options;
};

} // namespace Sitrep
