// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsession.h"

#include "events/eventextractor.h"
#include "models/articletablemodel.h"
#include "models/eventfilterproxy.h"
#include "models/eventtablemodel.h"
#include "project/importer.h"
#include "store/projectstore.h"

#include <QFuture>
#include <QItemSelectionModel>
#include <QtConcurrent>

namespace Sitrep {

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
    , m_articles(new ArticleTableModel(this))
    , m_events(new EventTableModel(this))
    , m_filtered(new EventFilterProxy(this))
    , m_selection(new QItemSelectionModel(m_filtered, this))
{
    m_filtered->setSourceModel(m_events);
    const auto shownChanged = [this] {
        Q_EMIT shownEventsChanged();
    };
    connect(m_filtered, &QAbstractItemModel::modelReset, this, shownChanged);
    connect(m_filtered, &EventFilterProxy::filterChanged, this, shownChanged);
    connect(m_filtered, &QAbstractItemModel::rowsInserted, this, shownChanged);
    connect(m_filtered, &QAbstractItemModel::rowsRemoved, this, shownChanged);
    connect(m_filtered, &QAbstractItemModel::dataChanged, this, shownChanged);
    connect(m_selection, &QItemSelectionModel::currentChanged, this,
            [this] { Q_EMIT currentEventChanged(currentEvent()); });
}

ProjectSession::~ProjectSession() = default;

void ProjectSession::setStore(std::unique_ptr<ProjectStore> store)
{
    m_store = std::move(store);
    m_filtered->clearFilters();
    reload();
}

QString ProjectSession::projectPath() const
{
    return m_store ? m_store->path() : QString();
}

void ProjectSession::reload()
{
    m_articleCache.clear();
    QList<Article> articles;
    QList<Event> events;
    if (m_store) {
        // The article list comes on a second connection while this thread reads the events: a
        // project of 50,000 articles opens about a fifth sooner.
        QFuture<Expected<QList<Article>>> articlesLater;
        const QString path = m_store->path();
        const bool parallel = path != u":memory:";
        if (parallel) {
            articlesLater = QtConcurrent::run([path]() -> Expected<QList<Article>> {
                auto reader = ProjectStore::open(path);
                if (!reader)
                    return std::unexpected(reader.error());
                return (*reader)->articles();
            });
        }
        auto loadedEvents = m_store->events();
        auto loadedArticles = parallel ? articlesLater.result() : m_store->articles();
        if (loadedArticles)
            articles = std::move(*loadedArticles);
        else
            Q_EMIT problem(loadedArticles.error().toString());
        if (loadedEvents)
            events = std::move(*loadedEvents);
        else
            Q_EMIT problem(loadedEvents.error().toString());
    }
    QHash<qint64, QString> titles;
    for (const Article &article : std::as_const(articles))
        titles.insert(article.id, article.title);
    const qint64 current = currentEvent() ? currentEvent()->id : 0;
    m_articles->setArticles(std::move(articles));
    m_events->setEvents(std::move(events), std::move(titles));
    if (current)
        selectEvent(current);
    Q_EMIT reloaded();
}

const Event *ProjectSession::currentEvent() const
{
    const QModelIndex current = m_selection->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_events->eventAt(m_filtered->mapToSource(current).row());
}

std::optional<Article> ProjectSession::article(qint64 id) const
{
    if (!m_store)
        return std::nullopt;
    if (auto cached = m_articleCache.constFind(id); cached != m_articleCache.cend())
        return *cached;
    auto loaded = m_store->article(id);
    if (!loaded)
        return std::nullopt;
    if (m_articleCache.size() > 64)
        m_articleCache.clear();
    m_articleCache.insert(id, *loaded);
    return *loaded;
}

bool ProjectSession::selectEvent(qint64 eventId)
{
    const int row = m_events->rowOfEvent(eventId);
    if (row < 0)
        return false;
    const QModelIndex index = m_filtered->mapFromSource(m_events->index(row, 0));
    if (!index.isValid())
        return false;
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

namespace {
// The order the Date column sorts in (undated last, then start, then end), with the model row
// breaking ties as the proxy's stable sort does.
struct DateKey
{
    bool undated = false;
    qint64 start = 0;
    qint64 end = 0;
    int row = 0;

    static DateKey of(const Event &event, int row)
    {
        if (!event.isDated())
            return {true, 0, 0, row};
        return {false, event.date.start.toJulianDay(), event.date.end.toJulianDay(), row};
    }
    auto operator<=>(const DateKey &) const = default;
};
} // namespace

bool ProjectSession::stepByDate(int direction)
{
    if (direction == 0)
        return false;
    const QModelIndex current = m_selection->currentIndex();
    std::optional<DateKey> from;
    if (current.isValid()) {
        const int sourceRow = m_filtered->mapToSource(current).row();
        if (const Event *event = m_events->eventAt(sourceRow))
            from = DateKey::of(*event, sourceRow);
    }
    // One pass for the nearest neighbour: cheaper than sorting the shown events on every key press.
    std::optional<DateKey> best;
    int bestRow = -1;
    const int count = m_filtered->rowCount();
    for (int row = 0; row < count; ++row) {
        const int sourceRow = m_filtered->mapToSource(m_filtered->index(row, 0)).row();
        const Event *event = m_events->eventAt(sourceRow);
        if (!event)
            continue;
        const DateKey key = DateKey::of(*event, sourceRow);
        const bool beyond = !from || (direction > 0 ? key > *from : key < *from);
        const bool nearer = !best || (direction > 0 ? key < *best : key > *best);
        if (beyond && nearer) {
            best = key;
            bestRow = row;
        }
    }
    if (bestRow < 0)
        return false;
    m_selection->setCurrentIndex(m_filtered->index(bestRow, current.isValid() ? current.column() : 0),
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

QList<ProjectSession::ShownEvent> ProjectSession::shownEvents() const
{
    QList<ShownEvent> shown;
    const int count = m_filtered->rowCount();
    shown.reserve(count);
    for (int row = 0; row < count; ++row) {
        const int sourceRow = m_filtered->mapToSource(m_filtered->index(row, 0)).row();
        if (const Event *event = m_events->eventAt(sourceRow))
            shown.append(ShownEvent {sourceRow, event});
    }
    return shown;
}

std::optional<qint64> ProjectSession::eventAt(qint64 articleId, int offset) const
{
    // The narrowest span wins: a clause inside a sentence holding two events.
    std::optional<qint64> best;
    qsizetype bestLength = std::numeric_limits<qsizetype>::max();
    for (const ShownEvent &shown : shownEvents()) {
        const Event *event = shown.event;
        if (event->articleId != articleId || offset < event->sentenceStart || offset >= event->sentenceEnd)
            continue;
        if (event->sentenceEnd - event->sentenceStart < bestLength) {
            bestLength = event->sentenceEnd - event->sentenceStart;
            best = event->id;
        }
    }
    return best;
}

const EventExtractor &ProjectSession::extractor() const
{
    if (!m_extractor)
        m_extractor = std::make_unique<EventExtractor>();
    return *m_extractor;
}

bool ProjectSession::changeReferenceDate(qint64 articleId, const QDate &date)
{
    if (!m_store)
        return false;
    Importer importer(*m_store, extractor());
    const auto resolved = importer.changeReferenceDate(articleId, date);
    if (!resolved) {
        Q_EMIT problem(resolved.error().toString());
        return false;
    }
    reload();
    return true;
}

void ProjectSession::search(const QString &text)
{
    if (text.trimmed().isEmpty() || !m_store) {
        m_filtered->setSearchMatches(std::nullopt);
        return;
    }
    EventFilter filter;
    filter.search = text;
    auto matches = m_store->events(filter);
    if (!matches) {
        Q_EMIT problem(matches.error().toString());
        return;
    }
    QSet<qint64> ids;
    for (const Event &event : std::as_const(*matches))
        ids.insert(event.id);
    m_filtered->setSearchMatches(ids);
}

} // namespace Sitrep
