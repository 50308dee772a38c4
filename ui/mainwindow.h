// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/importer.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QItemSelectionModel;
class QLabel;
class QTableView;
class QUndoStack;

namespace Sitrep {

class EventInspector;
class FilterBar;
class ImportProgress;
class MapView;
class ProjectSession;
class ProjectStore;
class SourceView;
class TimelineView;
struct Event;

// Composes the panes and the actions; each pane is its own class, and all of them share the
// session's models and its one selection model.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setProject(std::unique_ptr<ProjectStore> project);
    // Imports files and folders into the open project in the background; false when it cannot start.
    bool importPaths(const QStringList &paths);
    ProjectSession *session() const { return m_session; }
    QItemSelectionModel *selectionModel() const;
    QUndoStack *undoStack() const { return m_undoStack; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPanes();
    void createActions();
    void connectFilters();
    void restoreLayout();
    void refreshAfterReload();
    void updateCounts();
    void showEventSource(const Sitrep::Event *event);
    void showArticleFromList();
    void newProject();
    void openProject();
    void openProjectFile(const QString &path);
    void saveProjectAs();
    void importFiles();
    void importFolder();
    void importFinished(const Sitrep::Importer::Summary &summary);
    void rememberProject(const QString &path);
    void rebuildRecentMenu();
    void showAbout();
    QDockWidget *addPane(const QString &title, const QString &objectName, QWidget *pane, Qt::DockWidgetArea area);

    ProjectSession *m_session = nullptr;
    FilterBar *m_filterBar = nullptr;
    QTableView *m_eventTable = nullptr;
    QTableView *m_articleTable = nullptr;
    SourceView *m_sourceView = nullptr;
    TimelineView *m_timelineView = nullptr;
    MapView *m_mapView = nullptr;
    QLabel *m_statusLabel = nullptr;
    ImportProgress *m_import = nullptr;
    EventInspector *m_inspector = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QDockWidget *> m_docks;
};

} // namespace Sitrep
