// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "briefing/briefingdata.h"
#include "briefing/briefingoptions.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>

namespace Sitrep {

// Writes a briefing off the GUI thread: in memory for a preview, or the PDF to a file.
// The data is read on the GUI thread beforehand (a quick read), so the worker needs no database.
class BriefingJob final : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        int pages = 0;
        QByteArray pdf; // a preview's document, whose pages the dialog renders as they come into view
        QString savedTo; // a saved file
        QString error; // empty on success
        bool cancelled = false;
    };

    explicit BriefingJob(QObject *parent = nullptr);
    ~BriefingJob() override;

    bool isRunning() const;
    // Both return false when a job is already running.
    bool preview(BriefingData data, BriefingOptions options);
    bool save(BriefingData data, BriefingOptions options, const QString &path);
    void cancel();

Q_SIGNALS:
    void progressed(int percent);
    void finished(const Sitrep::BriefingJob::Outcome &outcome);

private:
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace Sitrep
