// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingwriter.h"

#include "briefing/briefingcomposer.h"
#include "briefing/briefingformat.h"
#include "briefing/pageflow.h"
#include "briefing/pdfinfo.h"
#include "version.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Sitrep {
namespace {

// Device units: the map painter's pixels are 1/96 inch, and so are the document's.
constexpr int resolution = 96;

QPageSize pageSize(BriefingOptions::PageSize size)
{
    return QPageSize(size == BriefingOptions::PageSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

Error cancelled()
{
    return Error {Error::Kind::Cancelled, {}, QStringLiteral("writing the briefing was cancelled")};
}

} // namespace

Expected<std::pair<QByteArray, int>> BriefingWriter::render(const BriefingData &data, const BriefingOptions &options,
                                                            const Progress &progress)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(Error::Kind::Unsupported, {},
                         QStringLiteral("a briefing needs a QGuiApplication (the offscreen platform will do)"));
    if (data.events.isEmpty())
        return makeError(Error::Kind::InvalidContent, {}, QStringLiteral("there are no events to brief"));

    const BriefingStyle style = BriefingStyle::standard();
    const QDateTime generated = options.generated.isValid() ? options.generated : QDateTime::currentDateTime();
    BriefingOptions fixed = options;
    fixed.generated = generated;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(resolution);
    pdf.setPageSize(pageSize(options.pageSize));
    pdf.setPageMargins(QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter);
    pdf.setTitle(fixed.effectiveTitle());
    pdf.setCreator(QStringLiteral("Sitrep %1").arg(versionString()));

    const PageFlow::Running running {
        fixed.effectiveTitle(),
        BriefingFormat::period(data.periodStart, data.periodEnd),
        QStringLiteral("Sitrep briefing · generated %1").arg(BriefingFormat::longDate(generated.date())),
    };
    const BriefingComposer composer(data, fixed, style);

    // First pass: count the pages.
    int pages = 0;
    {
        PageFlow counting(pdf, nullptr, style, running, 0);
        const auto scaled = [&](double done) {
            return !progress || progress(int(done * 30));
        };
        if (!composer.compose(counting, scaled))
            return std::unexpected(cancelled());
        pages = counting.page();
    }
    // Second pass: paint them.
    QPainter painter;
    if (!painter.begin(&pdf))
        return makeError(Error::Kind::Unreadable, {}, QStringLiteral("cannot start the PDF document"));
    PageFlow painting(pdf, &painter, style, running, pages);
    const auto scaled = [&](double done) {
        return !progress || progress(30 + int(done * 65));
    };
    const bool finished = composer.compose(painting, scaled);
    painter.end();
    if (!finished)
        return std::unexpected(cancelled());

    PdfInfo info;
    info.title = fixed.effectiveTitle();
    info.author = fixed.author.trimmed();
    info.subject = QStringLiteral("Situation briefing: %1 events, %2")
                       .arg(data.events.size())
                       .arg(BriefingFormat::period(data.periodStart, data.periodEnd));
    info.keywords = QStringLiteral("Sitrep; briefing; events");
    info.creator = QStringLiteral("Sitrep %1").arg(versionString());
    info.created = generated;
    return std::pair {info.appendTo(buffer.data()), pages};
}

Expected<BriefingWriter::Result> BriefingWriter::write(const BriefingData &data, const BriefingOptions &options,
                                                       const QString &path, const Progress &progress)
{
    // Open first, so that an unwritable path fails before the work rather than after it.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Kind::Unreadable, path, QStringLiteral("cannot write: %1").arg(file.errorString()));
    auto document = render(data, options, progress);
    if (!document) {
        file.cancelWriting();
        return std::unexpected(document.error());
    }
    const QByteArray &bytes = document->first;
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Kind::Unreadable, path, QStringLiteral("cannot write: %1").arg(file.errorString()));
    if (progress)
        progress(100);
    return Result {document->second, bytes.size()};
}

} // namespace Sitrep
