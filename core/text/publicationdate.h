// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace Sitrep {

// Reads the dates that say when an article was published: machine-readable timestamps from
// metadata, and the written dates of datelines and bylines.
class PublicationDate final
{
public:
    // ISO 8601 ("2025-11-19T14:05:00+00:00", "2025-11-19") or RFC 2822 ("Sat, 22 Nov 2025 08:30:00 +0200").
    // The result keeps the offset the value was written in, so .date() is the article's own day.
    static std::optional<QDateTime> parseTimestamp(QStringView value);

    struct WrittenDate
    {
        QDate date;
        qsizetype start = 0; // where the date was found in the searched text
        qsizetype length = 0;
        bool hadYear = true;
    };
    // The first written date in text: "19 November 2025", "Nov. 19, 2025", "Thu. Nov 20th, 2025",
    // "Saturday, 22 November 2025", "2025-11-19". A date without a year ("Nov. 20") takes the year
    // that puts it closest before yearHint (plus a day, for time zones); without a hint it is refused.
    static std::optional<WrittenDate> findWrittenDate(QStringView text, QDate yearHint = {});

    // The month for an English month name or abbreviation ("Nov", "Sept", "November"), or 0.
    static int monthFromName(QStringView name);
};

} // namespace Sitrep
