// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpages.h"

#include <poppler-qt6.h>

namespace Sitrep::PdfPages {

Expected<QList<QImage>> render(const QByteArray &pdf, double dpi)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked())
        return makeError(Error::Kind::InvalidContent, {}, QStringLiteral("the PDF cannot be read back"));
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    QList<QImage> pages;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            return makeError(Error::Kind::InvalidContent, {}, QStringLiteral("page %1 cannot be read back").arg(i + 1));
        pages.append(page->renderToImage(dpi, dpi));
    }
    return pages;
}

} // namespace Sitrep::PdfPages
