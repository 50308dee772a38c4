// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Sitrep {

// The project's events, one row each: the model every pane shares through one filter proxy.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TypeColumn,
        SummaryColumn,
        PlacesColumn,
        ActorsColumn,
        KilledColumn,
        InjuredColumn,
        ArticleColumn,
        ColumnCount
    };
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        ArticleIdRole,
        DateStartRole, // QDate, null when undated
        DateEndRole,
        PrecisionRole, // int(DatePrecision)
        TypeRole, // int(EventType)
        SortRole, // what the column sorts by
        ReviewedRole,
    };

    explicit EventTableModel(QObject *parent = nullptr);

    // Article titles shown in the Article column, by article id.
    void setEvents(QList<Event> events, QHash<qint64, QString> articleTitles);
    const Event *eventAt(int row) const;
    int rowOfEvent(qint64 eventId) const;
    const QList<Event> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "19 Nov 2025", "24–26 Oct 2025", "week of 17 Nov 2025", "Aug 2025", "undated".
    static QString describeDate(const DateInterval &date);

private:
    QVariant displayData(const Event &event, int column) const;
    QVariant sortData(const Event &event, int column) const;

    QList<Event> m_events;
    QHash<qint64, int> m_rowOfEvent;
    QHash<qint64, QString> m_articleTitles;
};

} // namespace Sitrep
