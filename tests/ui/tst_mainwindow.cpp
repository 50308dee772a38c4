// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventextractor.h"
#include "filter/filterbar.h"
#include "mainwindow.h"
#include "map/mapview.h"
#include "models/articletablemodel.h"
#include "models/eventfilterproxy.h"
#include "models/eventtablemodel.h"
#include "project/importprogress.h"
#include "project/projectsession.h"
#include "source/sourceview.h"
#include "store/projectstore.h"
#include "testpaths.h"
#include "timeline/histogramchart.h"
#include "timeline/timelinelanes.h"
#include "timeline/timelinescale.h"
#include "timeline/timelineview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using Sitrep::MainWindow;

namespace {

const QString genevaText =
    QStringLiteral("GENEVA, Nov. 23 – Delegations met for four hours. They agreed to talk again.");
const QString strikeText = QStringLiteral("Missiles hit Ternopil overnight. At least 25 people were killed.");

Sitrep::Event makeEvent(const QString &summary, const QDate &date, qsizetype start, qsizetype end, const QString &place)
{
    Sitrep::Event event;
    event.summary = summary;
    event.date = {date, date, Sitrep::DatePrecision::Day, Sitrep::DateDerivation::Reference};
    event.sentenceStart = start;
    event.sentenceEnd = end;
    event.places = {Sitrep::EventPlace {place, place, QStringLiteral("city"), 46.2, 6.1, QStringLiteral("CH"), {}, {}}};
    return event;
}

std::unique_ptr<Sitrep::ProjectStore> projectWithTwoArticles()
{
    auto store = Sitrep::ProjectStore::open(QStringLiteral(":memory:"));
    if (!store)
        return {};
    Sitrep::Article geneva;
    geneva.source = QStringLiteral("/news/geneva.txt");
    geneva.title = QStringLiteral("Talks in Geneva");
    geneva.contentHash = QStringLiteral("geneva");
    geneva.text = genevaText;
    geneva.referenceDate = QDate(2025, 11, 23);
    geneva.dateSource = Sitrep::DateSource::Dateline;
    Sitrep::Article strike = geneva;
    strike.source = QStringLiteral("/news/strike.txt");
    strike.title = QStringLiteral("Strike on Ternopil");
    strike.contentHash = QStringLiteral("strike");
    strike.text = strikeText;
    strike.referenceDate = QDate(2025, 11, 19);
    Sitrep::Event talks =
        makeEvent(QStringLiteral("Delegations meet in Geneva"), QDate(2025, 11, 23), 18, 50, QStringLiteral("Geneva"));
    talks.type = Sitrep::EventType::Diplomacy;
    Sitrep::Event missiles =
        makeEvent(QStringLiteral("Missile strike on Ternopil"), QDate(2025, 11, 19), 0, 32, QStringLiteral("Ternopil"));
    missiles.type = Sitrep::EventType::RemoteViolence;
    (*store)->importArticle(geneva, {talks});
    (*store)->importArticle(strike, {missiles});
    return std::move(*store);
}

// Three events whose date order (Ternopil, Kharkiv, Geneva) differs from their summaries' order.
std::unique_ptr<Sitrep::ProjectStore> projectWithThreePlaces()
{
    auto store = projectWithTwoArticles();
    if (!store)
        return {};
    Sitrep::Article kharkiv;
    kharkiv.source = QStringLiteral("/news/kharkiv.txt");
    kharkiv.title = QStringLiteral("Shelling in Kharkiv");
    kharkiv.contentHash = QStringLiteral("kharkiv");
    kharkiv.text = QStringLiteral("Artillery shelled Kharkiv on Friday. Two people were hurt.");
    kharkiv.referenceDate = QDate(2025, 11, 22);
    kharkiv.dateSource = Sitrep::DateSource::Dateline;
    Sitrep::Event shelling = makeEvent(QStringLiteral("Artillery shelling of Kharkiv"), QDate(2025, 11, 21), 0, 37,
                                       QStringLiteral("Kharkiv"));
    shelling.places.first().latitude = 49.99;
    shelling.places.first().longitude = 36.23;
    shelling.type = Sitrep::EventType::Battle;
    store->importArticle(kharkiv, {shelling});
    return store;
}

QString currentSummary(const MainWindow &window)
{
    const Sitrep::Event *event = window.session()->currentEvent();
    return event ? event->summary : QString();
}

qint64 eventIdOf(const MainWindow &window, const QString &summary)
{
    for (const Sitrep::Event &event : window.session()->events()->events()) {
        if (event.summary == summary)
            return event.id;
    }
    return 0;
}

void sendMouse(QWidget *widget, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, modifiers);
    QCoreApplication::sendEvent(widget, &event);
}

