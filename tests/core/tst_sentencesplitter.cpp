// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/sentencesplitter.h"

#include <QRandomGenerator>
#include <QTest>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

using Sitrep::SentenceSplitter;
using Sitrep::TextRange;

class TestSentenceSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsHardCases_data();
    void splitsHardCases();
    void offsetsAreRelativeToTheBase();
    void trimsWhitespaceAndSkipsEmptyText();
    void splitsALongLineWithoutPunctuationAsOneSentence();
    void breaksWhereIcusIteratorBreaks_data();
    void breaksWhereIcusIteratorBreaks();
    void breaksWhereIcusIteratorBreaksOnGeneratedText();

private:
    static QList<qsizetype> icuBoundaries(QString text);
};

// ICU's sentence iterator, where the rules were first taken from: its breaks inside the text.
QList<qsizetype> TestSentenceSplitter::icuBoundaries(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    UErrorCode status = U_ZERO_ERROR;
    static const std::unique_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    UText *utext =
        utext_openUChars(nullptr, reinterpret_cast<const UChar *>(text.utf16()), int64_t(text.size()), &status);
    iterator->setText(utext, status);
    QList<qsizetype> boundaries;
    for (int32_t at = iterator->next(); at != icu::BreakIterator::DONE && at < text.size(); at = iterator->next())
        boundaries.append(at);
    iterator->setText(icu::UnicodeString());
    utext_close(utext);
    return boundaries;
}

