// SPDX-License-Identifier: GPL-3.0-or-later
// sitrep-cli briefing, run as a user runs it, on a machine without a display.
#include "testpaths.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    // No display, no platform chosen and no login session's runtime folder: the command must pick
    // the offscreen platform itself and keep Qt's complaints about the rest off stderr.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SITREP_CLI_PATH), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

bool isPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

} // namespace

class TestBriefingCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesABriefingWithoutADisplay();
    void filtersTheEvents();
    void refusesAnEmptyProject();
    void reportsAnUnwritablePath();
    void rejectsBadArguments();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestBriefingCli::initTestCase()
{
    m_project = m_dir.filePath(QStringLiteral("samples.sitrep"));
    const Run ingest = runCli({QStringLiteral("ingest"), QStringLiteral("--quiet"), QStringLiteral("--db"), m_project,
                               QStringLiteral(SITREP_SOURCE_DIR "/resources/samples/ternopil-strike.html"),
                               QStringLiteral(SITREP_SOURCE_DIR "/resources/samples/sudan-el-fasher.txt")});
    QCOMPARE(ingest.exitCode, 0);
}

void TestBriefingCli::writesABriefingWithoutADisplay()
{
    const QString out = m_dir.filePath(QStringLiteral("all.pdf"));
    const Run run = runCli({QStringLiteral("briefing"), QStringLiteral("--db"), m_project, QStringLiteral("--out"), out,
                            QStringLiteral("--title"), QStringLiteral("Weekly"), QStringLiteral("--author"),
                            QStringLiteral("Desk")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(isPdf(out));
    QVERIFY2(run.err.contains(QRegularExpression(QStringLiteral("all\\.pdf: \\d+ pages, \\d+ events from 2 articles"))),
             qPrintable(run.err));
    // That line is all: no warning from Qt about the platform or XDG_RUNTIME_DIR.
    QVERIFY2(!run.err.trimmed().contains(u'\n'), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("XDG_RUNTIME_DIR")), qPrintable(run.err));
}

void TestBriefingCli::filtersTheEvents()
{
    const QString all = m_dir.filePath(QStringLiteral("everything.pdf"));
    const QString sudan = m_dir.filePath(QStringLiteral("sudan.pdf"));
    const Run whole =
        runCli({QStringLiteral("briefing"), QStringLiteral("--db"), m_project, QStringLiteral("--out"), all});
    const Run filtered = runCli({QStringLiteral("briefing"), QStringLiteral("--db"), m_project, QStringLiteral("--out"),
                                 sudan, QStringLiteral("--place"), QStringLiteral("SD")});
    QCOMPARE(whole.exitCode, 0);
    QVERIFY2(filtered.exitCode == 0, qPrintable(filtered.err));
    // Only the Sudan article's events: one article, fewer events.
    QVERIFY2(filtered.err.contains(QStringLiteral("from 1 article")), qPrintable(filtered.err));
    const auto events = [](const QString &text) {
        return QRegularExpression(QStringLiteral("(\\d+) events")).match(text).captured(1).toInt();
    };
    QVERIFY(events(filtered.err) > 0 && events(filtered.err) < events(whole.err));
}

void TestBriefingCli::refusesAnEmptyProject()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty.sitrep"));
    QCOMPARE(runCli({QStringLiteral("articles"), QStringLiteral("--db"), empty}).exitCode, 0); // creates it
    const QString out = m_dir.filePath(QStringLiteral("empty.pdf"));
    const Run run = runCli({QStringLiteral("briefing"), QStringLiteral("--db"), empty, QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("the project has no events: import articles first")), qPrintable(run.err));
    QVERIFY(!QFile::exists(out));

    const Run nothingMatches =
        runCli({QStringLiteral("briefing"), QStringLiteral("--db"), m_project, QStringLiteral("--out"), out,
                QStringLiteral("--actor"), QStringLiteral("Nobody")});
    QCOMPARE(nothingMatches.exitCode, 1);
    QVERIFY(nothingMatches.err.contains(QStringLiteral("no events match the filter: nothing to brief")));
    QVERIFY(!QFile::exists(out));

    const QString missing = m_dir.filePath(QStringLiteral("missing.sitrep"));
    const Run noProject =
        runCli({QStringLiteral("briefing"), QStringLiteral("--db"), missing, QStringLiteral("--out"), out});
    QCOMPARE(noProject.exitCode, 1);
    QVERIFY(noProject.err.contains(QStringLiteral("missing.sitrep: no such project file")));
    QVERIFY(!QFile::exists(missing));
}

void TestBriefingCli::reportsAnUnwritablePath()
{
    const QString out = m_dir.filePath(QStringLiteral("no/such/folder/briefing.pdf"));
    const Run run =
        runCli({QStringLiteral("briefing"), QStringLiteral("--db"), m_project, QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("sitrep-cli: %1: cannot write: ").arg(out)), qPrintable(run.err));
}

void TestBriefingCli::rejectsBadArguments()
{
    const QString out = m_dir.filePath(QStringLiteral("bad.pdf"));
    const Run noOut = runCli({QStringLiteral("briefing"), QStringLiteral("--db"), m_project});
    QCOMPARE(noOut.exitCode, 2);
    QVERIFY(noOut.err.contains(QStringLiteral("--out FILE is required")));
    const Run badDate = runCli({QStringLiteral("briefing"), QStringLiteral("--db"), m_project, QStringLiteral("--out"),
                                out, QStringLiteral("--from"), QStringLiteral("yesterday")});
    QCOMPARE(badDate.exitCode, 2);
    QVERIFY(badDate.err.contains(QStringLiteral("--from: 'yesterday' is not a date (YYYY-MM-DD)")));
    const Run badPage = runCli({QStringLiteral("briefing"), QStringLiteral("--db"), m_project, QStringLiteral("--out"),
                                out, QStringLiteral("--page-size"), QStringLiteral("A3")});
    QCOMPARE(badPage.exitCode, 2);
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestBriefingCli)
#include "tst_briefingcli.moc"
