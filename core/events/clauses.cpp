// SPDX-License-Identifier: GPL-3.0-or-later
#include "clauses.h"

#include "events/literals.h"

#include <QRegularExpression>

#include <algorithm>
#include <initializer_list>

namespace Sitrep::Clauses {
namespace {

// A boundary is where the next clause starts: after "; ", before ", and" (and the like), and
// after a speech verb's words up to "that". The pattern states it; plainScan() reads it by hand.
const QRegularExpression &boundaries()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:;\\s+|,\\s+(?=(?:and|but|while|which|although|whereas|after|before)\\b)|"
                       "\\b(?:said|says|told|claimed|claims|announced|stated|reported|added|warned)\\b[^,.;]{0,60}?"
                       "\\s(?=that\\b))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

// Sentences of ASCII with typographic dashes and quotes (U+2010 to U+201F: neither word
// characters nor spaces, with no case) are read by hand; any other goes through the pattern.
bool isPlain(QStringView sentence)
{
    return Events::Literals::Detail::isPlain(sentence);
}

bool isWordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u >= u'\t' && u <= u'\r');
}

// The lower-case ASCII word at `at`, in any case, ending where a word does.
bool wordAt(QStringView text, qsizetype at, QStringView word)
{
    if (at + word.size() > text.size())
        return false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        char16_t c = text[at + k].unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + (u'a' - u'A'));
        if (c != word[k].unicode())
            return false;
    }
    const qsizetype end = at + word.size();
    return end >= text.size() || !isWordCharacter(text[end]);
}

bool anyWordAt(QStringView text, qsizetype at, std::initializer_list<QStringView> words)
{
    return std::any_of(words.begin(), words.end(), [&](QStringView word) { return wordAt(text, at, word); });
}

// A speech verb's words up to "that" from `at`, the start of a word: where they end, or -1.
qsizetype speechBoundaryEnd(QStringView text, qsizetype at)
{
    char16_t first = text[at].unicode();
    if (first >= u'A' && first <= u'Z')
        first = char16_t(first + (u'a' - u'A'));
    if (first != u's' && first != u't' && first != u'c' && first != u'a' && first != u'r' && first != u'w')
        return -1;
    for (const QStringView verb :
         std::initializer_list<QStringView> {u"said", u"says", u"told", u"claimed", u"claims", u"announced", u"stated",
                                             u"reported", u"added", u"warned"}) {
        if (verb.front() != first || !wordAt(text, at, verb))
            continue;
        // Up to sixty characters other than , . ; then a space before "that".
        const qsizetype verbEnd = at + verb.size();
        for (qsizetype skipped = 0; skipped <= 60; ++skipped) {
            const qsizetype space = verbEnd + skipped;
            if (space >= text.size())
                break;
            if (skipped > 0) {
                const QChar passed = text[space - 1];
                if (passed == u',' || passed == u'.' || passed == u';')
                    break;
            }
            if (isSpace(text[space]) && wordAt(text, space + 1, u"that"))
                return space + 1;
        }
    }
    return -1;
}

// Where the first boundary at or after `from` ends, as the pattern finds it in a plain sentence;
// -1 with none. No boundary starts inside a word, so words are passed over whole.
qsizetype nextBoundaryEnd(QStringView text, qsizetype from)
{
    const qsizetype size = text.size();
    for (qsizetype at = from; at < size;) {
        const QChar c = text[at];
        if (c == u';' || c == u',') {
            qsizetype end = at + 1;
            while (end < size && isSpace(text[end]))
                ++end;
            if (end > at + 1
                && (c == u';'
                    || anyWordAt(text, end,
                                 {u"and", u"but", u"while", u"which", u"although", u"whereas", u"after", u"before"})))
                return end;
            ++at;
            continue;
        }
        if (!isWordCharacter(c)) {
            ++at;
            continue;
        }
        if (at == 0 || !isWordCharacter(text[at - 1])) {
            if (const qsizetype end = speechBoundaryEnd(text, at); end >= 0)
                return end;
        }
        while (at < size && isWordCharacter(text[at]))
            ++at;
    }
    return -1;
}

} // namespace

QList<TextRange> split(QStringView sentence, qsizetype base)
{
    QList<qsizetype> cuts;
    if (isPlain(sentence)) {
        for (qsizetype end = nextBoundaryEnd(sentence, 0); end >= 0; end = nextBoundaryEnd(sentence, end))
            cuts.append(end);
    } else {
        auto it = boundaries().globalMatch(sentence);
        while (it.hasNext())
            cuts.append(it.next().capturedEnd());
    }
    QList<TextRange> clauses;
    qsizetype start = 0;
    for (const qsizetype cut : std::as_const(cuts)) {
        if (cut - start >= 12 && sentence.size() - cut >= 12) {
            clauses.append(TextRange {base + start, cut - start});
            start = cut;
        }
    }
    clauses.append(TextRange {base + start, sentence.size() - start});
    return clauses;
}

} // namespace Sitrep::Clauses