void TestSentenceSplitter::splitsHardCases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");

    auto row = [](const char *name, const char *text, std::initializer_list<const char *> sentences) {
        QStringList expected;
        for (const char *sentence : sentences)
            expected.append(QString::fromUtf8(sentence));
        QTest::newRow(name) << QString::fromUtf8(text) << expected;
    };

    // Titles and ranks before names.
    row("Gen.", "Gen. Oleksandr Syrskyi visited the front. He met troops.",
        {"Gen. Oleksandr Syrskyi visited the front.", "He met troops."});
    row("Mr.", "Mr. Peskov declined to comment. The talks continue.",
        {"Mr. Peskov declined to comment.", "The talks continue."});
    row("Mrs.", "Mrs. Ortiz was evacuated. Her house burned.", {"Mrs. Ortiz was evacuated.", "Her house burned."});
    row("Ms.", "Ms. Haddad spoke first. Others followed.", {"Ms. Haddad spoke first.", "Others followed."});
    row("Dr.", "Dr. Tedros warned of famine. Aid is short.", {"Dr. Tedros warned of famine.", "Aid is short."});
    row("Lt. Col.", "Lt. Col. Ivan Petrenko was wounded. He survived.",
        {"Lt. Col. Ivan Petrenko was wounded.", "He survived."});
    row("Sen.", "Sen. Lindsey Graham spoke. Nothing changed.", {"Sen. Lindsey Graham spoke.", "Nothing changed."});
    row("Gov.", "Gov. Oleh Syniehubov said two died. Rescue work ended.",
        {"Gov. Oleh Syniehubov said two died.", "Rescue work ended."});
    row("Capt.", "Capt. Ahmed Ali led the convoy. It arrived.", {"Capt. Ahmed Ali led the convoy.", "It arrived."});
    row("Sgt.", "Sgt. Maria Koval was decorated. The ceremony was brief.",
        {"Sgt. Maria Koval was decorated.", "The ceremony was brief."});
    row("Maj. Gen.", "Maj. Gen. Kyrylo Budanov said so. Moscow denied it.",
        {"Maj. Gen. Kyrylo Budanov said so.", "Moscow denied it."});
    row("Adm.", "Adm. Tony Radakin met Zelensky. They spoke for an hour.",
        {"Adm. Tony Radakin met Zelensky.", "They spoke for an hour."});
    row("Prof.", "Prof. Sarah Lee studies drones. Her report is out.",
        {"Prof. Sarah Lee studies drones.", "Her report is out."});
    row("St.", "The march began at St. Michael's Square. Police watched.",
        {"The march began at St. Michael's Square.", "Police watched."});
    row("Rev.", "Rev. John Okello led prayers. Hundreds came.", {"Rev. John Okello led prayers.", "Hundreds came."});

    // Dotted abbreviations.
    row("U.S. mid-sentence", "The U.S. envoy arrived in Kyiv. He left on Friday.",
        {"The U.S. envoy arrived in Kyiv.", "He left on Friday."});
    row("U.S. before name", "Talks with U.S. Secretary Rubio ended. No deal was reached.",
        {"Talks with U.S. Secretary Rubio ended.", "No deal was reached."});
    row("U.S. at sentence end", "Sanctions were imposed by the U.S. The Kremlin objected.",
        {"Sanctions were imposed by the U.S.", "The Kremlin objected."});
    row("U.N.", "The U.N. Security Council met. It adopted nothing.",
        {"The U.N. Security Council met.", "It adopted nothing."});
    row("U.K.", "The U.K. Defence Ministry said so. Russia denied it.",
        {"The U.K. Defence Ministry said so.", "Russia denied it."});
    row("E.U.", "E.U. ministers met in Brussels. They agreed on aid.",
        {"E.U. ministers met in Brussels.", "They agreed on aid."});
    row("a.m. mid-sentence", "Sirens sounded at 3 a.m. local time. Missiles hit at 7.",
        {"Sirens sounded at 3 a.m. local time.", "Missiles hit at 7."});
    row("a.m. at sentence end", "The strike came at 7 a.m. The toll rose later.",
        {"The strike came at 7 a.m.", "The toll rose later."});
    row("p.m. before name", "At 9 p.m. Zelensky spoke. He was calm.", {"At 9 p.m. Zelensky spoke.", "He was calm."});
    row("e.g.", "Several towns, e.g. Bara and Kadugli, were hit. Aid stalled.",
        {"Several towns, e.g. Bara and Kadugli, were hit.", "Aid stalled."});
    row("i.e.", "The front, i.e. the Donbas, is quiet. Shelling goes on elsewhere.",
        {"The front, i.e. the Donbas, is quiet.", "Shelling goes on elsewhere."});
    row("vs.", "It was Kyiv vs. Moscow again. Nobody won.", {"It was Kyiv vs. Moscow again.", "Nobody won."});

    // Dates and numbers.
    row("Nov. 19", "The attack came on Nov. 19 at dawn. It lasted hours.",
        {"The attack came on Nov. 19 at dawn.", "It lasted hours."});
    row("Oct. 26", "El Fasher fell on Oct. 26, officials said. Thousands fled.",
        {"El Fasher fell on Oct. 26, officials said.", "Thousands fled."});
    row("Sept. 3", "Talks began on Sept. 3 in Doha. They stalled.",
        {"Talks began on Sept. 3 in Doha.", "They stalled."});
    row("Jan. end of sentence", "The next round is planned for Jan. The date is not set.",
        {"The next round is planned for Jan.", "The date is not set."});
    row("No. 6", "Unit No. 6 withdrew. Another held.", {"Unit No. 6 withdrew.", "Another held."});
    row("decimal", "Prices rose 2.5 percent. Fuel was short.", {"Prices rose 2.5 percent.", "Fuel was short."});
    row("decimal at start", "About 1.5 million people fled. Most went west.",
        {"About 1.5 million people fled.", "Most went west."});
    row("thousands separator", "Some 1,500 people died. The count is disputed.",
        {"Some 1,500 people died.", "The count is disputed."});
    row("year at end", "The war began in 2022. It has not ended.", {"The war began in 2022.", "It has not ended."});
    row("version number", "Version 2.1.3 was released. Users updated.",
        {"Version 2.1.3 was released.", "Users updated."});
    row("percent sign", "Turnout was 61.4%. Results come Monday.", {"Turnout was 61.4%.", "Results come Monday."});
    row("money", "Aid of $1.2 billion was pledged. Delivery starts soon.",
        {"Aid of $1.2 billion was pledged.", "Delivery starts soon."});

    // Initials.
    row("middle initial", "John F. Kennedy was quoted. The quote was old.",
        {"John F. Kennedy was quoted.", "The quote was old."});
    row("two initials", "J. R. Smith filed the report. It was short.",
        {"J. R. Smith filed the report.", "It was short."});
    row("initial then starter", "They chose plan B. The rest failed.", {"They chose plan B.", "The rest failed."});
    row("initials in name", "Analyst A. Petrova disagreed. Others agreed.",
        {"Analyst A. Petrova disagreed.", "Others agreed."});

    // Quotations.
    row("quote ends sentence", "He said: \"We will hold.\" Then he left.",
        {"He said: \"We will hold.\"", "Then he left."});
    row("curly quote ends sentence", "“We will hold,” he said. “We must.”", {"“We will hold,” he said.", "“We must.”"});
    row("quote with comma", "\"It is quiet,\" a resident said. Shops opened.",
        {"\"It is quiet,\" a resident said.", "Shops opened."});
    row("question in quote", "\"Why now?\" she asked. Nobody answered.",
        {"\"Why now?\" she asked.", "Nobody answered."});
    row("exclamation in quote", "\"Run!\" he shouted. They ran.", {"\"Run!\" he shouted.", "They ran."});
    row("quote then lowercase", "\"Stop.\" he said, and left.", {"\"Stop.\" he said, and left."});
    row("single quotes", "'We are ready,' the general said. Troops moved.",
        {"'We are ready,' the general said.", "Troops moved."});
    row("parenthesis", "The RSF (Rapid Support Forces) took the city. Many fled.",
        {"The RSF (Rapid Support Forces) took the city.", "Many fled."});
    row("sentence in parentheses", "The toll rose. (Figures are provisional.) Aid arrived.",
        {"The toll rose.", "(Figures are provisional.)", "Aid arrived."});

    // Other punctuation.
    row("question", "Will the truce hold? Nobody knows.", {"Will the truce hold?", "Nobody knows."});
    row("exclamation", "It is over! Crowds cheered.", {"It is over!", "Crowds cheered."});
    row("ellipsis then capital", "They waited... Then the shelling began.",
        {"They waited...", "Then the shelling began."});
    row("ellipsis mid-sentence", "They waited... and waited.", {"They waited... and waited."});
    row("semicolon", "Kyiv was hit; Lviv was spared. Power failed.",
        {"Kyiv was hit; Lviv was spared.", "Power failed."});
    row("colon", "The plan has three parts: peace, security, trade. It is vague.",
        {"The plan has three parts: peace, security, trade.", "It is vague."});
    row("no final period", "Shelling continued overnight", {"Shelling continued overnight"});
    row("three sentences", "One. Two. Three.", {"One.", "Two.", "Three."});
    row("wrapped line", "The talks ended\nwithout a deal. A new round\nis planned.",
        {"The talks ended\nwithout a deal.", "A new round\nis planned."});
    row("dash", "Two died – both soldiers. The rest survived.", {"Two died – both soldiers.", "The rest survived."});
    row("url", "Details are at example.org/news. Read them.", {"Details are at example.org/news.", "Read them."});
    row("email address", "Write to desk@example.org. We reply.", {"Write to desk@example.org.", "We reply."});
    row("lower case after period", "The town of St. petersburg style names. done.",
        {"The town of St. petersburg style names. done."});
    row("abbreviation Inc.", "Shares of Acme Inc. fell. The firm said nothing.",
        {"Shares of Acme Inc. fell.", "The firm said nothing."});
    row("non-breaking space", "It hit at 3\u00a0a.m. local time. Nobody died.",
        {"It hit at 3\u00a0a.m. local time.", "Nobody died."});
    row("multiple spaces", "Two died.   Three were hurt.", {"Two died.", "Three were hurt."});
    row("Cyrillic", "Київ атакували вночі. Загинули двоє.", {"Київ атакували вночі.", "Загинули двоє."});
}

