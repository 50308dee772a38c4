// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/eventfilterproxy.h"
#include "models/eventtablemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using Sitrep::Event;
using Sitrep::EventFilterProxy;
using Sitrep::EventTableModel;
using Sitrep::EventType;

namespace {

Event makeEvent(qint64 id, const QDate &start, const QDate &end, EventType type, const QString &place,
                const QString &country, const QString &actor)
{
    Event event;
    event.id = id;
    event.summary = QStringLiteral("event %1").arg(id);
    if (start.isValid())
        event.date = {start, end, Sitrep::DatePrecision::Day, Sitrep::DateDerivation::Explicit};
    event.type = type;
    if (!place.isEmpty())
        event.places = {Sitrep::EventPlace {place, place, QStringLiteral("city"), 0.0, 0.0, country, {}, {}}};
    if (!actor.isEmpty())
        event.actors = {Sitrep::EventActor {actor, QStringLiteral("person"), {}, {}}};
    return event;
}

QList<qint64> shownIds(const EventFilterProxy &proxy)
{
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(EventTableModel::EventIdRole).toLongLong();
    return ids;
}

} // namespace

class TestEventFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsEverythingUnfiltered();
    void keepsEventsOverlappingTheDateRange();
    void dropsUndatedEventsOnRequest();
    void filtersByTypePlaceAndActor();
    void narrowsToSearchMatches();
    void clearsEveryFilter();
    void sortsByDateThenEndWithUndatedLast();
    void sortsFiguresAsNumbers();
    void keepsTheSelectionAndSignalsOnceWhenTheFilterChanges();

private:
    EventTableModel m_model;
    EventFilterProxy m_proxy;
};

void TestEventFilterProxy::init()
{
    m_model.setEvents(
        {makeEvent(1, QDate(2025, 10, 24), QDate(2025, 10, 26), EventType::Diplomacy, QStringLiteral("Miami"),
                   QStringLiteral("US"), QStringLiteral("Steve Witkoff")),
         makeEvent(2, QDate(2025, 11, 19), QDate(2025, 11, 19), EventType::RemoteViolence, QStringLiteral("Ternopil"),
                   QStringLiteral("UA"), QStringLiteral("Russia")),
         makeEvent(3, QDate(), QDate(), EventType::Statement, QString(), QString(), QStringLiteral("Pete Hegseth")),
         makeEvent(4, QDate(2025, 8, 1), QDate(2025, 8, 31), EventType::Diplomacy, QStringLiteral("Alaska"),
                   QStringLiteral("US"), QStringLiteral("Vladimir Putin"))},
        {});
    m_proxy.setSourceModel(&m_model);
    m_proxy.clearFilters();
}

