// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/extraction.h"

namespace Sitrep {

// Plain text from Markdown: heading, quote and list marks, emphasis, code marks and link targets
// go; the words stay where they were, so offsets map back into the Markdown source. The title is
// the first heading.
class MarkdownExtractor final
{
public:
    static Extraction extract(const QString &markdown);
};

// Plain text: line ends normalised to "\n", every other character kept.
class PlainTextExtractor final
{
public:
    static Extraction extract(const QString &text);
};

} // namespace Sitrep
