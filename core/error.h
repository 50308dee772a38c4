// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace Sitrep {

// What failed, in which file, and why. Returned by core functions through std::expected.
struct Error
{
    enum class Kind {
        NotFound,
        Unreadable,
        Unsupported,
        InvalidContent,
        TooLarge,
        Database,
        Cancelled,
    };

    Kind kind = Kind::InvalidContent;
    QString file;
    QString message;

    // "file: message", or just the message when no file is involved.
    QString toString() const { return file.isEmpty() ? message : file + QStringLiteral(": ") + message; }
};

template<typename T> using Expected = std::expected<T, Error>;

inline std::unexpected<Error> makeError(Error::Kind kind, const QString &file, const QString &message)
{
    return std::unexpected(Error {kind, file, message});
}

} // namespace Sitrep
