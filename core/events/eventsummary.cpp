// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsummary.h"

#include "events/literals.h"
#include "events/lowercase.h"

#include <QRegularExpression>

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Sitrep::EventSummary {

namespace {

// QString::simplified of a view, written once instead of copied and then rewritten.
// Whether text's only white space is single spaces between words, so that it is its own
// simplified form. Most characters are printable ASCII, passed over with one test.
bool isSimplified(QStringView text)
{
    const char16_t *chars = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    // Eight characters at a time: printable ASCII and spaces, no two spaces together, pass; any
    // other block is read below, character by character.
    if (size > 0 && chars[0] != u' ') {
        const __m128i space = _mm_set1_epi16(short(u' '));
        const __m128i aboveTilde = _mm_set1_epi16(short(u'~'));
        for (; i + 9 <= size; i += 8) {
            const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + i));
            const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + i + 1));
            // (Signed: characters from U+8000 count as below the space.)
            const __m128i other = _mm_or_si128(_mm_cmplt_epi16(block, space), _mm_cmpgt_epi16(block, aboveTilde));
            const __m128i twoSpaces = _mm_and_si128(_mm_cmpeq_epi16(block, space), _mm_cmpeq_epi16(next, space));
            if (_mm_movemask_epi8(_mm_or_si128(other, twoSpaces)) != 0)
                break;
        }
    }
#endif
    for (; i < size; ++i) {
        const char16_t c = chars[i];
        if (c > u' ' && c < 0x80)
            continue;
        if (c == u' ') {
            if (i == 0 || i + 1 == size || QChar::isSpace(char32_t(chars[i + 1])))
                return false;
        } else if (QChar::isSpace(char32_t(c))) {
            return false;
        }
    }
    return true;
}

QString simplified(QStringView text)
{
    if (text.isEmpty() || isSimplified(text))
        return text.toString();
    QString out(text.size(), Qt::Uninitialized);
    QChar *written = out.data();
    qsizetype size = 0;
    bool gap = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            gap = size > 0;
            continue;
        }
        if (gap) {
            written[size++] = QChar::Space;
            gap = false;
        }
        written[size++] = c;
    }
    out.truncate(size);
    return out;
}

} // namespace

QString fromClause(QStringView clause)
{
    static constexpr QStringView openers[] = {u"according to", u"in fact",  u"in any case", u"however",
                                              u"meanwhile",    u"moreover", u"also",        u"that",
                                              u"and",          u"but",      u"which",       u"while"};
    static const QRegularExpression framing(
        QStringLiteral("^(?:(?:according to [^,]{1,60}|in fact|in any case|however|meanwhile|moreover|also|"
                       "that|and|but|which|while),\\s*|(?:that|and|but|which|while)\\s+)"),
        QRegularExpression::CaseInsensitiveOption);
    // Every framing opens with one of these words, in any case: the pattern, anchored at the start,
    // runs only on a summary that opens so, or with a character beyond ASCII.
    const auto mayOpenAFraming = [](const QString &text) {
        const QStringView head = QStringView(text).left(12);
        if (std::any_of(head.begin(), head.end(), [](QChar c) { return c.unicode() >= 0x80; }))
            return true;
        const Events::LowerCase lower(head);
        return std::any_of(std::begin(openers), std::end(openers),
                           [&lower](QStringView opener) { return Events::Literals::startsWith(lower.view(), opener); });
    };
    QString summary = simplified(clause);
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
