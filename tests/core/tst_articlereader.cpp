// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpaths.h"
#include "text/articlereader.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Sitrep::Article;
using Sitrep::ArticleFormat;
using Sitrep::ArticleReader;
using Sitrep::DateSource;
using Sitrep::Error;
using Sitrep::TextRange;

namespace {

QStringList sentenceTexts(const Article &article)
{
    QStringList sentences;
    for (const TextRange &range : article.sentences)
        sentences.append(article.textOf(range).toString());
    return sentences;
}

// The original text a range of the plain text came from.
QString originalOf(const Article &article, const QString &plain)
{
    const qsizetype at = article.text.indexOf(plain);
    if (at < 0)
        return QStringLiteral("<not in text>");
    const auto range = article.offsets.toOriginal({at, at + plain.size()});
    return article.original.mid(range.start, range.end - range.start);
}

QString sameSpaces(QString text)
{
    for (QChar &c : text) {
        if (c.isSpace())
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

class TestArticleReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTextInEveryEncodingToTheSameText_data();
    void readsTextInEveryEncodingToTheSameText();
    void takesTheDatelineDateWithTheYearOfItsWeekday();
    void takesTheYearInWhichTheStorysWeekdayIsTheDayBefore();
    void prefersTheUserDateToTheFileTime();
    void stripsMarkdownHeadingMarks();
    void hashesTheOriginalBytes();
    void readsEachFormat_data();
    void readsEachFormat();
    void mapsTextBackToTheOriginal_data();
    void mapsTextBackToTheOriginal();
    void copiedRunsMatchTheOriginal_data();
    void copiedRunsMatchTheOriginal();
    void readsEveryItemOfAFeed();
    void readsAFolderRecursivelyAndReportsBadFiles();
    void keepsDamagedUtf8AndWarns();
    void reportsBadInputWithFileAndReason_data();
    void reportsBadInputWithFileAndReason();
    void refusesFilesOverTheSizeCap();
    void refusesAHundredMegabyteLine();
    void readsAFourMegabyteLineQuickly();
    void reportsAnUnreadableFile();
    void readsEveryBundledSampleWithItsDate_data();
    void readsEveryBundledSampleWithItsDate();
    void readsTheSeedArticle();
};

void TestArticleReader::readsTextInEveryEncodingToTheSameText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("utf-8") << "utf8-dateline.txt"
                           << "UTF-8";
    QTest::newRow("utf-8 bom") << "utf8-bom.txt"
                               << "UTF-8";
    QTest::newRow("utf-16le") << "utf16le-bom.txt"
                              << "UTF-16LE";
    QTest::newRow("utf-16be") << "utf16be-bom.txt"
                              << "UTF-16BE";
    QTest::newRow("windows-1252") << "windows1252.txt"
                                  << "Windows-1252";
    QTest::newRow("crlf") << "crlf.txt"
                          << "UTF-8";
}

void TestArticleReader::readsTextInEveryEncodingToTheSameText()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    const auto reference = ArticleReader::read(SitrepTest::dataPath(QStringLiteral("text/utf8-dateline.txt")));
    QVERIFY2(reference.has_value(), qPrintable(SitrepTest::errorText(reference)));

    const auto article = ArticleReader::read(SitrepTest::dataPath(QStringLiteral("text/") + file));
    QVERIFY2(article.has_value(), qPrintable(SitrepTest::errorText(article)));
    QCOMPARE(article->text, reference->text);
    QCOMPARE(article->encoding, encoding);
    QVERIFY(article->text.contains(QStringLiteral("SUMY, Nov. 18 (Sitrep test) – Drones")));
    QVERIFY(article->text.contains(QStringLiteral("city’s utility")));
    QVERIFY(!article->text.contains(QLatin1Char('\r')));
    QCOMPARE(article->format, ArticleFormat::PlainText);
    QCOMPARE(article->title, QStringLiteral("Drone attack cuts power in Sumy"));
    QCOMPARE(article->textOf(article->dateline), QStringLiteral("SUMY, Nov. 18 (Sitrep test) – "));
    QCOMPARE(article->outlet, QStringLiteral("Sitrep test"));
    QCOMPARE(article->sentences.size(), 4);
    QCOMPARE(article->paragraphs.size(), 3);
}

