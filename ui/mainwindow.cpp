// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "map/mapview.h"
#include "models/articletablemodel.h"
#include "source/sourceview.h"
#include "store/projectstore.h"
#include "timeline/timelineview.h"
#include "version.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace Sitrep {
namespace {
// Bump when the docks change, so an old saved layout is not applied to new panes.
constexpr int layoutVersion = 1;
const QString projectFilter = QStringLiteral("Sitrep projects (*.sitrep);;All files (*)");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_articleModel(new ArticleTableModel(this))
{
    setWindowTitle(applicationName());
    createPanes();
    createActions();
    resize(1280, 800);
    restoreLayout();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(layoutVersion));
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), layoutVersion);
}

MainWindow::~MainWindow() = default;

QItemSelectionModel *MainWindow::selectionModel() const
{
    return m_articleTable->selectionModel();
}

void MainWindow::createPanes()
{
    m_articleTable = new QTableView(this);
    m_articleTable->setObjectName(QStringLiteral("articleTable"));
    m_articleTable->setModel(m_articleModel);
    m_articleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_articleTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_articleTable->setAlternatingRowColors(true);
    m_articleTable->setWordWrap(false);
    m_articleTable->verticalHeader()->hide();
    m_articleTable->horizontalHeader()->setSectionResizeMode(ArticleTableModel::TitleColumn, QHeaderView::Stretch);
    setCentralWidget(m_articleTable);
    connect(m_articleTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentArticle);

    m_sourceView = new SourceView(this);
    m_timelineView = new TimelineView(this);
    m_timelineView->setMinimumHeight(170);
    m_mapView = new MapView(this);
    QDockWidget *sourceDock =
        addPane(tr("Source"), QStringLiteral("sourceDock"), m_sourceView, Qt::RightDockWidgetArea);
    QDockWidget *mapDock = addPane(tr("Map"), QStringLiteral("mapDock"), m_mapView, Qt::RightDockWidgetArea);
    QDockWidget *timelineDock =
        addPane(tr("Timeline"), QStringLiteral("timelineDock"), m_timelineView, Qt::BottomDockWidgetArea);
    // The source text needs the most room; the timeline needs enough height for its bars.
    resizeDocks({sourceDock}, {520}, Qt::Horizontal);
    resizeDocks({sourceDock, mapDock}, {460, 300}, Qt::Vertical);
    resizeDocks({timelineDock}, {220}, Qt::Vertical);

    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);
}

QDockWidget *MainWindow::addPane(const QString &title, const QString &objectName, QWidget *pane,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(pane);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = fileMenu->addAction(tr("&Open Project…"), this, &MainWindow::openProject);
    openAction->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : std::as_const(m_docks))
        viewMenu->addAction(dock->toggleViewAction());

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Sitrep"), this, &MainWindow::showAbout);
}

void MainWindow::setProject(std::unique_ptr<ProjectStore> project)
{
    m_project = std::move(project);
    reloadProject();
}

void MainWindow::reloadProject()
{
    QList<Article> articles;
    if (m_project) {
        auto loaded = m_project->articles();
        if (loaded)
            articles = std::move(*loaded);
        else
            QMessageBox::warning(this, applicationName(), loaded.error().toString());
        setWindowTitle(QStringLiteral("%1 — %2").arg(QFileInfo(m_project->path()).fileName(), applicationName()));
    }
    QList<QDate> dates;
    for (const Article &article : std::as_const(articles))
        dates.append(article.referenceDate);
    m_articleModel->setArticles(std::move(articles));
    m_timelineView->setDates(dates);
    m_sourceView->showArticle(nullptr);
    m_statusLabel->setText(tr("%n article(s)", nullptr, m_articleModel->rowCount()));
    if (m_articleModel->rowCount() > 0)
        m_articleTable->selectRow(0);
}

void MainWindow::showCurrentArticle()
{
    m_sourceView->showArticle(m_articleModel->articleAt(m_articleTable->currentIndex().row()));
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

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Sitrep"),
                       tr("<h3>Sitrep %1</h3><p>Dated events from war and peace-talk news: a timeline, a map "
                          "and the source text, all offline.</p>")
                           .arg(versionString()));
}

} // namespace Sitrep