// The table row (in the view's order) showing an event whose sentence holds the offset and whose
// dates are the given interval, or -1.
int rowShowing(const QAbstractItemModel &table, const Sitrep::ProjectSession &session, qsizetype offset,
               const QDate &start, const QDate &end)
{
    for (int row = 0; row < table.rowCount(); ++row) {
        const QModelIndex index = table.index(row, 0);
        const auto id = index.data(Sitrep::EventTableModel::EventIdRole).toLongLong();
        const Sitrep::Event *event = session.events()->eventAt(session.events()->rowOfEvent(id));
        if (event && offset >= event->sentenceStart && offset < event->sentenceEnd
            && index.data(Sitrep::EventTableModel::DateStartRole).toDate() == start
            && index.data(Sitrep::EventTableModel::DateEndRole).toDate() == end)
            return row;
    }
    return -1;
}

QString highlightedMapPlace(const Sitrep::MapView &map)
{
    const QSet<int> highlighted = map.highlightedPlaces();
    return highlighted.size() == 1 ? map.markers().places()[*highlighted.cbegin()].name : QString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensWithItsDocks();
    void listsEventsInDateOrderAndShowsTheFirst();
    void selectingAnEventHighlightsItsSentence();
    void sharesOneSelectionModelAcrossPanes();
    void searchAndPlaceFiltersNarrowTheTable();
    void showsAnArticleChosenInTheArticleList();
    void offersMenus();
    void everyMainActionHasAShortcutAndAStatusTip();
    void panesHaveAccessibleNamesAndTheFilterTooltips();
    void restoresDocksAndGeometryAndReportsTheOpenedProject();
    void restoresTheEventTableColumnsAndSortOrder();
    void importsInTheBackgroundAndReportsFailures();
    void clickingASentenceSelectsItsEvent();
    void changingTheReferenceDateReResolvesEvents();
    void brushingTheTimelineFiltersTheTable();
    void importingTheSeedArticleListsItsGoldEvents();
    void clickingAMapMarkerSelectsItsEventEverywhere();
    void arrowKeysInTheTableWalkEventsByDate();
    void arrowKeysInTheTimelineWalkEventsByDate();
    void nextEventActionSkipsEventsTheFilterHides();
    void followsADarkPalette();
};

void TestMainWindow::initTestCase()
{
    // Keeps the user's settings (layout, recent projects) out of the tests.
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    QSettings().remove(QStringLiteral("window")); // each test starts from the default layout
}

void TestMainWindow::opensWithItsDocks()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const char *name : {"articleDock", "sourceDock", "mapDock", "timelineDock"}) {
        auto *dock = window.findChild<QDockWidget *>(QString::fromLatin1(name));
        QVERIFY2(dock, name);
        QVERIFY2(dock->isVisible(), name);
        QVERIFY(dock->widget());
    }
    QVERIFY(window.findChild<QTableView *>(QStringLiteral("eventTable")));
}

void TestMainWindow::listsEventsInDateOrderAndShowsTheFirst()
{
    MainWindow window;
    window.setProject(projectWithTwoArticles());
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Missile strike on Ternopil"));
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("19 Nov 2025"));
    auto *source = window.findChild<Sitrep::SourceView *>();
    QCOMPARE(source->displayedText(), strikeText);
    QCOMPARE(source->highlightedSpan(), std::make_pair(0, 32));
    QCOMPARE(window.findChild<Sitrep::TimelineView *>()->barCount(), 2);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("eventCount"))->text(), QStringLiteral("2 events"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Sitrep")));
}

