// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencesplitter.h"

#include <QSet>
#include <QVarLengthArray>

#include <unicode/uchar.h>

#include <array>

namespace Sitrep {
namespace {

bool isQuoteOrBracket(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u')':
    case u']':
    case u'(':
    case u'[':
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x00AB:
    case 0x00BB:
        return true;
    default:
        return false;
    }
}

// Abbreviations that precede a name and never end a sentence in news copy.
const QSet<QString> &titles()
{
    static const QSet<QString> words {
        QStringLiteral("Mr"),     QStringLiteral("Mrs"),  QStringLiteral("Ms"),   QStringLiteral("Dr"),
        QStringLiteral("Prof"),   QStringLiteral("Gen"),  QStringLiteral("Lt"),   QStringLiteral("Col"),
        QStringLiteral("Maj"),    QStringLiteral("Capt"), QStringLiteral("Cmdr"), QStringLiteral("Sgt"),
        QStringLiteral("Adm"),    QStringLiteral("Gov"),  QStringLiteral("Sen"),  QStringLiteral("Rep"),
        QStringLiteral("Rev"),    QStringLiteral("St"),   QStringLiteral("Pres"), QStringLiteral("Brig"),
        QStringLiteral("Insp"),   QStringLiteral("Supt"), QStringLiteral("Amb"),  QStringLiteral("Hon"),
        QStringLiteral("Messrs"), QStringLiteral("Mt"),   QStringLiteral("Ft"),   QStringLiteral("Cpl"),
        QStringLiteral("Pvt"),    QStringLiteral("Gens"), QStringLiteral("Sens"), QStringLiteral("Reps"),
        QStringLiteral("Atty"),   QStringLiteral("Det"),  QStringLiteral("Cdr"),  QStringLiteral("Sec"),
    };
    return words;
}

// Abbreviations that do not end a sentence when a number follows ("Nov. 19", "No. 6").
const QSet<QString> &beforeNumbers()
{
    static const QSet<QString> words {
        QStringLiteral("Jan"),    QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("Jun"),    QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
        QStringLiteral("Sept"),   QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec"),
        QStringLiteral("No"),     QStringLiteral("Nos"), QStringLiteral("Vol"), QStringLiteral("Art"),
        QStringLiteral("Fig"),    QStringLiteral("p"),   QStringLiteral("pp"),  QStringLiteral("para"),
        QStringLiteral("approx"), QStringLiteral("ca"),  QStringLiteral("est"), QStringLiteral("Ch"),
    };
    return words;
}

// Abbreviations that never end a sentence whatever follows.
const QSet<QString> &neverFinal()
{
    static const QSet<QString> words {QStringLiteral("e.g"), QStringLiteral("i.e"), QStringLiteral("vs"),
                                      QStringLiteral("cf"), QStringLiteral("viz")};
    return words;
}

// Words that start a sentence far more often than they continue a name or abbreviation.
const QSet<QString> &sentenceStarters()
{
    static const QSet<QString> words {
        QStringLiteral("The"),       QStringLiteral("A"),      QStringLiteral("An"),      QStringLiteral("In"),
        QStringLiteral("On"),        QStringLiteral("At"),     QStringLiteral("He"),      QStringLiteral("She"),
        QStringLiteral("It"),        QStringLiteral("They"),   QStringLiteral("We"),      QStringLiteral("I"),
        QStringLiteral("His"),       QStringLiteral("Her"),    QStringLiteral("Its"),     QStringLiteral("Their"),
        QStringLiteral("This"),      QStringLiteral("That"),   QStringLiteral("These"),   QStringLiteral("Those"),
        QStringLiteral("But"),       QStringLiteral("And"),    QStringLiteral("However"), QStringLiteral("Meanwhile"),
        QStringLiteral("After"),     QStringLiteral("Before"), QStringLiteral("Earlier"), QStringLiteral("Later"),
        QStringLiteral("There"),     QStringLiteral("When"),   QStringLiteral("While"),   QStringLiteral("As"),
        QStringLiteral("If"),        QStringLiteral("Some"),   QStringLiteral("Many"),    QStringLiteral("Most"),
        QStringLiteral("Officials"), QStringLiteral("By"),     QStringLiteral("Since"),   QStringLiteral("Then"),
        QStringLiteral("Yet"),       QStringLiteral("Still"),  QStringLiteral("Both"),    QStringLiteral("No"),
        QStringLiteral("So"),        QStringLiteral("For"),    QStringLiteral("From"),    QStringLiteral("Of"),
        QStringLiteral("What"),      QStringLiteral("Who"),    QStringLiteral("Why"),     QStringLiteral("How"),
    };
    return words;
}

// The word before a final period, without the period: "U.S" for "the U.S.", "Gen" for "(Gen.".
QStringView wordBeforePeriod(QStringView text, qsizetype period)
{
    qsizetype start = period;
    while (start > 0 && !text.at(start - 1).isSpace() && !isQuoteOrBracket(text.at(start - 1))
           && text.at(start - 1) != QLatin1Char(','))
        --start;
    return text.mid(start, period - start);
}

QStringView wordAt(QStringView text, qsizetype from)
{
    while (from < text.size() && (text.at(from).isSpace() || isQuoteOrBracket(text.at(from))))
        ++from;
    qsizetype end = from;
    while (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('\'')))
        ++end;
    return text.mid(from, end - from);
}

