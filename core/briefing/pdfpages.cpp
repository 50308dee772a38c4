// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpages.h"

#include <poppler-qt6.h>

namespace Sitrep {

struct PdfPages::Document
{
    QByteArray bytes; // Poppler reads from them as long as the document lives
    std::unique_ptr<Poppler::Document> poppler;
};

PdfPages::PdfPages(std::unique_ptr<Document> document)
    : m_document(std::move(document))
{ }

PdfPages::PdfPages(PdfPages &&) noexcept = default;
PdfPages &PdfPages::operator=(PdfPages &&) noexcept = default;
PdfPages::~PdfPages() = default;

Expected<PdfPages> PdfPages::load(const QByteArray &pdf)
{
    auto document = std::make_unique<Document>();
    document->bytes = pdf;
    document->poppler = Poppler::Document::loadFromData(document->bytes);
    if (!document->poppler || document->poppler->isLocked())
        return makeError(Error::Kind::InvalidContent, {}, QStringLiteral("the PDF cannot be read back"));
    document->poppler->setRenderHint(Poppler::Document::Antialiasing);
    document->poppler->setRenderHint(Poppler::Document::TextAntialiasing);
    QList<QSizeF> sizes;
    for (int i = 0; i < document->poppler->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->poppler->page(i);
        if (!page)
            return makeError(Error::Kind::InvalidContent, {}, QStringLiteral("page %1 cannot be read back").arg(i + 1));
        sizes.append(page->pageSizeF());
    }
    PdfPages pages(std::move(document));
    pages.m_sizes = std::move(sizes);
    return pages;
}

QImage PdfPages::render(int page, double dpi) const
{
    if (page < 0 || page >= count())
        return {};
    const std::unique_ptr<Poppler::Page> loaded = m_document->poppler->page(page);
    return loaded ? loaded->renderToImage(dpi, dpi) : QImage();
}

} // namespace Sitrep
