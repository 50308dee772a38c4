// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QByteArray>

namespace Sitrep::ArticleCodec {

// The article's structure (headline, dateline, byline, paragraphs, sentences, offset map and
// warnings) as one compact blob, so a stored article need not be parsed again.
QByteArray encodeStructure(const Article &article);
// Fills those fields of `article` from a blob; returns false (leaving them empty) when it is unreadable.
bool decodeStructure(const QByteArray &blob, Article &article);

} // namespace Sitrep::ArticleCodec
