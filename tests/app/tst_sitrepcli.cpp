// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs sitrep-cli as a user would, with no display at all.
Run runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SITREP_CLI_PATH), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestSitrepCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsHelpListingItsCommands();
    void printsItsVersion();
    void rejectsAnUnknownCommand();
    void asksForACommandWhenGivenNone();
    void readsAnArticleAsJson();
    void namesAMissingFileAndFails();
    void keepsGoodFilesWhenOthersFail();
    void explainsCommandOptions();
};

void TestSitrepCli::printsHelpListingItsCommands()
{
    const Run run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Usage:")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("read FILE...")));
}

void TestSitrepCli::printsItsVersion()
{
    const Run run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    static const QRegularExpression version(QStringLiteral("^sitrep-cli \\d+\\.\\d+\\.\\d+\\n$"));
    QVERIFY2(version.match(run.out).hasMatch(), qPrintable(run.out));
}

void TestSitrepCli::rejectsAnUnknownCommand()
{
    const Run run = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("unknown command 'frobnicate'")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestSitrepCli::asksForACommandWhenGivenNone()
{
    const Run run = runCli({});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("Usage:")));
}

void TestSitrepCli::readsAnArticleAsJson()
{
    const QString path = SitrepTest::dataPath(QStringLiteral("text/utf16le-bom.txt"));
    const Run run = runCli({QStringLiteral("read"), path});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray articles = root.value(QStringLiteral("articles")).toArray();
    QCOMPARE(articles.size(), 1);
    const QJsonObject article = articles.first().toObject();
    QCOMPARE(article.value(QStringLiteral("title")).toString(), QStringLiteral("Drone attack cuts power in Sumy"));
    QCOMPARE(article.value(QStringLiteral("source")).toString(), path);
    QCOMPARE(article.value(QStringLiteral("format")).toString(), QStringLiteral("text"));
    QVERIFY(article.value(QStringLiteral("text")).toString().contains(QStringLiteral("SUMY, Nov. 18 (Sitrep test) –")));
    QVERIFY(root.value(QStringLiteral("errors")).toArray().isEmpty());
}

void TestSitrepCli::namesAMissingFileAndFails()
{
    const QString path = QStringLiteral("/nonexistent/dispatch.txt");
    const Run run = runCli({QStringLiteral("read"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("/nonexistent/dispatch.txt: no such file")), qPrintable(run.err));
}

void TestSitrepCli::keepsGoodFilesWhenOthersFail()
{
    const Run run = runCli({QStringLiteral("read"), SitrepTest::dataPath(QStringLiteral("text/binary.txt")),
                            SitrepTest::dataPath(QStringLiteral("text/heading.md"))});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("articles")).toArray().size(), 1);
    const QJsonArray errors = root.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().toObject().value(QStringLiteral("file")).toString().endsWith(QStringLiteral("binary.txt")));
    QVERIFY(run.err.contains(QStringLiteral("binary.txt: looks like a binary file")));
}

void TestSitrepCli::explainsCommandOptions()
{
    const Run help = runCli({QStringLiteral("read"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("FILE...")));
    const Run bad = runCli({QStringLiteral("read"), QStringLiteral("--bogus")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("bogus")), qPrintable(bad.err));
}

QTEST_GUILESS_MAIN(TestSitrepCli)
#include "tst_sitrepcli.moc"
