// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>

namespace Sitrep::PlaceName {

// Appends the lookup-key form of one character: lower case, no diacritics, apostrophes dropped,
// dashes as spaces. tools/gazetteer/binary.mjs (foldKey) builds the gazetteer's keys the same way.
void appendFolded(QChar c, QByteArray &key);
// The same for each character of a text, in one append where the text is ASCII.
void appendFolded(QStringView text, QByteArray &key);

// The lookup key of a whole name: folded characters, runs of spaces collapsed, no outer spaces.
QByteArray foldKey(QStringView name);

// FNV-1a over the key's bytes, as the generator computes it for the name index.
quint32 hashKey(QByteArrayView key);

} // namespace Sitrep::PlaceName
