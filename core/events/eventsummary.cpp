// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsummary.h"

#include <QRegularExpression>

namespace Sitrep::EventSummary {

QString fromClause(QStringView clause)
{
    static const QRegularExpression framing(
        QStringLiteral("^(?:(?:according to [^,]{1,60}|in fact|in any case|however|meanwhile|moreover|also|"
                       "that|and|but|which|while),\\s*|(?:that|and|but|which|while)\\s+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString summary = clause.toString().simplified();
    for (int i = 0; i < 2; ++i)
        summary.remove(framing);
    while (!summary.isEmpty() && (summary.back() == u'.' || summary.back() == u',' || summary.back() == u';'))
        summary.chop(1);
    constexpr qsizetype limit = 140;
    if (summary.size() > limit) {
        qsizetype cut = summary.lastIndexOf(QLatin1Char(' '), limit);
        if (cut < limit / 2)
            cut = limit;
        summary = summary.left(cut) + QStringLiteral("…");
    }
    if (!summary.isEmpty())
        summary[0] = summary[0].toUpper();
    return summary;
}

} // namespace Sitrep::EventSummary