void TestEventFilterProxy::showsEverythingUnfiltered()
{
    QAbstractItemModelTester tester(&m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(shownIds(m_proxy), (QList<qint64> {1, 2, 3, 4}));
    QVERIFY(!m_proxy.isFiltering());
}

void TestEventFilterProxy::keepsEventsOverlappingTheDateRange()
{
    QSignalSpy changed(&m_proxy, &EventFilterProxy::filterChanged);
    m_proxy.setDateRange(QDate(2025, 10, 26), QDate(2025, 11, 30));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(shownIds(m_proxy), (QList<qint64> {1, 2, 3}));
    m_proxy.setDateRange(QDate(2025, 8, 15), QDate(2025, 8, 15));
    QCOMPARE(shownIds(m_proxy), (QList<qint64> {3, 4}));
    m_proxy.setDateRange(QDate(), QDate(2025, 9, 1));
    QCOMPARE(shownIds(m_proxy), (QList<qint64> {3, 4}));
    QVERIFY(m_proxy.isFiltering());
}

void TestEventFilterProxy::dropsUndatedEventsOnRequest()
{
    m_proxy.setDateRange(QDate(2025, 11, 1), QDate(2025, 11, 30));
    m_proxy.setIncludeUndated(false);
    QCOMPARE(shownIds(m_proxy), (QList<qint64> {2}));
}

void TestEventFilterProxy::filtersByTypePlaceAndActor()
{
    m_proxy.setTypes({EventType::Diplomacy});
    QCOMPARE(shownIds(m_proxy), (QList<qint64> {1, 4}));
    m_proxy.setPlaceText(QStringLiteral("us")); // a country code matches exactly, names by part
    QCOMPARE(shownIds(m_proxy), (QList<qint64> {1, 4}));
    m_proxy.setPlaceText(QStringLiteral("ALAS"));
    QCOMPARE(shownIds(m_proxy), (QList<qint64> {4}));
    m_proxy.setPlaceText(QString());
    m_proxy.setActorText(QStringLiteral("witkoff"));
    QCOMPARE(shownIds(m_proxy), (QList<qint64> {1}));
}

void TestEventFilterProxy::narrowsToSearchMatches()
{
    m_proxy.setSearchMatches(QSet<qint64> {2, 3});
    QCOMPARE(shownIds(m_proxy), (QList<qint64> {2, 3}));
    m_proxy.setSearchMatches(QSet<qint64> {});
    QCOMPARE(shownIds(m_proxy), QList<qint64> {});
    m_proxy.setSearchMatches(std::nullopt);
    QCOMPARE(m_proxy.rowCount(), 4);
}

void TestEventFilterProxy::clearsEveryFilter()
{
    m_proxy.setTypes({EventType::Statement});
    m_proxy.setDateRange(QDate(2025, 1, 1), QDate(2025, 1, 2));
    m_proxy.setActorText(QStringLiteral("nobody"));
    QCOMPARE(m_proxy.rowCount(), 0);
    m_proxy.clearFilters();
    QCOMPARE(m_proxy.rowCount(), 4);
}

void TestEventFilterProxy::sortsByDateThenEndWithUndatedLast()
{
    Event sameStartLonger = makeEvent(5, QDate(2025, 10, 24), QDate(2025, 10, 30), EventType::Battle, {}, {}, {});
    QList<Event> events = m_model.events();
    events.prepend(sameStartLonger);
    m_model.setEvents(events, {});
    QAbstractItemModelTester tester(&m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy.sort(EventTableModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(m_proxy), (QList<qint64> {4, 1, 5, 2, 3}));
    m_proxy.sort(EventTableModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(shownIds(m_proxy), (QList<qint64> {3, 2, 5, 1, 4}));
}

void TestEventFilterProxy::sortsFiguresAsNumbers()
{
    QList<Event> events = m_model.events();
    events[0].killed.best = 10;
    events[1].killed.best = 9;
    events[3].killed.best = 100;
    m_model.setEvents(events, {});
    m_proxy.sort(EventTableModel::KilledColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(m_proxy), (QList<qint64> {3, 2, 1, 4})); // unknown first, then 9, 10, 100
}

void TestEventFilterProxy::keepsTheSelectionAndSignalsOnceWhenTheFilterChanges()
{
    QAbstractItemModelTester tester(&m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy.sort(EventTableModel::DateColumn, Qt::AscendingOrder);
    QItemSelectionModel selection(&m_proxy);
    selection.setCurrentIndex(m_proxy.index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(selection.currentIndex().data(EventTableModel::EventIdRole).toLongLong(), 2);
    QSignalSpy changed(&m_proxy, &EventFilterProxy::filterChanged);
    m_proxy.setTypes({EventType::RemoteViolence, EventType::Statement});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(shownIds(m_proxy), (QList<qint64> {2, 3}));
    // The current event survives the change, at its new row.
    QCOMPARE(selection.currentIndex().row(), 0);
    QCOMPARE(selection.currentIndex().data(EventTableModel::EventIdRole).toLongLong(), 2);
    QCOMPARE(selection.selectedRows().size(), 1);
}

QTEST_GUILESS_MAIN(TestEventFilterProxy)
#include "tst_eventfilterproxy.moc"
