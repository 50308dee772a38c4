// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "text/extraction.h"

#include <QByteArray>

namespace Sitrep {

// Text of a PDF with Poppler, page by page in reading order. Lines are joined into paragraphs
// (a line well short of the page's measure ends one), and a word hyphenated at a line end is
// joined again ("nego-" + "tiations"). Offsets map into the page text as Poppler gives it, pages
// separated by form feeds. The title is the document's Title, else the first line.
class PdfExtractor final
{
public:
    static constexpr int maximumPages = 2000;

    static Expected<Extraction> extract(const QByteArray &bytes, const QString &path);

    // The paragraph text of raw page text (lines separated by "\n", pages by "\f").
    static Extraction joinLines(const QString &raw);
};

} // namespace Sitrep
