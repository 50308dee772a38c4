// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace SitrepCli {

// Each command takes its arguments with the command's name first and returns the exit code.
struct Command
{
    const char *name;
    const char *synopsis; // one line for `sitrep-cli --help`
    int (*run)(const QStringList &arguments);
    bool paints = false; // lays out text or draws: needs QtGui's application object
};

int runRead(const QStringList &arguments);
int runTimex(const QStringList &arguments);
int runPlaces(const QStringList &arguments);
int runExtract(const QStringList &arguments);
int runIngest(const QStringList &arguments);
int runEvents(const QStringList &arguments);
int runArticles(const QStringList &arguments);
int runSetDate(const QStringList &arguments);
int runBriefing(const QStringList &arguments);

inline constexpr Command commands[] = {
    {"read", "read FILE...    Read article files or folders; print what Sitrep saw (JSON, or --format text).", runRead},
    {"timex", "timex FILE      Find dates and times; resolve them against --reference-date (TIMEX3 JSON).", runTimex},
    {"places", "places --text T  Find place names and resolve them with the offline gazetteer (JSON, or --jsonl).",
     runPlaces},
    {"extract", "extract PATH... Extract dated events from articles (--reference-date D) and print them as JSON.",
     runExtract},
    {"ingest", "ingest --db F PATH...  Read articles into a project file and extract their events.", runIngest},
    {"events",
     "events --db F  Print a project's events (--from, --to, --type, --place, --actor, --search; "
     "--format json|csv|geojson).",
     runEvents},
    {"articles", "articles --db F  List a project's articles.", runArticles},
    {"set-date", "set-date --db F ARTICLE D  Change an article's reference date and re-resolve its events.",
     runSetDate},
    {"briefing",
     "briefing --db F --out F.pdf  Write a PDF briefing (--title, --author, --page-size and the events filters).",
     runBriefing, true},
};

} // namespace SitrepCli