namespace {

// A copy of text in a temporary folder, modified at the given time (the hint for a year-less date).
QString writtenAt(const QTemporaryDir &dir, const QByteArray &text, const QDateTime &modified)
{
    const QString path = dir.filePath(QStringLiteral("story.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    file.setFileTime(modified, QFileDevice::FileModificationTime);
    return path;
}

} // namespace

void TestArticleReader::takesTheDatelineDateWithTheYearOfItsWeekday()
{
    // "Nov. 18" has no year; "said on Tuesday" makes it 2025 in a file saved a year later.
    QTemporaryDir dir;
    QFile fixture(SitrepTest::dataPath(QStringLiteral("text/utf8-dateline.txt")));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QString path = writtenAt(dir, fixture.readAll(), QDateTime(QDate(2026, 11, 26), QTime(12, 0)));
    const auto article = ArticleReader::read(path);
    QVERIFY(article.has_value());
    QCOMPARE(article->referenceDate, QDate(2025, 11, 18));
    QCOMPARE(article->dateSource, DateSource::Dateline);
    QCOMPARE(article->dateEvidence, QStringLiteral("SUMY, Nov. 18 (Sitrep test) –"));
    QVERIFY(!Sitrep::isFallbackDateSource(article->dateSource));
}

void TestArticleReader::takesTheYearInWhichTheStorysWeekdayIsTheDayBefore()
{
    // Sunday's copy tells of "late on Saturday": Dec. 1 fell on a Sunday in 2024, not on a Saturday
    // in any of the last few years; a Saturday Dec. 1 six years back proves nothing.
    QTemporaryDir dir;
    const QString path = writtenAt(dir,
                                   "TBILISI, Dec. 1 (Sitrep test) - Police fired tear gas at protesters late on "
                                   "Saturday, the third night of rallies.\n",
                                   QDateTime(QDate(2025, 12, 20), QTime(12, 0)));
    const auto article = ArticleReader::read(path);
    QVERIFY(article.has_value());
    QCOMPARE(article->dateSource, DateSource::Dateline);
    QCOMPARE(article->referenceDate, QDate(2024, 12, 1));
}

void TestArticleReader::prefersTheUserDateToTheFileTime()
{
    const QString path = SitrepTest::dataPath(QStringLiteral("text/no-date.txt"));
    const auto withoutUser = ArticleReader::read(path);
    QVERIFY(withoutUser.has_value());
    QCOMPARE(withoutUser->dateSource, DateSource::FileTime);
    QCOMPARE(withoutUser->referenceDate, QFileInfo(path).lastModified().date());
    QVERIFY(Sitrep::isFallbackDateSource(withoutUser->dateSource));

    ArticleReader::Options options;
    options.referenceDate = QDate(2025, 11, 19);
    const auto withUser = ArticleReader::read(path, options);
    QVERIFY(withUser.has_value());
    QCOMPARE(withUser->dateSource, DateSource::User);
    QCOMPARE(withUser->referenceDate, QDate(2025, 11, 19));

    // The article's own date still beats the user's.
    const auto dated = ArticleReader::read(SitrepTest::dataPath(QStringLiteral("text/byline-published.txt")), options);
    QVERIFY(dated.has_value());
    QCOMPARE(dated->dateSource, DateSource::Dateline);
    QCOMPARE(dated->referenceDate, QDate(2025, 11, 3));
}

void TestArticleReader::stripsMarkdownHeadingMarks()
{
    const auto article = ArticleReader::read(SitrepTest::dataPath(QStringLiteral("text/heading.md")));
    QVERIFY(article.has_value());
    QCOMPARE(article->format, ArticleFormat::Markdown);
    QCOMPARE(article->title, QStringLiteral("Ceasefire talks resume in Doha"));
}

void TestArticleReader::hashesTheOriginalBytes()
{
    const QString path = SitrepTest::dataPath(QStringLiteral("text/utf16le-bom.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1).toHex());
    const auto article = ArticleReader::read(path);
    QVERIFY(article.has_value());
    QCOMPARE(article->contentHash, expected);
}

void TestArticleReader::readsEachFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("dateSource");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");

    QTest::newRow("html")
        << "html/article.html" << int(ArticleFormat::Html) << "Ceasefire holds in Hodeidah for a second day"
        << "Harbour Post" << QDate(2025, 3, 4) << int(DateSource::Metadata)
        << "article:published_time 2025-03-04T21:30:00-05:00"
        << "Ceasefire holds in Hodeidah\n\nThe truce in Hodeidah held on Tuesday, port officials "
           "said, and the first grain ship docked at 6 a.m.\n\n“It is quiet,” said Amal Saleh, a dock "
           "worker. Gen. Nasser Al-Amri said the army’s units had pulled back 5 km."
        << QStringList {QStringLiteral("The truce in Hodeidah held on Tuesday, port officials said, and "
                                       "the first grain ship docked at 6 a.m."),
                        QStringLiteral("“It is quiet,” said Amal Saleh, a dock worker."),
                        QStringLiteral("Gen. Nasser Al-Amri said the army’s units had pulled back 5 km.")};
    QTest::newRow("html, <time> and <title>")
        << "html/time-only.html" << int(ArticleFormat::Html) << "Shelling resumes near Bakhmut"
        << "Field Notes" << QDate(2024, 2, 9) << int(DateSource::Metadata) << "<time datetime> 2024-02-09"
        << "By staff 9 February\n\nShelling resumed near Bakhmut on Friday morning.\n\nTwo people were hurt & one "
           "house burned."
        << QStringList {QStringLiteral("Shelling resumed near Bakhmut on Friday morning."),
                        QStringLiteral("Two people were hurt & one house burned.")};
    QTest::newRow("html, JSON-LD and <h1>")
        << "html/jsonld-only.html" << int(ArticleFormat::Html) << "Dam breach floods villages downstream"
        << "" << QDate(2023, 6, 6) << int(DateSource::Metadata) << "JSON-LD datePublished 2023-06-06T04:15:00+03:00"
        << "Dam breach floods villages downstream\n\nWater poured through the breached dam early on Tuesday, "
           "officials said."
        << QStringList {QStringLiteral("Water poured through the breached dam early on Tuesday, officials said.")};
    QTest::newRow("markdown")
        << "markdown/byline.md" << int(ArticleFormat::Markdown) << "Death toll rises to 12 in Kramatorsk"
        << "" << QDate(2025, 7, 8) << int(DateSource::Dateline) << "Published 8 July 2025 · Test Wire"
        << "Death toll rises to 12 in Kramatorsk\n\nPublished 8 July 2025 · Test Wire\n\nRescuers "
           "in Kramatorsk said on Tuesday that 12 people had been killed.\n\nFive were "
           "children.\nSearch work ended at 9 p.m."
        << QStringList {QStringLiteral("Rescuers in Kramatorsk said on Tuesday that 12 people had "
                                       "been killed."),
                        QStringLiteral("Five were children."), QStringLiteral("Search work ended at 9 p.m.")};
    QTest::newRow("e-mail, quoted-printable")
        << "email/multipart-qp.eml" << int(ArticleFormat::Email) << "Flood update – Derna dams inspected"
        << "Delta Desk" << QDate(2023, 9, 11) << int(DateSource::Metadata) << "Date: Mon, 11 Sep 2023 23:10:00 -0400"
        << "Engineers inspected the two dams above Derna on Monday, the city’s "
           "council said.\n\nAbout 2,000 people remain in shelters."
        << QStringList {QStringLiteral("Engineers inspected the two dams above "
                                       "Derna on Monday, the city’s council said."),
                        QStringLiteral("About 2,000 people remain in shelters.")};
    QTest::newRow("e-mail, base64 windows-1252")
        << "email/base64-1252.eml" << int(ArticleFormat::Email) << "Water returns"
        << "Local News" << QDate(2024, 6, 14) << int(DateSource::Metadata) << "Date: Fri, 14 Jun 2024 10:00:00 GMT"
        << "Café owners in Mykolaiv said on Friday that water was back – for now.\n"
        << QStringList {QStringLiteral("Café owners in Mykolaiv said on Friday that water was back – for now.")};
    QTest::newRow("e-mail, html part") << "email/html-only.eml" << int(ArticleFormat::Email) << "Curfew lifted"
                                       << "alerts@example.org" << QDate(2024, 1, 2) << int(DateSource::Metadata)
                                       << "Date: Tue, 2 Jan 2024 06:00:00 +0100"
                                       << "The curfew in Goma was lifted on Tuesday."
                                       << QStringList {QStringLiteral("The curfew in Goma was lifted on Tuesday.")};
    QTest::newRow("pdf") << "pdf/article.pdf" << int(ArticleFormat::Pdf) << "Grain corridor reopens"
                         << "" << QDate(2024, 8, 12) << int(DateSource::Dateline) << "ODESA, 12 August 2024 -"
                         << "Grain corridor reopens\n\nODESA, 12 August 2024 - Ships left the port of Odesa on Monday "
                            "after a week-long pause, the ministry said. Insurers had raised their rates sharply after "
                            "the attack, but traders expected the difficult negotiations to succeed.\n\nOfficials in "
                            "the Ivano-Frankivsk and Mykolaiv regions said that exports would resume by "
                            "Wednesday.\n\nPage two holds the last paragraph of this test file."
                         << QStringList {QStringLiteral("Ships left the port of Odesa on Monday after a week-long "
                                                        "pause, the ministry said."),
                                         QStringLiteral("Insurers had raised their rates sharply after the attack, but "
                                                        "traders expected the difficult negotiations to succeed."),
                                         QStringLiteral("Officials in the Ivano-Frankivsk and Mykolaiv regions said "
                                                        "that exports would resume by Wednesday."),
                                         QStringLiteral("Page two holds the last paragraph of this test file.")};
    QTest::newRow("text, byline") << "text/thu-byline.txt" << int(ArticleFormat::PlainText)
                                  << "Port reopens after strike"
                                  << "" << QDate(2025, 11, 20) << int(DateSource::Dateline) << "Thu. Nov 20th, 2025"
                                  << "Port reopens after strike\nThu. Nov 20th, 2025\n\nLoading resumed at the port on "
                                     "Wednesday after a two-day halt. Officials said U.S. and EU inspectors were "
                                     "present.\n"
                                  << QStringList {
                                         QStringLiteral("Loading resumed at the port on Wednesday after a "
                                                        "two-day halt."),
                                         QStringLiteral("Officials said U.S. and EU inspectors were present.")};
}

void TestArticleReader::readsEachFormat()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(QString, title);
    QFETCH(QString, outlet);
    QFETCH(QDate, date);
    QFETCH(int, dateSource);
    QFETCH(QString, evidence);
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);

    const auto article = ArticleReader::read(SitrepTest::dataPath(file));
    QVERIFY2(article.has_value(), qPrintable(SitrepTest::errorText(article)));
    QCOMPARE(int(article->format), format);
    QCOMPARE(article->title, title);
    QCOMPARE(article->outlet, outlet);
    QCOMPARE(article->referenceDate, date);
    QCOMPARE(int(article->dateSource), dateSource);
    QCOMPARE(article->dateEvidence, evidence);
    QCOMPARE(article->text, text);
    QCOMPARE(sentenceTexts(*article), sentences);
    QVERIFY(article->warnings.isEmpty());
}

void TestArticleReader::mapsTextBackToTheOriginal_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("original");

