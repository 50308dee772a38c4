// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/importer.h"

#include <QFutureWatcher>
#include <QObject>

namespace Sitrep {

// Imports files into a project file off the GUI thread. The worker opens its own connection to the
// project (SQLite allows one writer, and WAL lets the window keep reading meanwhile), reports
// progress and honours cancel between chunks of files.
class ImportJob final : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    bool isRunning() const;
    // Starts an import; false when one is already running or the project cannot be imported into
    // from another thread (an in-memory project).
    bool start(const QString &projectPath, const QStringList &paths, const ArticleReader::Options &options = {});
    void cancel();
    const Importer::Summary &summary() const { return m_summary; }

Q_SIGNALS:
    void progressed(int filesDone, int fileCount, const QString &currentFile);
    void finished(const Sitrep::Importer::Summary &summary);

private:
    QFutureWatcher<Importer::Summary> m_watcher;
    Importer::Summary m_summary;
};

} // namespace Sitrep
