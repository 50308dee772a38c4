// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "events/eventextractor.h"
#include "logging.h"
#include "store/projectstore.h"

#include <QFileInfo>

namespace Sitrep {

Importer::Importer(ProjectStore &store, const EventExtractor &extractor)
    : m_store(store)
    , m_extractor(extractor)
{ }

QStringList Importer::expandPaths(const QStringList &paths, QStringList *truncatedFolders)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        bool truncated = false;
        files += ArticleReader::filesInFolder(path, &truncated);
        if (truncated && truncatedFolders)
            truncatedFolders->append(path);
    }
    return files;
}

Importer::Summary Importer::run(const QStringList &paths, const ArticleReader::Options &options,
                                const ProgressCallback &progress)
{
    Summary summary;
    const QStringList files = expandPaths(paths, &summary.truncatedFolders);
    summary.files = int(files.size());
    for (int i = 0; i < files.size(); ++i) {
        if (progress && !progress(Progress {i, int(files.size()), files[i]})) {
            summary.cancelled = true;
            break;
        }
        auto articles = ArticleReader::readAll(files[i], options);
        if (!articles) {
            summary.failures.append(articles.error());
            continue;
        }
        for (const Article &article : std::as_const(*articles)) {
            const QList<Event> events = m_extractor.extract(article);
            auto imported = m_store.importArticle(article, events);
            if (!imported) {
                summary.failures.append(imported.error());
                continue;
            }
            switch (imported->outcome) {
            case ProjectStore::ImportResult::Outcome::Added:
                ++summary.articlesAdded;
                break;
            case ProjectStore::ImportResult::Outcome::Unchanged:
                ++summary.articlesUnchanged;
                break;
            case ProjectStore::ImportResult::Outcome::Replaced:
                ++summary.articlesReplaced;
                break;
            }
            summary.events += imported->eventCount;
        }
    }
    if (progress && !summary.cancelled)
        progress(Progress {int(files.size()), int(files.size()), QString()});
    qCInfo(lcProject) << "imported" << summary.articlesAdded << "new," << summary.articlesReplaced << "replaced,"
                      << summary.articlesUnchanged << "unchanged," << summary.failures.size() << "failed";
    return summary;
}

Expected<int> Importer::changeReferenceDate(qint64 articleId, const QDate &date)
{
    if (!date.isValid())
        return makeError(Error::Kind::InvalidContent, m_store.path(), QStringLiteral("not a valid date"));
    if (auto set = m_store.setReferenceDate(articleId, date, DateSource::User); !set)
        return std::unexpected(set.error());
    auto article = m_store.article(articleId);
    if (!article)
        return std::unexpected(article.error());
    return m_store.replaceMachineEvents(articleId, m_extractor.extract(*article));
}

} // namespace Sitrep
