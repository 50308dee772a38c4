// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencesplitter.h"

#include "logging.h"

#include <QSet>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

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

// Whether the break ICU put before `next` (after a sentence ending at `end`) should stay.
bool keepBreak(QStringView text, qsizetype end, qsizetype next)
{
    qsizetype last = end;
    while (last > 0 && (text.at(last - 1).isSpace()))
        --last;
    const QStringView following = wordAt(text, next);
    // ICU breaks after "?" and "!" whatever follows: '"Why now?" she asked' is one sentence.
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

} // namespace

struct SentenceSplitter::Private
{
    std::unique_ptr<icu::BreakIterator> iterator;
};

SentenceSplitter::SentenceSplitter()
    : d(std::make_unique<Private>())
{
    UErrorCode status = U_ZERO_ERROR;
    d->iterator.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status)) {
        qCWarning(lcText) << "ICU sentence iterator unavailable:" << u_errorName(status);
        d->iterator.reset();
    }
}

SentenceSplitter::~SentenceSplitter() = default;

QList<TextRange> SentenceSplitter::split(QStringView text, qsizetype base)
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
    if (!d->iterator || text.size() > std::numeric_limits<int32_t>::max()) {
        addTrimmed(0, text.size());
        return sentences;
    }

    // ICU ends a sentence at every line break; inside a paragraph a line break is a wrapped line.
    QString flattened = text.toString();
    flattened.replace(QLatin1Char('\n'), QLatin1Char(' '));
    flattened.replace(QLatin1Char('\r'), QLatin1Char(' '));

    UErrorCode status = U_ZERO_ERROR;
    UText *utext = utext_openUChars(nullptr, reinterpret_cast<const UChar *>(flattened.utf16()),
                                    int64_t(flattened.size()), &status);
    if (U_FAILURE(status)) {
        addTrimmed(0, text.size());
        return sentences;
    }
    d->iterator->setText(utext, status);
    qsizetype start = 0;
    for (int32_t boundary = d->iterator->next(); boundary != icu::BreakIterator::DONE; boundary = d->iterator->next()) {
        if (boundary >= flattened.size())
            break;
        if (keepBreak(flattened, boundary, boundary)) {
            addTrimmed(start, boundary);
            start = boundary;
        }
    }
    addTrimmed(start, text.size());
    // The iterator must not keep pointing at our buffer.
    d->iterator->setText(icu::UnicodeString());
    utext_close(utext);
    return sentences;
}

} // namespace Sitrep
