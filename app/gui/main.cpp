// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "project/defaultproject.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sitrep"));
    QApplication::setApplicationDisplayName(Sitrep::applicationName());
    QApplication::setApplicationVersion(Sitrep::versionString());
    QApplication::setDesktopFileName(QStringLiteral("org.sitrep.Sitrep"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sitrep: dated events from war and peace-talk news."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption projectOption(QStringLiteral("project"),
                                           QStringLiteral("Open this project file instead of the default one."),
                                           QStringLiteral("file"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save a PNG of the window once it is shown, then quit."),
                                              QStringLiteral("png"));
    parser.addOptions({projectOption, screenshotOption});
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Articles or folders to import."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    Sitrep::Expected<Sitrep::DefaultProject::Opened> opened = std::unexpected(Sitrep::Error {});
    if (parser.isSet(projectOption)) {
        auto store = Sitrep::ProjectStore::open(parser.value(projectOption));
        if (store)
            opened = Sitrep::DefaultProject::Opened {std::move(*store), false, {}};
        else
            opened = std::unexpected(store.error());
    } else {
        opened = Sitrep::DefaultProject::openOrCreate();
    }

    Sitrep::MainWindow window;
    window.show();
    if (opened) {
        window.setProject(std::move(opened->store));
        for (const Sitrep::Error &error : std::as_const(opened->sampleErrors))
            qWarning("%s", qPrintable(error.toString()));
        window.importPaths(parser.positionalArguments());
    } else {
        QMessageBox::warning(&window, Sitrep::applicationName(), opened.error().toString());
    }

    if (parser.isSet(screenshotOption)) {
        const QString target = parser.value(screenshotOption);
        QTimer::singleShot(500, &window, [&window, target] {
            const bool saved = window.grab().save(target);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
