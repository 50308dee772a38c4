// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Sitrep {

// A Sitrep project: one SQLite file holding articles (and, later, their events).
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

    struct AddResult
    {
        qint64 id = 0;
        bool alreadyStored = false; // same content hash: nothing was written
    };
    // Stores an article in one transaction. Re-adding unchanged content is a no-op.
    Expected<AddResult> addArticle(const Article &article);

    Expected<QList<Article>> articles() const;
    Expected<Article> article(qint64 id) const;
    Expected<int> articleCount() const;

private:
    ProjectStore(QString path, QString connectionName);
    QSqlDatabase database() const;
    Expected<void> configure();

    QString m_path;
    QString m_connectionName;
};

} // namespace Sitrep
