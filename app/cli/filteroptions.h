// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/eventfilter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <expected>
#include <optional>

namespace SitrepCli {

// A YYYY-MM-DD date, or nullopt.
std::optional<QDate> isoDate(const QString &text);

// The options that select events (--from, --to, --type, --place, --actor, --search), shared by the
// commands that read a project's events.
class FilterOptions final
{
public:
    FilterOptions();

    void addTo(QCommandLineParser &parser) const;
    // The filter the options describe, or what is wrong with them (for a usage error).
    std::expected<Sitrep::EventFilter, QString> read(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_from;
    QCommandLineOption m_to;
    QCommandLineOption m_type;
    QCommandLineOption m_place;
    QCommandLineOption m_actor;
    QCommandLineOption m_search;
};

} // namespace SitrepCli
