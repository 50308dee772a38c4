// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/eventfilterproxy.h"
#include "models/eventtablemodel.h"
#include "project/projectsession.h"
#include "timeline/histogramchart.h"
#include "timeline/timelinelanes.h"
#include "timeline/timelinescale.h"
#include "timeline/timelineview.h"

#include <QChartView>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

#include <numeric>

using Sitrep::DateInterval;
using Sitrep::DatePrecision;
using Sitrep::Event;
using Sitrep::EventType;
using Sitrep::ProjectSession;
using Sitrep::TimelineBucket;
using Sitrep::TimelineData;
using Sitrep::TimelineView;

namespace {

Event makeEvent(qint64 id, QDate start, QDate end, DatePrecision precision, EventType type)
{
    Event event;
    event.id = id;
    event.type = type;
    event.date = DateInterval {start, end, precision, Sitrep::DateDerivation::Explicit};
    event.summary = QStringLiteral("Event %1").arg(id);
    return event;
}

Event onDay(qint64 id, QDate day, EventType type)
{
    return makeEvent(id, day, day, DatePrecision::Day, type);
}

// Six dated events around late 2025 and one undated.
QList<Event> knownEvents()
{
    return {
        onDay(1, QDate(2025, 11, 17), EventType::Battle),
        onDay(2, QDate(2025, 11, 17), EventType::RemoteViolence),
        onDay(3, QDate(2025, 11, 19), EventType::Battle),
        makeEvent(4, QDate(2025, 11, 24), QDate(2025, 11, 30), DatePrecision::Week, EventType::Diplomacy),
        onDay(5, QDate(2025, 12, 3), EventType::Protest),
        makeEvent(6, QDate(2025, 8, 1), QDate(2025, 8, 31), DatePrecision::Month, EventType::Statement),
        Event {7, 0, {}, {}, EventType::Other, QStringLiteral("Undated"), 0, 0, {}, {}, {}, {}, 0.5, false},
    };
}

void sendMouse(QWidget *widget, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, modifiers);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void choosesTheBucketFromTheSpan_data();
    void choosesTheBucketFromTheSpan();
    void countsEventsPerDayExactly();
    void countsEventsPerWeekAndMonth();
    void switchesToWeeksWhenZoomedOut();
    void fitsTheBulkOfTheEvents();
    void keepsTheBulkInViewWhenAProjectOpens();
    void greysOutWhatTheFilterHides();
    void brushingEmitsTheDraggedDates();
    void brushModeBrushesWithoutShiftAndClears();
    void dragPansAndWheelZooms();
    void clickingALanePointSelectsThatEvent();
    void revealsTheCurrentEventChosenElsewhere();
    void describesEventsAndBarsOnHover();
    void drawsUncertainDatesOverTheirWholeInterval();
    void aggregatesWhenTooDense();
    void keepsTheDayCountsOfBareDates();
    void showsAnEmptyStateWithoutDates();
};

void TestTimelineView::choosesTheBucketFromTheSpan_data()
{
    QTest::addColumn<double>("span");
    QTest::addColumn<int>("bucket");
    QTest::newRow("a week") << 7.0 << int(TimelineBucket::Day);
    QTest::newRow("three months") << 92.0 << int(TimelineBucket::Day);
    QTest::newRow("just over three months") << 93.0 << int(TimelineBucket::Week);
    QTest::newRow("a year and a half") << 550.0 << int(TimelineBucket::Week);
    QTest::newRow("two years") << 731.0 << int(TimelineBucket::Month);
}

void TestTimelineView::choosesTheBucketFromTheSpan()
{
    QFETCH(double, span);
    QFETCH(int, bucket);
    QCOMPARE(int(TimelineData::bucketFor(span)), bucket);
}