    QTest::newRow("html entities") << "html/article.html"
                                   << "“It is quiet,” said Amal Saleh"
                                   << "&ldquo;It is quiet,&rdquo; said Amal Saleh";
    QTest::newRow("html nbsp") << "html/article.html"
                               << "docked at 6 a.m."
                               << "docked at 6&nbsp;a.m.";
    QTest::newRow("html collapsed spaces and line") << "html/article.html"
                                                    << "Al-Amri said the army’s"
                                                    << "Al-Amri   said the\narmy&rsquo;s";
    QTest::newRow("markdown link and bold")
        << "markdown/byline.md"
        << "Rescuers in Kramatorsk said on Tuesday that 12 people had been killed."
        << "Rescuers in [Kramatorsk](https://example.org/kramatorsk) said on Tuesday that **12 people** had been "
           "killed.";
    QTest::newRow("markdown list") << "markdown/byline.md"
                                   << "Five were children.\nSearch"
                                   << "Five were children.\n- Search";
    QTest::newRow("crlf") << "text/crlf.txt"
                          << "Sumy\n\nSUMY"
                          << "Sumy\r\n\r\nSUMY";
    QTest::newRow("feed item") << "feed/rss.xml"
                               << "Traffic was light & slow."
                               << "Traffic was light &amp; slow.";
    QTest::newRow("e-mail html part") << "email/html-only.eml"
                                      << "The curfew in Goma"
                                      << "The curfew in Goma";
}