bool isDottedAbbreviation(QStringView word)
{
    // "U.S", "a.m", "U.N" once the final period is cut: letters separated by single periods.
    if (word.size() < 3)
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const bool letterPlace = i % 2 == 0;
        if (letterPlace ? !word.at(i).isLetter() : word.at(i) != QLatin1Char('.'))
            return false;
    }
    return true;
}

// Whether the rules' break before `next` (after a sentence ending at `end`) should stay.
bool keepBreak(QStringView text, qsizetype end, qsizetype next)
{
    qsizetype last = end;
    while (last > 0 && (text.at(last - 1).isSpace()))
        --last;
    const QStringView following = wordAt(text, next);
    // The rules break after "?" and "!" whatever follows: '"Why now?" she asked' is one sentence.
    if (!following.isEmpty() && following.at(0).isLower())
        return false;
    // A closing quote or bracket after the period means the writer ended something there.
    if (last == 0 || text.at(last - 1) != QLatin1Char('.'))
        return true;
    const qsizetype period = last - 1;
    const QStringView word = wordBeforePeriod(text, period);
    if (word.isEmpty() || following.isEmpty())
        return true;
    const QString key = word.toString();
    const bool followedByNumber = following.at(0).isDigit();
    const bool followedByStarter = sentenceStarters().contains(following.toString());

    if (neverFinal().contains(key.toLower()))
        return false;
    if (titles().contains(key))
        return false;
    if (beforeNumbers().contains(key))
        return !followedByNumber;
    if (word.size() == 1 && word.at(0).isUpper()) // an initial: "John F. Kennedy"
        return followedByStarter;
    if (isDottedAbbreviation(word))
        return followedByStarter;
    return true;
}

// The sentence break classes of Unicode (UAX #29), from ICU's character properties; a line break
// counts as a space, as inside a paragraph it is a wrapped line.
const std::array<quint8, 128> &asciiClasses()
{
    static const std::array<quint8, 128> table = [] {
        std::array<quint8, 128> classes {};
        for (char32_t c = 0; c < 128; ++c)
            classes[c] = quint8(u_getIntPropertyValue(UChar32(c), UCHAR_SENTENCE_BREAK));
        classes[u'\n'] = U_SB_SP;
        classes[u'\r'] = U_SB_SP;
        return classes;
    }();
    return table;
}

USentenceBreak sentenceClass(char32_t c)
{
    return c < 128 ? USentenceBreak(asciiClasses()[c])
                   : USentenceBreak(u_getIntPropertyValue(UChar32(c), UCHAR_SENTENCE_BREAK));
}

bool isParagraphSeparator(USentenceBreak kind)
{
    return kind == U_SB_SEP || kind == U_SB_CR || kind == U_SB_LF;
}

bool isTerminator(USentenceBreak kind)
{
    return kind == U_SB_ATERM || kind == U_SB_STERM;
}

// The text as the rules read it: code points, each with the Extend and Format characters after it
// (rule SB5), a "unit" here.
class Units
{
public:
    explicit Units(QStringView text)
        : m_text(text)
    { }

    qsizetype size() const { return m_text.size(); }

    // The class of the unit that starts at `at`; `next` is where the one after it starts.
    USentenceBreak at(qsizetype at, qsizetype &next) const
    {
        const USentenceBreak kind = sentenceClass(codePoint(at, next));
        if (!isParagraphSeparator(kind)) {
            qsizetype after = next;
            while (next < size()) {
                const USentenceBreak attached = sentenceClass(codePoint(next, after));
                if (attached != U_SB_EXTEND && attached != U_SB_FORMAT)
                    break;
                next = after;
            }
        }
        return kind;
    }

    USentenceBreak at(qsizetype at) const
    {
        qsizetype next = 0;
        return at < size() ? this->at(at, next) : U_SB_OTHER;
    }

