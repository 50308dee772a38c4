// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QString>

namespace SitrepTest {

inline QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(SITREP_TEST_DATA_DIR)).filePath(relative);
}

// A path inside ../shared (development corpora), or an empty string when it is absent.
inline QString sharedPath(const QString &relative)
{
    const QString path = QDir(QStringLiteral(SITREP_SHARED_DIR)).filePath(relative);
    return QFileInfo::exists(path) ? QDir::cleanPath(path) : QString();
}

// The error of a failed std::expected, for QVERIFY2 messages (which are evaluated even on success).
template<typename Expected> QString errorText(const Expected &result)
{
    return result.has_value() ? QString() : result.error().toString();
}

} // namespace SitrepTest

// Skips the current test, saying why, when the shared development corpora are not checked out.
#define SITREP_REQUIRE_SHARED(variable, relative)                                                                      \
    const QString variable = SitrepTest::sharedPath(QStringLiteral(relative));                                         \
    if (variable.isEmpty())                                                                                            \
        QSKIP(qPrintable(QStringLiteral("needs %1/%2 (development corpora beside the project); not present")           \
                             .arg(QStringLiteral(SITREP_SHARED_DIR), QStringLiteral(relative))));
