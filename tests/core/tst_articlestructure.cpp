// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/articlestructure.h"
#include "text/pdfextractor.h"
#include "text/sentencesplitter.h"

#include <QTest>

using Sitrep::ArticleStructure;
using Sitrep::TextRange;

class TestArticleStructure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsDatelines_data();
    void findsDatelines();
    void splitsGluedDatelines_data();
    void splitsGluedDatelines();
    void splitsParagraphs_data();
    void splitsParagraphs();
    void findsHeadlineBylineAndBody();
    void prefersAPublishedLineToAnUpdatedOne();
    void joinsPdfLinesAndRepairsHyphenation();
};

void TestArticleStructure::findsDatelines_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QString>("dateline");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("outlet");
    const QDate hint(2025, 11, 26);
    QTest::newRow("wire") << "KYIV, Nov 19 (Reuters) - Drones hit."
                          << "KYIV, Nov 19 (Reuters) - " << QDate(2025, 11, 19) << "Reuters";
    QTest::newRow("two-word place") << "PORT SUDAN, 14 November 2025 (Horn Desk Report) - The council voted."
                                    << "PORT SUDAN, 14 November 2025 (Horn Desk Report) - " << QDate(2025, 11, 14)
                                    << "Horn Desk Report";
    QTest::newRow("en dash") << "GENEVA, 24 November 2025 – Four days later."
                             << "GENEVA, 24 November 2025 – " << QDate(2025, 11, 24) << "";
    QTest::newRow("em dash, no date") << "WASHINGTON (AP) — Officials said."
                                      << "WASHINGTON (AP) — " << QDate() << "AP";
    QTest::newRow("mixed-case place with date") << "Kyiv, Ukraine, March 3, 2024 — Sirens sounded."
                                                << "Kyiv, Ukraine, March 3, 2024 — " << QDate(2024, 3, 3) << "";
    QTest::newRow("region") << "WASHINGTON, D.C., Jan. 5, 2025 - The talks began."
                            << "WASHINGTON, D.C., Jan. 5, 2025 - " << QDate(2025, 1, 5) << "";
    QTest::newRow("wire underscore with region") << "BAGHDAD, Iraq (AP)_ Inspectors returned."
                                                 << "BAGHDAD, Iraq (AP)_ " << QDate() << "AP";
    QTest::newRow("wire underscore after a space") << "NAIROBI, Kenya (AP) _ Rescuers dug on."
                                                   << "NAIROBI, Kenya (AP) _ " << QDate() << "AP";
    QTest::newRow("apostrophe in the place") << "O'SMACH, Cambodia (AP)_ The commander spoke."
                                             << "O'SMACH, Cambodia (AP)_ " << QDate() << "AP";
    QTest::newRow("double hyphen with a date") << "NAIROBI, August 21 (Xinhua) -- The director arrived."
                                               << "NAIROBI, August 21 (Xinhua) -- " << QDate(2025, 8, 21) << "Xinhua";
    QTest::newRow("a paragraph of its own") << "DAR ES SALAAM, Tanzania (AP) _"
                                            << "DAR ES SALAAM, Tanzania (AP) _" << QDate() << "AP";
    QTest::newRow("ordinary sentence") << "Russia said on Monday - without proof - that it won."
                                       << "" << QDate() << "";
    QTest::newRow("caps without date or outlet") << "NATO - the alliance - met."
                                                 << "" << QDate() << "";
    QTest::newRow("caps with a region, no outlet") << "ADDIS ABABA, Ethiopia — Fighting spread."
                                                   << "ADDIS ABABA, Ethiopia — " << QDate() << "";
    QTest::newRow("caps with a state, no outlet") << "PARIS, Mo. _ The farm grew."
                                                  << "PARIS, Mo. _ " << QDate() << "";
    QTest::newRow("caps and words, no region") << "NATO, the alliance - met."
                                               << "" << QDate() << "";
    QTest::newRow("mixed case without date") << "Kyiv - the capital - was hit."
                                             << "" << QDate() << "";
}

void TestArticleStructure::findsDatelines()
{
    QFETCH(QString, paragraph);
    QFETCH(QString, dateline);
    QFETCH(QDate, date);
    QFETCH(QString, outlet);
    const auto found = ArticleStructure::datelineAt(paragraph, QDate(2025, 11, 26));
    QCOMPARE(found.has_value(), !dateline.isEmpty());
    if (found) {
        QCOMPARE(paragraph.left(found->length), dateline);
        QCOMPARE(found->date, date);
        QCOMPARE(found->outlet, outlet);
    }
}

void TestArticleStructure::splitsGluedDatelines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("wholeText");
    const QString headline = QStringLiteral("Russia and Ukraine trade prisoners\n");
    QTest::newRow("place glued to a name used elsewhere") << "MoscowRussia and Ukraine swapped 84 prisoners."
                                                          << "Moscow" << headline;
    QTest::newRow("place glued to an opener") << "KhartoumThe army said it advanced."
                                              << "Khartoum" << QString();
    QTest::newRow("upper-case place") << "ODESAUkraine reopened the port."
                                      << "ODESA" << QStringLiteral("Ukraine says\n");
    QTest::newRow("compound name used elsewhere") << "BlackRock said it would invest."
                                                  << "" << QStringLiteral("BlackRock and Kyiv\n");
    QTest::newRow("compound name, second part alone nowhere") << "WhatsApp said it blocked the accounts."
                                                              << "" << QString();
    QTest::newRow("short prefix") << "McDonald said the talks ended."
                                  << "" << QStringLiteral("Donald\n");
    QTest::newRow("ordinary start") << "Russia and Ukraine swapped prisoners."
                                    << "" << headline;
}

