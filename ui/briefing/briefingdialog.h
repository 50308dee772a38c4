// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "briefing/briefingdata.h"
#include "briefing/briefingoptions.h"
#include "briefingjob.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Sitrep {

class BriefingPreview;
class ProjectSession;

// File ▸ Export Briefing…: title, author, period (the filter's by default), sections and page
// size; a preview of the pages; saving runs off the GUI thread with progress and can be cancelled.
// The briefing covers the events the window's filter shows.
class BriefingDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BriefingDialog(ProjectSession *session, QWidget *parent = nullptr);

    BriefingOptions options() const;
    // The events to brief, read from the project, or why there are none.
    Expected<BriefingData> data() const;
    void preview();
    // Asks for a file name, then saves.
    void saveAs();
    void saveTo(const QString &path);
    const BriefingJob &job() const { return m_job; }

Q_SIGNALS:
    void saved(const QString &path, int pages);

private:
    void start(bool isPreview, const QString &path = {});
    void finish(const BriefingJob::Outcome &outcome);
    void setBusy(bool busy);

    ProjectSession *m_session;
    BriefingJob m_job;
    QLineEdit *m_title;
    QLineEdit *m_author;
    QCheckBox *m_limitPeriod;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QMap<int, QCheckBox *> m_sections;
    QComboBox *m_pageSize;
    BriefingPreview *m_preview;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_previewButton;
    QPushButton *m_saveButton;
    QPushButton *m_cancelButton;
};

} // namespace Sitrep
