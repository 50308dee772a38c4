// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/offsetmap.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sitrep {

// What one format's extractor found in one document, before the structure and the date are worked out.
struct Extraction
{
    QString text; // plain text; paragraphs separated by blank lines
    QString original; // what `offsets` map into
    OffsetMap offsets;
    QString title;
    QString outlet;
    QString url;
    std::optional<QDateTime> published; // from metadata
    QString publishedEvidence; // which metadata said so, and what it said
    QStringList warnings;
};

} // namespace Sitrep
