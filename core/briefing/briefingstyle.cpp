// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingstyle.h"

#include "sitrepresources.h"

#include <QFontDatabase>
#include <QLoggingCategory>
#include <QStringList>

#include <mutex>

namespace Sitrep {
namespace {

Q_LOGGING_CATEGORY(lcBriefing, "sitrep.briefing")

QString registerFonts()
{
    Resources::ensureFontsRegistered();
    QString family;
    for (const char *file : {":/fonts/DejaVuSansCondensed.ttf", ":/fonts/DejaVuSansCondensed-Bold.ttf",
                             ":/fonts/DejaVuSansCondensed-Oblique.ttf"}) {
        const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (id < 0 || families.isEmpty())
            qCWarning(lcBriefing) << "cannot load the embedded font" << file;
        else if (family.isEmpty())
            family = families.first();
    }
    return family.isEmpty() ? QStringLiteral("DejaVu Sans") : family;
}

} // namespace

QFont BriefingStyle::font(double points, QFont::Weight weight, bool italic) const
{
    QFont font(family);
    font.setPointSizeF(points);
    font.setWeight(weight);
    font.setItalic(italic);
    font.setStretch(QFont::Condensed);
    // Any letter spacing turns ligatures off (Qt 6.4 has no QFont::setFeature): a "fi" ligature
    // would reach the PDF's text as U+FB01, and a search for "briefing" would miss it.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64); // the smallest step Qt keeps
    // Unhinted outlines give fractional advances: text set for print, not for a screen's pixels.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

BriefingStyle BriefingStyle::standard()
{
    static std::once_flag once;
    static QString family;
    std::call_once(once, [] { family = registerFonts(); });
    BriefingStyle style;
    style.family = family;
    return style;
}

} // namespace Sitrep