void TestMainWindow::selectingAnEventHighlightsItsSentence()
{
    MainWindow window;
    window.setProject(projectWithTwoArticles());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    auto *source = window.findChild<Sitrep::SourceView *>();
    QCOMPARE(source->displayedText(), genevaText);
    const auto [start, end] = source->highlightedSpan();
    QCOMPARE(genevaText.mid(start, end - start), QStringLiteral("Delegations met for four hours. "));
}

void TestMainWindow::sharesOneSelectionModelAcrossPanes()
{
    MainWindow window;
    window.setProject(projectWithTwoArticles());
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    QCOMPARE(table->selectionModel(), window.selectionModel());
    QCOMPARE(window.session()->selection(), window.selectionModel());
    QVERIFY(window.session()->selectEvent(window.session()->events()->events().last().id));
    QCOMPARE(window.selectionModel()->currentIndex().row(), 1);
}

void TestMainWindow::searchAndPlaceFiltersNarrowTheTable()
{
    MainWindow window;
    window.setProject(projectWithTwoArticles());
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    auto *bar = window.findChild<Sitrep::FilterBar *>();
    QSignalSpy searched(bar, &Sitrep::FilterBar::searchChanged);
    search->setText(QStringLiteral("delegations"));
    QVERIFY(searched.wait(2000));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Delegations meet in Geneva"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("eventCount"))->text(), QStringLiteral("1 of 2 events"));
    search->clear();
    QVERIFY(searched.wait(2000));
    QCOMPARE(table->model()->rowCount(), 2);

    window.session()->filteredEvents()->setPlaceText(QStringLiteral("ternopil"));
    QCOMPARE(table->model()->rowCount(), 1);
    window.session()->filteredEvents()->clearFilters();
    window.session()->filteredEvents()->setDateRange(QDate(2025, 11, 20), QDate(2025, 11, 30));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Delegations meet in Geneva"));
}

void TestMainWindow::showsAnArticleChosenInTheArticleList()
{
    MainWindow window;
    window.setProject(projectWithTwoArticles());
    window.show();
    auto *articles = window.findChild<QTableView *>(QStringLiteral("articleTable"));
    articles->selectRow(1);
    auto *source = window.findChild<Sitrep::SourceView *>();
    QCOMPARE(source->displayedText(), genevaText);
    QCOMPARE(source->highlightedSpan(), std::make_pair(0, 0));
}

void TestMainWindow::offersMenus()
{
    MainWindow window;
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (QAction *action : actions)
        titles << action->text().remove(QLatin1Char('&'));
    QCOMPARE(
        titles,
        (QStringList {QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"), QStringLiteral("Help")}));
}

void TestMainWindow::everyMainActionHasAShortcutAndAStatusTip()
{
    MainWindow window;
    QSet<QKeySequence> shortcuts;
    const auto menus = window.menuBar()->actions();
    for (QAction *menuAction : menus) {
        const bool help = menuAction->text().remove(u'&') == u"Help";
        const auto actions = menuAction->menu()->actions();
        for (QAction *action : actions) {
            if (action->isSeparator() || action->menu())
                continue;
            const QString name = action->text().remove(u'&');
            QVERIFY2(!action->statusTip().isEmpty(), qPrintable(name + QStringLiteral(" has no status tip")));
            if (help)
                continue;
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(name + QStringLiteral(" has no shortcut")));
            QVERIFY2(!shortcuts.contains(action->shortcut()),
                     qPrintable(name + QStringLiteral(" reuses ") + action->shortcut().toString()));
            shortcuts.insert(action->shortcut());
        }
    }
    QVERIFY(shortcuts.size() >= 20);
    QVERIFY(shortcuts.contains(QKeySequence(Qt::CTRL | Qt::Key_3))); // the third pane, the map
}

void TestMainWindow::panesHaveAccessibleNamesAndTheFilterTooltips()
{
    MainWindow window;
    const auto docks = window.findChildren<QDockWidget *>();
    QVERIFY(docks.size() >= 5);
    for (QDockWidget *dock : docks) {
        QCOMPARE(dock->accessibleName(), dock->windowTitle());
        QVERIFY2(!dock->widget()->accessibleName().isEmpty(), qPrintable(dock->objectName()));
    }
    QCOMPARE(window.findChild<Sitrep::TimelineView *>()->accessibleName(), QStringLiteral("Timeline"));
    const auto edits = window.findChild<Sitrep::FilterBar *>()->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->parentWidget() == window.findChild<Sitrep::FilterBar *>()) {
            QVERIFY2(!edit->toolTip().isEmpty(), qPrintable(edit->accessibleName()));
            QVERIFY(!edit->accessibleName().isEmpty());
        }
    }
}

