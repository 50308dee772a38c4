// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "events/eventextractor.h"
#include "store/projectstore.h"

#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace Sitrep {
namespace {

void runImport(QPromise<Importer::Summary> &promise, const QString &projectPath, const QStringList &paths,
               const ArticleReader::Options &options)
{
    auto store = ProjectStore::open(projectPath);
    if (!store) {
        Importer::Summary failed;
        failed.failures.append(store.error());
        promise.addResult(failed);
        return;
    }
    const EventExtractor extractor;
    Importer importer(**store, extractor);
    // The window's own reads stay quick when the worker leaves a core free.
    importer.setThreads(qMax(1, QThread::idealThreadCount() - 1));
    const auto progress = [&promise](const Importer::Progress &step) {
        promise.setProgressRange(0, step.fileCount);
        promise.setProgressValueAndText(step.filesDone, step.currentFile);
        return !promise.isCanceled();
    };
    promise.addResult(importer.run(paths, options, progress));
}

} // namespace

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Importer::Summary>::progressValueChanged, this,
            [this](int value) { Q_EMIT progressed(value, m_watcher.progressMaximum(), m_watcher.progressText()); });
    connect(&m_watcher, &QFutureWatcher<Importer::Summary>::finished, this, [this] {
        const auto future = m_watcher.future();
        m_summary = future.resultCount() > 0 ? future.result() : Importer::Summary {};
        if (future.isCanceled())
            m_summary.cancelled = true;
        Q_EMIT finished(m_summary);
    });
}

ImportJob::~ImportJob()
{
    // The worker holds its own connection and stops at the next chunk; wait so nothing outlives us.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool ImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

bool ImportJob::start(const QString &projectPath, const QStringList &paths, const ArticleReader::Options &options)
{
    if (isRunning() || projectPath.isEmpty() || projectPath == u":memory:")
        return false;
    m_summary = {};
    m_watcher.setFuture(QtConcurrent::run(runImport, projectPath, paths, options));
    return true;
}

void ImportJob::cancel()
{
    m_watcher.cancel();
}

} // namespace Sitrep
