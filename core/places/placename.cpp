// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/placename.h"

#include <QString>

namespace Sitrep::PlaceName {

namespace {

bool isApostrophe(char16_t u)
{
    return u == u'\'' || u == u'\u2019' || u == u'\u2018' || u == u'\u02BC' || u == u'`' || u == u'\u00B4'
        || u == u'\u02BB' || u == u'\u02B9';
}

bool isDash(char16_t u)
{
    return u == u'-' || (u >= u'\u2010' && u <= u'\u2014');
}

// Letters that carry no canonical decomposition but that transliterations drop to ASCII.
const char *specialLetter(char16_t u)
{
    switch (u) {
    case u'\u00DF':
        return "ss";
    case u'\u00F8':
        return "o";
    case u'\u0142':
        return "l";
    case u'\u0111':
        return "d";
    case u'\u00E6':
        return "ae";
    case u'\u0153':
        return "oe";
    case u'\u0131':
        return "i";
    case u'\u00F0':
        return "d";
    case u'\u00FE':
        return "th";
    case u'\u0127':
        return "h";
    default:
        return nullptr;
    }
}

void appendCodePoint(char32_t u, QByteArray &key)
{
    if (u < 0x80) {
        key.append(char(u));
    } else if (u < 0x800) {
        key.append(char(0xC0 | (u >> 6))).append(char(0x80 | (u & 0x3F)));
    } else {
        key.append(char(0xE0 | (u >> 12))).append(char(0x80 | ((u >> 6) & 0x3F))).append(char(0x80 | (u & 0x3F)));
    }
}

} // namespace

void appendFolded(QChar c, QByteArray &key)
{
    char16_t u = c.unicode();
    if (u < 0x80) {
        if (u >= 'A' && u <= 'Z')
            key.append(char(u + 32));
        else if (u == '-')
            key.append(' ');
        else if (u != '\'' && u != '`')
            key.append(char(u));
        return;
    }
    if (isApostrophe(u) || c.isMark() || c.isSurrogate())
        return;
    if (isDash(u) || c.isSpace()) {
        key.append(' ');
        return;
    }
    // Canonical decompositions start with the base letter; the marks that follow are dropped.
    while (QChar::decompositionTag(u) == QChar::Canonical) {
        const QString decomposed = QChar::decomposition(u);
        if (decomposed.isEmpty())
            break;
        u = decomposed.front().unicode();
    }
    u = QChar::toLower(u);
    if (const char *replacement = specialLetter(u))
        key.append(replacement);
    else
        appendCodePoint(u, key);
}

void appendFolded(QStringView text, QByteArray &key)
{
    // ASCII is folded into a buffer and appended in runs: QByteArray::append(char) is a call each time.
    char buffer[64];
    qsizetype used = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || used == qsizetype(sizeof buffer)) {
            key.append(buffer, used);
            used = 0;
            if (u >= 0x80) {
                appendFolded(c, key);
                continue;
            }
        }
        if (u >= 'A' && u <= 'Z')
            buffer[used++] = char(u + 32);
        else if (u == '-')
            buffer[used++] = ' ';
        else if (u != '\'' && u != '`')
            buffer[used++] = char(u);
    }
    key.append(buffer, used);
}

QByteArray foldKey(QStringView name)
{
    QByteArray key;
    key.reserve(name.size());
    appendFolded(name, key);
    // Spaces collapsed in place: the key never grows, so one string serves.
    char *data = key.data();
    qsizetype kept = 0;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char c = data[i];
        if (c == ' ' && (kept == 0 || data[kept - 1] == ' '))
            continue;
        data[kept++] = c;
    }
    while (kept > 0 && data[kept - 1] == ' ')
        --kept;
    key.truncate(kept);
    return key;
}

quint32 hashKey(QByteArrayView key)
{
    quint32 hash = 0x811c9dc5u;
    for (char c : key) {
        hash ^= quint8(c);
        hash *= 0x01000193u;
    }
    return hash;
}

} // namespace Sitrep::PlaceName
