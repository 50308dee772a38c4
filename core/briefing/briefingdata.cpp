// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingdata.h"

#include "store/projectstore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Sitrep {

QString BriefingOptions::effectiveTitle() const
{
    const QString trimmed = title.trimmed();
    return trimmed.isEmpty() ? QCoreApplication::translate("Briefing", "Situation briefing") : trimmed;
}

int BriefingData::sourceCount() const
{
    QSet<QString> sources;
    for (const Article &article : articles)
        sources.insert(article.outlet.isEmpty() ? article.source : article.outlet.toCaseFolded());
    return int(sources.size());
}

const Article *BriefingData::articleOf(const Event &event) const
{
    const int number = articleNumber.value(event.articleId, 0);
    return number > 0 ? &articles[number - 1] : nullptr;
}

QString BriefingData::quote(const Event &event) const
{
    const Article *article = articleOf(event);
    if (!article || event.sentenceEnd <= event.sentenceStart || event.sentenceEnd > article->text.size())
        return {};
    return article->text.mid(event.sentenceStart, event.sentenceEnd - event.sentenceStart).simplified();
}

Expected<BriefingData> BriefingData::gather(const ProjectStore &store, const EventFilter &filter)
{
    auto events = store.events(filter);
    if (!events)
        return std::unexpected(events.error());
    if (events->isEmpty()) {
        const bool filtered = filter.from.isValid() || filter.to.isValid() || !filter.types.isEmpty()
            || !filter.place.isEmpty() || !filter.actor.isEmpty() || !filter.search.isEmpty() || filter.articleId;
        return makeError(Error::Kind::InvalidContent, store.path(),
                         filtered ? QStringLiteral("no events match the filter: nothing to brief")
                                  : QStringLiteral("the project has no events: import articles first"));
    }

    return fromEvents(store, std::move(*events), filter.from, filter.to);
}

Expected<BriefingData> BriefingData::fromEvents(const ProjectStore &store, QList<Event> events, const QDate &from,
                                                const QDate &to)
{
    if (from.isValid() || to.isValid()) {
        events.removeIf([&](const Event &event) {
            return !event.isDated() || (from.isValid() && event.date.end < from)
                || (to.isValid() && event.date.start > to);
        });
    }
    if (events.isEmpty())
        return makeError(Error::Kind::InvalidContent, store.path(),
                         QStringLiteral("no events in the period: nothing to brief"));
    BriefingData data;
    data.events = std::move(events);
    std::stable_sort(data.events.begin(), data.events.end(), [](const Event &a, const Event &b) {
        if (a.isDated() != b.isDated())
            return a.isDated();
        if (a.date.start != b.date.start)
            return a.date.start < b.date.start;
        if (a.date.end != b.date.end)
            return a.date.end < b.date.end;
        return a.id < b.id;
    });

    for (const Event &event : std::as_const(data.events)) {
        if (data.articleNumber.contains(event.articleId))
            continue;
        auto article = store.article(event.articleId);
        if (!article)
            return std::unexpected(article.error());
        data.articles.append(std::move(*article));
        data.articleNumber.insert(event.articleId, int(data.articles.size()));
    }

    data.periodStart = from;
    data.periodEnd = to;
    for (const Event &event : std::as_const(data.events)) {
        if (!event.isDated())
            continue;
        if (!from.isValid() && (!data.periodStart.isValid() || event.date.start < data.periodStart))
            data.periodStart = event.date.start;
        if (!to.isValid() && (!data.periodEnd.isValid() || event.date.end > data.periodEnd))
            data.periodEnd = event.date.end;
    }
    return data;
}

} // namespace Sitrep