void TestMainWindow::restoresDocksAndGeometryAndReportsTheOpenedProject()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("layout.sitrep"));
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The smallest window still fits a 1280-pixel screen beside a narrow side panel.
        QVERIFY(window.minimumSizeHint().width() <= 1100);
        window.resize(1111, 777);
        window.findChild<QDockWidget *>(QStringLiteral("mapDock"))->hide();
        QVERIFY(window.close());
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1111, 777));
    QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("mapDock"))->isVisible());
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("timelineDock"))->isVisible());

    auto store = Sitrep::ProjectStore::open(path);
    QVERIFY(store.has_value());
    window.setProject(std::move(*store));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Opened layout.sitrep: 0 events, 0 articles"));
}

void TestMainWindow::restoresTheEventTableColumnsAndSortOrder()
{
    using Sitrep::EventTableModel;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
        QVERIFY(table->isColumnHidden(EventTableModel::ArticleColumn)); // hidden on first start
        table->horizontalHeader()->resizeSection(EventTableModel::TypeColumn, 177);
        table->setColumnHidden(EventTableModel::ArticleColumn, false);
        table->setColumnHidden(EventTableModel::ActorsColumn, true);
        table->sortByColumn(EventTableModel::TypeColumn, Qt::DescendingOrder);
        QVERIFY(window.close());
    }
    MainWindow window;
    window.setProject(projectWithTwoArticles());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    const QHeaderView *header = table->horizontalHeader();
    QCOMPARE(header->sectionSize(EventTableModel::TypeColumn), 177);
    QVERIFY(!table->isColumnHidden(EventTableModel::ArticleColumn));
    QVERIFY(table->isColumnHidden(EventTableModel::ActorsColumn));
    QCOMPARE(header->sortIndicatorSection(), int(EventTableModel::TypeColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    // The rows follow the restored order, not just the arrow in the header.
    const auto *proxy = qobject_cast<const Sitrep::EventFilterProxy *>(table->model());
    QCOMPARE(proxy->sortColumn(), int(EventTableModel::TypeColumn));
    QCOMPARE(proxy->sortOrder(), Qt::DescendingOrder);
    QVERIFY(proxy->rowCount() >= 2);
    for (int row = 1; row < proxy->rowCount(); ++row) {
        const QString above = proxy->index(row - 1, EventTableModel::TypeColumn).data().toString();
        const QString below = proxy->index(row, EventTableModel::TypeColumn).data().toString();
        QVERIFY2(QString::compare(above, below) >= 0, qPrintable(above + u" / " + below));
    }
}

void TestMainWindow::importsInTheBackgroundAndReportsFailures()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("import.sitrep"));
    auto store = Sitrep::ProjectStore::open(path);
    QVERIFY(store.has_value());
    MainWindow window;
    window.setProject(std::move(*store));
    window.show();
    auto *progress = window.findChild<Sitrep::ImportProgress *>();
    QVERIFY(progress);
    QSignalSpy finished(progress, &Sitrep::ImportProgress::finished);
    QVERIFY(window.importPaths({SitrepTest::dataPath(QStringLiteral("events/kharkiv-strike.txt")),
                                SitrepTest::dataPath(QStringLiteral("text/binary.txt"))}));
    // A second import waits for the first: it is refused while one runs.
    QVERIFY(!progress->isRunning() || !window.importPaths({SitrepTest::dataPath(QStringLiteral("text/heading.md"))}));
    QVERIFY(finished.count() == 1 || finished.wait(60000));

    const auto summary = finished.first().first().value<Sitrep::Importer::Summary>();
    QCOMPARE(summary.articlesAdded, 1);
    QCOMPARE(summary.failures.size(), 1);
    QVERIFY(summary.failures.first().file.endsWith(QStringLiteral("binary.txt")));
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    QVERIFY(table->model()->rowCount() >= 2);
    QCOMPARE(window.session()->articles()->rowCount(), 1);
    auto *report = window.findChild<QMessageBox *>(QStringLiteral("importReport"));
    QVERIFY(report);
    QVERIFY(report->detailedText().contains(QStringLiteral("binary.txt: looks like a binary file")));
    QVERIFY(report->text().contains(QStringLiteral("1 file could not be read")));
}

