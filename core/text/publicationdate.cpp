// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationdate.h"

#include <QRegularExpression>

#include <array>

namespace Sitrep {
namespace {

const QString weekdayPattern = QStringLiteral(
    "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)"
    "\\.?,?\\s+)?");
const QString monthPattern = QStringLiteral("(January|February|March|April|May|June|July|August|September|October|"
                                            "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?");
const QString dayPattern = QStringLiteral("(\\d{1,2})(?:st|nd|rd|th)?");

const QRegularExpression &writtenDateExpression()
{
    // Alternatives: day-month-year, month-day-year, ISO; the weekday and the year are optional.
    static const QRegularExpression expression(
        QStringLiteral("\\b%1(?:%2\\s+%3(?:,?\\s+(\\d{4}))?|%3\\s+%2(?:,?\\s+(\\d{4}))?|(\\d{4})-(\\d{2})-(\\d{2}))"
                       "(?![\\w-])")
            .arg(weekdayPattern, dayPattern, monthPattern),
        QRegularExpression::CaseInsensitiveOption);
    return expression;
}

// RFC 2822 zone names Qt does not read.
QString normalizeRfc2822(QString value)
{
    static const std::array<std::pair<const char *, const char *>, 9> zones {{
        {" GMT", " +0000"},
        {" UTC", " +0000"},
        {" UT", " +0000"},
        {" Z", " +0000"},
        {" EST", " -0500"},
        {" EDT", " -0400"},
        {" CST", " -0600"},
        {" PST", " -0800"},
        {" PDT", " -0700"},
    }};
    value = value.simplified();
    for (const auto &[name, offset] : zones) {
        if (value.endsWith(QLatin1StringView(name))) {
            value.chop(qsizetype(qstrlen(name)));
            value.append(QLatin1StringView(offset));
            break;
        }
    }
    return value;
}

QDate closestBefore(int month, int day, QDate hint)
{
    // A dateline is at most a day after the reference we guess from (time zones), never a year.
    for (int year : {hint.year(), hint.year() - 1}) {
        const QDate candidate(year, month, day);
        if (candidate.isValid() && candidate <= hint.addDays(1))
            return candidate;
    }
    return QDate(hint.year() - 1, month, day);
}

} // namespace

int PublicationDate::monthFromName(QStringView name)
{
    static const std::array<const char *, 12> names {"jan", "feb", "mar", "apr", "may", "jun",
                                                     "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3)
        return 0;
    const QString prefix = name.left(3).toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (prefix == QLatin1StringView(names[std::size_t(i)]))
            return i + 1;
    }
    return 0;
}

std::optional<QDateTime> PublicationDate::parseTimestamp(QStringView value)
{
    const QString trimmed = value.trimmed().toString();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (trimmed.at(0).isDigit()) {
        QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (!parsed.isValid())
            parsed = QDateTime::fromString(trimmed, Qt::ISODate);
        if (parsed.isValid())
            return parsed;
        // A bare date, or a time without seconds that Qt's ISO reader refuses.
        const QDate date = QDate::fromString(trimmed.left(10), Qt::ISODate);
        if (date.isValid())
            return QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    const QDateTime rfc = QDateTime::fromString(normalizeRfc2822(trimmed), Qt::RFC2822Date);
    if (rfc.isValid())
        return rfc;
    return std::nullopt;
}

std::optional<PublicationDate::WrittenDate> PublicationDate::findWrittenDate(QStringView text, QDate yearHint)
{
    QRegularExpressionMatchIterator it = writtenDateExpression().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        int year = 0;
        int month = 0;
        int day = 0;
        if (match.hasCaptured(1)) {
            day = match.capturedView(1).toInt();
            month = monthFromName(match.capturedView(2));
            year = match.hasCaptured(3) ? match.capturedView(3).toInt() : 0;
        } else if (match.hasCaptured(4)) {
            month = monthFromName(match.capturedView(4));
            day = match.capturedView(5).toInt();
            year = match.hasCaptured(6) ? match.capturedView(6).toInt() : 0;
        } else {
            year = match.capturedView(7).toInt();
            month = match.capturedView(8).toInt();
            day = match.capturedView(9).toInt();
        }
        WrittenDate found;
        found.start = match.capturedStart(0);
        found.length = match.capturedLength(0);
        found.hadYear = year != 0;
        if (year != 0) {
            found.date = QDate(year, month, day);
        } else if (yearHint.isValid() && QDate(2000, month, day).isValid()) {
            found.date = closestBefore(month, day, yearHint);
        }
        if (found.date.isValid())
            return found;
    }
    return std::nullopt;
}

} // namespace Sitrep
