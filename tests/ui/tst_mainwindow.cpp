// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "source/sourceview.h"
#include "store/projectstore.h"
#include "timeline/timelineview.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QMenuBar>
#include <QTableView>
#include <QTest>

using Sitrep::MainWindow;

namespace {

std::unique_ptr<Sitrep::ProjectStore> projectWithTwoArticles()
{
    auto store = Sitrep::ProjectStore::open(QStringLiteral(":memory:"));
    if (!store)
        return {};
    Sitrep::Article first;
    first.source = QStringLiteral("/news/first.txt");
    first.title = QStringLiteral("Talks in Geneva");
    first.contentHash = QStringLiteral("first");
    first.text = QStringLiteral("GENEVA, Nov. 23 – Delegations met for four hours.");
    first.referenceDate = QDate(2025, 11, 23);
    first.dateSource = Sitrep::DateSource::Dateline;
    Sitrep::Article second = first;
    second.title = QStringLiteral("Strike on Ternopil");
    second.contentHash = QStringLiteral("second");
    second.text = QStringLiteral("Missiles hit Ternopil overnight.");
    second.referenceDate = QDate(2025, 11, 19);
    (*store)->addArticle(first);
    (*store)->addArticle(second);
    return std::move(*store);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithItsDocks();
    void listsTheProjectsArticlesAndShowsTheSelectedOne();
    void followsSelectionInTheSourcePane();
    void offersMenus();
};

void TestMainWindow::opensWithItsDocks()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const char *name : {"sourceDock", "mapDock", "timelineDock"}) {
        auto *dock = window.findChild<QDockWidget *>(QString::fromLatin1(name));
        QVERIFY2(dock, name);
        QVERIFY2(dock->isVisible(), name);
        QVERIFY(dock->widget());
    }
    QVERIFY(window.centralWidget());
}

void TestMainWindow::listsTheProjectsArticlesAndShowsTheSelectedOne()
{
    MainWindow window;
    window.setProject(projectWithTwoArticles());
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("articleTable"));
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 2);
    // Ordered by date: the 19 November article first, and it is selected on load.
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Strike on Ternopil"));
    auto *source = window.findChild<Sitrep::SourceView *>();
    QVERIFY(source);
    QCOMPARE(source->displayedText(), QStringLiteral("Missiles hit Ternopil overnight."));
    auto *timeline = window.findChild<Sitrep::TimelineView *>();
    QVERIFY(timeline);
    QCOMPARE(timeline->barCount(), 2);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Sitrep")));
}

void TestMainWindow::followsSelectionInTheSourcePane()
{
    MainWindow window;
    window.setProject(projectWithTwoArticles());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("articleTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    auto *source = window.findChild<Sitrep::SourceView *>();
    QCOMPARE(source->displayedText(), QStringLiteral("GENEVA, Nov. 23 – Delegations met for four hours."));
    QCOMPARE(window.selectionModel()->currentIndex().row(), 1);
}

void TestMainWindow::offersMenus()
{
    MainWindow window;
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (QAction *action : actions)
        titles << action->text().remove(QLatin1Char('&'));
    QCOMPARE(titles, (QStringList {QStringLiteral("File"), QStringLiteral("View"), QStringLiteral("Help")}));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
