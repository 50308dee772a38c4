// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace Sitrep {

struct Article;

// The source pane: an article's header (title, outlet, date and where the date came from) and text.
class SourceView final : public QWidget
{
    Q_OBJECT

public:
    explicit SourceView(QWidget *parent = nullptr);

    void showArticle(const Article *article);
    QString displayedText() const;

private:
    QLabel *m_header = nullptr;
    QTextBrowser *m_text = nullptr;
};

} // namespace Sitrep
