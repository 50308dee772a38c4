// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "briefing/briefingdialog.h"
#include "events/eventextractor.h"
#include "filter/filterbar.h"
#include "inspector/eventinspector.h"
#include "map/mapview.h"
#include "models/articletablemodel.h"
#include "models/eventfilterproxy.h"
#include "models/eventtablemodel.h"
#include "project/importprogress.h"
#include "project/projectsession.h"
#include "source/sourceview.h"
#include "store/projectstore.h"
#include "timeline/timelineview.h"
#include "version.h"

#include <QApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Sitrep {
namespace {
// Bump when the docks change, so an old saved layout is not applied to new panes.
constexpr int layoutVersion = 2;
const QString projectFilter = QStringLiteral("Sitrep projects (*.sitrep);;All files (*)");

QTableView *tableView(const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new ProjectSession(this))
    , m_undoStack(new QUndoStack(this))
{
    setWindowTitle(applicationName());
    setAcceptDrops(true);
    createPanes();
    createActions();
    connectFilters();
    // Most of the screen on first start (restoreLayout() then applies the size the user left).
    const QSize available = screen() ? screen()->availableSize() : QSize(1600, 1000);
    resize(std::clamp(available.width() * 9 / 10, 1024, 1680), std::clamp(available.height() * 9 / 10, 700, 1050));
    restoreLayout();
}

MainWindow::~MainWindow() = default;

QItemSelectionModel *MainWindow::selectionModel() const
{
    return m_session->selection();
}

void MainWindow::createPanes()
{
    auto *central = new QWidget(this);
    m_filterBar = new FilterBar(central);
    m_eventTable = tableView(QStringLiteral("eventTable"), central);
    m_eventTable->setModel(m_session->filteredEvents());
    m_eventTable->setSelectionModel(m_session->selection());
    m_eventTable->setSortingEnabled(true);
    m_eventTable->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
    m_eventTable->setAccessibleName(tr("Events"));
    m_eventTable->installEventFilter(this); // Up and Down walk the events by date
    QHeaderView *header = m_eventTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(EventTableModel::SummaryColumn, QHeaderView::Stretch);
    // Narrow enough that the summary, what a reader scans, keeps most of the width; cells cut short
    // show their whole text as a tooltip, and the header's menu shows the article column.
    header->resizeSection(EventTableModel::DateColumn, 115);
    header->resizeSection(EventTableModel::TypeColumn, 140);
    header->resizeSection(EventTableModel::KilledColumn, 68);
    header->resizeSection(EventTableModel::InjuredColumn, 58);
    header->resizeSection(EventTableModel::PlacesColumn, 110);
    header->resizeSection(EventTableModel::ActorsColumn, 110);
    header->resizeSection(EventTableModel::ArticleColumn, 140);
    header->setMinimumSectionSize(40);
    m_eventTable->hideColumn(EventTableModel::ArticleColumn);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (int column = 0; column < header->count(); ++column) {
            QAction *toggle = menu.addAction(m_eventTable->model()->headerData(column, Qt::Horizontal).toString());
            toggle->setCheckable(true);
            toggle->setChecked(!header->isSectionHidden(column));
            toggle->setEnabled(column != EventTableModel::SummaryColumn);
            connect(toggle, &QAction::toggled, this,
                    [this, column](bool on) { m_eventTable->setColumnHidden(column, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_eventTable, 1);
    setCentralWidget(central);

    m_articleTable = tableView(QStringLiteral("articleTable"), this);
    m_articleTable->setModel(m_session->articles());
    m_articleTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_articleTable->setAccessibleName(tr("Articles"));
    m_articleTable->horizontalHeader()->setSectionResizeMode(ArticleTableModel::TitleColumn, QHeaderView::Stretch);
    for (int column :
         {ArticleTableModel::FormatColumn, ArticleTableModel::SourceColumn, ArticleTableModel::DateSourceColumn})
        m_articleTable->hideColumn(column);
    m_articleTable->setMinimumWidth(160);

    m_sourceView = new SourceView(this);
    m_timelineView = new TimelineView(this);
    m_timelineView->setMinimumHeight(170);
    m_mapView = new MapView(this);
    m_timelineView->setSession(m_session);
    m_mapView->setSession(m_session);

    QDockWidget *articleDock =
        addPane(tr("Articles"), QStringLiteral("articleDock"), m_articleTable, Qt::LeftDockWidgetArea);
    QDockWidget *sourceDock =
        addPane(tr("Source"), QStringLiteral("sourceDock"), m_sourceView, Qt::RightDockWidgetArea);
    QDockWidget *mapDock = addPane(tr("Map"), QStringLiteral("mapDock"), m_mapView, Qt::RightDockWidgetArea);
    m_inspector = new EventInspector(m_session, m_undoStack, this);
    // Scrolled, so that the form's width does not set the window's smallest width.
    auto *inspectorScroll = new QScrollArea(this);
    inspectorScroll->setWidget(m_inspector);
    inspectorScroll->setWidgetResizable(true);
    inspectorScroll->setFrameShape(QFrame::NoFrame);
    QDockWidget *inspectorDock =
        addPane(tr("Event"), QStringLiteral("inspectorDock"), inspectorScroll, Qt::RightDockWidgetArea);
    tabifyDockWidget(sourceDock, inspectorDock);
    sourceDock->raise();
    QDockWidget *timelineDock =
        addPane(tr("Timeline"), QStringLiteral("timelineDock"), m_timelineView, Qt::BottomDockWidgetArea);
    // The source text needs the most room; the timeline needs enough height for its bars.
    resizeDocks({articleDock, sourceDock}, {220, 420}, Qt::Horizontal);
    resizeDocks({sourceDock, mapDock}, {460, 300}, Qt::Vertical);
    resizeDocks({timelineDock}, {220}, Qt::Vertical);

    m_statusLabel = new QLabel(this);
    m_import = new ImportProgress(this);
    statusBar()->addPermanentWidget(m_import);
    statusBar()->addPermanentWidget(m_statusLabel);
    connect(m_import, &ImportProgress::finished, this, &MainWindow::importFinished);

    connect(m_session, &ProjectSession::currentEventChanged, this, &MainWindow::showEventSource);
    connect(m_session, &ProjectSession::reloaded, this, &MainWindow::refreshAfterReload);
    connect(m_session, &ProjectSession::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_articleTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showArticleFromList);
    m_sourceView->setAnnotator([this](const Article &article) { return m_session->extractor().annotate(article); });
    connect(m_sourceView, &SourceView::sentenceClicked, this, [this](qint64 articleId, int offset) {
        if (const auto event = m_session->eventAt(articleId, offset))
            m_session->selectEvent(*event);
    });
    connect(m_sourceView, &SourceView::referenceDateChosen, this, [this](qint64 articleId, const QDate &date) {
        if (m_session->changeReferenceDate(articleId, date))
            statusBar()->showMessage(tr("Dates re-resolved against %1").arg(QLocale().toString(date)), 8000);
    });
}

void MainWindow::connectFilters()
{
    EventFilterProxy *proxy = m_session->filteredEvents();
    connect(m_filterBar, &FilterBar::searchChanged, m_session, &ProjectSession::search);
    connect(m_filterBar, &FilterBar::dateRangeChanged, proxy, &EventFilterProxy::setDateRange);
    connect(m_filterBar, &FilterBar::typesChanged, proxy, &EventFilterProxy::setTypes);
    connect(m_filterBar, &FilterBar::placeChanged, proxy, &EventFilterProxy::setPlaceText);
    connect(m_filterBar, &FilterBar::actorChanged, proxy, &EventFilterProxy::setActorText);
    connect(proxy, &EventFilterProxy::filterChanged, this, &MainWindow::updateCounts);
    // Brushing a period on the timeline filters every pane, as the date fields of the filter bar do.
    connect(m_timelineView, &TimelineView::rangeBrushed, this, [this, proxy](const QDate &from, const QDate &to) {
        m_filterBar->showDateRange(from, to);
        proxy->setDateRange(from, to);
    });
    connect(m_timelineView, &TimelineView::brushCleared, this, [this, proxy] {
        m_filterBar->showDateRange({}, {});
        proxy->setDateRange({}, {});
    });
    connect(m_filterBar, &FilterBar::dateRangeChanged, m_timelineView, &TimelineView::showBrush);
}

QDockWidget *MainWindow::addPane(const QString &title, const QString &objectName, QWidget *pane,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(pane);
    dock->setAccessibleName(title);
    if (pane->accessibleName().isEmpty())
        pane->setAccessibleName(title);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Start an empty project file"));
    QAction *openAction = fileMenu->addAction(tr("&Open Project…"), this, &MainWindow::openProject);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a project file"));
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    QAction *saveAsAction = fileMenu->addAction(tr("Save Project &As…"), this, &MainWindow::saveProjectAs);
    // Some platforms' themes have no standard Save As or Quit key.
    saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    saveAsAction->setStatusTip(tr("Save a copy of this project under a new name and continue in the copy"));
    fileMenu->addSeparator();
    QAction *importAction = fileMenu->addAction(tr("&Import Articles…"), this, &MainWindow::importFiles);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setStatusTip(tr("Read article files into this project and find their events"));
    QAction *importFolderAction = fileMenu->addAction(tr("Import &Folder…"), this, &MainWindow::importFolder);
    importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importFolderAction->setStatusTip(tr("Read every article file in a folder and its subfolders"));
    fileMenu->addSeparator();
    QAction *briefingAction = fileMenu->addAction(tr("Export &Briefing…"), this, [this] {
        BriefingDialog dialog(m_session, this);
        dialog.exec();
    });
    briefingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    briefingAction->setStatusTip(tr("Write a PDF situation report of the events the filter shows"));
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setStatusTip(tr("Close Sitrep; every edit is already saved"));

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    undoAction->setStatusTip(tr("Take back the last edit"));
    redoAction->setStatusTip(tr("Make the edit taken back again"));
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    QAction *addEventAction = editMenu->addAction(tr("&Add Event"), m_inspector, &EventInspector::addEvent);
    addEventAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    addEventAction->setStatusTip(tr("Add an event to the current event's article"));
    QAction *deleteEventAction = editMenu->addAction(tr("&Delete Event"), m_inspector, &EventInspector::deleteEvent);
    deleteEventAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    deleteEventAction->setStatusTip(tr("Delete the current event (Undo brings it back)"));
    editMenu->addSeparator();
    QAction *findAction = editMenu->addAction(tr("&Find…"), m_filterBar, &FilterBar::focusSearch);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setStatusTip(tr("Search the events and their articles' text"));
    QAction *clearAction = editMenu->addAction(tr("&Clear Filters"), m_filterBar, &FilterBar::clear);
    clearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    clearAction->setStatusTip(tr("Show every event again"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_docks.size(); ++i) {
        QAction *toggle = m_docks[i]->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        toggle->setStatusTip(tr("Show or hide the %1 pane").arg(m_docks[i]->windowTitle()));
        viewMenu->addAction(toggle);
    }
    viewMenu->addSeparator();
    QAction *previousAction =
        viewMenu->addAction(tr("&Previous Event by Date"), m_session, [this] { m_session->stepByDate(-1); });
    previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    previousAction->setObjectName(QStringLiteral("previousEventAction"));
    previousAction->setStatusTip(tr("Select the event before the current one in time"));
    QAction *nextAction =
        viewMenu->addAction(tr("&Next Event by Date"), m_session, [this] { m_session->stepByDate(1); });
    nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    nextAction->setObjectName(QStringLiteral("nextEventAction"));
    nextAction->setStatusTip(tr("Select the event after the current one in time"));
    viewMenu->addSeparator();
    QAction *fitTimelineAction =
        viewMenu->addAction(tr("Fit &Timeline to Events"), m_timelineView, &TimelineView::fitToEvents);
    fitTimelineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    fitTimelineAction->setStatusTip(tr("Show the bulk of the events on the timeline"));
    QAction *fitMapAction = m_mapView->fitAction();
    fitMapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    fitMapAction->setStatusTip(fitMapAction->toolTip());
    viewMenu->addAction(fitMapAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Sitrep"), this, &MainWindow::showAbout);
    aboutAction->setStatusTip(tr("Version, licence and the sources of the bundled data"));
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQtAction->setStatusTip(tr("The version of Qt Sitrep runs on"));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The table walks the events in date order whatever column it is sorted by, as the timeline
    // does; Shift keeps the table's own range selection.
    if (watched == m_eventTable && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plain && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            m_session->stepByDate(key->key() == Qt::Key_Down ? 1 : -1);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(layoutVersion));
    const QHeaderView *header = m_eventTable->horizontalHeader();
    settings.setValue(QStringLiteral("window/eventColumns"), header->count());
    settings.setValue(QStringLiteral("window/eventHeader"), header->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), layoutVersion);
    // Column widths, hidden columns and the sort column, unless the table's columns have changed since.
    QHeaderView *header = m_eventTable->horizontalHeader();
    if (settings.value(QStringLiteral("window/eventColumns")).toInt() == header->count()
        && header->restoreState(settings.value(QStringLiteral("window/eventHeader")).toByteArray()))
        m_eventTable->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void MainWindow::setProject(std::unique_ptr<ProjectStore> project)
{
    const QString name = project ? QFileInfo(project->path()).fileName() : QString();
    if (project && project->path() != u":memory:")
        rememberProject(project->path());
    m_undoStack->clear(); // edits belong to the project they were made in
    m_session->setStore(std::move(project));
    setWindowTitle(name.isEmpty() ? applicationName() : QStringLiteral("%1 — %2").arg(name, applicationName()));
    if (m_session->store() && m_session->projectPath() != u":memory:") {
        const int events = m_session->events()->rowCount();
        const int articles = m_session->articles()->rowCount();
        statusBar()->showMessage(tr("Opened %1: %2, %3")
                                     .arg(name, events == 1 ? tr("1 event") : tr("%1 events").arg(events),
                                          articles == 1 ? tr("1 article") : tr("%1 articles").arg(articles)),
                                 8000);
    }
    if (m_session->filteredEvents()->rowCount() > 0)
        m_eventTable->selectRow(0);
    else if (m_session->articles()->rowCount() > 0)
        m_articleTable->selectRow(0);
}

void MainWindow::refreshAfterReload()
{
    QDate earliest;
    QDate latest;
    for (const Event &event : m_session->events()->events()) {
        if (!event.isDated())
            continue;
        earliest = earliest.isValid() ? std::min(earliest, event.date.start) : event.date.start;
        latest = latest.isValid() ? std::max(latest, event.date.end) : event.date.end;
    }
    m_filterBar->setDateBounds(earliest, latest);
    updateCounts();
}

void MainWindow::updateCounts()
{
    const int shown = m_session->filteredEvents()->rowCount();
    const int total = m_session->events()->rowCount();
    m_filterBar->setCounts(shown, total);
    const int articles = m_session->articles()->rowCount();
    m_statusLabel->setText(articles == 1 ? tr("1 article") : tr("%1 articles").arg(articles));
}

void MainWindow::showEventSource(const Event *event)
{
    m_inspector->inspect(event);
    if (!event)
        return;
    const auto article = m_session->article(event->articleId);
    m_sourceView->showArticle(article ? &*article : nullptr, event);
}

void MainWindow::showArticleFromList()
{
    const Article *listed = m_session->articles()->articleAt(m_articleTable->currentIndex().row());
    const auto article = listed ? m_session->article(listed->id) : std::nullopt;
    m_sourceView->showArticle(article ? &*article : nullptr);
}

void MainWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QString(), projectFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, applicationName(), tr("Cannot replace %1.").arg(path));
        return;
    }
    openProjectFile(path);
}

void MainWindow::openProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(), projectFilter);
    if (!path.isEmpty())
        openProjectFile(path);
}

void MainWindow::openProjectFile(const QString &path)
{
    auto opened = ProjectStore::open(path);
    if (!opened) {
        QMessageBox::warning(this, applicationName(), opened.error().toString());
        return;
    }
    setProject(std::move(*opened));
}

bool MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return false;
    if (m_import->isRunning()) {
        statusBar()->showMessage(tr("An import is already running; wait for it or cancel it."), 8000);
        return false;
    }
    if (!m_import->start(m_session->projectPath(), paths)) {
        statusBar()->showMessage(tr("This project cannot take imports (it is not saved as a file)."), 8000);
        return false;
    }
    return true;
}

