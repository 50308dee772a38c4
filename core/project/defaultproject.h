// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "store/projectstore.h"

#include <QStringList>

namespace Sitrep {

// The project a first start opens: a file in the user's data folder, seeded with the bundled
// sample articles when it is created.
class DefaultProject final
{
public:
    static QString path();
    static QStringList bundledSamplePaths();

    struct Opened
    {
        std::unique_ptr<ProjectStore> store;
        bool created = false;
        QList<Error> sampleErrors; // samples that could not be read
    };
    static Expected<Opened> openOrCreate(const QString &path = DefaultProject::path());

    // Reads every bundled sample into the store; returns the ones that failed.
    static QList<Error> importSamples(ProjectStore &store);
};

} // namespace Sitrep