void TestTimelineView::countsEventsPerDayExactly()
{
    ProjectSession session;
    session.events()->setEvents(knownEvents(), {});
    TimelineView view;
    view.setSession(&session);
    view.setVisibleRange(QDate(2025, 11, 15), QDate(2025, 12, 5));

    QCOMPARE(view.bucket(), TimelineBucket::Day);
    const Sitrep::TimelineHistogram &h = view.histogram();
    QCOMPARE(h.starts.first(), QDate(2025, 11, 15));
    QCOMPARE(h.starts.last(), QDate(2025, 12, 6));
    QCOMPARE(h.bucketCount(), 21);
    const auto at = [&](QDate day) {
        return h.bucketAt(day);
    };
    QCOMPARE(h.totals[at(QDate(2025, 11, 17))], 2);
    QCOMPARE(h.counts[int(EventType::Battle)][at(QDate(2025, 11, 17))], 1);
    QCOMPARE(h.counts[int(EventType::RemoteViolence)][at(QDate(2025, 11, 17))], 1);
    QCOMPARE(h.totals[at(QDate(2025, 11, 19))], 1);
    QCOMPARE(h.counts[int(EventType::Diplomacy)][at(QDate(2025, 11, 24))], 1);
    QCOMPARE(h.totals[at(QDate(2025, 11, 25))], 0); // a week-long event counts once, on its first day
    QCOMPARE(h.counts[int(EventType::Protest)][at(QDate(2025, 12, 3))], 1);
    QCOMPARE(std::accumulate(h.totals.cbegin(), h.totals.cend(), 0), 5);
    QCOMPARE(view.barCount(), 4);
    QCOMPARE(h.highest, 2);
    QCOMPARE(view.data().items().size(), 6); // the undated event is not drawn
}

void TestTimelineView::countsEventsPerWeekAndMonth()
{
    ProjectSession session;
    session.events()->setEvents(knownEvents(), {});
    TimelineView view;
    view.setSession(&session);

    view.setVisibleRange(QDate(2025, 8, 1), QDate(2025, 12, 31));
    QCOMPARE(view.bucket(), TimelineBucket::Week);
    const Sitrep::TimelineHistogram weeks = view.histogram();
    QCOMPARE(weeks.starts.first(), QDate(2025, 7, 28)); // the Monday of the week holding 1 August
    QCOMPARE(weeks.totals[weeks.bucketAt(QDate(2025, 8, 1))], 1);
    QCOMPARE(weeks.totals[weeks.bucketAt(QDate(2025, 11, 17))], 3);
    QCOMPARE(weeks.totals[weeks.bucketAt(QDate(2025, 11, 24))], 1);
    QCOMPARE(weeks.totals[weeks.bucketAt(QDate(2025, 12, 1))], 1);
    QCOMPARE(view.barCount(), 4);

    view.setVisibleRange(QDate(2024, 6, 1), QDate(2025, 12, 31));
    QCOMPARE(view.bucket(), TimelineBucket::Month);
    const Sitrep::TimelineHistogram months = view.histogram();
    QCOMPARE(months.starts.first(), QDate(2024, 6, 1));
    QCOMPARE(months.bucketCount(), 19);
    QCOMPARE(months.totals[months.bucketAt(QDate(2025, 8, 1))], 1);
    QCOMPARE(months.totals[months.bucketAt(QDate(2025, 11, 1))], 4);
    QCOMPARE(months.totals[months.bucketAt(QDate(2025, 12, 1))], 1);
    QCOMPARE(view.barCount(), 3);
}

void TestTimelineView::switchesToWeeksWhenZoomedOut()
{
    ProjectSession session;
    session.events()->setEvents(knownEvents(), {});
    TimelineView view;
    view.resize(800, 260);
    view.setSession(&session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVisibleRange(QDate(2025, 11, 1), QDate(2025, 11, 30));
    QCOMPARE(view.bucket(), TimelineBucket::Day);

    auto *chart = view.findChild<Sitrep::HistogramChart *>();
    const QPointF centre = chart->plotArea().center();
    for (int notch = 0; notch < 12; ++notch) {
        QWheelEvent wheel(centre, chart->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(chart->viewport(), &wheel);
    }
    // Twelve notches out multiply the 30-day span by 2^(12 × 0.2), about 5.3.
    QVERIFY(view.scale()->span() > 150 && view.scale()->span() < 170);
    QCOMPARE(view.bucket(), TimelineBucket::Week);
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("timelineTitle"))->text(), QStringLiteral("Events per week"));
}

void TestTimelineView::fitsTheBulkOfTheEvents()
{
    // 27 events on the first 27 days of November, and 3 recalling February 2022.
    QList<Event> events;
    for (int day = 1; day <= 27; ++day)
        events.append(onDay(day, QDate(2025, 11, day), EventType::Battle));
    for (int id = 28; id <= 30; ++id)
        events.append(onDay(id, QDate(2022, 2, 24), EventType::Battle));
    ProjectSession session;
    session.events()->setEvents(events, {});
    TimelineView view;
    view.setSession(&session);
    // The 27 days, with a margin of 4 % (about a day) either side.
    QCOMPARE(view.firstVisibleDate(), QDate(2025, 10, 30));
    QCOMPARE(view.lastVisibleDate(), QDate(2025, 11, 29));
    QCOMPARE(view.data().outside(view.scale()->from(), view.scale()->to()), std::make_pair(3, 0));

    // With 19 events in November, nine in ten of 22 need February 2022 too: everything is shown.
    session.events()->setEvents(events.mid(0, 19) + events.mid(27), {});
    view.fitToEvents();
    QVERIFY(view.firstVisibleDate() < QDate(2022, 2, 24));
    QVERIFY(view.lastVisibleDate() > QDate(2025, 11, 19));
    QCOMPARE(view.data().outside(view.scale()->from(), view.scale()->to()), std::make_pair(0, 0));
}

