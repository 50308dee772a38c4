// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineview.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QTest>

using Sitrep::TimelineView;

class TestTimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsOneBarPerDay();
    void showsAnEmptyStateWithoutDates();
};

void TestTimelineView::countsOneBarPerDay()
{
    TimelineView view;
    view.setDates({QDate(2025, 11, 19), QDate(2025, 11, 19), QDate(2025, 11, 21), QDate()});
    QCOMPARE(view.barCount(), 2);
    auto *chartView = view.findChild<QChartView *>();
    QVERIFY(chartView);
    const auto series = chartView->chart()->series();
    QCOMPARE(series.size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(series.first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().first()->at(0), 2.0);
    QCOMPARE(bars->barSets().first()->at(1), 1.0);
}

void TestTimelineView::showsAnEmptyStateWithoutDates()
{
    TimelineView view;
    view.setDates({QDate(2025, 11, 19)});
    view.setDates({});
    QCOMPARE(view.barCount(), 0);
    auto *chartView = view.findChild<QChartView *>();
    QVERIFY(chartView->chart()->series().isEmpty());
    QVERIFY(chartView->chart()->title().contains(QStringLiteral("No dated items")));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
