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
    // Every framing opens with one of these letters, in either case; the pattern, anchored at the
    // start, runs only on a summary that opens so (or with a letter beyond ASCII).
    const auto mayOpenAFraming = [](const QString &text) {
        if (text.isEmpty())
            return false;
        const char16_t first = text.front().unicode();
        return first >= 0x80 || QStringView(u"aihmtbwAIHMTBW").contains(QChar(first));
    };
    QString summary = clause.toString().simplified();
    for (int i = 0; i < 2 && mayOpenAFraming(summary); ++i) {
        if (const QRegularExpressionMatch framed = framing.match(summary); framed.hasMatch())
            summary.remove(framed.capturedStart(), framed.capturedLength());
    }
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
