// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventextractor.h"

#include "places/gazetteer.h"
#include "places/placefinder.h"
#include "text/sentencesplitter.h"

namespace Sitrep {
namespace {

const Gazetteer *builtInGazetteer()
{
    const auto &loaded = Gazetteer::builtIn();
    return loaded ? &*loaded : nullptr;
}

EventPlace eventPlace(const Gazetteer &gazetteer, const PlaceMention &mention)
{
    const GazetteerEntry entry = gazetteer.entry(mention.entry);
    EventPlace place;
    place.name = mention.text;
    place.canonicalName = entry.name;
    place.kind = placeKindName(entry.kind);
    place.latitude = entry.latitude;
    place.longitude = entry.longitude;
    place.countryCode = entry.countryCode;
    place.admin1 = entry.admin1Code;
    if (entry.geonameId != 0)
        place.geonameId = entry.geonameId;
    return place;
}

} // namespace

EventExtractor::EventExtractor()
    : EventExtractor(builtInGazetteer())
{ }

EventExtractor::EventExtractor(const Gazetteer *gazetteer)
    : m_gazetteer(gazetteer)
{
    if (m_gazetteer) {
        const Gazetteer *places = m_gazetteer;
        m_actors.setPlaceFilter([places](QStringView name) { return !places->candidates(name).isEmpty(); });
        EventAssembler::Options options;
        options.countryName = [places](const QString &code) {
            const auto entry = places->findByCode(code);
            return entry ? places->entry(*entry).name : QString();
        };
        m_assembler = EventAssembler(options);
    }
}

ArticleAnnotations EventExtractor::annotate(const Article &article) const
{
    ArticleAnnotations annotations;
    annotations.timexes = m_dates.annotate(article.text, article.referenceDate);
    if (m_gazetteer) {
        const PlaceFinder finder(*m_gazetteer);
        const QList<PlaceMention> mentions = finder.find(article.text);
        for (const PlaceMention &mention : mentions) {
            if (!mention.demonym)
                annotations.places.append(LocatedPlace {mention.start, mention.end, eventPlace(*m_gazetteer, mention)});
        }
    }
    annotations.actors = m_actors.recognize(article.text);

    QList<TextRange> sentences = article.sentences;
    if (sentences.isEmpty()) {
        SentenceSplitter splitter;
        sentences = splitter.split(article.text);
    }
    for (const TextRange &sentence : std::as_const(sentences)) {
        QList<Figure> figures = m_figures.extract(article.textOf(sentence));
        for (Figure &figure : figures) {
            figure.start += sentence.start;
            figure.end += sentence.start;
            annotations.figures.append(figure);
        }
    }
    return annotations;
}

QList<Event> EventExtractor::extract(const Article &article) const
{
    return m_assembler.assemble(article, annotate(article));
}

} // namespace Sitrep