void TestTimelineView::keepsTheBulkInViewWhenAProjectOpens()
{
    QList<Event> events;
    for (int day = 1; day <= 27; ++day)
        events.append(onDay(day, QDate(2025, 11, day), EventType::Battle));
    for (int id = 28; id <= 30; ++id)
        events.append(onDay(id, QDate(2022, 2, 24), EventType::Battle));
    ProjectSession session;
    TimelineView view;
    view.setSession(&session);
    // As the main window does: load, then make the table's first (and oldest) row current.
    session.events()->setEvents(events, {});
    QVERIFY(session.selectEvent(28));
    QCOMPARE(view.firstVisibleDate(), QDate(2025, 10, 30));

    // Later choices are followed.
    QCoreApplication::processEvents();
    QVERIFY(session.selectEvent(29));
    QVERIFY(view.firstVisibleDate() <= QDate(2022, 2, 24) && view.lastVisibleDate() >= QDate(2022, 2, 24));
}

void TestTimelineView::greysOutWhatTheFilterHides()
{
    ProjectSession session;
    session.events()->setEvents(knownEvents(), {});
    TimelineView view;
    view.setSession(&session);
    view.setVisibleRange(QDate(2025, 11, 15), QDate(2025, 12, 5));
    session.filteredEvents()->setTypes({EventType::Battle});
    const Sitrep::TimelineHistogram &h = view.histogram();
    const int day = h.bucketAt(QDate(2025, 11, 17));
    QCOMPARE(h.totals[day], 1);
    QCOMPARE(h.context[day], 2);
    QCOMPARE(view.barCount(), 2);
}

void TestTimelineView::brushingEmitsTheDraggedDates()
{
    ProjectSession session;
    session.events()->setEvents(knownEvents(), {});
    TimelineView view;
    view.resize(800, 260);
    view.setSession(&session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVisibleRange(QDate(2025, 11, 1), QDate(2025, 11, 30));

    auto *lanes = view.findChild<Sitrep::TimelineLanes *>();
    const QRectF area = view.findChild<Sitrep::HistogramChart *>()->plotArea();
    const auto xOf = [&](QDate day) {
        return view.scale()->xForDay(day.toJulianDay() + 0.5, area.left(), area.width());
    };
    QSignalSpy brushed(&view, &TimelineView::rangeBrushed);
    const double y = lanes->height() / 2.0;
    sendMouse(lanes, QEvent::MouseButtonPress, {xOf(QDate(2025, 11, 14)), y}, Qt::LeftButton, Qt::ShiftModifier);
    sendMouse(lanes, QEvent::MouseMove, {xOf(QDate(2025, 11, 12)), y}, Qt::LeftButton, Qt::ShiftModifier);
    sendMouse(lanes, QEvent::MouseMove, {xOf(QDate(2025, 11, 10)), y}, Qt::LeftButton, Qt::ShiftModifier);
    QCOMPARE(brushed.count(), 0); // only once the mouse is released
    sendMouse(lanes, QEvent::MouseButtonRelease, {xOf(QDate(2025, 11, 10)), y}, Qt::NoButton, Qt::ShiftModifier);

    QCOMPARE(brushed.count(), 1);
    QCOMPARE(brushed.first().at(0).toDate(), QDate(2025, 11, 10));
    QCOMPARE(brushed.first().at(1).toDate(), QDate(2025, 11, 14));
    QVERIFY(view.hasBrush());
    QCOMPARE(view.firstVisibleDate(), QDate(2025, 11, 1)); // brushing does not pan

    QSignalSpy cleared(&view, &TimelineView::brushCleared);
    QTest::keyClick(lanes, Qt::Key_Escape);
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!view.hasBrush());
}

