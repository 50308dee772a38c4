// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/event.h"

#include <QDate>
#include <QString>

// How the briefing writes dates, periods and counts: in English, with ISO dates in the chronology
// so that a reader (or a script reading the PDF's text) can compare them at a glance.
namespace Sitrep::BriefingFormat {

QString longDate(const QDate &date); // "19 November 2025"
QString period(const QDate &start, const QDate &end); // "24–26 October 2025", "1 August – 19 November 2025"
// The chronology's date column: ISO dates and how precise they are ("2025-10 · month").
QString eventDate(const DateInterval &date);
// The heading of a chronology group: a day ("Tuesday 18 November 2025") or a longer span.
QString groupTitle(const DateInterval &date);
// "12 killed, 40 injured", "at least 10 killed", or empty.
QString casualties(const Event &event);
QString estimate(const Estimate &estimate);
QString place(const EventPlace &place); // "Turkey (Türkiye)" when the gazetteer names it otherwise
QString dateSource(const Article &article); // where the reference date came from, in words

} // namespace Sitrep::BriefingFormat
