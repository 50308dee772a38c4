// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Sitrep {

class EventTableModel;

// The one filter every pane sees the events through: date range, types, place, actor and the
// full-text matches the store found.
class EventFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterProxy(QObject *parent = nullptr);

    // Events whose interval overlaps [from, to]; a null bound leaves that side open.
    void setDateRange(const QDate &from, const QDate &to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    void setIncludeUndated(bool include);
    void setTypes(const QSet<EventType> &types); // empty: every type
    void setPlaceText(const QString &text);
    void setActorText(const QString &text);
    // Ids of the events a full-text search matched; nullopt when there is no search.
    void setSearchMatches(const std::optional<QSet<qint64>> &eventIds);
    void clearFilters();
    bool isFiltering() const;
    void setSourceModel(QAbstractItemModel *model) override;

Q_SIGNALS:
    // After every change of the filter, once the proxy shows the new rows; the panes rebuild on it.
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Compares events directly for the date and figure columns, without building sort strings.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    const EventTableModel *m_events = nullptr;

    QDate m_from;
    QDate m_to;
    bool m_includeUndated = true;
    QSet<EventType> m_types;
    QString m_placeText;
    QString m_actorText;
    std::optional<QSet<qint64>> m_searchMatches;
};

} // namespace Sitrep
