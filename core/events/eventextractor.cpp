// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventextractor.h"

#include "places/gazetteer.h"
#include "places/placefinder.h"
#include "text/sentencesplitter.h"

#include <QRegularExpression>

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

// "U.S. embassies", "U.S. Secretary of State": a country named as a modifier is not where
// anything happened.
bool isAttributive(QStringView text, qsizetype end)
{
    qsizetype at = end;
    while (at < text.size() && text[at] == u' ')
        ++at;
    if (at == end || at >= text.size())
        return false;
    qsizetype wordEnd = at;
    while (wordEnd < text.size() && (text[wordEnd].isLetter() || text[wordEnd] == u'-'))
        ++wordEnd;
    const QStringView next = text.mid(at, wordEnd - at);
    if (next.isEmpty())
        return false;
    if (next.front().isUpper())
        return !(next == u"On" || next == u"In");
    static const QStringList modified {
        QStringLiteral("embassy"),     QStringLiteral("embassies"), QStringLiteral("official"),
        QStringLiteral("officials"),   QStringLiteral("troops"),    QStringLiteral("forces"),
        QStringLiteral("soldiers"),    QStringLiteral("army"),      QStringLiteral("military"),
        QStringLiteral("government"),  QStringLiteral("president"), QStringLiteral("envoy"),
        QStringLiteral("ambassador"),  QStringLiteral("diplomat"),  QStringLiteral("diplomats"),
        QStringLiteral("citizens"),    QStringLiteral("nationals"), QStringLiteral("intelligence"),
        QStringLiteral("authorities"), QStringLiteral("police"),    QStringLiteral("negotiators"),
        QStringLiteral("delegation"),  QStringLiteral("media"),     QStringLiteral("team"),
        QStringLiteral("leaders"),     QStringLiteral("leader"),    QStringLiteral("warships"),
        QStringLiteral("missiles"),    QStringLiteral("drones"),    QStringLiteral("investigators"),
        QStringLiteral("agents"),      QStringLiteral("personnel"), QStringLiteral("-made")};
    return modified.contains(next.toString());
}

// "the U.S. embassies in Kenya and Tanzania": embassies stand in capitals.
bool followsEmbassy(QStringView text, qsizetype start)
{
    const QString before =
        text.mid(qMax<qsizetype>(0, start - 40), start - qMax<qsizetype>(0, start - 40)).toString().toLower();
    static const QRegularExpression embassyIn(
        QStringLiteral("\\b(?:embass(?:y|ies)|consulates?)\\s+(?:in|of)\\s+(?:\\w+\\s+and\\s+)?$"));
    return embassyIn.match(before).hasMatch();
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

std::optional<quint32> EventExtractor::capitalOf(quint16 countryKey) const
{
    // Built once, on first need: the gazetteer marks capitals but does not index them by country.
    std::call_once(m_capitalsBuilt, [this] {
        for (quint32 entry = 0; entry < m_gazetteer->entryCount(); ++entry) {
            if (m_gazetteer->feature(entry) == Gazetteer::Feature::CapitalCity)
                m_capitals.insert(m_gazetteer->countryKey(entry), entry);
        }
    });
    const auto found = m_capitals.constFind(countryKey);
    return found == m_capitals.cend() ? std::nullopt : std::optional<quint32>(*found);
}

ArticleAnnotations EventExtractor::annotate(const Article &article) const
{
    ArticleAnnotations annotations;
    annotations.timexes = m_dates.annotate(article.text, article.referenceDate);
    if (m_gazetteer) {
        const PlaceFinder finder(*m_gazetteer);
        const QList<PlaceMention> mentions = finder.find(article.text);
        for (const PlaceMention &mention : mentions) {
            if (mention.demonym)
                continue;
            const bool country = m_gazetteer->kind(mention.entry) == PlaceKind::Country;
            if (country && isAttributive(article.text, mention.end))
                continue;
            EventPlace place = eventPlace(*m_gazetteer, mention);
            if (country && followsEmbassy(article.text, mention.start)) {
                if (const auto capital = capitalOf(m_gazetteer->countryKey(mention.entry))) {
                    PlaceMention atCapital = mention;
                    atCapital.entry = *capital;
                    place = eventPlace(*m_gazetteer, atCapital);
                }
            }
            annotations.places.append(LocatedPlace {mention.start, mention.end, place});
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
