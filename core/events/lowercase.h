// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>

namespace Sitrep::Events {

// The lower case of a short stretch of text, as QString::toLower gives it. News is mostly ASCII,
// whose lower case is written on the stack, character for character; anything else goes through
// QString::toLower, which may change the length.
class LowerCase final
{
public:
    explicit LowerCase(QStringView text)
    {
        const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
        if (!ascii) {
            m_other = text.toString().toLower();
            m_view = m_other;
            return;
        }
        m_ascii.resize(text.size());
        std::transform(text.begin(), text.end(), m_ascii.begin(), [](QChar c) {
            const char16_t u = c.unicode();
            return u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
        });
        m_view = QStringView(m_ascii.constData(), m_ascii.size());
    }
    Q_DISABLE_COPY_MOVE(LowerCase)

    QStringView view() const { return m_view; }

private:
    QVarLengthArray<char16_t, 128> m_ascii;
    QString m_other;
    QStringView m_view;
};

} // namespace Sitrep::Events
