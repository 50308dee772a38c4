// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"

#include <QUndoCommand>

namespace Sitrep {

class ProjectSession;

// Edits to events, undoable. Each writes to the project at once (so nothing is lost on a crash)
// and reloads the session's models; edited and added events are marked reviewed, so re-imports
// never overwrite them.
class EditEventCommand final : public QUndoCommand
{
public:
    EditEventCommand(ProjectSession *session, Event before, Event after);
    void undo() override;
    void redo() override;

private:
    ProjectSession *m_session;
    Event m_before;
    Event m_after;
};

class AddEventCommand final : public QUndoCommand
{
public:
    AddEventCommand(ProjectSession *session, Event event);
    void undo() override;
    void redo() override;
    qint64 eventId() const { return m_event.id; }

private:
    ProjectSession *m_session;
    Event m_event;
};

class DeleteEventCommand final : public QUndoCommand
{
public:
    DeleteEventCommand(ProjectSession *session, Event event);
    void undo() override;
    void redo() override;

private:
    ProjectSession *m_session;
    Event m_event;
};

} // namespace Sitrep
