// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "text/extraction.h"

#include <QByteArray>
#include <QList>

namespace Sitrep {

// Reads RSS 2.0 (and 1.0) and Atom feeds: each item or entry becomes one article with its own
// title, link and date (pubDate, dc:date, published or updated). The text is the item's title,
// a blank line and its description, content:encoded, summary or content, with HTML read by
// HtmlExtractor; offsets map into that title and description as the feed held them.
class FeedExtractor final
{
public:
    static constexpr int maximumItems = 1000;

    struct Item
    {
        Extraction extraction;
        QByteArray identity; // what the item's content hash is computed from
    };

    static Expected<QList<Item>> extract(const QByteArray &bytes, const QString &path);
    // Whether bytes hold an RSS or Atom root element (for .xml files of other kinds).
    static bool looksLikeFeed(const QByteArray &bytes);
};

} // namespace Sitrep
