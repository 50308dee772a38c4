// SPDX-License-Identifier: GPL-3.0-or-later
#include "dates/timexengine.h"

#include <QTest>

using namespace Sitrep;

// Weekday resolution checked against every reference date of a leap year and a common year.
class TimexWeekdayTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesWeekdayForEveryReferenceDate_data();
    void resolvesWeekdayForEveryReferenceDate();
};

namespace {

enum class Form { Past, Future, This, Last, Next };

} // namespace

void TimexWeekdayTest::resolvesWeekdayForEveryReferenceDate_data()
{
    QTest::addColumn<int>("weekday");
    QTest::addColumn<int>("form");
    const char *forms[] = {"past", "future", "this", "last", "next"};
    for (int weekday = 1; weekday <= 7; ++weekday) {
        for (int form = 0; form < 5; ++form)
            QTest::addRow("%s %s", qPrintable(QLocale::c().dayName(weekday)), forms[form]) << weekday << form;
    }
}

void TimexWeekdayTest::resolvesWeekdayForEveryReferenceDate()
{
    QFETCH(int, weekday);
    QFETCH(int, form);
    const QString name = QLocale::c().dayName(weekday);
    QString sentence;
    QString expression = name;
    switch (Form(form)) {
    case Form::Past:
        sentence = QStringLiteral("The rebels attacked the base on %1.").arg(name);
        break;
    case Form::Future:
        sentence = QStringLiteral("The envoy will meet the rebels on %1.").arg(name);
        break;
    case Form::This:
        expression = QStringLiteral("this ") + name;
        sentence = QStringLiteral("The convoy moves %1.").arg(expression);
        break;
    case Form::Last:
        expression = QStringLiteral("last ") + name;
        sentence = QStringLiteral("The convoy moved %1.").arg(expression);
        break;
    case Form::Next:
        expression = QStringLiteral("next ") + name;
        sentence = QStringLiteral("The convoy will move %1.").arg(expression);
        break;
    }
    const TimexEngine engine;
    for (QDate reference(2024, 1, 1); reference <= QDate(2025, 12, 31); reference = reference.addDays(1)) {
        const QList<Timex> timexes = engine.annotate(sentence, reference);
        QCOMPARE(timexes.size(), 1);
        const Timex &timex = timexes.first();
        QCOMPARE(timex.text, expression);
        const QDate date = QDate::fromString(timex.value, Qt::ISODate);
        QVERIFY2(date.isValid(), qPrintable(timex.value));
        QCOMPARE(date.dayOfWeek(), weekday);
        QCOMPARE(timex.interval.start, date);
        QCOMPARE(timex.interval.end, date);
        const qint64 days = reference.daysTo(date);
        switch (Form(form)) {
        case Form::Past: // the latest such day up to the reference date
            QVERIFY2(days <= 0 && days > -7, qPrintable(reference.toString(Qt::ISODate)));
            break;
        case Form::Future: // the first such day from the reference date on
            QVERIFY2(days >= 0 && days < 7, qPrintable(reference.toString(Qt::ISODate)));
            break;
        case Form::This: // the same ISO week
            QCOMPARE(date.addDays(1 - date.dayOfWeek()), reference.addDays(1 - reference.dayOfWeek()));
            break;
        case Form::Last:
            QVERIFY2(days < 0 && days >= -7, qPrintable(reference.toString(Qt::ISODate)));
            break;
        case Form::Next: {
            // the one of next week when that day is still to come in this one ("next Friday", said on a Wednesday, is
            // nine days on); Sunday belongs to either week, so it and a Sunday's "next" take the coming one
            const bool laterThisWeek = reference.dayOfWeek() != 7 && weekday != 7 && weekday > reference.dayOfWeek();
            if (laterThisWeek)
                QVERIFY2(days > 7 && days < 14, qPrintable(reference.toString(Qt::ISODate)));
            else
                QVERIFY2(days > 0 && days <= 7, qPrintable(reference.toString(Qt::ISODate)));
            break;
        }
        }
    }
}

QTEST_GUILESS_MAIN(TimexWeekdayTest)
#include "tst_timexweekday.moc"
