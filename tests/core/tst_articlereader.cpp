// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpaths.h"
#include "text/articlereader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Sitrep::ArticleReader;
using Sitrep::Error;

class TestArticleReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTextInEveryEncodingToTheSameText_data();
    void readsTextInEveryEncodingToTheSameText();
    void takesTheFirstLineAsHeadline();
    void stripsMarkdownHeadingMarks();
    void hashesTheOriginalBytes();
    void reportsBadInputWithFileAndReason_data();
    void reportsBadInputWithFileAndReason();
    void refusesFilesOverTheSizeCap();
    void readsTheSeedArticle();
};

void TestArticleReader::readsTextInEveryEncodingToTheSameText_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file :
         {"utf8-dateline.txt", "utf8-bom.txt", "utf16le-bom.txt", "utf16be-bom.txt", "windows1252.txt", "crlf.txt"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestArticleReader::readsTextInEveryEncodingToTheSameText()
{
    QFETCH(QString, file);
    const auto reference = ArticleReader::read(SitrepTest::dataPath(QStringLiteral("text/utf8-dateline.txt")));
    QVERIFY2(reference.has_value(), qPrintable(SitrepTest::errorText(reference)));

    const auto article = ArticleReader::read(SitrepTest::dataPath(QStringLiteral("text/") + file));
    QVERIFY2(article.has_value(), qPrintable(SitrepTest::errorText(article)));
    QCOMPARE(article->text, reference->text);
    QVERIFY(article->text.contains(QStringLiteral("SUMY, Nov. 18 (Sitrep test) – Drones")));
    QVERIFY(article->text.contains(QStringLiteral("city’s utility")));
    QVERIFY(!article->text.contains(QLatin1Char('\r')));
    QCOMPARE(article->format, Sitrep::ArticleFormat::PlainText);
}

void TestArticleReader::takesTheFirstLineAsHeadline()
{
    const auto article = ArticleReader::read(SitrepTest::dataPath(QStringLiteral("text/utf8-dateline.txt")));
    QVERIFY(article.has_value());
    QCOMPARE(article->title, QStringLiteral("Drone attack cuts power in Sumy"));
    QCOMPARE(article->dateSource, Sitrep::DateSource::FileTime);
    QVERIFY(article->referenceDate.isValid());
}

void TestArticleReader::stripsMarkdownHeadingMarks()
{
    const auto article = ArticleReader::read(SitrepTest::dataPath(QStringLiteral("text/heading.md")));
    QVERIFY(article.has_value());
    QCOMPARE(article->format, Sitrep::ArticleFormat::Markdown);
    QCOMPARE(article->title, QStringLiteral("Ceasefire talks resume in Doha"));
}

void TestArticleReader::hashesTheOriginalBytes()
{
    const QString path = SitrepTest::dataPath(QStringLiteral("text/utf16le-bom.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    const auto article = ArticleReader::read(path);
    QVERIFY(article.has_value());
    QCOMPARE(article->contentHash, expected);
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
                            << QStringLiteral("binary");
    QTest::newRow("unknown type") << QStringLiteral("text/notes.xyz") << int(Error::Kind::Unsupported)
                                  << QStringLiteral("'.xyz' is not supported");
    QTest::newRow("folder") << QStringLiteral("text") << int(Error::Kind::Unsupported) << QStringLiteral("folder");
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
    QVERIFY2(article.error().message.contains(reason), qPrintable(SitrepTest::errorText(article)));
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
    QVERIFY(article.error().message.contains(QStringLiteral("limit is 64 MB")));
}

void TestArticleReader::readsTheSeedArticle()
{
    SITREP_REQUIRE_SHARED(seed, "corpus/seed/article.txt");
    const auto article = ArticleReader::read(seed);
    QVERIFY2(article.has_value(), qPrintable(SitrepTest::errorText(article)));
    QVERIFY(article->text.size() > 1000);
    QVERIFY(article->text.contains(QStringLiteral("Witkoff")));
    QVERIFY(!article->title.isEmpty());
}

QTEST_GUILESS_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
