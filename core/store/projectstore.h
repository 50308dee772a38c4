// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/event.h"
#include "error.h"
#include "store/eventfilter.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Sitrep {

class PendingSearchRows;
class StatementCache;

// A Sitrep project: one SQLite file holding articles and their events.
// Each instance owns its own connection, so a worker thread opens its own store.
class ProjectStore final
{
public:
    // Opens the file, creating it when missing, and migrates it to the current schema.
    // ":memory:" gives a private in-memory project.
    static Expected<std::unique_ptr<ProjectStore>> open(const QString &path);

    ~ProjectStore();
    Q_DISABLE_COPY_MOVE(ProjectStore)

    QString path() const { return m_path; }

    struct ImportResult
    {
        enum class Outcome {
            Added, // a new article
            Unchanged, // same content hash as a stored article: nothing was written
            Replaced, // same source with new content: the article and its machine-made events replaced
        };
        qint64 articleId = 0;
        Outcome outcome = Outcome::Added;
        int eventCount = 0; // events written
    };
    // Stores an article and the events found in it, in one transaction.
    Expected<ImportResult> importArticle(const Article &article, const QList<Event> &events = {});

    struct ArticleImport
    {
        Article article;
        QList<Event> events;
    };
    // Stores several articles in one transaction: one that fails is undone alone (the batch is then
    // redone with a savepoint per article), and a crash loses the batch but never leaves half an
    // article. One result per article.
    QList<Expected<ImportResult>> importArticles(const QList<ArticleImport> &batch);

    Expected<QList<Article>> articles() const; // without their text, for lists
    Expected<Article> article(qint64 id) const; // whole
    Expected<int> articleCount() const;
    Expected<void> removeArticle(qint64 id);
    Expected<void> setReferenceDate(qint64 articleId, const QDate &date, DateSource source);

    Expected<QList<Event>> events(const EventFilter &filter = {}) const;
    Expected<Event> event(qint64 id) const;
    Expected<int> eventCount(const EventFilter &filter = {}) const;
    // Stores an event; one with an id keeps it (restoring a deleted event), one without gets one.
    Expected<qint64> addEvent(const Event &event);
    Expected<void> updateEvent(const Event &event);
    Expected<void> removeEvent(qint64 id);
    // Replaces an article's machine-made events (after its dates were re-resolved); reviewed ones stay.
    Expected<int> replaceMachineEvents(qint64 articleId, const QList<Event> &events);

    // Writes a consistent copy of the whole project to another file (VACUUM INTO).
    Expected<void> saveCopy(const QString &path) const;

    // PRAGMA integrity_check: true when SQLite finds nothing wrong.
    Expected<bool> checkIntegrity() const;

private:
    ProjectStore(QString path, QString connectionName);
    QSqlDatabase database() const;
    Expected<void> configure();
    enum class ArticleKey { ContentHash, Source };
    Expected<std::optional<qint64>> articleIdWhere(ArticleKey key, const QString &value) const;
    Expected<ImportResult> importOne(const Article &article, const QList<Event> &events, const QString &importedAt);
    enum class Isolation { Batch, PerArticle };
    // With Isolation::Batch, nullopt (and nothing stored) as soon as one article fails.
    std::optional<QList<Expected<ImportResult>>> importBatch(const QList<ArticleImport> &batch, Isolation isolation);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<StatementCache> m_statements;
    std::unique_ptr<PendingSearchRows> m_unindexed; // rows inserted in the open transaction
};

} // namespace Sitrep
