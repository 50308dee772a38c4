// SPDX-License-Identifier: GPL-3.0-or-later
#include "dates/timexvalue.h"

#include <utility>

namespace Sitrep::Dates {

QString pad2(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString partOfDayCode(PartOfDay p)
{
    switch (p) {
    case PartOfDay::Morning:
        return QStringLiteral("MO");
    case PartOfDay::Afternoon:
        return QStringLiteral("AF");
    case PartOfDay::Evening:
        return QStringLiteral("EV");
    case PartOfDay::Night:
        return QStringLiteral("NI");
    case PartOfDay::Day:
        return QStringLiteral("DT");
    case PartOfDay::None:
        break;
    }
    return {};
}

QString modText(Mod mod)
{
    switch (mod) {
    case Mod::Start:
        return QStringLiteral("START");
    case Mod::Mid:
        return QStringLiteral("MID");
    case Mod::End:
        return QStringLiteral("END");
    case Mod::Approx:
        return QStringLiteral("APPROX");
    case Mod::MoreThan:
        return QStringLiteral("MORE_THAN");
    case Mod::LessThan:
        return QStringLiteral("LESS_THAN");
    case Mod::EqualOrMore:
        return QStringLiteral("EQUAL_OR_MORE");
    case Mod::EqualOrLess:
        return QStringLiteral("EQUAL_OR_LESS");
    case Mod::Before:
        return QStringLiteral("BEFORE");
    case Mod::After:
        return QStringLiteral("AFTER");
    case Mod::OnOrBefore:
        return QStringLiteral("ON_OR_BEFORE");
    case Mod::OnOrAfter:
        return QStringLiteral("ON_OR_AFTER");
    case Mod::None:
        break;
    }
    return {};
}

// "P3D", "PT5H", "P2Y6M", "PXW"
QString durationValue(Unit unit, int amount, int fraction)
{
    const bool vague = amount < 0;
    const bool half = fraction > 0 && !vague;
    const auto count = [&](int multiplier, int extra) {
        return vague ? QStringLiteral("X") : QString::number(multiplier * amount + (half ? extra : 0));
    };
    QString value;
    switch (unit) {
    case Unit::Second:
        value = QStringLiteral("PT") + count(1, 0) + QLatin1Char('S');
        break;
    case Unit::Minute:
        value =
            QStringLiteral("PT") + count(1, 0) + QLatin1Char('M') + QString(half ? QStringLiteral("30S") : QString());
        break;
    case Unit::Hour:
        value =
            QStringLiteral("PT") + count(1, 0) + QLatin1Char('H') + QString(half ? QStringLiteral("30M") : QString());
        break;
    case Unit::Day:
        value = QLatin1Char('P') + count(1, 0) + QLatin1Char('D') + QString(half ? QStringLiteral("T12H") : QString());
        break;
    case Unit::Weekend:
        value = QLatin1Char('P') + count(2, 0) + QLatin1Char('D');
        break;
    case Unit::Week:
        value = half ? QString(QLatin1Char('P') + count(7, 3) + QLatin1Char('D'))
                     : QString(QLatin1Char('P') + count(1, 0) + QLatin1Char('W'));
        break;
    case Unit::Month:
        value = QLatin1Char('P') + count(1, 0) + QLatin1Char('M') + QString(half ? QStringLiteral("15D") : QString());
        break;
    case Unit::Season:
    case Unit::Quarter:
        value = half ? QString(QLatin1Char('P') + count(3, 1) + QStringLiteral("M15D"))
                     : QString(QLatin1Char('P') + count(1, 0) + QLatin1Char('Q'));
        break;
    case Unit::Half:
        value = QLatin1Char('P') + count(6, 3) + QLatin1Char('M');
        break;
    case Unit::Year:
        value = QLatin1Char('P') + count(1, 0) + QLatin1Char('Y') + QString(half ? QStringLiteral("6M") : QString());
        break;
    case Unit::Decade:
        value = vague ? QStringLiteral("PXE") : QString(QLatin1Char('P') + count(10, 5) + QLatin1Char('Y'));
        break;
    case Unit::Century:
        value = vague ? QStringLiteral("PXC") : QString(QLatin1Char('P') + count(100, 50) + QLatin1Char('Y'));
        break;
    case Unit::Millennium:
        value = vague ? QStringLiteral("PXL") : QString(QLatin1Char('P') + count(1000, 500) + QLatin1Char('Y'));
        break;
    case Unit::None:
        break;
    }
    return value;
}

// "P12.4M", "PT2.25H"
QString decimalDurationValue(Unit unit, int amount, int decimal, int decimalDigits)
{
    QString value = durationValue(unit, amount, 0);
    value.insert(value.size() - 1, QLatin1Char('.') + QString::number(decimal).rightJustified(decimalDigits, u'0'));
    return value;
}

QString durationValue(Unit unit, int amount, Unit partUnit, int partAmount, Unit lastPartUnit, int lastPartAmount)
{
    // years, months, days, hours, minutes, seconds; a week counts as seven days
    struct Field
    {
        Unit unit;
        int index, factor;
    };
    static constexpr Field fields[] = {{Unit::Year, 0, 1}, {Unit::Month, 1, 1},  {Unit::Week, 2, 7},  {Unit::Day, 2, 1},
                                       {Unit::Hour, 3, 1}, {Unit::Minute, 4, 1}, {Unit::Second, 5, 1}};
    int counts[6] = {};
    for (const auto &[u, n] :
         {std::pair {unit, amount}, std::pair {partUnit, partAmount}, std::pair {lastPartUnit, lastPartAmount}})
        for (const Field &field : fields)
            if (field.unit == u)
                counts[field.index] += field.factor * n;
    const auto part = [&](int index, char16_t code) {
        return counts[index] ? QString::number(counts[index]) + QChar(code) : QString();
    };
    QString value = QLatin1Char('P') + part(0, u'Y') + part(1, u'M') + part(2, u'D');
    if (counts[3] || counts[4] || counts[5])
        value += QLatin1Char('T') + part(3, u'H') + part(4, u'M') + part(5, u'S');
    return value;
}

} // namespace Sitrep::Dates
