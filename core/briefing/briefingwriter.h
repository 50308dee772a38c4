// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "briefing/briefingdata.h"
#include "briefing/briefingoptions.h"
#include "error.h"

#include <functional>

namespace Sitrep {

// Writes a briefing as PDF: real text in the embedded DejaVu font, vector chart and map, a running
// header, numbered pages, and title, author, subject and creator in the document information.
// Needs a QGuiApplication (any platform, offscreen included); safe to run on a worker thread.
class BriefingWriter final
{
public:
    struct Result
    {
        int pages = 0;
        qint64 bytes = 0;
    };
    // Told the percentage done; returns false to cancel.
    using Progress = std::function<bool(int)>;

    // Writes nothing unless the whole document was made: the file is replaced in one step.
    static Expected<Result> write(const BriefingData &data, const BriefingOptions &options, const QString &path,
                                  const Progress &progress = {});
    // The document's bytes, for a preview or a test.
    static Expected<std::pair<QByteArray, int>> render(const BriefingData &data, const BriefingOptions &options,
                                                       const Progress &progress = {});
};

} // namespace Sitrep
