// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcommands.h"

#include "project/projectsession.h"
#include "store/projectstore.h"

namespace Sitrep {
namespace {

void report(ProjectSession *session, const Expected<void> &result)
{
    if (!result)
        Q_EMIT session->problem(result.error().toString());
}

} // namespace

EditEventCommand::EditEventCommand(ProjectSession *session, Event before, Event after)
    : m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    m_after.reviewed = true;
    setText(QObject::tr("Edit “%1”").arg(m_after.summary.left(40)));
}

void EditEventCommand::undo()
{
    report(m_session, m_session->store()->updateEvent(m_before));
    m_session->reload();
    m_session->selectEvent(m_before.id);
}

void EditEventCommand::redo()
{
    report(m_session, m_session->store()->updateEvent(m_after));
    m_session->reload();
    m_session->selectEvent(m_after.id);
}

AddEventCommand::AddEventCommand(ProjectSession *session, Event event)
    : m_session(session)
    , m_event(std::move(event))
{
    m_event.id = 0;
    m_event.reviewed = true;
    setText(QObject::tr("Add event"));
}

void AddEventCommand::undo()
{
    report(m_session, m_session->store()->removeEvent(m_event.id));
    m_session->reload();
}

void AddEventCommand::redo()
{
    // A redo stores the event anew; the id it gets is the one later undos remove.
    const auto id = m_session->store()->addEvent(m_event);
    if (!id) {
        Q_EMIT m_session->problem(id.error().toString());
        return;
    }
    m_event.id = *id;
    m_session->reload();
    m_session->selectEvent(m_event.id);
}

DeleteEventCommand::DeleteEventCommand(ProjectSession *session, Event event)
    : m_session(session)
    , m_event(std::move(event))
{
    setText(QObject::tr("Delete “%1”").arg(m_event.summary.left(40)));
}

void DeleteEventCommand::undo()
{
    const auto id = m_session->store()->addEvent(m_event);
    if (!id) {
        Q_EMIT m_session->problem(id.error().toString());
        return;
    }
    m_event.id = *id;
    m_session->reload();
    m_session->selectEvent(m_event.id);
}

void DeleteEventCommand::redo()
{
    report(m_session, m_session->store()->removeEvent(m_event.id));
    m_session->reload();
}

} // namespace Sitrep
