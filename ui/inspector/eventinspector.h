// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace Sitrep {

class ProjectSession;

// Corrects the current event: its dates and precision, type, summary, places, actors and figures;
// adds and deletes events. Every change goes through the undo stack and into the project at once.
class EventInspector final : public QWidget
{
    Q_OBJECT

public:
    EventInspector(ProjectSession *session, QUndoStack *undoStack, QWidget *parent = nullptr);

    void inspect(const Sitrep::Event *event);
    // The event as the fields now describe it (the shown event with the user's changes).
    std::optional<Event> editedEvent() const;

    void apply();
    void revert();
    void addEvent();
    void deleteEvent();

private:
    void setEditable(bool editable);
    void markChanged();

    ProjectSession *m_session;
    QUndoStack *m_undoStack;
    std::optional<Event> m_event;
    bool m_loading = false;

    QLabel *m_status = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QCheckBox *m_undated = nullptr;
    QComboBox *m_precision = nullptr;
    QComboBox *m_type = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLineEdit *m_places = nullptr;
    QLineEdit *m_actors = nullptr;
    QSpinBox *m_killed = nullptr;
    QSpinBox *m_injured = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace Sitrep