void TestMainWindow::clickingASentenceSelectsItsEvent()
{
    MainWindow window;
    window.setProject(projectWithTwoArticles());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *source = window.findChild<Sitrep::SourceView *>();
    QCOMPARE(window.selectionModel()->currentIndex().row(), 0);
    // Show the Geneva article (no event selected) and click inside its event's sentence.
    window.findChild<QTableView *>(QStringLiteral("articleTable"))->selectRow(1);
    QCOMPARE(source->displayedText(), genevaText);
    Q_EMIT source->sentenceClicked(source->articleId(), int(genevaText.indexOf(QStringLiteral("four hours"))));
    const QModelIndex current = window.selectionModel()->currentIndex();
    QCOMPARE(current.siblingAtColumn(2).data().toString(), QStringLiteral("Delegations meet in Geneva"));
}

void TestMainWindow::changingTheReferenceDateReResolvesEvents()
{
    QTemporaryDir dir;
    auto store = Sitrep::ProjectStore::open(dir.filePath(QStringLiteral("dates.sitrep")));
    QVERIFY(store.has_value());
    const Sitrep::EventExtractor extractor;
    Sitrep::Importer importer(**store, extractor);
    Sitrep::ArticleReader::Options options;
    options.referenceDate = QDate(2025, 11, 12);
    QCOMPARE(importer.run({SitrepTest::dataPath(QStringLiteral("events/kharkiv-strike.txt"))}, options).articlesAdded,
             1);
    MainWindow window;
    window.setProject(std::move(*store));
    const auto tuesday = [&window]() -> QDate {
        for (const Sitrep::Event &event : window.session()->events()->events()) {
            if (event.dateText.contains(QStringLiteral("Tuesday")))
                return event.date.start;
        }
        return {};
    };
    QCOMPARE(tuesday(), QDate(2025, 11, 11));
    const qint64 articleId = window.session()->events()->events().first().articleId;
    auto *source = window.findChild<Sitrep::SourceView *>();
    Q_EMIT source->referenceDateChosen(articleId, QDate(2025, 11, 20));
    QCOMPARE(tuesday(), QDate(2025, 11, 18));
    QCOMPARE(window.session()->article(articleId)->dateSource, Sitrep::DateSource::User);
}

void TestMainWindow::brushingTheTimelineFiltersTheTable()
{
    MainWindow window;
    window.setProject(projectWithTwoArticles());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    auto *timeline = window.findChild<Sitrep::TimelineView *>();
    auto *lanes = timeline->findChild<Sitrep::TimelineLanes *>();
    const QRectF area = timeline->findChild<Sitrep::HistogramChart *>()->plotArea();
    QCOMPARE(table->model()->rowCount(), 2);
    timeline->setVisibleRange(QDate(2025, 11, 10), QDate(2025, 11, 30));
    const auto xOf = [&](QDate day) {
        return timeline->scale()->xForDay(double(day.toJulianDay()) + 0.5, area.left(), area.width());
    };

    // Shift+drag from 21 to 27 November across the lanes.
    const double y = lanes->height() / 2.0;
    sendMouse(lanes, QEvent::MouseButtonPress, {xOf(QDate(2025, 11, 21)), y}, Qt::LeftButton, Qt::ShiftModifier);
    sendMouse(lanes, QEvent::MouseMove, {xOf(QDate(2025, 11, 24)), y}, Qt::LeftButton, Qt::ShiftModifier);
    sendMouse(lanes, QEvent::MouseMove, {xOf(QDate(2025, 11, 27)), y}, Qt::LeftButton, Qt::ShiftModifier);
    sendMouse(lanes, QEvent::MouseButtonRelease, {xOf(QDate(2025, 11, 27)), y}, Qt::NoButton, Qt::ShiftModifier);

    QCOMPARE(window.session()->filteredEvents()->from(), QDate(2025, 11, 21));
    QCOMPARE(window.session()->filteredEvents()->to(), QDate(2025, 11, 27));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Delegations meet in Geneva"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("eventCount"))->text(), QStringLiteral("1 of 2 events"));
    QCOMPARE(window.findChild<Sitrep::MapView *>()->markers().places().size(), 1);

    lanes->setFocus();
    QTest::keyClick(lanes, Qt::Key_Escape);
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(!window.session()->filteredEvents()->isFiltering());
}