void TestArticleReader::mapsTextBackToTheOriginal()
{
    QFETCH(QString, file);
    QFETCH(QString, plain);
    QFETCH(QString, original);
    const auto articles = ArticleReader::readAll(SitrepTest::dataPath(file));
    QVERIFY2(articles.has_value(), qPrintable(SitrepTest::errorText(articles)));
    QCOMPARE(originalOf(articles->first(), plain), original);
}

void TestArticleReader::copiedRunsMatchTheOriginal_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"html/article.html", "html/time-only.html", "markdown/byline.md", "text/crlf.txt",
                             "email/multipart-qp.eml", "pdf/article.pdf", "feed/rss.xml", "feed/atom.xml"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestArticleReader::copiedRunsMatchTheOriginal()
{
    QFETCH(QString, file);
    const auto articles = ArticleReader::readAll(SitrepTest::dataPath(file));
    QVERIFY2(articles.has_value(), qPrintable(SitrepTest::errorText(articles)));
    for (const Article &article : *articles) {
        QCOMPARE(article.offsets.textLength(), article.text.size());
        qsizetype previousEnd = 0;
        for (const auto &run : article.offsets.runs()) {
            QVERIFY(run.originalStart >= previousEnd - 1);
            previousEnd = run.originalStart + run.originalLength;
            QVERIFY(previousEnd <= article.original.size());
            // One-to-one runs hold the same characters, but a line break may stand for a space.
            if (run.textLength == run.originalLength)
                QCOMPARE(sameSpaces(article.text.mid(run.textStart, run.textLength)),
                         sameSpaces(article.original.mid(run.originalStart, run.originalLength)));
        }
    }
}

