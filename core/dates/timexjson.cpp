// SPDX-License-Identifier: GPL-3.0-or-later
#include "dates/timexjson.h"

namespace Sitrep::Json {

QJsonObject fromInterval(const DateInterval &interval)
{
    const auto date = [](const QDate &d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    };
    return {{QStringLiteral("start"), date(interval.start)},
            {QStringLiteral("end"), date(interval.end)},
            {QStringLiteral("precision"), toString(interval.precision)},
            {QStringLiteral("derivation"), toString(interval.derivation)}};
}

QJsonArray fromTimexes(const QList<Timex> &timexes, const QString &text)
{
    // Offsets only grow from one timex to the next, so one walk over the text converts them all.
    qsizetype unit = 0;
    qsizetype codePoints = 0;
    const auto toCodePoints = [&](qsizetype target) {
        if (target < unit) { // out of order: count again from the start
            unit = 0;
            codePoints = 0;
        }
        while (unit < target && unit < text.size()) {
            const bool pair = text[unit].isHighSurrogate() && unit + 1 < text.size() && text[unit + 1].isLowSurrogate();
            unit += pair ? 2 : 1;
            ++codePoints;
        }
        return codePoints;
    };
    QJsonArray array;
    for (const Timex &timex : timexes) {
        const qsizetype start = toCodePoints(timex.start);
        const qsizetype end = toCodePoints(timex.end);
        QJsonObject object {
            {QStringLiteral("start"), start},       {QStringLiteral("end"), end},
            {QStringLiteral("text"), timex.text},   {QStringLiteral("type"), toString(timex.type)},
            {QStringLiteral("value"), timex.value}, {QStringLiteral("interval"), fromInterval(timex.interval)}};
        if (!timex.mod.isEmpty())
            object.insert(QStringLiteral("mod"), timex.mod);
        array.append(object);
    }
    return array;
}

} // namespace Sitrep::Json
