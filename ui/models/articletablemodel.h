// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QAbstractTableModel>
#include <QList>

namespace Sitrep {

// The project's articles, one row each.
class ArticleTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DateColumn, DateSourceColumn, FormatColumn, SourceColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, ReferenceDateRole };

    explicit ArticleTableModel(QObject *parent = nullptr);

    void setArticles(QList<Article> articles);
    const Article *articleAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Article> m_articles;
};

} // namespace Sitrep
