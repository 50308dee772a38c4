// SPDX-License-Identifier: GPL-3.0-or-later
// The briefing's timeline chart, painted into an image and measured by the colour of its bars.
#include "briefing/briefingstyle.h"
#include "briefing/timelinechart.h"
#include "eventstyle.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Sitrep;

namespace {

Event eventOn(qint64 id, const QDate &day, EventType type)
{
    Event event;
    event.id = id;
    event.type = type;
    event.date = DateInterval {day, day, DatePrecision::Day, DateDerivation::Explicit};
    return event;
}

// The first and last column of a row painted in a colour, or {-1, -1}.
std::pair<int, int> columnsOf(const QImage &image, int row, const QColor &colour)
{
    int first = -1;
    int last = -1;
    for (int x = 0; x < image.width(); ++x) {
        if (image.pixelColor(x, row) == colour) {
            if (first < 0)
                first = x;
            last = x;
        }
    }
    return {first, last};
}

} // namespace

class TestTimelineChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneDayIsANarrowBarInTheMiddle();
    void manyDaysShareTheWidth();
};

void TestTimelineChart::oneDayIsANarrowBarInTheMiddle()
{
    const QDate day(2025, 11, 19);
    const QList<Event> events {eventOn(1, day, EventType::Battle), eventOn(2, day, EventType::Battle),
                               eventOn(3, day, EventType::Battle)};
    const TimelineChart chart(events, BriefingStyle::standard());
    QVERIFY(!chart.isEmpty());
    QImage image(600, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        chart.paint(painter, QRectF(image.rect()), 1);
    }
    // The three events fill the plot's height, so the middle row crosses the bar.
    const auto [first, last] = columnsOf(image, image.height() / 2, EventStyle::colour(EventType::Battle));
    QVERIFY2(first >= 0, "no bar painted");
    const int width = last - first + 1;
    QVERIFY2(width >= 20 && width <= 29, qPrintable(QStringLiteral("bar %1 wide").arg(width)));
    // The plot starts after the count labels (a few points) and ends at the right edge.
    const double centre = (first + last + 1) / 2.0;
    QVERIFY2(centre > 300 && centre < 320, qPrintable(QStringLiteral("bar centred at %1").arg(centre)));
}

void TestTimelineChart::manyDaysShareTheWidth()
{
    QList<Event> events;
    const QDate first(2025, 11, 1);
    for (int day = 0; day < 20; ++day)
        events.append(eventOn(day + 1, first.addDays(day), EventType::Battle));
    const TimelineChart chart(events, BriefingStyle::standard());
    QImage image(600, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        chart.paint(painter, QRectF(image.rect()), 1);
    }
    // Twenty daily bars of one event each, spread over the plot: the first starts near the left.
    const auto [left, right] = columnsOf(image, image.height() / 2, EventStyle::colour(EventType::Battle));
    QVERIFY(left >= 0 && left < 60);
    QVERIFY(right > 560);
}

QTEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"
