// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventinspector.h"

#include "inspector/eventcommands.h"
#include "places/gazetteer.h"
#include "project/projectsession.h"
#include "store/projectstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Sitrep {
namespace {

constexpr DatePrecision precisions[] = {DatePrecision::Day,    DatePrecision::Week,    DatePrecision::Month,
                                        DatePrecision::Season, DatePrecision::Quarter, DatePrecision::Year,
                                        DatePrecision::Decade, DatePrecision::Unknown};

// -1 shows as "unknown": a count nobody reported is not zero.
QSpinBox *countBox(QWidget *parent, const QString &accessibleName)
{
    auto *box = new QSpinBox(parent);
    box->setRange(-1, 10000000);
    box->setSpecialValueText(EventInspector::tr("unknown"));
    box->setAccessibleName(accessibleName);
    return box;
}

QString joinedNames(const QList<EventPlace> &places)
{
    QStringList names;
    for (const EventPlace &place : places)
        names << (place.canonicalName.isEmpty() ? place.name : place.canonicalName);
    return names.join(QStringLiteral("; "));
}

QString joinedNames(const QList<EventActor> &actors)
{
    QStringList names;
    for (const EventActor &actor : actors)
        names << actor.name;
    return names.join(QStringLiteral("; "));
}

QStringList splitNames(const QString &text)
{
    QStringList names;
    for (const QString &name : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            names << name.trimmed();
    }
    return names;
}

// A place the user typed: kept as it was when unchanged, else looked up in the gazetteer so that it
// lands on the map; a name the gazetteer does not know is kept without coordinates.
EventPlace placeNamed(const QString &name, const QList<EventPlace> &before)
{
    for (const EventPlace &place : before) {
        if (place.name == name || place.canonicalName == name)
            return place;
    }
    EventPlace place;
    place.name = name;
    const auto &gazetteer = Gazetteer::builtIn();
    if (gazetteer) {
        const auto candidates = gazetteer->candidates(name);
        std::optional<quint32> best;
        for (const Gazetteer::Candidate &candidate : candidates) {
            if (!best || gazetteer->population(candidate.entry) > gazetteer->population(*best))
                best = candidate.entry;
        }
        if (best) {
            const GazetteerEntry entry = gazetteer->entry(*best);
            place.canonicalName = entry.name;
            place.kind = placeKindName(entry.kind);
            place.latitude = entry.latitude;
            place.longitude = entry.longitude;
            place.countryCode = entry.countryCode;
            place.admin1 = entry.admin1Code;
            if (entry.geonameId)
                place.geonameId = entry.geonameId;
        }
    }
    return place;
}

Estimate estimateFrom(int value, const Estimate &before)
{
    if (value < 0)
        return {};
    if (before.best == value)
        return before;
    return Estimate {value, value, value};
}

} // namespace

