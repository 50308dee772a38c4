// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/publicationdate.h"

#include <QTest>

using Sitrep::PublicationDate;

class TestPublicationDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTimestampsInTheirOwnOffset_data();
    void readsTimestampsInTheirOwnOffset();
    void findsWrittenDates_data();
    void findsWrittenDates();
};

void TestPublicationDate::readsTimestampsInTheirOwnOffset_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("offsetSeconds");
    QTest::newRow("iso utc") << "2025-11-19T14:05:00+00:00" << QDate(2025, 11, 19) << 0;
    QTest::newRow("iso late evening west") << "2025-03-04T21:30:00-05:00" << QDate(2025, 3, 4) << -5 * 3600;
    QTest::newRow("iso z") << "2024-04-29T07:30:00Z" << QDate(2024, 4, 29) << 0;
    QTest::newRow("iso date only") << "2024-02-09" << QDate(2024, 2, 9) << 0;
    QTest::newRow("rfc 2822") << "Sat, 22 Nov 2025 08:30:00 +0200" << QDate(2025, 11, 22) << 2 * 3600;
    QTest::newRow("rfc 2822 gmt") << "Fri, 14 Jun 2024 10:00:00 GMT" << QDate(2024, 6, 14) << 0;
    QTest::newRow("rfc 2822 without weekday") << "2 Jan 2024 06:00:00 +0100" << QDate(2024, 1, 2) << 3600;
    QTest::newRow("garbage") << "yesterday" << QDate() << 0;
    QTest::newRow("empty") << "" << QDate() << 0;
}

void TestPublicationDate::readsTimestampsInTheirOwnOffset()
{
    QFETCH(QString, value);
    QFETCH(QDate, date);
    QFETCH(int, offsetSeconds);
    const auto parsed = PublicationDate::parseTimestamp(value);
    QCOMPARE(parsed.has_value(), date.isValid());
    if (parsed) {
        QCOMPARE(parsed->date(), date);
        QCOMPARE(parsed->offsetFromUtc(), offsetSeconds);
    }
}

void TestPublicationDate::findsWrittenDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("hint");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("match");
    const QDate hint(2025, 11, 26);
    QTest::newRow("day month year") << "Published: 19 November 2025" << QDate() << QDate(2025, 11, 19)
                                    << "19 November 2025";
    QTest::newRow("month day, year") << "November 19, 2025" << QDate() << QDate(2025, 11, 19) << "November 19, 2025";
    QTest::newRow("weekday, ordinal") << "Thu. Nov 20th, 2025" << QDate() << QDate(2025, 11, 20)
                                      << "Thu. Nov 20th, 2025";
    QTest::newRow("full weekday") << "Saturday, 22 November 2025" << QDate() << QDate(2025, 11, 22)
                                  << "Saturday, 22 November 2025";
    QTest::newRow("abbreviation with period")
        << "Sept. 3, 2024 update" << QDate() << QDate(2024, 9, 3) << "Sept. 3, 2024";
    QTest::newRow("iso") << "Posted 2025-01-31 by desk" << QDate() << QDate(2025, 1, 31) << "2025-01-31";
    QTest::newRow("no year, hint") << "Nov. 20" << hint << QDate(2025, 11, 20) << "Nov. 20";
    QTest::newRow("no year, after hint goes back") << "Dec 24" << hint << QDate(2024, 12, 24) << "Dec 24";
    QTest::newRow("no year, no hint") << "Nov. 20" << QDate() << QDate() << "";
    QTest::newRow("range is not a date") << "October 24-26" << hint << QDate() << "";
    QTest::newRow("invalid day") << "31 February 2025" << QDate() << QDate() << "";
    QTest::newRow("upper case") << "NOV. 20, 2025" << QDate() << QDate(2025, 11, 20) << "NOV. 20, 2025";
    QTest::newRow("no date") << "By Sitrep staff" << hint << QDate() << "";
}

void TestPublicationDate::findsWrittenDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, hint);
    QFETCH(QDate, date);
    QFETCH(QString, match);
    const auto found = PublicationDate::findWrittenDate(text, hint);
    QCOMPARE(found.has_value(), date.isValid());
    if (found) {
        QCOMPARE(found->date, date);
        QCOMPARE(text.mid(found->start, found->length), match);
    }
}

QTEST_GUILESS_MAIN(TestPublicationDate)
#include "tst_publicationdate.moc"