void TestMainWindow::importingTheSeedArticleListsItsGoldEvents()
{
    SITREP_REQUIRE_SHARED(seed, "corpus/seed/article.txt");
    SITREP_REQUIRE_SHARED(goldPath, "corpus/seed/gold.json");
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    auto store = Sitrep::ProjectStore::open(dir.filePath(QStringLiteral("seed.sitrep")));
    QVERIFY(store.has_value());
    MainWindow window;
    window.setProject(std::move(*store));
    window.show();
    auto *progress = window.findChild<Sitrep::ImportProgress *>();
    QSignalSpy finished(progress, &Sitrep::ImportProgress::finished);
    QVERIFY(window.importPaths({seed}));
    QVERIFY(finished.count() == 1 || finished.wait(60000));

    // The seed carries no date: the analyst gives its publication date in the source pane.
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    QVERIFY(table->model()->rowCount() > 0);
    table->selectRow(0);
    auto *source = window.findChild<Sitrep::SourceView *>();
    auto *dateEdit = source->findChild<QDateEdit *>(QStringLiteral("referenceDate"));
    auto *apply = source->findChild<QPushButton *>(QStringLiteral("applyReferenceDate"));
    QVERIFY(dateEdit && apply);
    dateEdit->setDate(QDate(2025, 11, 19));
    if (apply->isEnabled()) // unless the file's own date was already right
        QTest::mouseClick(apply, Qt::LeftButton);
    const qint64 articleId = source->articleId();
    QCOMPARE(window.session()->article(articleId)->referenceDate, QDate(2025, 11, 19));

    QFile goldFile(goldPath);
    QVERIFY(goldFile.open(QIODevice::ReadOnly));
    const QJsonArray gold =
        QJsonDocument::fromJson(goldFile.readAll()).object().value(QStringLiteral("events")).toArray();
    const QString text = window.session()->article(articleId)->text;
    int required = 0;
    for (const QJsonValue &value : gold) {
        const QJsonObject event = value.toObject();
        const QString id = event.value(QStringLiteral("gid")).toString();
        if (!id.startsWith(u'e')) // o1, o2, ...: optional events
            continue;
        ++required;
        const qsizetype offset = text.indexOf(event.value(QStringLiteral("evidence")).toString());
        QVERIFY2(offset >= 0, qPrintable(id));
        QList<QJsonObject> dates {event.value(QStringLiteral("date")).toObject()};
        for (const QJsonValue &alternative :
             event.value(QStringLiteral("date")).toObject().value(QStringLiteral("alt")).toArray())
            dates << alternative.toObject();
        int row = -1;
        for (const QJsonObject &date : std::as_const(dates)) {
            row = rowShowing(*table->model(), *window.session(), offset,
                             QDate::fromString(date.value(QStringLiteral("start")).toString(), Qt::ISODate),
                             QDate::fromString(date.value(QStringLiteral("end")).toString(), Qt::ISODate));
            if (row >= 0)
                break;
        }
        QVERIFY2(row >= 0,
                 qPrintable(QStringLiteral("%1 (%2) is not listed with its date")
                                .arg(id, event.value(QStringLiteral("summary")).toString())));
        const auto type = Sitrep::eventTypeFromId(event.value(QStringLiteral("type")).toString());
        QVERIFY2(type, qPrintable(id));
        QCOMPARE(table->model()->index(row, Sitrep::EventTableModel::TypeColumn).data().toString(),
                 Sitrep::eventTypeLabel(*type));
    }
    QVERIFY(required >= 10);
}

