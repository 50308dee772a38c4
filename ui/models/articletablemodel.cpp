// SPDX-License-Identifier: GPL-3.0-or-later
#include "articletablemodel.h"

#include <QFileInfo>

namespace Sitrep {

ArticleTableModel::ArticleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ArticleTableModel::setArticles(QList<Article> articles)
{
    beginResetModel();
    m_articles = std::move(articles);
    endResetModel();
}

const Article *ArticleTableModel::articleAt(int row) const
{
    return row >= 0 && row < m_articles.size() ? &m_articles[row] : nullptr;
}

int ArticleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &article = m_articles[index.row()];
    switch (role) {
    case ArticleIdRole:
        return article.id;
    case ReferenceDateRole:
        return article.referenceDate;
    case Qt::ToolTipRole:
        return article.source;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return article.title.isEmpty() ? QFileInfo(article.source).fileName() : article.title;
        case DateColumn:
            return article.referenceDate.isValid() ? article.referenceDate.toString(Qt::ISODate) : QStringLiteral("—");
        case DateSourceColumn:
            return article.dateSource == DateSource::Unknown ? QStringLiteral("—") : dateSourceName(article.dateSource);
        case FormatColumn:
            return formatName(article.format);
        case SourceColumn:
            return QFileInfo(article.source).fileName();
        }
        break;
    }
    return {};
}

QVariant ArticleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case DateSourceColumn:
        return tr("Date from");
    case FormatColumn:
        return tr("Format");
    case SourceColumn:
        return tr("File");
    }
    return {};
}

} // namespace Sitrep
