// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace Sitrep {

// The timeline pane. Every Qt Charts use stays in this folder so a move to Qt Graphs touches one place.
class TimelineView final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    // One bar per day, counting the dates given (articles until events exist).
    void setDates(const QList<QDate> &dates);
    int barCount() const { return m_barCount; }

private:
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    int m_barCount = 0;
};

} // namespace Sitrep