void TestSentenceSplitter::splitsHardCases()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);
    SentenceSplitter splitter;
    QStringList actual;
    for (const TextRange &range : splitter.split(text))
        actual.append(text.mid(range.start, range.length));
    QCOMPARE(actual, sentences);
}

void TestSentenceSplitter::offsetsAreRelativeToTheBase()
{
    SentenceSplitter splitter;
    const QList<TextRange> ranges = splitter.split(u"  One. Two.", 100);
    QCOMPARE(ranges, (QList<TextRange> {{102, 4}, {107, 4}}));
}

void TestSentenceSplitter::trimsWhitespaceAndSkipsEmptyText()
{
    SentenceSplitter splitter;
    QVERIFY(splitter.split(u"").isEmpty());
    QVERIFY(splitter.split(u"   \n ").isEmpty());
    QCOMPARE(splitter.split(u" Word. "), (QList<TextRange> {{1, 5}}));
}

void TestSentenceSplitter::splitsALongLineWithoutPunctuationAsOneSentence()
{
    SentenceSplitter splitter;
    const QString line = QString(QStringLiteral("word ")).repeated(200000).trimmed();
    const QList<TextRange> ranges = splitter.split(line);
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(ranges.first().length, line.size());
}

void TestSentenceSplitter::breaksWhereIcusIteratorBreaks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qsizetype>>("boundaries");
    const auto row = [](const char *text, QList<qsizetype> boundaries) {
        QTest::newRow(text) << QString::fromUtf8(text) << boundaries;
    };
    row("He said \"Why now?\" she asked. Then left.", {19, 30});
    row("U.S. forces hit targets 3.5 km away. The end", {37});
    row("Wait... what? OK!! Fine.)  Next one.", {14, 19, 27});
    row("He left (at 5 p.m.). Then", {21});
    row("A.\u2029B. c", {3});
    row("end.\u201d Next", {6});
    row("x.\u00a0Y", {3});
    row("etc.,and more. New", {15});
    row("Line one.\nLine two", {10});
    row("Kyiv.\u0301 Then \U0001F600 again! Yes", {7, 22});
}

