// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSizeF>

#include <memory>

namespace Sitrep {

// A PDF read back with Poppler, as a reader would see it, whose pages are rendered one at a time:
// a preview draws the pages in view rather than holding every page's image.
class PdfPages final
{
public:
    static Expected<PdfPages> load(const QByteArray &pdf);

    PdfPages(PdfPages &&) noexcept;
    PdfPages &operator=(PdfPages &&) noexcept;
    ~PdfPages();

    int count() const { return int(m_sizes.size()); }
    // A page's size in points.
    QSizeF pageSize(int page) const { return m_sizes.value(page); }
    // A null image when the page cannot be drawn.
    QImage render(int page, double dpi) const;

private:
    struct Document;
    explicit PdfPages(std::unique_ptr<Document> document);

    std::unique_ptr<Document> m_document;
    QList<QSizeF> m_sizes;
};

} // namespace Sitrep
