// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actors/actorrecognizer.h"
#include "dates/timexengine.h"
#include "domain/article.h"
#include "domain/event.h"
#include "events/eventassembler.h"
#include "figures/figureextractor.h"

#include <QHash>

#include <mutex>
#include <optional>

namespace Sitrep {

class Gazetteer;

// The whole pipeline for one article: dates, places, actors and figures, then event assembly.
// Safe to use from several threads at once (each call works on its own data).
class EventExtractor final
{
public:
    // Uses the gazetteer compiled into Sitrep; with none, events simply have no places.
    EventExtractor();
    explicit EventExtractor(const Gazetteer *gazetteer);

    ArticleAnnotations annotate(const Article &article) const;
    QList<Event> extract(const Article &article) const;
    // The same for many articles at once, faster than one by one; results in the articles' order.
    QList<ArticleAnnotations> annotate(const QList<Article> &articles) const;
    QList<QList<Event>> extract(const QList<Article> &articles) const;

private:
    std::optional<quint32> capitalOf(quint16 countryKey) const;
    std::optional<quint32> embassySeatOf(quint16 countryKey) const;
    std::optional<quint32> cityNamed(const QString &name, quint16 countryKey) const;
    void findPlaces(const Article &article, ArticleAnnotations &annotations) const;
    void findActors(const Article &article, ArticleAnnotations &annotations) const;
    void findFigures(const Article &article, ArticleAnnotations &annotations) const;
    void addInstitutionSeats(const Article &article, ArticleAnnotations &annotations) const;
    static void separatePlacesFromActors(ArticleAnnotations &annotations, QStringView text);

    const Gazetteer *m_gazetteer = nullptr;
    mutable std::once_flag m_capitalsBuilt;
    mutable QHash<quint16, quint32> m_capitals;
    TimexEngine m_dates;
    ActorRecognizer m_actors;
    FigureExtractor m_figures;
    EventAssembler m_assembler;
};

} // namespace Sitrep
