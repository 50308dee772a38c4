// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>

namespace SitrepBench {

// A folder of generated articles: the bundled plain-text and Markdown samples with their dates,
// places and figures varied, so that every file is new to the store and the engines see fresh text.
class GeneratedCorpus final
{
public:
    explicit GeneratedCorpus(int articleCount, quint32 seed = 20251119)
    {
        const QStringList templates = loadTemplates();
        QRandomGenerator random(seed);
        static const QStringList places {
            QStringLiteral("Kharkiv"), QStringLiteral("Odesa"),    QStringLiteral("Dnipro"),
            QStringLiteral("Lviv"),    QStringLiteral("Sumy"),     QStringLiteral("Kherson"),
            QStringLiteral("Poltava"), QStringLiteral("Mykolaiv"), QStringLiteral("Belgorod"),
            QStringLiteral("Kursk"),   QStringLiteral("Khartoum"), QStringLiteral("Omdurman")};
        static const QStringList months {QStringLiteral("January"),   QStringLiteral("March"),
                                         QStringLiteral("May"),       QStringLiteral("July"),
                                         QStringLiteral("September"), QStringLiteral("November")};
        static const QRegularExpression number(QStringLiteral("\\b\\d{1,3}\\b"));
        static const QRegularExpression city(
            QStringLiteral("\\b(?:Kyiv|Ternopil|Kharkiv|Lviv|Zaporizhzhia|El Fasher|Tawila|Geneva|Moscow)\\b"));
        static const QRegularExpression month(QStringLiteral("\\b(?:October|November|August|February)\\b"));
        for (int i = 0; i < articleCount && !templates.isEmpty(); ++i) {
            QString text = templates[i % templates.size()];
            text.replace(number, QString::number(random.bounded(2, 300)));
            text.replace(city, places[random.bounded(places.size())]);
            text.replace(month, months[random.bounded(months.size())]);
            text += QStringLiteral("\n\nGenerated variant %1.\n").arg(i);
            const QByteArray bytes = text.toUtf8();
            m_bytes += bytes.size();
            QFile file(m_dir.filePath(QStringLiteral("article-%1.txt").arg(i, 6, 10, QLatin1Char('0'))));
            if (file.open(QIODevice::WriteOnly))
                file.write(bytes);
        }
    }

    QString path() const { return m_dir.path(); }
    qint64 bytes() const { return m_bytes; }

private:
    static QStringList loadTemplates()
    {
        QStringList texts;
        QDirIterator it(QStringLiteral(SITREP_SOURCE_DIR "/resources/samples"),
                        {QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.fileName().endsWith(QStringLiteral("README.md")) || !file.open(QIODevice::ReadOnly))
                continue;
            texts.append(QString::fromUtf8(file.readAll()));
        }
        texts.sort();
        return texts;
    }

    QTemporaryDir m_dir;
    qint64 m_bytes = 0;
};

} // namespace SitrepBench