void MainWindow::importFiles()
{
    const QString filter =
        tr("Articles (%1);;All files (*)")
            .arg(QStringLiteral("*.") + ArticleReader::supportedSuffixes().join(QStringLiteral(" *.")));
    importPaths(QFileDialog::getOpenFileNames(this, tr("Import Articles"), QString(), filter));
}

void MainWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::importFinished(const Importer::Summary &summary)
{
    m_session->reload();
    statusBar()->showMessage(ImportProgress::describe(summary), 15000);
    if (summary.failures.isEmpty() && summary.truncatedFolders.isEmpty())
        return;
    // Not modal: the window stays usable while the user reads what went wrong.
    auto *report = new QMessageBox(QMessageBox::Warning, tr("Import"), QString(), QMessageBox::Close, this);
    if (summary.failures.size() == 1)
        report->setText(tr("1 file could not be read."));
    else
        report->setText(tr("%1 files could not be read.").arg(summary.failures.size()));
    QStringList details;
    for (const Error &failure : summary.failures)
        details << failure.toString();
    for (const QString &folder : summary.truncatedFolders)
        details << tr("%1: only the first %2 files were read").arg(folder).arg(ArticleReader::maximumFolderFiles);
    report->setInformativeText(ImportProgress::describe(summary));
    report->setDetailedText(details.join(QLatin1Char('\n')));
    report->setAttribute(Qt::WA_DeleteOnClose);
    report->setObjectName(QStringLiteral("importReport"));
    report->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const auto urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (importPaths(paths))
        event->acceptProposedAction();
}

void MainWindow::saveProjectAs()
{
    if (!m_session->store())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), QString(), projectFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, applicationName(), tr("Cannot replace %1.").arg(path));
        return;
    }
    if (auto saved = m_session->store()->saveCopy(path); !saved) {
        QMessageBox::warning(this, applicationName(), saved.error().toString());
        return;
    }
    openProjectFile(path);
}

void MainWindow::rememberProject(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("recentProjects"), QStringList(recent.mid(0, 8)));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString &path : recent) {
        QAction *action =
            m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openProjectFile(path); });
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Sitrep"),
        tr("<h3>Sitrep %1</h3>"
           "<p>Dated events from war and peace-talk news: a timeline, a map and the source text, all offline.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>"
           "<p><b>Data</b><br>"
           "Place names and coordinates: GeoNames (geonames.org), licensed under CC BY 4.0.<br>"
           "Country and region outlines: made with Natural Earth (naturalearthdata.com), public domain.<br>"
           "Country names: i18n-iso-countries and countries-list (MIT).</p>")
            .arg(versionString()));
}

} // namespace Sitrep