void TestArticleReader::readsEveryItemOfAFeed()
{
    const auto rss = ArticleReader::readAll(SitrepTest::dataPath(QStringLiteral("feed/rss.xml")));
    QVERIFY2(rss.has_value(), qPrintable(SitrepTest::errorText(rss)));
    QCOMPARE(rss->size(), 2);
    QCOMPARE(rss->at(0).title, QStringLiteral("Bridge reopens in Kherson"));
    QCOMPARE(rss->at(0).url, QStringLiteral("https://example.org/briefs/bridge"));
    QCOMPARE(rss->at(0).referenceDate, QDate(2025, 1, 31));
    QCOMPARE(rss->at(0).outlet, QStringLiteral("Test Desk – Briefs"));
    QCOMPARE(rss->at(0).text,
             QStringLiteral("Bridge reopens in Kherson\n\nThe bridge reopened on Friday.\n\nTraffic "
                            "was light & slow."));
    // An undated item falls back to the channel's date, and says so.
    QCOMPARE(rss->at(1).referenceDate, QDate(2025, 2, 1));
    QCOMPARE(rss->at(1).dateEvidence, QStringLiteral("channel lastBuildDate Sat, 01 Feb 2025 12:00:00 +0000"));
    QVERIFY(rss->at(0).contentHash != rss->at(1).contentHash);

    const auto atom = ArticleReader::readAll(SitrepTest::dataPath(QStringLiteral("feed/atom.xml")));
    QVERIFY2(atom.has_value(), qPrintable(SitrepTest::errorText(atom)));
    QCOMPARE(atom->size(), 2);
    QCOMPARE(atom->at(0).url, QStringLiteral("https://example.org/atom/jeddah"));
    QCOMPARE(atom->at(0).referenceDate, QDate(2024, 5, 1)); // published, not updated
    QCOMPARE(atom->at(0).dateEvidence, QStringLiteral("published 2024-05-01T18:00:00+03:00"));
    QCOMPARE(atom->at(0).text, QStringLiteral("Talks resume in Jeddah\n\nDelegations met in Jeddah on Wednesday."));
    QCOMPARE(atom->at(1).referenceDate, QDate(2024, 4, 29));
    QCOMPARE(atom->at(1).url, QStringLiteral("https://example.org/atom/geneina"));
    QCOMPARE(atom->at(1).sentences.size(), 2);

    const auto truncated = ArticleReader::readAll(SitrepTest::dataPath(QStringLiteral("feed/truncated.xml")));
    QVERIFY(truncated.has_value());
    QCOMPARE(truncated->size(), 1);
    QCOMPARE(truncated->first().warnings.size(), 1);
    QVERIFY(truncated->first().warnings.first().startsWith(QStringLiteral("the feed breaks off at line 2")));
}

