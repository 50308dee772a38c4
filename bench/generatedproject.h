// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <functional>

namespace SitrepBench {

// A project file in the temporary folder, generated once by fill. It is written under another name
// and renamed when complete, so that an interrupted run is never reused.
inline QString generatedProject(const QString &fileName, const std::function<void(Sitrep::ProjectStore &)> &fill)
{
    const QString file = QDir::temp().filePath(fileName);
    if (QFileInfo::exists(file))
        return file;
    const QString partial = file + QStringLiteral(".part");
    QFile::remove(partial);
    {
        auto store = Sitrep::ProjectStore::open(partial);
        if (!store)
            qFatal("%s", qPrintable(store.error().toString()));
        fill(**store);
    }
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    QFile::rename(partial, file);
    return file;
}

} // namespace SitrepBench
