// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace Sitrep {

struct Article;
struct Event;

// The source pane: an article's header (title, outlet, date and where the date came from) and its
// text, with the selected event's sentence emphasised and scrolled into view.
class SourceView final : public QWidget
{
    Q_OBJECT

public:
    explicit SourceView(QWidget *parent = nullptr);

    void showArticle(const Article *article, const Event *event = nullptr);
    QString displayedText() const;
    // The emphasised span in the displayed text (UTF-16 offsets), or {0, 0} when none.
    std::pair<int, int> highlightedSpan() const { return m_highlight; }

private:
    void highlight(int start, int end);

    QLabel *m_header = nullptr;
    QTextBrowser *m_text = nullptr;
    std::pair<int, int> m_highlight {0, 0};
};

} // namespace Sitrep
