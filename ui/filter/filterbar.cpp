// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "eventstyle.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QTimer>
#include <QToolButton>

namespace Sitrep {
namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(colour.darker(130));
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

QLineEdit *filterEdit(const QString &placeholder, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessibleName);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(filterEdit(tr("Search events and articles…"), tr("Full-text search"), this))
    , m_searchDelay(new QTimer(this))
    , m_dateEnabled(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_types(new QToolButton(this))
    , m_place(filterEdit(tr("Place"), tr("Place filter"), this))
    , m_actor(filterEdit(tr("Actor"), tr("Actor filter"), this))
    , m_count(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setMinimumWidth(150);
    m_search->setToolTip(tr("Words in the events' summaries and their articles' text (Ctrl+F)"));
    m_place->setToolTip(tr("Events with a place whose name (or country code) contains this"));
    m_actor->setToolTip(tr("Events with an actor whose name contains this"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { Q_EMIT searchChanged(m_search->text()); });

    m_dateEnabled->setToolTip(tr("Only events whose dates overlap this period"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::emitDateRange);
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_from->setDate(QDate::currentDate().addMonths(-1));
    m_to->setDate(QDate::currentDate());
    connect(m_dateEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        emitDateRange();
    });

    m_types->setText(tr("All types"));
    m_types->setObjectName(QStringLiteral("typeFilter"));
    m_types->setAccessibleName(tr("Event types"));
    m_types->setToolTip(tr("Show only the checked types of event"));
    m_types->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_types);
    for (EventType type : allEventTypes) {
        QAction *action = menu->addAction(swatch(EventStyle::colour(type)), eventTypeLabel(type));
        action->setCheckable(true);
        action->setData(int(type));
        connect(action, &QAction::toggled, this, &FilterBar::emitTypes);
    }
    m_types->setMenu(menu);

    connect(m_place, &QLineEdit::textChanged, this, &FilterBar::placeChanged);
    connect(m_actor, &QLineEdit::textChanged, this, &FilterBar::actorChanged);
    for (QLineEdit *edit : {m_place, m_actor}) {
        edit->setMinimumWidth(90);
        edit->setMaximumWidth(160);
    }
    m_count->setObjectName(QStringLiteral("eventCount"));
    m_count->setAccessibleName(tr("Events shown"));
    m_count->setToolTip(tr("Events the filter shows, of all the project's events"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_dateEnabled);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_types);
    layout->addWidget(m_place, 1);
    layout->addWidget(m_actor, 1);
    layout->addWidget(m_count);
}

void FilterBar::setCounts(int shown, int total)
{
    if (shown == total)
        m_count->setText(total == 1 ? tr("1 event") : tr("%1 events").arg(total));
    else
        m_count->setText(tr("%1 of %2 events").arg(shown).arg(total));
}

void FilterBar::showDateRange(const QDate &from, const QDate &to)
{
    m_quiet = true;
    m_dateEnabled->setChecked(from.isValid() || to.isValid());
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    m_quiet = false;
}

void FilterBar::setDateBounds(const QDate &earliest, const QDate &latest)
{
    if (!earliest.isValid() || !latest.isValid() || m_dateEnabled->isChecked())
        return;
    m_quiet = true;
    m_from->setDate(earliest);
    m_to->setDate(latest);
    m_quiet = false;
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clear()
{
    m_search->clear();
    m_dateEnabled->setChecked(false);
    const auto actions = m_types->menu()->actions();
    for (QAction *action : actions)
        action->setChecked(false);
    m_place->clear();
    m_actor->clear();
}

void FilterBar::emitDateRange()
{
    if (m_quiet)
        return;
    if (!m_dateEnabled->isChecked()) {
        Q_EMIT dateRangeChanged(QDate(), QDate());
        return;
    }
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (to < from)
        std::swap(from, to);
    Q_EMIT dateRangeChanged(from, to);
}

void FilterBar::emitTypes()
{
    QSet<EventType> types;
    const auto actions = m_types->menu()->actions();
    for (const QAction *action : actions) {
        if (action->isChecked())
            types.insert(EventType(action->data().toInt()));
    }
    m_types->setText(types.isEmpty()
                         ? tr("All types")
                         : (types.size() == 1 ? eventTypeLabel(*types.cbegin()) : tr("%1 types").arg(types.size())));
    Q_EMIT typesChanged(types);
}

} // namespace Sitrep
