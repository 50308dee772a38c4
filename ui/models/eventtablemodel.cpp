// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtablemodel.h"

#include "eventstyle.h"

#include <QLocale>

namespace Sitrep {
namespace {

QString joinedPlaces(const Event &event)
{
    QStringList names;
    for (const EventPlace &place : event.places)
        names << (place.canonicalName.isEmpty() ? place.name : place.canonicalName);
    return names.join(QStringLiteral(", "));
}

QString joinedActors(const Event &event)
{
    QStringList names;
    for (const EventActor &actor : event.actors)
        names << actor.name;
    return names.join(QStringLiteral(", "));
}

// "32", "25–32" when sources give a range, "≥ 10,000" with the locale's digit grouping; empty when
// unknown.
QString describeEstimate(const Estimate &estimate)
{
    if (!estimate.best)
        return {};
    const QLocale locale;
    const auto number = [&locale](auto value) {
        return locale.toString(qlonglong(value));
    };
    if (estimate.low && estimate.high && *estimate.low != *estimate.high)
        return QStringLiteral("%1–%2").arg(number(*estimate.low), number(*estimate.high));
    if (estimate.low && !estimate.high && *estimate.low == *estimate.best)
        return QStringLiteral("≥ %1").arg(number(*estimate.best));
    return number(*estimate.best);
}

} // namespace

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void EventTableModel::setEvents(QList<Event> events, QHash<qint64, QString> articleTitles)
{
    beginResetModel();
    m_events = std::move(events);
    m_articleTitles = std::move(articleTitles);
    m_rowOfEvent.clear();
    for (int row = 0; row < m_events.size(); ++row)
        m_rowOfEvent.insert(m_events[row].id, row);
    endResetModel();
}

const Event *EventTableModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

int EventTableModel::rowOfEvent(qint64 eventId) const
{
    return m_rowOfEvent.value(eventId, -1);
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::describeDate(const DateInterval &date)
{
    if (!date.isValid())
        return tr("undated");
    const QLocale locale;
    const auto day = [&locale](const QDate &d) {
        return locale.toString(d, QStringLiteral("d MMM yyyy"));
    };
    switch (date.precision) {
    case DatePrecision::Day:
        if (date.start == date.end)
            return day(date.start);
        if (date.start.year() == date.end.year() && date.start.month() == date.end.month())
            return QStringLiteral("%1–%2").arg(date.start.day()).arg(day(date.end));
        return QStringLiteral("%1 – %2").arg(day(date.start), day(date.end));
    case DatePrecision::Week:
        return tr("week of %1").arg(day(date.start));
    case DatePrecision::Month:
        return locale.toString(date.start, QStringLiteral("MMM yyyy"));
    case DatePrecision::Season:
    case DatePrecision::Quarter:
        return QStringLiteral("%1 – %2").arg(locale.toString(date.start, QStringLiteral("MMM")),
                                             locale.toString(date.end, QStringLiteral("MMM yyyy")));
    case DatePrecision::Year:
        return QString::number(date.start.year());
    case DatePrecision::Decade:
        return tr("%1s").arg(date.start.year() / 10 * 10);
    case DatePrecision::Unknown:
        break;
    }
    return QStringLiteral("%1 – %2").arg(day(date.start), day(date.end));
}

QVariant EventTableModel::displayData(const Event &event, int column) const
{
    switch (column) {
    case DateColumn:
        return describeDate(event.date);
    case TypeColumn:
        return eventTypeLabel(event.type);
    case SummaryColumn:
        return event.summary;
    case PlacesColumn:
        return joinedPlaces(event);
    case ActorsColumn:
        return joinedActors(event);
    case KilledColumn:
        return describeEstimate(event.killed);
    case InjuredColumn:
        return describeEstimate(event.injured);
    case ArticleColumn:
        return m_articleTitles.value(event.articleId);
    }
    return {};
}

QVariant EventTableModel::sortData(const Event &event, int column) const
{
    switch (column) {
    case DateColumn:
        // Undated events sort after every dated one.
        return event.isDated() ? event.date.start.toString(Qt::ISODate) + event.date.end.toString(Qt::ISODate)
                               : QStringLiteral("~");
    case KilledColumn:
        return event.killed.best.value_or(-1);
    case InjuredColumn:
        return event.injured.best.value_or(-1);
    default:
        return displayData(event, column);
    }
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_events[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(event, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DateColumn && !event.dateText.isEmpty())
            return tr("“%1” (%2, %3)")
                .arg(event.dateText, toString(event.date.precision), toString(event.date.derivation));
        if (index.column() == SummaryColumn)
            return event.summary;
        // The whole text of a cell a narrow column cuts short.
        if (index.column() != DateColumn)
            return displayData(event, index.column());
        return {};
    case Qt::DecorationRole:
        return index.column() == TypeColumn ? QVariant(EventStyle::colour(event.type)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == KilledColumn || index.column() == InjuredColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::FontRole:
        return {};
    case EventIdRole:
        return event.id;
    case ArticleIdRole:
        return event.articleId;
    case DateStartRole:
        return event.date.start;
    case DateEndRole:
        return event.date.end;
    case PrecisionRole:
        return int(event.date.precision);
    case TypeRole:
        return int(event.type);
    case SortRole:
        return sortData(event, index.column());
    case ReviewedRole:
        return event.reviewed;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Type");
    case SummaryColumn:
        return tr("What happened");
    case PlacesColumn:
        return tr("Places");
    case ActorsColumn:
        return tr("Actors");
    case KilledColumn:
        return tr("Killed");
    case InjuredColumn:
        return tr("Injured");
    case ArticleColumn:
        return tr("Article");
    }
    return {};
}

} // namespace Sitrep
