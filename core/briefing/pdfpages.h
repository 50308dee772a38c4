// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QImage>
#include <QList>

namespace Sitrep::PdfPages {

// A PDF's pages as images (with Poppler, as a reader would see them), for previews.
Expected<QList<QImage>> render(const QByteArray &pdf, double dpi);

} // namespace Sitrep::PdfPages