void TestSentenceSplitter::breaksWhereIcusIteratorBreaks()
{
    QFETCH(QString, text);
    QFETCH(QList<qsizetype>, boundaries);
    QCOMPARE(icuBoundaries(text), boundaries); // the row itself is right
    QCOMPARE(SentenceSplitter::ruleBoundaries(text), boundaries);
}

void TestSentenceSplitter::breaksWhereIcusIteratorBreaksOnGeneratedText()
{
    // Strings drawn from the characters the rules tell apart: terminators (ASCII, ideographic,
    // fullwidth, one dot leader), closing punctuation, spaces, separators, letters of each case,
    // other letters, digits, continuations, a combining mark, format characters, a surrogate pair.
    static constexpr char16_t alphabet[] = {u'.',   u'?',   u'!',   u'"',   u'\'',  u' ',   u' ',   u'A',   u'b',
                                            u'B',   u'c',   u'1',   u'2',   u',',   u';',   u':',   u')',   u'(',
                                            u'\n',  u'\t',  u'-',   0x2029, 0x0085, 0x2028, 0x00ad, 0x0301, 0x200b,
                                            0x2060, 0x4e00, 0x3002, 0xff0e, 0x2024, 0x201d, 0x2019, 0x00a0};
    QRandomGenerator random(20261126);
    for (int run = 0; run < 100000; ++run) {
        QString text;
        const int length = 1 + random.bounded(40);
        for (int i = 0; i < length; ++i) {
            if (random.bounded(40) == 0)
                text += QStringLiteral("\U0001F600");
            else
                text += QChar(alphabet[random.bounded(int(std::size(alphabet)))]);
        }
        const QList<qsizetype> expected = icuBoundaries(text);
        if (SentenceSplitter::ruleBoundaries(text) != expected) {
            QStringList codes;
            for (const QChar c : std::as_const(text))
                codes.append(QString::number(c.unicode(), 16));
            QFAIL(qPrintable(QStringLiteral("differs from ICU on: %1").arg(codes.join(u' '))));
        }
    }
}

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
