// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "briefing/pdfpages.h"

#include <QList>
#include <QScrollArea>

#include <optional>

class QLabel;
class QVBoxLayout;

namespace Sitrep {

// The briefing's pages one under another. Every page has its place at its size from the start, but
// only the pages in view and next to it are drawn, and only the last few drawn are kept: a long
// briefing's preview holds a handful of page images, not one per page.
class BriefingPreview final : public QScrollArea
{
    Q_OBJECT

public:
    static constexpr int keptPages = 6;
    static constexpr double dpi = 56;

    explicit BriefingPreview(QWidget *parent = nullptr);
    ~BriefingPreview() override;

    void setPages(PdfPages pages);
    void clear();

    int pageCount() const { return int(m_labels.size()); }
    // The pages whose images are held, the most recently shown last.
    QList<int> renderedPages() const { return m_recent; }
    void scrollToPage(int page);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void renderVisible();
    void keep(int page);

    std::optional<PdfPages> m_pages;
    QVBoxLayout *m_layout;
    QList<QLabel *> m_labels;
    QList<int> m_recent;
};

} // namespace Sitrep
