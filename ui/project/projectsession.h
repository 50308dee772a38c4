// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QObject>

#include <memory>
#include <optional>

class QItemSelectionModel;

namespace Sitrep {

class ArticleTableModel;
class EventExtractor;
class EventFilterProxy;
class EventTableModel;
class ProjectStore;
struct Event;

// The open project and the models every pane shares: the events, the one filter proxy over them,
// the one selection model on that proxy, and the articles.
class ProjectSession final : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    void setStore(std::unique_ptr<ProjectStore> store);
    ProjectStore *store() const { return m_store.get(); }
    QString projectPath() const;

    ArticleTableModel *articles() const { return m_articles; }
    EventTableModel *events() const { return m_events; }
    EventFilterProxy *filteredEvents() const { return m_filtered; }
    QItemSelectionModel *selection() const { return m_selection; }

    struct ShownEvent
    {
        int sourceRow = -1; // row in events()
        const Event *event = nullptr;
    };
    // The events the filter shows, in the proxy's order: what every pane draws.
    QList<ShownEvent> shownEvents() const;

    // The event the selection's current index points at, or null.
    const Event *currentEvent() const;
    std::optional<Article> article(qint64 id) const;
    // Makes the event current (and selected) if the filter shows it.
    bool selectEvent(qint64 eventId);
    // Makes current the shown event that follows (direction > 0) or precedes (direction < 0) the
    // current one in date order, whatever order the table is sorted in: start, then end, undated
    // last. With no current event it starts from the first or the last. False at either end.
    bool stepByDate(int direction);

    // The article's event whose sentence holds the offset, if the filter shows one.
    std::optional<qint64> eventAt(qint64 articleId, int offset) const;
    // Sets an article's reference date and re-resolves its machine-made events; reloads the models.
    bool changeReferenceDate(qint64 articleId, const QDate &date);
    // The language engines, for annotating what the source pane shows.
    const EventExtractor &extractor() const;

    // Runs a full-text search in the store and narrows the filter to its matches; empty clears it.
    void search(const QString &text);
    void reload();

Q_SIGNALS:
    // The events the filter shows changed: filtered anew, reloaded, added, removed or edited (not
    // when they are only sorted, which moves proxy rows and leaves the panes' source rows alone).
    void shownEventsChanged();
    void reloaded();
    void problem(const QString &message);
    void currentEventChanged(const Sitrep::Event *event);

private:
    std::unique_ptr<ProjectStore> m_store;
    ArticleTableModel *m_articles = nullptr;
    EventTableModel *m_events = nullptr;
    EventFilterProxy *m_filtered = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    mutable QHash<qint64, Article> m_articleCache;
    mutable std::unique_ptr<EventExtractor> m_extractor;
};

} // namespace Sitrep
