// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QList>
#include <QStringView>

namespace Sitrep::Clauses {

// Splits a sentence where one happening gives way to another: after a speech verb's "that"
// ("said on Monday that he spent..."), at semicolons, and before ", and", ", but", ", while",
// ", which", ", although". Offsets are relative to the sentence plus base; the clauses cover the
// sentence without gaps.
QList<TextRange> split(QStringView sentence, qsizetype base = 0);

} // namespace Sitrep::Clauses
