// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/eventtablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using Sitrep::DateInterval;
using Sitrep::DatePrecision;
using Sitrep::Event;
using Sitrep::EventTableModel;

class TestEventTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void passesTheModelTester();
    void describesDatesAtTheirPrecision_data();
    void describesDatesAtTheirPrecision();
    void showsFiguresAsRangesWhenSourcesDisagree();
    void findsRowsByEventId();
    void sortsUndatedEventsLast();
    void showsTheWholeTextOfACellAsItsTooltip();
};

void TestEventTableModel::showsTheWholeTextOfACellAsItsTooltip()
{
    EventTableModel model;
    Event event;
    event.id = 1;
    event.type = Sitrep::EventType::ViolenceAgainstCivilians;
    event.places = {Sitrep::EventPlace {QStringLiteral("Ternopil"),
                                        QStringLiteral("Ternopil"),
                                        QStringLiteral("city"),
                                        49.55,
                                        25.59,
                                        QStringLiteral("UA"),
                                        {},
                                        {}},
                    Sitrep::EventPlace {QStringLiteral("Lviv"),
                                        QStringLiteral("Lviv"),
                                        QStringLiteral("city"),
                                        49.84,
                                        24.03,
                                        QStringLiteral("UA"),
                                        {},
                                        {}}};
    model.setEvents({event}, {{0, QStringLiteral("Strike")}});
    QCOMPARE(model.index(0, EventTableModel::PlacesColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Ternopil, Lviv"));
    QCOMPARE(model.index(0, EventTableModel::TypeColumn).data(Qt::ToolTipRole).toString(),
             Sitrep::eventTypeLabel(Sitrep::EventType::ViolenceAgainstCivilians));
}

void TestEventTableModel::passesTheModelTester()
{
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Event event;
    event.id = 1;
    model.setEvents({event}, {});
    model.setEvents({}, {});
}

void TestEventTableModel::describesDatesAtTheirPrecision_data()
{
    QTest::addColumn<DateInterval>("date");
    QTest::addColumn<QString>("expected");
    const auto interval = [](QDate start, QDate end, DatePrecision precision) {
        return DateInterval {start, end, precision, Sitrep::DateDerivation::Explicit};
    };
    QTest::newRow("day") << interval(QDate(2025, 11, 18), QDate(2025, 11, 18), DatePrecision::Day)
                         << QStringLiteral("18 Nov 2025");
    QTest::newRow("days in a month") << interval(QDate(2025, 10, 24), QDate(2025, 10, 26), DatePrecision::Day)
                                     << QStringLiteral("24–26 Oct 2025");
    QTest::newRow("days across months") << interval(QDate(2025, 10, 30), QDate(2025, 11, 2), DatePrecision::Day)
                                        << QStringLiteral("30 Oct 2025 – 2 Nov 2025");
    QTest::newRow("week") << interval(QDate(2025, 11, 17), QDate(2025, 11, 23), DatePrecision::Week)
                          << QStringLiteral("week of 17 Nov 2025");
    QTest::newRow("month") << interval(QDate(2025, 8, 1), QDate(2025, 8, 31), DatePrecision::Month)
                           << QStringLiteral("Aug 2025");
    QTest::newRow("year") << interval(QDate(1990, 1, 1), QDate(1990, 12, 31), DatePrecision::Year)
                          << QStringLiteral("1990");
    QTest::newRow("decade") << interval(QDate(1990, 1, 1), QDate(1999, 12, 31), DatePrecision::Decade)
                            << QStringLiteral("1990s");
    QTest::newRow("undated") << DateInterval {} << QStringLiteral("undated");
}

void TestEventTableModel::describesDatesAtTheirPrecision()
{
    QFETCH(DateInterval, date);
    QFETCH(QString, expected);
    QCOMPARE(EventTableModel::describeDate(date), expected);
}

void TestEventTableModel::showsFiguresAsRangesWhenSourcesDisagree()
{
    Event event;
    event.id = 3;
    event.killed = {25, 26, 32};
    event.injured = {70, 70, std::nullopt};
    EventTableModel model;
    model.setEvents({event}, {{0, QStringLiteral("Report")}});
    QCOMPARE(model.index(0, EventTableModel::KilledColumn).data().toString(), QStringLiteral("25–32"));
    QCOMPARE(model.index(0, EventTableModel::InjuredColumn).data().toString(), QStringLiteral("≥ 70"));
    QCOMPARE(model.index(0, EventTableModel::KilledColumn).data(EventTableModel::SortRole).toInt(), 26);
    QCOMPARE(model.index(0, EventTableModel::ArticleColumn).data().toString(), QStringLiteral("Report"));

    // Large figures in the locale's digit groups (British English here).
    event.killed = {10000, 10000, std::nullopt};
    event.injured = {1200, 1500, 1800};
    model.setEvents({event}, {});
    QCOMPARE(model.index(0, EventTableModel::KilledColumn).data().toString(), QStringLiteral("≥ 10,000"));
    QCOMPARE(model.index(0, EventTableModel::InjuredColumn).data().toString(), QStringLiteral("1,200–1,800"));
    QCOMPARE(model.index(0, EventTableModel::KilledColumn).data(EventTableModel::SortRole).toInt(), 10000);
}

void TestEventTableModel::findsRowsByEventId()
{
    Event first;
    first.id = 10;
    Event second;
    second.id = 20;
    EventTableModel model;
    model.setEvents({first, second}, {});
    QCOMPARE(model.rowOfEvent(20), 1);
    QCOMPARE(model.rowOfEvent(99), -1);
    QCOMPARE(model.index(1, 0).data(EventTableModel::EventIdRole).toLongLong(), 20);
}

void TestEventTableModel::sortsUndatedEventsLast()
{
    Event dated;
    dated.date = {QDate(2025, 11, 18), QDate(2025, 11, 18), DatePrecision::Day, Sitrep::DateDerivation::Explicit};
    Event undated;
    EventTableModel model;
    model.setEvents({undated, dated}, {});
    const QString undatedKey = model.index(0, EventTableModel::DateColumn).data(EventTableModel::SortRole).toString();
    const QString datedKey = model.index(1, EventTableModel::DateColumn).data(EventTableModel::SortRole).toString();
    QVERIFY(datedKey < undatedKey);
}

QTEST_GUILESS_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
