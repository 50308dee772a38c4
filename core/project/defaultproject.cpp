// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultproject.h"

#include "events/eventextractor.h"
#include "logging.h"
#include "project/importer.h"
#include "text/articlereader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStandardPaths>

namespace Sitrep {

QString DefaultProject::path()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("default.sitrep"));
}

QStringList DefaultProject::bundledSamplePaths()
{
    QStringList paths;
    QDirIterator it(QStringLiteral(":/samples"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).fileName().compare(QStringLiteral("README.md"), Qt::CaseInsensitive) != 0)
            paths.append(path);
    }
    paths.sort();
    return paths;
}

QList<Error> DefaultProject::importSamples(ProjectStore &store)
{
    const EventExtractor extractor;
    Importer importer(store, extractor);
    return importer.run(bundledSamplePaths()).failures;
}

Expected<DefaultProject::Opened> DefaultProject::openOrCreate(const QString &path)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && !QDir().mkpath(info.absolutePath()))
        return makeError(Error::Kind::Unreadable, info.absolutePath(), QStringLiteral("cannot create the folder"));

    auto store = ProjectStore::open(path);
    if (!store)
        return std::unexpected(store.error());

    Opened opened;
    opened.store = std::move(*store);
    opened.created = !exists;
    if (opened.created)
        opened.sampleErrors = importSamples(*opened.store);
    return opened;
}

} // namespace Sitrep