void TestArticleReader::readsAFolderRecursivelyAndReportsBadFiles()
{
    const QString folder = SitrepTest::dataPath(QStringLiteral("folder"));
    const ArticleReader::Batch batch =
        ArticleReader::readBatch({folder, SitrepTest::dataPath(QStringLiteral("text/no-such.txt")),
                                  SitrepTest::dataPath(QStringLiteral("text/heading.md"))});
    QStringList titles;
    for (const Article &article : batch.articles)
        titles.append(article.title);
    QCOMPARE(titles,
             (QStringList {QStringLiteral("Shelling in Nikopol"), QStringLiteral("Evacuation in Kupiansk"),
                           QStringLiteral("Ceasefire talks resume in Doha")}));
    QCOMPARE(batch.errors.size(), 2);
    QCOMPARE(batch.errors.at(0).file, folder + QStringLiteral("/nested/broken.txt"));
    QCOMPARE(batch.errors.at(0).message, QStringLiteral("looks like a binary file, not text"));
    QCOMPARE(batch.errors.at(1).kind, Error::Kind::NotFound);

    const auto all = ArticleReader::readAll(folder);
    QVERIFY(all.has_value());
    QCOMPARE(all->size(), 2);
    QCOMPARE(ArticleReader::filesInFolder(folder).size(), 3); // notes.xyz is not an article file
}

void TestArticleReader::keepsDamagedUtf8AndWarns()
{
    const auto article = ArticleReader::read(SitrepTest::dataPath(QStringLiteral("text/invalid-utf8.txt")));
    QVERIFY2(article.has_value(), qPrintable(SitrepTest::errorText(article)));
    QCOMPARE(article->encoding, QStringLiteral("UTF-8"));
    QVERIFY(article->text.contains(QStringLiteral("Türk caf\uFFFD. The city’s")));
    QCOMPARE(article->warnings,
             QStringList {QStringLiteral("invalid UTF-8 at byte 89; 1 broken sequence(s) shown as U+FFFD")});
}

