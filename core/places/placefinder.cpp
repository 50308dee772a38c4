// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/placefinder.h"

#include "places/placerecognizer.h"

namespace Sitrep {

PlaceFinder::PlaceFinder(const Gazetteer &gazetteer)
    : PlaceFinder(gazetteer, Options {})
{ }

PlaceFinder::PlaceFinder(const Gazetteer &gazetteer, Options options)
    : m_gazetteer(gazetteer)
    , m_options(options)
{ }

QList<PlaceMention> PlaceFinder::find(QStringView text) const
{
    const QList<Places::Token> tokens = Places::tokenize(text);
    const QList<Places::Span> spans = Places::recognize(m_gazetteer, text, tokens);
    const QList<Places::Resolution> resolutions = Places::resolve(m_gazetteer, text, spans);
    QList<PlaceMention> mentions;
    mentions.reserve(spans.size());
    for (qsizetype k = 0; k < spans.size(); ++k) {
        const Places::Span &span = spans[k];
        if ((span.demonym && !m_options.includeDemonyms) || resolutions[k].stray)
            continue;
        PlaceMention mention;
        mention.start = span.start;
        mention.end = span.end;
        mention.text = text.sliced(span.start, span.end - span.start).toString();
        mention.entry = resolutions[k].entry;
        mention.demonym = span.demonym;
        mention.confidence = resolutions[k].confidence;
        mentions.append(mention);
    }
    return mentions;
}

} // namespace Sitrep
