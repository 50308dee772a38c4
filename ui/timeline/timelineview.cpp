// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QMap>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Sitrep {

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setDates({});
}

void TimelineView::setDates(const QList<QDate> &dates)
{
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }

    QMap<QDate, int> perDay;
    for (const QDate &date : dates) {
        if (date.isValid())
            ++perDay[date];
    }
    m_barCount = int(perDay.size());
    m_chart->setTitle(perDay.isEmpty() ? tr("No dated items yet") : tr("Articles per day"));
    if (perDay.isEmpty())
        return;

    auto *set = new QBarSet(tr("Articles"));
    set->setColor(QColor(0x2f, 0x5d, 0x8a));
    QStringList categories;
    int highest = 0;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        *set << it.value();
        categories << QLocale().toString(it.key(), QStringLiteral("d MMM"));
        highest = qMax(highest, it.value());
    }
    auto *series = new QBarSeries;
    series->append(set);
    m_chart->addSeries(series);

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, highest);
    yAxis->setTickCount(highest + 1 <= 6 ? highest + 1 : 6);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
}

} // namespace Sitrep
