// SPDX-License-Identifier: GPL-3.0-or-later
#include "importprogress.h"

#include "project/importjob.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace Sitrep {

ImportProgress::ImportProgress(QWidget *parent)
    : QWidget(parent)
    , m_job(new ImportJob(this))
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_bar->setMaximumWidth(200);
    m_bar->setTextVisible(true);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the import after the files in hand; what is stored stays stored"));
    m_cancel->setAccessibleName(tr("Cancel import"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();

    connect(m_cancel, &QToolButton::clicked, m_job, &ImportJob::cancel);
    connect(m_job, &ImportJob::progressed, this, &ImportProgress::showProgress);
    connect(m_job, &ImportJob::finished, this, [this](const Importer::Summary &summary) {
        hide();
        Q_EMIT finished(summary);
    });
}

bool ImportProgress::start(const QString &projectPath, const QStringList &paths, const ArticleReader::Options &options)
{
    if (!m_job->start(projectPath, paths, options))
        return false;
    m_label->setText(tr("Importing…"));
    m_bar->setRange(0, 0);
    show();
    return true;
}

bool ImportProgress::isRunning() const
{
    return m_job->isRunning();
}

void ImportProgress::showProgress(int filesDone, int fileCount, const QString &currentFile)
{
    m_bar->setRange(0, qMax(1, fileCount));
    m_bar->setValue(filesDone);
    m_bar->setFormat(tr("%1 of %2").arg(filesDone).arg(fileCount));
    m_label->setText(currentFile.isEmpty() ? tr("Importing…")
                                           : tr("Reading %1").arg(QFileInfo(currentFile).fileName()));
}

QString ImportProgress::describe(const Importer::Summary &summary)
{
    QStringList parts;
    parts << tr("%1 added").arg(summary.articlesAdded);
    if (summary.articlesReplaced > 0)
        parts << tr("%1 updated").arg(summary.articlesReplaced);
    if (summary.articlesUnchanged > 0)
        parts << tr("%1 unchanged").arg(summary.articlesUnchanged);
    QString text = tr("Articles: %1; %2 events found").arg(parts.join(QStringLiteral(", "))).arg(summary.events);
    if (!summary.failures.isEmpty())
        text += tr("; %1 could not be read").arg(summary.failures.size());
    if (summary.cancelled)
        text += tr(" (cancelled)");
    return text;
}

} // namespace Sitrep
