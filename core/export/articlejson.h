// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "error.h"

#include <QJsonObject>

namespace Sitrep::Json {

// Paragraphs and sentences appear as [start, length] pairs into "text"; the first few
// sentences are also given as text, for a reader checking what Sitrep saw.
QJsonObject fromArticle(const Article &article, int firstSentenceCount = 3);
QJsonObject fromError(const Error &error);

} // namespace Sitrep::Json
