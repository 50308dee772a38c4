// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"

#include <QDate>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Sitrep {

// The row above the events table: full-text search, date range, types, place and actor, and how
// many events are shown of how many.
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setCounts(int shown, int total);
    // Shows a range chosen elsewhere (a timeline brush) without emitting dateRangeChanged again.
    void showDateRange(const QDate &from, const QDate &to);
    void setDateBounds(const QDate &earliest, const QDate &latest);
    void focusSearch();
    void clear();

Q_SIGNALS:
    void searchChanged(const QString &text); // after a short pause in typing
    void dateRangeChanged(const QDate &from, const QDate &to); // null bounds: no date filter
    void typesChanged(const QSet<Sitrep::EventType> &types);
    void placeChanged(const QString &text);
    void actorChanged(const QString &text);

private:
    void emitDateRange();
    void emitTypes();

    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QCheckBox *m_dateEnabled = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_types = nullptr;
    QLineEdit *m_place = nullptr;
    QLineEdit *m_actor = nullptr;
    QLabel *m_count = nullptr;
    bool m_quiet = false;
};

} // namespace Sitrep
