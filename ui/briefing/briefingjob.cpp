// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingjob.h"

#include "briefing/briefingstyle.h"
#include "briefing/briefingwriter.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace Sitrep {
namespace {

BriefingWriter::Progress reporter(QPromise<BriefingJob::Outcome> &promise)
{
    promise.setProgressRange(0, 100);
    return [&promise](int percent) {
        promise.setProgressValue(percent);
        return !promise.isCanceled();
    };
}

BriefingJob::Outcome failed(const Error &error)
{
    BriefingJob::Outcome outcome;
    outcome.cancelled = error.kind == Error::Kind::Cancelled;
    outcome.error = error.toString();
    return outcome;
}

void runPreview(QPromise<BriefingJob::Outcome> &promise, const BriefingData &data, const BriefingOptions &options)
{
    const auto document = BriefingWriter::render(data, options, reporter(promise));
    if (!document) {
        promise.addResult(failed(document.error()));
        return;
    }
    BriefingJob::Outcome outcome;
    outcome.pages = document->second;
    outcome.pdf = document->first;
    promise.addResult(outcome);
}

void runSave(QPromise<BriefingJob::Outcome> &promise, const BriefingData &data, const BriefingOptions &options,
             const QString &path)
{
    const auto written = BriefingWriter::write(data, options, path, reporter(promise));
    if (!written) {
        promise.addResult(failed(written.error()));
        return;
    }
    BriefingJob::Outcome outcome;
    outcome.pages = written->pages;
    outcome.savedTo = path;
    promise.addResult(outcome);
}

} // namespace

BriefingJob::BriefingJob(QObject *parent)
    : QObject(parent)
{
    // Registered here, on the GUI thread, before any worker lays out text with them.
    BriefingStyle::standard();
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, this, &BriefingJob::progressed);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const auto future = m_watcher.future();
        Outcome outcome = future.resultCount() > 0 ? future.result() : Outcome {};
        if (future.isCanceled())
            outcome.cancelled = true;
        Q_EMIT finished(outcome);
    });
}

BriefingJob::~BriefingJob()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool BriefingJob::isRunning() const
{
    return m_watcher.isRunning();
}

bool BriefingJob::preview(BriefingData data, BriefingOptions options)
{
    if (isRunning())
        return false;
    m_watcher.setFuture(QtConcurrent::run(runPreview, std::move(data), std::move(options)));
    return true;
}

bool BriefingJob::save(BriefingData data, BriefingOptions options, const QString &path)
{
    if (isRunning())
        return false;
    m_watcher.setFuture(QtConcurrent::run(runSave, std::move(data), std::move(options), path));
    return true;
}

void BriefingJob::cancel()
{
    m_watcher.cancel();
}

} // namespace Sitrep
