// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Sitrep {

// A PDF's document information: Qt's PDF writer records the title and creator but not the author
// or subject, so the briefing appends a complete information dictionary as an incremental update
// (PDF 1.7, section 7.5.6), which leaves every byte Qt wrote where it was.
struct PdfInfo
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator;
    QDateTime created;

    // The document with this information appended; unchanged when its trailer cannot be read.
    QByteArray appendTo(const QByteArray &pdf) const;
};

} // namespace Sitrep