void TestMainWindow::clickingAMapMarkerSelectsItsEventEverywhere()
{
    MainWindow window;
    window.setProject(projectWithThreePlaces());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *map = window.findChild<Sitrep::MapView *>();
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    auto *source = window.findChild<Sitrep::SourceView *>();
    QCOMPARE(currentSummary(window), QStringLiteral("Missile strike on Ternopil"));
    map->setView(49.9, 36.2, 5); // Kharkiv in the middle, Ternopil far enough not to merge with it
    const qint64 kharkiv = eventIdOf(window, QStringLiteral("Artillery shelling of Kharkiv"));
    const QPointF marker = map->markerPosition(kharkiv);
    QVERIFY(map->rect().contains(marker.toPoint()));
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, marker.toPoint());

    QCOMPARE(currentSummary(window), QStringLiteral("Artillery shelling of Kharkiv"));
    QCOMPARE(window.selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->currentIndex().siblingAtColumn(Sitrep::EventTableModel::SummaryColumn).data().toString(),
             QStringLiteral("Artillery shelling of Kharkiv"));
    QCOMPARE(source->displayedText(), QStringLiteral("Artillery shelled Kharkiv on Friday. Two people were hurt."));
    QCOMPARE(highlightedMapPlace(*map), QStringLiteral("Kharkiv"));
}

void TestMainWindow::arrowKeysInTheTableWalkEventsByDate()
{
    MainWindow window;
    window.setProject(projectWithThreePlaces());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    auto *source = window.findChild<Sitrep::SourceView *>();
    auto *map = window.findChild<Sitrep::MapView *>();
    // Sorted by summary the rows read Artillery (21 Nov), Delegations (23 Nov), Missile (19 Nov).
    table->sortByColumn(Sitrep::EventTableModel::SummaryColumn, Qt::AscendingOrder);
    QVERIFY(window.session()->selectEvent(eventIdOf(window, QStringLiteral("Missile strike on Ternopil"))));
    QCOMPARE(currentSummary(window), QStringLiteral("Missile strike on Ternopil"));
    QCOMPARE(window.selectionModel()->currentIndex().row(), 2);
    table->setFocus();

    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(currentSummary(window), QStringLiteral("Artillery shelling of Kharkiv"));
    QCOMPARE(window.selectionModel()->currentIndex().row(), 0);
    QCOMPARE(window.selectionModel()->selectedRows().size(), 1);
    QCOMPARE(source->displayedText(), QStringLiteral("Artillery shelled Kharkiv on Friday. Two people were hurt."));
    QCOMPARE(source->highlightedSpan(), std::make_pair(0, 37));
    QCOMPARE(highlightedMapPlace(*map), QStringLiteral("Kharkiv"));
    QVERIFY(map->rect().contains(map->markerPosition(window.session()->currentEvent()->id).toPoint()));

    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(currentSummary(window), QStringLiteral("Delegations meet in Geneva"));
    QCOMPARE(source->displayedText(), genevaText);
    QCOMPARE(highlightedMapPlace(*map), QStringLiteral("Geneva"));
    // The last event by date stays current.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(currentSummary(window), QStringLiteral("Delegations meet in Geneva"));

    QTest::keyClick(table, Qt::Key_Up);
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(currentSummary(window), QStringLiteral("Missile strike on Ternopil"));
    QCOMPARE(source->displayedText(), strikeText);
    QCOMPARE(highlightedMapPlace(*map), QStringLiteral("Ternopil"));
}

