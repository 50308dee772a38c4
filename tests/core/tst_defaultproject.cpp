// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/defaultproject.h"
#include "testpaths.h"
#include "text/articlereader.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Sitrep::DefaultProject;

class TestDefaultProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bundlesAtLeastSixSamplesInSeveralFormats();
    void everySampleSaysItWasWrittenForSitrep();
    void livesInTheUserDataFolder();
    void seedsANewProjectWithTheSamplesOnce();
};

void TestDefaultProject::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDefaultProject::bundlesAtLeastSixSamplesInSeveralFormats()
{
    const QStringList samples = DefaultProject::bundledSamplePaths();
    QVERIFY2(samples.size() >= 6, qPrintable(samples.join(u',')));
    QSet<QString> suffixes;
    for (const QString &sample : samples)
        suffixes.insert(QFileInfo(sample).suffix());
    for (const char *suffix : {"txt", "html", "md", "eml", "xml"})
        QVERIFY2(suffixes.contains(QString::fromLatin1(suffix)), suffix);
}

void TestDefaultProject::everySampleSaysItWasWrittenForSitrep()
{
    const QStringList samples = DefaultProject::bundledSamplePaths();
    for (const QString &sample : samples) {
        QFile file(sample);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // Undo quoted-printable soft line breaks so the e-mail sample reads as its text.
        const QByteArray tail = file.readAll().replace("=\r\n", "").replace("=\n", "").right(3000);
        QVERIFY2(tail.contains("sample article written for Sitrep"), qPrintable(sample));
    }
}

void TestDefaultProject::livesInTheUserDataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(QFileInfo(DefaultProject::path()).absolutePath(), QFileInfo(folder).absoluteFilePath());
    QCOMPARE(QFileInfo(DefaultProject::path()).fileName(), QStringLiteral("default.sitrep"));
}

void TestDefaultProject::seedsANewProjectWithTheSamplesOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/folder/default.sitrep"));
    qsizetype readable = 0;
    const QStringList samples = DefaultProject::bundledSamplePaths();
    qsizetype unreadable = 0;
    for (const QString &sample : samples) {
        const auto articles = Sitrep::ArticleReader::readAll(sample);
        readable += articles ? articles->size() : 0;
        unreadable += articles ? 0 : 1;
    }
    QCOMPARE(unreadable, 0); // every bundled sample is in a format Sitrep reads
    QVERIFY(readable > samples.size()); // the feed sample gives several articles

    {
        auto opened = DefaultProject::openOrCreate(path);
        QVERIFY2(opened.has_value(), qPrintable(SitrepTest::errorText(opened)));
        QVERIFY(opened->created);
        QCOMPARE(opened->store->articleCount().value(), int(readable));
        QVERIFY(opened->sampleErrors.isEmpty());
    }
    auto again = DefaultProject::openOrCreate(path);
    QVERIFY(again.has_value());
    QVERIFY(!again->created);
    QVERIFY(again->sampleErrors.isEmpty());
    QCOMPARE(again->store->articleCount().value(), int(readable));
}

QTEST_GUILESS_MAIN(TestDefaultProject)
#include "tst_defaultproject.moc"