void TestTimelineView::brushModeBrushesWithoutShiftAndClears()
{
    ProjectSession session;
    session.events()->setEvents(knownEvents(), {});
    TimelineView view;
    view.resize(800, 260);
    view.setSession(&session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVisibleRange(QDate(2025, 11, 1), QDate(2025, 11, 30));
    view.findChild<QToolButton *>(QStringLiteral("brushButton"))->click();
    QVERIFY(view.isBrushMode());

    auto *chart = view.findChild<Sitrep::HistogramChart *>();
    const QRectF area = chart->plotArea();
    const auto xOf = [&](QDate day) {
        return view.scale()->xForDay(day.toJulianDay() + 0.5, area.left(), area.width());
    };
    QSignalSpy brushed(&view, &TimelineView::rangeBrushed);
    QWidget *viewport = chart->viewport();
    const double y = area.center().y();
    sendMouse(viewport, QEvent::MouseButtonPress, {xOf(QDate(2025, 11, 20)), y}, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, {xOf(QDate(2025, 11, 27)), y}, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, {xOf(QDate(2025, 11, 27)), y}, Qt::NoButton);
    QCOMPARE(brushed.count(), 1);
    QCOMPARE(brushed.first().at(0).toDate(), QDate(2025, 11, 20));
    QCOMPARE(brushed.first().at(1).toDate(), QDate(2025, 11, 27));

    QSignalSpy cleared(&view, &TimelineView::brushCleared);
    view.findChild<QToolButton *>(QStringLiteral("clearBrushButton"))->click();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!view.hasBrush());

    view.showBrush(QDate(2025, 11, 3), QDate(2025, 11, 4)); // from the filter bar: no signal back
    QCOMPARE(brushed.count(), 1);
    QCOMPARE(view.brushFrom(), QDate(2025, 11, 3));
}

void TestTimelineView::dragPansAndWheelZooms()
{
    ProjectSession session;
    session.events()->setEvents(knownEvents(), {});
    TimelineView view;
    view.resize(800, 260);
    view.setSession(&session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVisibleRange(QDate(2025, 11, 1), QDate(2025, 11, 30));
    auto *lanes = view.findChild<Sitrep::TimelineLanes *>();
    const QRectF area = view.findChild<Sitrep::HistogramChart *>()->plotArea();
    const double from = view.scale()->from();
    const double pixelsPerDay = area.width() / 30;

    // Dragging right by five days' worth of pixels shows five days earlier.
    const double y = 4;
    sendMouse(lanes, QEvent::MouseButtonPress, {area.center().x(), y}, Qt::LeftButton);
    sendMouse(lanes, QEvent::MouseMove, {area.center().x() + 2 * pixelsPerDay, y}, Qt::LeftButton);
    sendMouse(lanes, QEvent::MouseMove, {area.center().x() + 5 * pixelsPerDay, y}, Qt::LeftButton);
    sendMouse(lanes, QEvent::MouseButtonRelease, {area.center().x() + 5 * pixelsPerDay, y}, Qt::NoButton);
    QVERIFY(qAbs(view.scale()->from() - (from - 5)) < 1e-9);
    QVERIFY(qAbs(view.scale()->span() - 30) < 1e-9);

    // One notch in, around the left edge of the plot: the span shrinks, the left edge stays.
    const double left = view.scale()->from();
    const QPointF at(area.left(), y);
    QWheelEvent wheel(at, lanes->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(lanes, &wheel);
    QVERIFY(qAbs(view.scale()->span() - 30 * std::exp2(-0.2)) < 1e-9);
    QVERIFY(qAbs(view.scale()->from() - left) < 1e-9);
}

void TestTimelineView::clickingALanePointSelectsThatEvent()
{
    ProjectSession session;
    session.events()->setEvents(knownEvents(), {});
    TimelineView view;
    view.resize(800, 260);
    view.setSession(&session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVisibleRange(QDate(2025, 11, 10), QDate(2025, 12, 5));

    const QRect rect = view.eventRect(3);
    QVERIFY(!rect.isEmpty());
    auto *lanes = view.findChild<Sitrep::TimelineLanes *>();
    QTest::mouseClick(lanes, Qt::LeftButton, Qt::NoModifier, lanes->mapFrom(&view, rect.center()));

    QVERIFY(session.currentEvent());
    QCOMPARE(session.currentEvent()->id, 3);
    const QModelIndexList selected = session.selection()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(Sitrep::EventTableModel::EventIdRole).toLongLong(), 3);

    // A click on an empty spot changes nothing.
    QTest::mouseClick(lanes, Qt::LeftButton, Qt::NoModifier, QPoint(lanes->width() - 3, lanes->height() - 3));
    QCOMPARE(session.currentEvent()->id, 3);
}

void TestTimelineView::revealsTheCurrentEventChosenElsewhere()
{
    ProjectSession session;
    session.events()->setEvents(knownEvents(), {});
    TimelineView view;
    view.resize(800, 260);
    view.setSession(&session);
    view.setVisibleRange(QDate(2025, 11, 10), QDate(2025, 12, 5));
    QVERIFY(session.selectEvent(6)); // August: off to the left
    // Panned so that the month sits in the middle, not zoomed.
    const double middle = (QDate(2025, 8, 1).toJulianDay() + QDate(2025, 9, 1).toJulianDay()) / 2.0;
    QCOMPARE((view.scale()->from() + view.scale()->to()) / 2, middle);
    QCOMPARE(view.scale()->span(), 26.0);
}

void TestTimelineView::describesEventsAndBarsOnHover()
{
    ProjectSession session;
    session.events()->setEvents(knownEvents(), {});
    TimelineView view;
    view.resize(800, 260);
    view.setSession(&session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVisibleRange(QDate(2025, 11, 10), QDate(2025, 12, 5));

    auto *lanes = view.findChild<Sitrep::TimelineLanes *>();
    const QPoint onWeek = lanes->mapFrom(&view, view.eventRect(4).center());
    QHelpEvent laneHelp(QEvent::ToolTip, onWeek, lanes->mapToGlobal(onWeek));
    QCoreApplication::sendEvent(lanes, &laneHelp);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("week of 24 Nov 2025")), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("Event 4")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("known only to the week")));

    auto *chart = view.findChild<Sitrep::HistogramChart *>();
    const QRectF area = chart->plotArea();
    const double x = view.scale()->xForDay(QDate(2025, 11, 17).toJulianDay() + 0.5, area.left(), area.width());
    const QPoint onBar(int(x), int(area.bottom()) - 3);
    QHelpEvent barHelp(QEvent::ToolTip, onBar, chart->viewport()->mapToGlobal(onBar));
    QCoreApplication::sendEvent(chart->viewport(), &barHelp);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("Mon 17 Nov 2025")), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("2 events")));
}