EventInspector::EventInspector(ProjectSession *session, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undoStack(undoStack)
    , m_status(new QLabel(this))
    , m_start(new QDateEdit(this))
    , m_end(new QDateEdit(this))
    , m_undated(new QCheckBox(tr("Undated"), this))
    , m_precision(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_summary(new QPlainTextEdit(this))
    , m_places(new QLineEdit(this))
    , m_actors(new QLineEdit(this))
    , m_killed(countBox(this, tr("Killed")))
    , m_injured(countBox(this, tr("Injured")))
    , m_apply(new QPushButton(tr("Apply"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_add(new QPushButton(tr("Add Event"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    for (QDateEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    }
    m_start->setAccessibleName(tr("First day"));
    m_end->setAccessibleName(tr("Last day"));
    for (DatePrecision precision : precisions)
        m_precision->addItem(toString(precision), int(precision));
    for (EventType type : allEventTypes)
        m_type->addItem(eventTypeLabel(type), int(type));
    m_summary->setMaximumHeight(m_summary->fontMetrics().height() * 4);
    m_summary->setAccessibleName(tr("Summary"));
    m_places->setPlaceholderText(tr("Places, separated by ;"));
    m_places->setAccessibleName(tr("Places"));
    m_actors->setPlaceholderText(tr("Actors, separated by ;"));
    m_actors->setAccessibleName(tr("Actors"));
    m_status->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("applyEdit"));
    m_delete->setObjectName(QStringLiteral("deleteEvent"));
    m_places->setObjectName(QStringLiteral("placesEdit"));
    m_actors->setObjectName(QStringLiteral("actorsEdit"));
    m_type->setObjectName(QStringLiteral("typeBox"));
    m_killed->setObjectName(QStringLiteral("killedBox"));
    m_injured->setObjectName(QStringLiteral("injuredBox"));
    m_add->setObjectName(QStringLiteral("addEvent"));

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_end);
    dates->addWidget(m_undated);
    auto *form = new QFormLayout;
    form->addRow(tr("Dates"), dates);
    form->addRow(tr("Precision"), m_precision);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Summary"), m_summary);
    form->addRow(tr("Places"), m_places);
    form->addRow(tr("Actors"), m_actors);
    auto *figures = new QHBoxLayout;
    figures->addWidget(m_killed);
    figures->addWidget(new QLabel(tr("injured"), this));
    figures->addWidget(m_injured);
    form->addRow(tr("Killed"), figures);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_apply, &QPushButton::clicked, this, &EventInspector::apply);
    connect(m_revert, &QPushButton::clicked, this, &EventInspector::revert);
    connect(m_add, &QPushButton::clicked, this, &EventInspector::addEvent);
    connect(m_delete, &QPushButton::clicked, this, &EventInspector::deleteEvent);
    connect(m_undated, &QCheckBox::toggled, this, [this](bool undated) {
        m_start->setEnabled(!undated);
        m_end->setEnabled(!undated);
        markChanged();
    });
    for (QDateEdit *edit : {m_start, m_end})
        connect(edit, &QDateEdit::dateChanged, this, &EventInspector::markChanged);
    connect(m_precision, &QComboBox::currentIndexChanged, this, &EventInspector::markChanged);
    connect(m_type, &QComboBox::currentIndexChanged, this, &EventInspector::markChanged);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &EventInspector::markChanged);
    connect(m_places, &QLineEdit::textEdited, this, &EventInspector::markChanged);
    connect(m_actors, &QLineEdit::textEdited, this, &EventInspector::markChanged);
    connect(m_killed, &QSpinBox::valueChanged, this, &EventInspector::markChanged);
    connect(m_injured, &QSpinBox::valueChanged, this, &EventInspector::markChanged);
    inspect(nullptr);
}

void EventInspector::inspect(const Event *event)
{
    m_loading = true;
    m_event = event ? std::optional<Event>(*event) : std::nullopt;
    if (event) {
        const bool dated = event->isDated();
        m_undated->setChecked(!dated);
        m_start->setDate(dated ? event->date.start : QDate::currentDate());
        m_end->setDate(dated ? event->date.end : QDate::currentDate());
        m_precision->setCurrentIndex(m_precision->findData(int(event->date.precision)));
        m_type->setCurrentIndex(m_type->findData(int(event->type)));
        m_summary->setPlainText(event->summary);
        m_places->setText(joinedNames(event->places));
        m_actors->setText(joinedNames(event->actors));
        m_killed->setValue(event->killed.best.value_or(-1));
        m_injured->setValue(event->injured.best.value_or(-1));
        m_status->setText(event->reviewed
                              ? tr("Reviewed by you: re-imports leave it as it is.")
                              : tr("Found automatically (confidence %1%).").arg(qRound(event->confidence * 100)));
    } else {
        m_summary->clear();
        m_places->clear();
        m_actors->clear();
        m_status->setText(tr("<i>Select an event to correct it.</i>"));
    }
    setEditable(event != nullptr);
    m_apply->setEnabled(false);
    m_revert->setEnabled(false);
    m_loading = false;
}

void EventInspector::setEditable(bool editable)
{
    for (QWidget *field : std::initializer_list<QWidget *> {m_undated, m_precision, m_type, m_summary, m_places,
                                                            m_actors, m_killed, m_injured, m_delete})
        field->setEnabled(editable);
    m_start->setEnabled(editable && !m_undated->isChecked());
    m_end->setEnabled(editable && !m_undated->isChecked());
    m_add->setEnabled(m_session->store() != nullptr);
}

void EventInspector::markChanged()
{
    if (m_loading || !m_event)
        return;
    m_apply->setEnabled(true);
    m_revert->setEnabled(true);
}

std::optional<Event> EventInspector::editedEvent() const
{
    if (!m_event)
        return std::nullopt;
    Event edited = *m_event;
    if (m_undated->isChecked()) {
        edited.date = DateInterval {};
    } else {
        QDate start = m_start->date();
        QDate end = m_end->date();
        if (end < start)
            std::swap(start, end);
        edited.date.start = start;
        edited.date.end = end;
        edited.date.precision = DatePrecision(m_precision->currentData().toInt());
        if (m_event->date.start != start || m_event->date.end != end)
            edited.date.derivation = DateDerivation::Explicit;
    }
    edited.type = EventType(m_type->currentData().toInt());
    edited.summary = m_summary->toPlainText().simplified();
    edited.places.clear();
    for (const QString &name : splitNames(m_places->text()))
        edited.places.append(placeNamed(name, m_event->places));
    edited.actors.clear();
    for (const QString &name : splitNames(m_actors->text())) {
        const auto known = std::find_if(m_event->actors.cbegin(), m_event->actors.cend(),
                                        [&name](const EventActor &actor) { return actor.name == name; });
        edited.actors.append(known != m_event->actors.cend() ? *known : EventActor {name, {}, {}, {}});
    }
    edited.killed = estimateFrom(m_killed->value(), m_event->killed);
    edited.injured = estimateFrom(m_injured->value(), m_event->injured);
    edited.reviewed = true;
    return edited;
}

void EventInspector::apply()
{
    const auto edited = editedEvent();
    if (!edited || !m_session->store())
        return;
    m_undoStack->push(new EditEventCommand(m_session, *m_event, *edited));
}

void EventInspector::revert()
{
    const std::optional<Event> shown = m_event;
    inspect(shown ? &*shown : nullptr);
}

void EventInspector::addEvent()
{
    if (!m_session->store())
        return;
    Event event;
    // A new event belongs to the article in view: the current event's, else the first.
    event.articleId = m_event ? m_event->articleId : 0;
    if (event.articleId == 0) {
        const auto articles = m_session->store()->articles();
        if (!articles || articles->isEmpty())
            return;
        event.articleId = articles->first().id;
    }
    event.date = {QDate::currentDate(), QDate::currentDate(), DatePrecision::Day, DateDerivation::Explicit};
    event.summary = tr("New event");
    event.confidence = 1.0;
    m_undoStack->push(new AddEventCommand(m_session, event));
}

void EventInspector::deleteEvent()
{
    if (m_event && m_session->store())
        m_undoStack->push(new DeleteEventCommand(m_session, *m_event));
}

} // namespace Sitrep
