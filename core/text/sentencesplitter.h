// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QStringView>

#include <memory>

namespace Sitrep {

// Splits text into sentences with ICU's sentence break iterator, then takes back the breaks that
// news copy does not mean: after titles ("Gen.", "Mr."), initials ("John F. Kennedy"), month
// abbreviations before a day ("Nov. 19"), and dotted abbreviations ("U.S.", "a.m.") unless the
// next word plainly starts a sentence. Line breaks inside the text count as spaces.
// Not thread-safe: use one per thread.
class SentenceSplitter final
{
public:
    SentenceSplitter();
    ~SentenceSplitter();
    Q_DISABLE_COPY_MOVE(SentenceSplitter)

    // Sentences of text, trimmed of surrounding whitespace, with offsets relative to text plus base.
    QList<TextRange> split(QStringView text, qsizetype base = 0);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Sitrep
