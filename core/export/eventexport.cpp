// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventexport.h"

#include "export/codepoints.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QtEndian>

#include <memory>

namespace Sitrep::EventExport {
namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue orNull(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString fileName(const Article &article)
{
    return QFileInfo(article.source).fileName();
}

QJsonObject articleJson(const Article &article)
{
    return QJsonObject {
        {QStringLiteral("id"), article.id},
        {QStringLiteral("file"), fileName(article)},
        {QStringLiteral("source"), article.source},
        {QStringLiteral("url"), orNull(article.url)},
        {QStringLiteral("title"), article.title},
        {QStringLiteral("outlet"), orNull(article.outlet)},
        {QStringLiteral("published"),
         article.published.isValid() ? QJsonValue(article.published.date().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("reference_date"), dateOrNull(article.referenceDate)},
        {QStringLiteral("reference_date_source"), dateSourceName(article.dateSource)},
    };
}

QJsonObject estimateJson(const Estimate &estimate)
{
    return QJsonObject {{QStringLiteral("low"), orNull(estimate.low)},
                        {QStringLiteral("best"), orNull(estimate.best)},
                        {QStringLiteral("high"), orNull(estimate.high)}};
}

QJsonObject placeJson(const EventPlace &place)
{
    return QJsonObject {
        {QStringLiteral("name"), place.name},
        {QStringLiteral("canonical_name"), orNull(place.canonicalName)},
        {QStringLiteral("kind"), orNull(place.kind)},
        {QStringLiteral("lat"), orNull(place.latitude)},
        {QStringLiteral("lon"), orNull(place.longitude)},
        {QStringLiteral("country"), place.countryCode},
        {QStringLiteral("admin1"), orNull(place.admin1)},
        {QStringLiteral("geonameid"), place.geonameId ? QJsonValue(*place.geonameId) : QJsonValue()},
    };
}

class OffsetsByArticle final
{
public:
    explicit OffsetsByArticle(const QList<Article> &articles)
    {
        for (const Article &article : articles)
            m_articles.insert(article.id, &article);
    }

    // UTF-16 offset in the article's text → code points; unchanged when the text is unknown.
    qsizetype codePoints(qint64 articleId, qsizetype utf16Offset)
    {
        auto cached = m_offsets.find(articleId);
        if (cached == m_offsets.end()) {
            const Article *article = m_articles.value(articleId);
            if (!article)
                return utf16Offset;
            cached = m_offsets.insert(articleId, std::make_shared<CodePointOffsets>(article->text));
        }
        return (*cached)->toCodePoints(utf16Offset);
    }

    const Article *article(qint64 id) const { return m_articles.value(id); }

private:
    QHash<qint64, const Article *> m_articles;
    QHash<qint64, std::shared_ptr<CodePointOffsets>> m_offsets;
};

QJsonObject eventJson(const Event &event, OffsetsByArticle &offsets)
{
    QJsonArray locations;
    for (const EventPlace &place : event.places)
        locations.append(placeJson(place));
    QJsonArray actors;
    for (const EventActor &actor : event.actors) {
        actors.append(QJsonObject {{QStringLiteral("name"), actor.name},
                                   {QStringLiteral("kind"), orNull(actor.kind)},
                                   {QStringLiteral("role"), orNull(actor.role)},
                                   {QStringLiteral("country"), orNull(actor.countryCode)}});
    }
    return QJsonObject {
        {QStringLiteral("id"), event.id},
        {QStringLiteral("article"), event.articleId},
        {QStringLiteral("date"),
         QJsonObject {{QStringLiteral("start"), dateOrNull(event.date.start)},
                      {QStringLiteral("end"), dateOrNull(event.date.end)},
                      {QStringLiteral("precision"), toString(event.date.precision)},
                      {QStringLiteral("derivation"), toString(event.date.derivation)},
                      {QStringLiteral("text"), orNull(event.dateText)}}},
        {QStringLiteral("summary"), event.summary},
        {QStringLiteral("sentence"),
         QJsonObject {{QStringLiteral("start"), offsets.codePoints(event.articleId, event.sentenceStart)},
                      {QStringLiteral("end"), offsets.codePoints(event.articleId, event.sentenceEnd)}}},
        {QStringLiteral("locations"), locations},
        {QStringLiteral("actors"), actors},
        {QStringLiteral("type"), eventTypeId(event.type)},
        {QStringLiteral("fatalities"), orNull(event.killed.best)},
        {QStringLiteral("injured"), orNull(event.injured.best)},
        {QStringLiteral("fatalities_estimate"), estimateJson(event.killed)},
        {QStringLiteral("injured_estimate"), estimateJson(event.injured)},
        {QStringLiteral("confidence"), event.confidence},
        {QStringLiteral("reviewed"), event.reviewed},
    };
}

// ACLED codes time precision 1 (day), 2 (week or a few days), 3 (month or coarser).
int acledTimePrecision(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return 1;
    case DatePrecision::Week:
        return 2;
    default:
        return 3;
    }
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString numberOrEmpty(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

QString coordinateOrEmpty(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 5) : QString();
}

} // namespace

QJsonObject toJson(const QList<Article> &articles, const QList<Event> &events)
{
    QJsonArray articleArray;
    for (const Article &article : articles)
        articleArray.append(articleJson(article));
    OffsetsByArticle offsets(articles);
    QJsonArray eventArray;
    for (const Event &event : events)
        eventArray.append(eventJson(event, offsets));
    return QJsonObject {{QStringLiteral("articles"), articleArray}, {QStringLiteral("events"), eventArray}};
}

void useRunIndependentIds(QList<Article> &articles, QList<Event> &events)
{
    constexpr qint64 eventsPerArticle = 10000;
    constexpr int articleBits = 39; // 2^39 * 10,000 stays below 2^53
    QHash<qint64, qint64> articleIds;
    QSet<qint64> taken;
    for (Article &article : articles) {
        const QByteArray digest = QCryptographicHash::hash(
            QByteArray(article.contentHash.toUtf8() + article.source.toUtf8()), QCryptographicHash::Sha1);
        qint64 id = qFromBigEndian<qint64>(digest.constData()) & ((qint64(1) << articleBits) - 1);
        while (id == 0 || taken.contains(id))
            id = (id + 1) & ((qint64(1) << articleBits) - 1);
        taken.insert(id);
        articleIds.insert(article.id, id);
        article.id = id;
    }
    QHash<qint64, qint64> eventsSoFar;
    for (Event &event : events) {
        const qint64 articleId = articleIds.value(event.articleId, event.articleId);
        const qint64 ordinal = ++eventsSoFar[articleId];
        event.articleId = articleId;
        event.id = ordinal < eventsPerArticle ? articleId * eventsPerArticle + ordinal : event.id;
    }
}

QByteArray toCsv(const QList<Article> &articles, const QList<Event> &events)
{
    OffsetsByArticle offsets(articles);
    const QStringList header {
        QStringLiteral("event_id"),       QStringLiteral("event_date"),     QStringLiteral("event_date_end"),
        QStringLiteral("time_precision"), QStringLiteral("date_precision"), QStringLiteral("event_type"),
        QStringLiteral("actor1"),         QStringLiteral("actor2"),         QStringLiteral("country"),
        QStringLiteral("admin1"),         QStringLiteral("location"),       QStringLiteral("latitude"),
        QStringLiteral("longitude"),      QStringLiteral("fatalities"),     QStringLiteral("injured"),
        QStringLiteral("source"),         QStringLiteral("source_url"),     QStringLiteral("notes"),
        QStringLiteral("reviewed")};
    QString csv = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Event &event : events) {
        const EventPlace place = event.places.value(0);
        const Article *article = offsets.article(event.articleId);
        QStringList otherPlaces;
        for (qsizetype i = 1; i < event.places.size(); ++i)
            otherPlaces << event.places[i].name;
        QString notes = event.summary;
        if (!otherPlaces.isEmpty())
            notes += QStringLiteral(" (also: %1)").arg(otherPlaces.join(QStringLiteral("; ")));
        const QStringList row {QString::number(event.id),
                               event.date.start.isValid() ? event.date.start.toString(Qt::ISODate) : QString(),
                               event.date.end.isValid() ? event.date.end.toString(Qt::ISODate) : QString(),
                               event.isDated() ? QString::number(acledTimePrecision(event.date.precision)) : QString(),
                               toString(event.date.precision),
                               eventTypeId(event.type),
                               event.actors.value(0).name,
                               event.actors.value(1).name,
                               place.countryCode,
                               place.admin1,
                               place.canonicalName.isEmpty() ? place.name : place.canonicalName,
                               coordinateOrEmpty(place.latitude),
                               coordinateOrEmpty(place.longitude),
                               numberOrEmpty(event.killed.best),
                               numberOrEmpty(event.injured.best),
                               article ? (article->outlet.isEmpty() ? fileName(*article) : article->outlet) : QString(),
                               article ? article->url : QString(),
                               notes,
                               event.reviewed ? QStringLiteral("1") : QStringLiteral("0")};
        QStringList fields;
        for (const QString &value : row)
            fields << csvField(value);
        csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

QJsonObject toGeoJson(const QList<Article> &articles, const QList<Event> &events)
{
    OffsetsByArticle offsets(articles);
    QJsonArray features;
    for (const Event &event : events) {
        for (const EventPlace &place : event.places) {
            if (!place.latitude || !place.longitude)
                continue;
            const QJsonObject properties {
                {QStringLiteral("event_id"), event.id},
                {QStringLiteral("article"), event.articleId},
                {QStringLiteral("date_start"), dateOrNull(event.date.start)},
                {QStringLiteral("date_end"), dateOrNull(event.date.end)},
                {QStringLiteral("precision"), toString(event.date.precision)},
                {QStringLiteral("type"), eventTypeId(event.type)},
                {QStringLiteral("summary"), event.summary},
                {QStringLiteral("place"), place.name},
                {QStringLiteral("place_kind"), orNull(place.kind)},
                {QStringLiteral("country"), place.countryCode},
                {QStringLiteral("fatalities"), orNull(event.killed.best)},
                {QStringLiteral("injured"), orNull(event.injured.best)},
            };
            // GeoJSON orders coordinates longitude first.
            features.append(QJsonObject {
                {QStringLiteral("type"), QStringLiteral("Feature")},
                {QStringLiteral("geometry"),
                 QJsonObject {{QStringLiteral("type"), QStringLiteral("Point")},
                              {QStringLiteral("coordinates"), QJsonArray {*place.longitude, *place.latitude}}}},
                {QStringLiteral("properties"), properties},
            });
        }
    }
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                        {QStringLiteral("features"), features}};
}

} // namespace Sitrep::EventExport
