// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfinfo.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Sitrep {
namespace {

// A PDF text string: UTF-16BE with its byte order mark, written in hex so nothing needs escaping.
QByteArray textString(const QString &text)
{
    QByteArray bytes("<FEFF");
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return bytes + '>';
}

QByteArray dateString(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return "(D:" + utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

} // namespace

QByteArray PdfInfo::appendTo(const QByteArray &pdf) const
{
    // The last trailer names the catalogue and the object count; startxref the last cross-reference table.
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startAt < trailerAt)
        return pdf;
    const QString tail = QString::fromLatin1(pdf.mid(trailerAt));
    const auto size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(tail);
    const auto root = QRegularExpression(QStringLiteral("/Root\\s+(\\d+\\s+\\d+)\\s+R")).match(tail);
    const auto previous = QRegularExpression(QStringLiteral("startxref\\s+(\\d+)")).match(tail);
    if (!size.hasMatch() || !root.hasMatch() || !previous.hasMatch())
        return pdf;
    const int object = size.captured(1).toInt();

    QByteArray result = pdf;
    if (!result.endsWith('\n'))
        result += '\n';
    const qsizetype objectAt = result.size();
    result += QByteArray::number(object) + " 0 obj\n<<";
    const std::pair<const char *, QString> entries[] {
        {"/Title", title},       {"/Author", author},   {"/Subject", subject},
        {"/Keywords", keywords}, {"/Creator", creator}, {"/Producer", creator},
    };
    for (const auto &[key, value] : entries) {
        if (!value.isEmpty())
            result += QByteArray("\n") + key + ' ' + textString(value);
    }
    if (created.isValid())
        result += "\n/CreationDate " + dateString(created) + "\n/ModDate " + dateString(created);
    result += "\n>>\nendobj\n";
    const qsizetype xrefAt = result.size();
    result += "xref\n" + QByteArray::number(object) + " 1\n" + QByteArray::number(objectAt).rightJustified(10, '0')
        + " 00000 n \n";
    result += "trailer\n<< /Size " + QByteArray::number(object + 1) + " /Root " + root.captured(1).toLatin1()
        + " R /Info " + QByteArray::number(object) + " 0 R /Prev " + previous.captured(1).toLatin1() + " >>\n";
    result += "startxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return result;
}

} // namespace Sitrep
