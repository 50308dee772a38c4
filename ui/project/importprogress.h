// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/importer.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Sitrep {

class ImportJob;

// The status-bar strip for an import in progress: what is being read, how far along, and Cancel.
// Hidden when no import runs; the window stays usable throughout.
class ImportProgress final : public QWidget
{
    Q_OBJECT

public:
    explicit ImportProgress(QWidget *parent = nullptr);

    bool start(const QString &projectPath, const QStringList &paths, const ArticleReader::Options &options = {});
    bool isRunning() const;
    ImportJob *job() const { return m_job; }

    // "12 articles added, 3 unchanged; 2 files failed", for the status bar.
    static QString describe(const Importer::Summary &summary);

Q_SIGNALS:
    void finished(const Sitrep::Importer::Summary &summary);

private:
    void showProgress(int filesDone, int fileCount, const QString &currentFile);

    ImportJob *m_job = nullptr;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace Sitrep
