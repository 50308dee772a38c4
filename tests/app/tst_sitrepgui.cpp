// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSitrepGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartCreatesTheDefaultProjectAndShowsTheWindow();
    void printsItsVersion();
};

void TestSitrepGui::firstStartCreatesTheDefaultProjectAndShowsTheWindow()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString screenshot = home.filePath(QStringLiteral("window.png"));

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SITREP_GUI_PATH), {QStringLiteral("--screenshot"), screenshot});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    const QFileInfo project(home.filePath(QStringLiteral("data/sitrep/default.sitrep")));
    QVERIFY2(project.exists(), qPrintable(project.filePath()));
    QVERIFY(project.size() > 0);

    const QImage image(screenshot);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800);
    QVERIFY(image.height() >= 500);
}

void TestSitrepGui::printsItsVersion()
{
    QProcess process;
    process.start(QStringLiteral(SITREP_GUI_PATH), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("0."));
}

QTEST_GUILESS_MAIN(TestSitrepGui)
#include "tst_sitrepgui.moc"