void TestArticleReader::reportsBadInputWithFileAndReason_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");

    QTest::newRow("missing") << QStringLiteral("text/no-such-article.txt") << int(Error::Kind::NotFound)
                             << QStringLiteral("no such file");
    QTest::newRow("empty") << QStringLiteral("text/empty.txt") << int(Error::Kind::InvalidContent)
                           << QStringLiteral("contains no text");
    QTest::newRow("whitespace only") << QStringLiteral("text/whitespace.txt") << int(Error::Kind::InvalidContent)
                                     << QStringLiteral("contains no text");
    QTest::newRow("binary") << QStringLiteral("text/binary.txt") << int(Error::Kind::InvalidContent)
                            << QStringLiteral("looks like a binary file, not text");
    QTest::newRow("unknown type") << QStringLiteral("text/notes.xyz") << int(Error::Kind::Unsupported)
                                  << QStringLiteral("file type '.xyz' is not supported");
    QTest::newRow("folder") << QStringLiteral("text") << int(Error::Kind::Unsupported)
                            << QStringLiteral("is a folder, not a file");
    QTest::newRow("html without text") << QStringLiteral("html/no-text.html") << int(Error::Kind::InvalidContent)
                                       << QStringLiteral("contains no text outside navigation, scripts and page "
                                                         "furniture");
    QTest::newRow("truncated pdf") << QStringLiteral("pdf/truncated.pdf") << int(Error::Kind::InvalidContent)
                                   << QStringLiteral("is a damaged or truncated PDF that Poppler cannot open");
    QTest::newRow("encrypted pdf") << QStringLiteral("pdf/encrypted.pdf") << int(Error::Kind::Unreadable)
                                   << QStringLiteral("is an encrypted PDF that needs a password");
    QTest::newRow("text named pdf") << QStringLiteral("text/heading.md.pdf") << int(Error::Kind::NotFound)
                                    << QStringLiteral("no such file");
    QTest::newRow("e-mail without headers")
        << QStringLiteral("email/not-an-email.eml") << int(Error::Kind::InvalidContent)
        << QStringLiteral("is not an e-mail message (no headers)");
    QTest::newRow("xml that is no feed") << QStringLiteral("feed/not-a-feed.xml") << int(Error::Kind::Unsupported)
                                         << QStringLiteral(
                                                "is XML but not an RSS or Atom feed (root element <config>)");
}

void TestArticleReader::reportsBadInputWithFileAndReason()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(QString, reason);

    const QString path = SitrepTest::dataPath(file);
    const auto article = ArticleReader::read(path);
    QVERIFY(!article.has_value());
    QCOMPARE(int(article.error().kind), kind);
    QCOMPARE(article.error().file, path);
    QVERIFY2(article.error().message.startsWith(reason), qPrintable(SitrepTest::errorText(article)));
    QVERIFY(article.error().toString().startsWith(path + QStringLiteral(": ")));
}

void TestArticleReader::refusesFilesOverTheSizeCap()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(ArticleReader::maximumFileSize + 1)); // sparse: costs no disk
    file.close();

    const auto article = ArticleReader::read(path);
    QVERIFY(!article.has_value());
    QCOMPARE(article.error().kind, Error::Kind::TooLarge);
    QCOMPARE(article.error().message, QStringLiteral("file is 64 MB; the limit is 64 MB"));
}

void TestArticleReader::refusesAHundredMegabyteLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("one-line.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray chunk = QByteArray("shelling continued ").repeated(1024 * 1024 / 19 + 1).left(1024 * 1024);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(file.write(chunk), chunk.size());
    file.close();

    QElapsedTimer timer;
    timer.start();
    const ArticleReader::Batch batch =
        ArticleReader::readBatch({path, SitrepTest::dataPath(QStringLiteral("text/utf8-dateline.txt"))});
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(batch.errors.size(), 1);
    QCOMPARE(batch.errors.first().toString(), path + QStringLiteral(": file is 100 MB; the limit is 64 MB"));
    QCOMPARE(batch.articles.size(), 1); // the other file of the batch still loads
}

void TestArticleReader::readsAFourMegabyteLineQuickly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("long-line.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("Drones struck again at 3 a.m. near Kharkiv. ").repeated(4 * 1024 * 1024 / 45));
    file.close();

    QElapsedTimer timer;
    timer.start();
    const auto article = ArticleReader::read(path);
    QVERIFY2(article.has_value(), qPrintable(SitrepTest::errorText(article)));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(article->paragraphs.size(), 1);
    QCOMPARE(article->sentences.size(), 4 * 1024 * 1024 / 45);
}

