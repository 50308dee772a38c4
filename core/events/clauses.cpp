// SPDX-License-Identifier: GPL-3.0-or-later
#include "clauses.h"

#include <QRegularExpression>

#include <algorithm>

namespace Sitrep::Clauses {

QList<TextRange> split(QStringView sentence, qsizetype base)
{
    // A boundary is where the next clause starts.
    static const QRegularExpression boundaries(
        QStringLiteral("(?:;\\s+|,\\s+(?=(?:and|but|while|which|although|whereas|after|before)\\b)|"
                       "\\b(?:said|says|told|claimed|claims|announced|stated|reported|added|warned)\\b[^,.;]{0,60}?"
                       "\\s(?=that\\b))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<TextRange> clauses;
    // Every boundary holds ';', ',' or "that": an ASCII sentence without them is one clause.
    const bool ascii = std::all_of(sentence.begin(), sentence.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii && !sentence.contains(u';') && !sentence.contains(u',')
        && !sentence.contains(QLatin1StringView("that"), Qt::CaseInsensitive)) {
        clauses.append(TextRange {base, sentence.size()});
        return clauses;
    }
    qsizetype start = 0;
    auto it = boundaries.globalMatch(sentence);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype cut = match.capturedEnd();
        if (cut - start >= 12 && sentence.size() - cut >= 12) {
            clauses.append(TextRange {base + start, cut - start});
            start = cut;
        }
    }
    clauses.append(TextRange {base + start, sentence.size() - start});
    return clauses;
}

} // namespace Sitrep::Clauses