void TestArticleStructure::splitsGluedDatelines()
{
    QFETCH(QString, text);
    QFETCH(QString, place);
    QFETCH(QString, wholeText);
    const QString whole = wholeText + text;
    const QStringView paragraph = QStringView(whole).mid(wholeText.size());
    QCOMPARE(ArticleStructure::gluedDatelineLength(paragraph, whole), place.size());
}

void TestArticleStructure::splitsParagraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::newRow("blank lines") << "One.\n\nTwo.\n\n\nThree." << QStringList {"One.", "Two.", "Three."};
    QTest::newRow("one per line") << "Headline\nA long first paragraph that goes on and on and on, well past a "
                                     "hundred characters in length, as body text does.\nSecond."
                                  << QStringList {"Headline",
                                                  "A long first paragraph that goes on and on and on, well past a "
                                                  "hundred characters in length, as body text does.",
                                                  "Second."};
    QTest::newRow("hard-wrapped") << "The talks in Geneva ended on Sunday without any firm\nagreement on territory, "
                                     "officials from both sides of it\nsaid.\n\nNext."
                                  << QStringList {"The talks in Geneva ended on Sunday without any firm\nagreement on "
                                                  "territory, officials from both sides of it\nsaid.",
                                                  "Next."};
    QTest::newRow("short lines stay apart")
        << "SITREP WIRE\nSaturday, 22 November 2025" << QStringList {"SITREP WIRE", "Saturday, 22 November 2025"};
    QTest::newRow("whitespace trimmed") << "  One.  \n \t\n Two." << QStringList {"One.", "Two."};
    QTest::newRow("empty") << "" << QStringList {};
}

void TestArticleStructure::splitsParagraphs()
{
    QFETCH(QString, text);
    QFETCH(QStringList, paragraphs);
    QStringList actual;
    for (const TextRange &range : ArticleStructure::paragraphsOf(text))
        actual.append(text.mid(range.start, range.length));
    QCOMPARE(actual, paragraphs);
}

void TestArticleStructure::findsHeadlineBylineAndBody()
{
    const QString text = QStringLiteral("Aid reaches Tawila\n\nPublished: 3 November 2025\nBy the desk\n\n"
                                        "TAWILA, Nov. 2 (Desk) - Trucks arrived on Sunday. Food ran short.");
    Sitrep::SentenceSplitter splitter;
    const auto result = ArticleStructure::analyze(text, QString(), QDate(2025, 11, 26), splitter);
    QCOMPARE(text.mid(result.headline.start, result.headline.length), QStringLiteral("Aid reaches Tawila"));
    QCOMPARE(text.mid(result.byline.start, result.byline.length), QStringLiteral("Published: 3 November 2025"));
    QCOMPARE(text.mid(result.dateline.start, result.dateline.length), QStringLiteral("TAWILA, Nov. 2 (Desk) - "));
    // The byline names its year; the dateline's year would be a guess.
    QCOMPARE(result.date, QDate(2025, 11, 3));
    QCOMPARE(result.dateEvidence, QStringLiteral("Published: 3 November 2025"));
    QCOMPARE(result.outlet, QStringLiteral("Desk"));
    QStringList sentences;
    for (const TextRange &range : result.sentences)
        sentences.append(text.mid(range.start, range.length));
    QCOMPARE(sentences, (QStringList {QStringLiteral("Trucks arrived on Sunday."), QStringLiteral("Food ran short.")}));
    QCOMPARE(result.paragraphs.size(), 2);
}

void TestArticleStructure::prefersAPublishedLineToAnUpdatedOne()
{
    const QString text = QStringLiteral("Headline\nUpdated: 5 May 2025\nPublished: 4 May 2025\n\nBody text here.");
    Sitrep::SentenceSplitter splitter;
    const auto result = ArticleStructure::analyze(text, QString(), QDate(), splitter);
    QCOMPARE(result.date, QDate(2025, 5, 4));
}

void TestArticleStructure::joinsPdfLinesAndRepairsHyphenation()
{
    const QString raw = QStringLiteral("Short headline\n"
                                       "The ceasefire negotiations in Doha continued on Monday with the\n"
                                       "usual difficulties, and the delegations said that the long nego-\n"
                                       "tiations with the officials from the region of Ivano-\n"
                                       "Frankivsk would go on.\n"
                                       "\fA second page.");
    const auto extraction = Sitrep::PdfExtractor::joinLines(raw);
    QCOMPARE(extraction.text,
             QStringLiteral("Short headline\n\nThe ceasefire negotiations in Doha continued on Monday with the usual "
                            "difficulties, and the delegations said that the long negotiations with the officials from "
                            "the region of Ivano-Frankivsk would go on.\n\nA second page."));
    const qsizetype at = extraction.text.indexOf(QStringLiteral("negotiations with"));
    const auto range = extraction.offsets.toOriginal({at, at + 12});
    QCOMPARE(raw.mid(range.start, range.end - range.start), QStringLiteral("nego-\ntiations"));
}

QTEST_GUILESS_MAIN(TestArticleStructure)
#include "tst_articlestructure.moc"