void TestArticleReader::reportsAnUnreadableFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("locked.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Locked away.\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::Permissions()));
    if (QFile(path).open(QIODevice::ReadOnly))
        QSKIP("running with privileges that read any file (root); cannot make a file unreadable");

    const auto article = ArticleReader::read(path);
    QVERIFY(!article.has_value());
    QCOMPARE(article.error().kind, Error::Kind::Unreadable);
    QVERIFY(article.error().message.startsWith(QStringLiteral("cannot open: ")));
}

void TestArticleReader::readsEveryBundledSampleWithItsDate_data()
{
    // The dates and their sources resources/samples/README.md gives for each sample.
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QList<QDate>>("dates");
    QTest::addColumn<int>("dateSource");
    QTest::newRow("kyiv") << "kyiv-talks-dateline.txt" << QList<QDate> {QDate(2025, 11, 20)}
                          << int(DateSource::Dateline);
    QTest::newRow("ternopil html") << "ternopil-strike.html" << QList<QDate> {QDate(2025, 11, 19)}
                                   << int(DateSource::Metadata);
    QTest::newRow("ternopil markdown") << "ternopil-strike-followup.md" << QList<QDate> {QDate(2025, 11, 21)}
                                       << int(DateSource::Dateline);
    QTest::newRow("energy e-mail") << "energy-briefing.eml" << QList<QDate> {QDate(2025, 11, 22)}
                                   << int(DateSource::Metadata);
    QTest::newRow("feed") << "conflict-feed.xml"
                          << QList<QDate> {QDate(2025, 11, 23), QDate(2025, 11, 17), QDate(2025, 11, 16),
                                           QDate(2025, 11, 12), QDate(2025, 11, 4)}
                          << int(DateSource::Metadata);
    QTest::newRow("el fasher") << "sudan-el-fasher.txt" << QList<QDate> {QDate(2025, 11, 3)}
                               << int(DateSource::Dateline);
    QTest::newRow("el fasher update") << "sudan-el-fasher-update.txt" << QList<QDate> {QDate(2025, 11, 14)}
                                      << int(DateSource::Dateline);
    QTest::newRow("analysis") << "peace-plan-analysis.txt" << QList<QDate> {QDate(2025, 11, 24)}
                              << int(DateSource::Dateline);
}

void TestArticleReader::readsEveryBundledSampleWithItsDate()
{
    QFETCH(QString, sample);
    QFETCH(QList<QDate>, dates);
    QFETCH(int, dateSource);
    // Through the resource, as DefaultProject reads them: no file time to fall back on.
    const auto articles = ArticleReader::readAll(QStringLiteral(":/samples/") + sample);
    QVERIFY2(articles.has_value(), qPrintable(SitrepTest::errorText(articles)));
    QList<QDate> actual;
    for (const Article &article : *articles) {
        actual.append(article.referenceDate);
        QCOMPARE(int(article.dateSource), dateSource);
        QVERIFY(!article.title.isEmpty());
        QVERIFY(article.sentences.size() >= 2);
    }
    QCOMPARE(actual, dates);
}

void TestArticleReader::readsTheSeedArticle()
{
    SITREP_REQUIRE_SHARED(seed, "corpus/seed/article.txt");
    ArticleReader::Options options;
    options.referenceDate = QDate(2025, 11, 19);
    const auto article = ArticleReader::read(seed, options);
    QVERIFY2(article.has_value(), qPrintable(SitrepTest::errorText(article)));
    QVERIFY(article->text.size() > 1000);
    QCOMPARE(article->title,
             QStringLiteral("Russia and the United States are secretly negotiating a peace plan for Ukraine"));
    // The dateline is glued to the first word: "MoscowRussia and the United States ...".
    QCOMPARE(article->textOf(article->dateline), QStringLiteral("Moscow"));
    // The deck under the headline is not part of the body's sentences.
    QVERIFY(article->textOf(article->sentences.at(0)).startsWith(QStringLiteral("Russia and the United States have")));
    QCOMPARE(article->dateSource, DateSource::User);
    QCOMPARE(article->referenceDate, QDate(2025, 11, 19));
}

QTEST_GUILESS_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