void TestTimelineView::drawsUncertainDatesOverTheirWholeInterval()
{
    ProjectSession session;
    session.events()->setEvents(knownEvents(), {});
    TimelineView view;
    view.resize(800, 260);
    view.setSession(&session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVisibleRange(QDate(2025, 11, 10), QDate(2025, 12, 5));
    const QRectF area = view.findChild<Sitrep::HistogramChart *>()->plotArea();
    const auto xOf = [&](QDate day) {
        return view.scale()->xForDay(day.toJulianDay(), area.left(), area.width());
    };
    const QRect week = view.eventRect(4);
    QVERIFY(qAbs(week.left() - xOf(QDate(2025, 11, 24))) <= 1);
    QVERIFY(qAbs(week.right() + 1 - xOf(QDate(2025, 12, 1))) <= 1);
    const QRect day = view.eventRect(3);
    QVERIFY(day.width() < week.width() / 4); // a point, not the day's width
}

void TestTimelineView::aggregatesWhenTooDense()
{
    QList<Event> events;
    for (int i = 0; i < Sitrep::TimelineLanes::denseThreshold + 10; ++i)
        events.append(onDay(i + 1, QDate(2025, 1, 1).addDays(i % 60), Sitrep::allEventTypes[i % 9]));
    ProjectSession session;
    session.events()->setEvents(events, {});
    TimelineView view;
    view.resize(800, 260);
    view.setSession(&session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *lanes = view.findChild<Sitrep::TimelineLanes *>();
    QVERIFY(lanes->isAggregated());
    QCOMPARE(view.eventRect(1), QRect());
    view.setVisibleRange(QDate(2025, 1, 1), QDate(2025, 1, 3));
    QVERIFY(!lanes->isAggregated());
    QVERIFY(lanes->overflowCount() > 0); // about 200 events, a handful of lanes
    QVERIFY(!view.grab().isNull());
}

void TestTimelineView::keepsTheDayCountsOfBareDates()
{
    TimelineView view;
    view.setDates({QDate(2025, 11, 19), QDate(2025, 11, 19), QDate(2025, 11, 21), QDate()});
    QCOMPARE(view.barCount(), 2);
    QCOMPARE(view.bucket(), TimelineBucket::Day);
    const Sitrep::TimelineHistogram &h = view.histogram();
    QCOMPARE(h.totals[h.bucketAt(QDate(2025, 11, 19))], 2);
    QCOMPARE(h.totals[h.bucketAt(QDate(2025, 11, 21))], 1);
}

void TestTimelineView::showsAnEmptyStateWithoutDates()
{
    TimelineView view;
    view.setDates({QDate(2025, 11, 19)});
    view.setDates({});
    QCOMPARE(view.barCount(), 0);
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("timelineRange"))->text(), QStringLiteral("no dated events"));
    view.resize(600, 200);
    QVERIFY(!view.grab().isNull());
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
