// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "error.h"

#include <QJsonObject>

namespace Sitrep::Json {

QJsonObject fromArticle(const Article &article);
QJsonObject fromError(const Error &error);

} // namespace Sitrep::Json