    // The class of the unit that ends where the one starting at `at` begins.
    USentenceBreak before(qsizetype at) const
    {
        qsizetype base = at;
        while (base > 0) {
            qsizetype start = base - 1;
            if (m_text[start].isLowSurrogate() && start > 0 && m_text[start - 1].isHighSurrogate())
                --start;
            qsizetype end = 0;
            const USentenceBreak kind = sentenceClass(codePoint(start, end));
            if (kind != U_SB_EXTEND && kind != U_SB_FORMAT)
                return isParagraphSeparator(kind) && base != at ? U_SB_EXTEND : kind;
            base = start;
        }
        return base == at ? U_SB_OTHER : U_SB_EXTEND;
    }

private:
    char32_t codePoint(qsizetype at, qsizetype &next) const
    {
        const char16_t c = m_text[at].unicode();
        next = at + 1;
        if (QChar::isHighSurrogate(c) && next < size() && m_text[next].isLowSurrogate())
            return QChar::surrogateToUcs4(c, m_text[next++].unicode());
        return c;
    }

    QStringView m_text;
};

} // namespace

// Unicode's default sentence break rules (UAX #29, SB1 to SB11), as ICU's sentence iterator
// applies them, read in one pass that stops only at terminators and separators: the iterator gives
// the same boundaries (tst_sentencesplitter compares them) at many times the cost.
QList<qsizetype> SentenceSplitter::ruleBoundaries(QStringView text)
{
    // The ASCII characters a boundary can follow: ".", "?" and "!".
    static const std::array<bool, 128> mayEnd = [] {
        std::array<bool, 128> ends {};
        for (char16_t c = 0; c < 128; ++c) {
            const auto kind = USentenceBreak(asciiClasses()[c]);
            ends[c] = isTerminator(kind) || isParagraphSeparator(kind);
        }
        return ends;
    }();
    const Units units(text);
    const qsizetype size = text.size();
    QList<qsizetype> found;
    for (qsizetype i = 0; i < size;) {
        const char16_t c = text[i].unicode();
        if (c < 128 && !mayEnd[c]) {
            ++i;
            continue;
        }
        qsizetype next = 0;
        const USentenceBreak kind = units.at(i, next);
        if (isParagraphSeparator(kind)) { // SB3, SB4
            if (kind == U_SB_CR && units.at(next) == U_SB_LF)
                units.at(next, next);
            if (next < size)
                found.append(next);
            i = next;
            continue;
        }
        if (!isTerminator(kind)) {
            i = next;
            continue;
        }
        if (kind == U_SB_ATERM && next < size) {
            const USentenceBreak following = units.at(next);
            const USentenceBreak preceding = units.before(i);
            const bool afterLetter = preceding == U_SB_UPPER || preceding == U_SB_LOWER;
            if (following == U_SB_NUMERIC || (following == U_SB_UPPER && afterLetter)) { // SB6, SB7: "3.5", "U.S"
                i = next;
                continue;
            }
        }
        qsizetype end = next;
        qsizetype after = 0;
        while (end < size && units.at(end, after) == U_SB_CLOSE)
            end = after;
        while (end < size && units.at(end, after) == U_SB_SP)
            end = after;
        const USentenceBreak atEnd = units.at(end);
        if (end < size && (atEnd == U_SB_SCONTINUE || isTerminator(atEnd))) { // SB8a
            i = end;
            continue;
        }
        if (kind == U_SB_ATERM) { // SB8: no break before a lower-case word
            qsizetype k = end;
            USentenceBreak other = U_SB_OTHER;
            while (k < size) {
                other = units.at(k, after);
                if (other == U_SB_OLETTER || other == U_SB_UPPER || other == U_SB_LOWER || isParagraphSeparator(other)
                    || isTerminator(other))
                    break;
                k = after;
            }
            if (k < size && other == U_SB_LOWER) {
                i = end;
                continue;
            }
        }
        if (end < size && isParagraphSeparator(atEnd)) { // SB11 takes one separator along
            units.at(end, end);
            if (atEnd == U_SB_CR && units.at(end) == U_SB_LF)
                units.at(end, end);
        }
        if (end < size)
            found.append(end);
        i = end;
    }
    return found;
}

QList<TextRange> SentenceSplitter::split(QStringView text, qsizetype base) const
{
    QList<TextRange> sentences;
    auto addTrimmed = [&](qsizetype start, qsizetype end) {
        while (start < end && text.at(start).isSpace())
            ++start;
        while (end > start && text.at(end - 1).isSpace())
            --end;
        if (end > start)
            sentences.append(TextRange {base + start, end - start});
    };
    qsizetype start = 0;
    for (const qsizetype boundary : ruleBoundaries(text)) {
        if (keepBreak(text, boundary, boundary)) {
            addTrimmed(start, boundary);
            start = boundary;
        }
    }
    addTrimmed(start, text.size());
    return sentences;
}

} // namespace Sitrep