void TestMainWindow::arrowKeysInTheTimelineWalkEventsByDate()
{
    MainWindow window;
    window.setProject(projectWithThreePlaces());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *timeline = window.findChild<Sitrep::TimelineView *>();
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    auto *source = window.findChild<Sitrep::SourceView *>();
    auto *map = window.findChild<Sitrep::MapView *>();
    table->sortByColumn(Sitrep::EventTableModel::SummaryColumn, Qt::DescendingOrder);
    QVERIFY(window.session()->selectEvent(eventIdOf(window, QStringLiteral("Missile strike on Ternopil"))));
    QCOMPARE(currentSummary(window), QStringLiteral("Missile strike on Ternopil"));
    QWidget *lanes = timeline->childAt(timeline->eventRect(window.session()->currentEvent()->id).center());
    QVERIFY(lanes);
    lanes->setFocus();
    const QDate first = timeline->firstVisibleDate();
    const double from = timeline->scale()->from();

    QTest::keyClick(lanes, Qt::Key_Right);
    QCOMPARE(currentSummary(window), QStringLiteral("Artillery shelling of Kharkiv"));
    QCOMPARE(table->currentIndex().siblingAtColumn(Sitrep::EventTableModel::SummaryColumn).data().toString(),
             QStringLiteral("Artillery shelling of Kharkiv"));
    QCOMPARE(source->articleId(), window.session()->currentEvent()->articleId);
    QCOMPARE(highlightedMapPlace(*map), QStringLiteral("Kharkiv"));
    QVERIFY(!timeline->eventRect(window.session()->currentEvent()->id).isEmpty());
    QCOMPARE(timeline->firstVisibleDate(), first); // walking does not pan

    QTest::keyClick(lanes, Qt::Key_Left);
    QCOMPARE(currentSummary(window), QStringLiteral("Missile strike on Ternopil"));
    QTest::keyClick(lanes, Qt::Key_Left); // the first event stays current
    QCOMPARE(currentSummary(window), QStringLiteral("Missile strike on Ternopil"));

    // Shift pans instead.
    QTest::keyClick(lanes, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(currentSummary(window), QStringLiteral("Missile strike on Ternopil"));
    QVERIFY(timeline->scale()->from() > from);
}

void TestMainWindow::nextEventActionSkipsEventsTheFilterHides()
{
    MainWindow window;
    window.setProject(projectWithThreePlaces());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *next = window.findChild<QAction *>(QStringLiteral("nextEventAction"));
    auto *previous = window.findChild<QAction *>(QStringLiteral("previousEventAction"));
    QVERIFY(next && previous);
    QCOMPARE(next->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Right));
    window.session()->filteredEvents()->setPlaceText(QStringLiteral("e")); // Ternopil and Geneva
    QCOMPARE(window.session()->filteredEvents()->rowCount(), 2);
    QVERIFY(window.session()->selectEvent(eventIdOf(window, QStringLiteral("Missile strike on Ternopil"))));
    next->trigger();
    QCOMPARE(currentSummary(window), QStringLiteral("Delegations meet in Geneva"));
    previous->trigger();
    QCOMPARE(currentSummary(window), QStringLiteral("Missile strike on Ternopil"));
}

namespace {

// The mean lightness (0 dark .. 1 light) of a widget as it is drawn.
double lightnessOf(QWidget *widget)
{
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            sum += QColor(image.pixel(x, y)).lightnessF();
            ++count;
        }
    }
    return count > 0 ? sum / double(count) : 0;
}

} // namespace

void TestMainWindow::followsADarkPalette()
{
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    QApplication::setPalette(dark);
    {
        MainWindow window;
        window.setProject(projectWithTwoArticles());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (const QByteArray folder = qgetenv("SITREP_TEST_GRABS"); !folder.isEmpty())
            window.grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/dark-window.png"));
        // Every pane draws from the palette: none stays a light sheet in a dark window.
        QWidget *panes[] = {window.findChild<QTableView *>(QStringLiteral("eventTable")),
                            window.findChild<Sitrep::SourceView *>(), window.findChild<Sitrep::MapView *>(),
                            window.findChild<Sitrep::TimelineView *>()};
        for (QWidget *pane : panes) {
            QVERIFY(pane);
            const double lightness = lightnessOf(pane);
            QVERIFY2(lightness < 0.45,
                     qPrintable(
                         QStringLiteral("%1 is drawn light (%2)").arg(pane->metaObject()->className()).arg(lightness)));
        }
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
