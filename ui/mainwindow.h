// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QItemSelectionModel;
class QLabel;
class QTableView;

namespace Sitrep {

class ArticleTableModel;
class MapView;
class ProjectStore;
class SourceView;
class TimelineView;

// Composes the panes and the actions; each pane is its own class.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setProject(std::unique_ptr<ProjectStore> project);
    const ProjectStore *project() const { return m_project.get(); }
    QItemSelectionModel *selectionModel() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanes();
    void restoreLayout();
    void createActions();
    void reloadProject();
    void showCurrentArticle();
    void newProject();
    void openProject();
    void openProjectFile(const QString &path);
    void showAbout();
    QDockWidget *addPane(const QString &title, const QString &objectName, QWidget *pane, Qt::DockWidgetArea area);

    std::unique_ptr<ProjectStore> m_project;
    ArticleTableModel *m_articleModel = nullptr;
    QTableView *m_articleTable = nullptr;
    SourceView *m_sourceView = nullptr;
    TimelineView *m_timelineView = nullptr;
    MapView *m_mapView = nullptr;
    QLabel *m_statusLabel = nullptr;
    QList<QDockWidget *> m_docks;
};

} // namespace Sitrep
