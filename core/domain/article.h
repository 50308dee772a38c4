// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace Sitrep {

enum class ArticleFormat { PlainText, Markdown, Html, Email, Pdf, Feed };

// Where an article's reference date came from; the GUI warns for the fallbacks.
enum class DateSource { Metadata, Dateline, User, FileTime, Unknown };

QString formatName(ArticleFormat format);
std::optional<ArticleFormat> formatFromName(const QString &name);
QString dateSourceName(DateSource source);
DateSource dateSourceFromName(const QString &name);

struct Article
{
    qint64 id = 0; // 0 until stored
    QString source; // file path or URL
    QString title;
    QString outlet;
    ArticleFormat format = ArticleFormat::PlainText;
    QString contentHash; // SHA-256 of the original bytes, hex
    QString text; // plain text that every offset refers to
    QDate referenceDate;
    DateSource dateSource = DateSource::Unknown;
};

} // namespace Sitrep
