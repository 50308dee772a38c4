// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefing/keyfigures.h"

#include <QTest>

using namespace Sitrep;

namespace {

Event report(QDate day, const QString &place, EventType type, Estimate killed, Estimate injured = {})
{
    Event event;
    if (day.isValid())
        event.date = {day, day, DatePrecision::Day, DateDerivation::Explicit};
    if (!place.isEmpty())
        event.places = {EventPlace {place, place, QStringLiteral("city"), 49.5, 25.6, QStringLiteral("UA"), {}, {}}};
    event.type = type;
    event.killed = killed;
    event.injured = injured;
    return event;
}

Estimate exactly(int n)
{
    return {n, n, n};
}

Estimate atLeast(int n)
{
    return {n, n, std::nullopt};
}

} // namespace

class TestKeyFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsOfOneIncidentGiveARangeNotASum();
    void aSourcesOwnRangeAndAtLeastAreKept();
    void noCountsSayNoneReported();
};

void TestKeyFigures::reportsOfOneIncidentGiveARangeNotASum()
{
    const QDate day(2025, 11, 19);
    const QList<Event> events {
        report(day, QStringLiteral("Ternopil"), EventType::RemoteViolence, atLeast(25)),
        report(day, QStringLiteral("Ternopil"), EventType::RemoteViolence, exactly(26)),
        report(day, QStringLiteral("Ternopil"), EventType::ViolenceAgainstCivilians, exactly(32), exactly(94)),
        report(day, QStringLiteral("Lviv"), EventType::RemoteViolence, {}, exactly(3)),
        report({}, QString(), EventType::Statement, exactly(5)),
    };
    const KeyFigures figures = KeyFigures::of(events);
    QCOMPARE(figures.events, 5);
    QCOMPARE(figures.datedEvents, 4);
    QCOMPARE(figures.byType[int(EventType::RemoteViolence)], 3);
    QCOMPARE(figures.byType[int(EventType::Statement)], 1);
    // Ternopil: 25 to 32, counted once; the undated statement's 5 stands alone.
    QCOMPARE(figures.killed.low, 30);
    QCOMPARE(figures.killed.high, 37);
    QCOMPARE(figures.killed.reports, 4);
    QCOMPARE(figures.killed.incidents, 2);
    QVERIFY(!figures.killed.openEnded); // the highest figure, 32, is no "at least"
    QCOMPARE(figures.killed.toText(), QStringLiteral("30–37"));
    QCOMPARE(figures.injured.toText(), QStringLiteral("97"));
    QCOMPARE(figures.injured.incidents, 2);

    QCOMPARE(figures.disputed.size(), 1);
    QCOMPARE(figures.disputed.first().day, day);
    QCOMPARE(figures.disputed.first().place, QStringLiteral("Ternopil"));
    QCOMPARE(figures.disputed.first().killed.toText(), QStringLiteral("25–32"));
    QCOMPARE(figures.disputed.first().reports, 3);

    QCOMPARE(figures.placeCount, 2);
    QCOMPARE(figures.places.first().name, QStringLiteral("Ternopil"));
    QCOMPARE(figures.places.first().events, 3);
    QCOMPARE(figures.places.first().killed, 32);
}

void TestKeyFigures::aSourcesOwnRangeAndAtLeastAreKept()
{
    const QList<Event> events {
        report(QDate(2025, 11, 18), QStringLiteral("Kharkiv"), EventType::Battle, {20, 25, 30}),
        report(QDate(2025, 11, 18), QStringLiteral("Sumy"), EventType::Battle, atLeast(10)),
    };
    const KeyFigures figures = KeyFigures::of(events);
    QCOMPARE(figures.killed.low, 30);
    QCOMPARE(figures.killed.high, 40);
    QVERIFY(figures.killed.openEnded);
    QCOMPARE(figures.killed.toText(), QStringLiteral("30–40+"));
    QVERIFY(figures.disputed.isEmpty()); // one report each: nobody disagrees
    const KeyFigures single = KeyFigures::of({events.last()});
    QCOMPARE(single.killed.toText(), QStringLiteral("at least 10"));
}

void TestKeyFigures::noCountsSayNoneReported()
{
    const KeyFigures figures =
        KeyFigures::of({report(QDate(2025, 11, 1), QStringLiteral("Geneva"), EventType::Diplomacy, {})});
    QCOMPARE(figures.killed.reports, 0);
    QCOMPARE(figures.killed.toText(), QStringLiteral("none reported"));
    QCOMPARE(figures.places.first().killed, 0);
}

QTEST_GUILESS_MAIN(TestKeyFigures)
#include "tst_keyfigures.moc"
