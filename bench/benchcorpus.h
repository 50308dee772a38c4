// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace SitrepBench {

// News text to measure with: the bundled samples, plus the development corpus when present.
inline QList<QByteArray> newsDocuments()
{
    QList<QByteArray> documents;
    for (const char *root : {SITREP_SOURCE_DIR "/resources/samples", SITREP_SHARED_DIR "/corpus/events-dev/texts"}) {
        QDirIterator it(QString::fromUtf8(root), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                documents.append(file.readAll());
        }
    }
    return documents;
}

// The documents repeated, one after another, until the total reaches `bytes`.
inline QByteArray repeatedCorpus(qsizetype bytes)
{
    const QList<QByteArray> documents = newsDocuments();
    QByteArray corpus;
    corpus.reserve(bytes + 64 * 1024);
    while (corpus.size() < bytes && !documents.isEmpty()) {
        for (const QByteArray &document : documents)
            corpus.append(document).append("\n\n");
    }
    return corpus;
}

} // namespace SitrepBench
