// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/basemap.h"

#include "sitrepresources.h"

#include <QFile>
#include <QtEndian>

namespace Sitrep {

namespace {

// Reads the SBMP stream; every read is bounds-checked so a damaged file fails cleanly.
class Reader
{
public:
    explicit Reader(const QByteArray &data)
        : m_data(reinterpret_cast<const uchar *>(data.constData()))
        , m_size(quint64(data.size()))
    { }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_size; }

    quint32 u32()
    {
        if (!need(4))
            return 0;
        const quint32 v = qFromLittleEndian<quint32>(m_data + m_pos);
        m_pos += 4;
        return v;
    }
    qint32 i32() { return qint32(u32()); }

    quint64 varuint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (!need(1))
                return 0;
            const uchar byte = m_data[m_pos++];
            value |= quint64(byte & 0x7F) << shift;
            if (!(byte & 0x80))
                return value;
        }
        m_ok = false;
        return 0;
    }
    qint64 zigzag()
    {
        const quint64 v = varuint();
        return (v & 1) ? -qint64(v >> 1) - 1 : qint64(v >> 1);
    }

    QString shortString()
    {
        if (!need(1))
            return QString();
        const quint8 length = m_data[m_pos++];
        if (!need(length))
            return QString();
        const QString s = QString::fromUtf8(reinterpret_cast<const char *>(m_data + m_pos), length);
        m_pos += length;
        return s;
    }

    // Counts come from the file: cap them by what the remaining bytes could hold.
    quint64 count(quint64 minimumBytesEach)
    {
        const quint64 n = varuint();
        if (n > (m_size - m_pos) / minimumBytesEach)
            m_ok = false;
        return m_ok ? n : 0;
    }

private:
    bool need(quint64 n)
    {
        if (!m_ok || m_size - m_pos < n) {
            m_ok = false;
            return false;
        }
        return true;
    }

    const uchar *m_data;
    quint64 m_size;
    quint64 m_pos = 0;
    bool m_ok = true;
};

bool ringContains(const BaseMap::Ring &ring, double x, double y)
{
    bool inside = false;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const QPointF &a = ring[i];
        const QPointF &b = ring[j];
        if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

} // namespace

Expected<BaseMap> BaseMap::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.exists() ? Error::Kind::Unreadable : Error::Kind::NotFound, path, file.errorString());
    const QByteArray data = file.readAll();
    if (!data.startsWith("SBMP"))
        return makeError(Error::Kind::InvalidContent, path, QStringLiteral("not a Sitrep base map: no SBMP header"));
    Reader reader(data);
    reader.u32();
    const quint32 version = reader.u32();
    if (version != 1)
        return makeError(Error::Kind::Unsupported, path,
                         QStringLiteral("base map version %1 is not supported").arg(version));
    const double scale = reader.u32();
    const quint32 featureCount = reader.u32();
    if (!reader.ok() || scale <= 0 || featureCount > quint32(data.size()))
        return makeError(Error::Kind::InvalidContent, path, QStringLiteral("damaged base map header"));

    BaseMap map;
    map.m_features.reserve(featureCount);
    for (quint32 f = 0; f < featureCount && reader.ok(); ++f) {
        Feature feature;
        feature.code = reader.shortString();
        feature.name = reader.shortString();
        const qint32 box[4] = {reader.i32(), reader.i32(), reader.i32(), reader.i32()};
        feature.bounds = QRectF(QPointF(box[0] / scale, box[1] / scale), QPointF(box[2] / scale, box[3] / scale));
        const quint64 polygonCount = reader.count(1);
        feature.polygons.reserve(qsizetype(polygonCount));
        for (quint64 p = 0; p < polygonCount && reader.ok(); ++p) {
            Polygon polygon;
            const quint64 ringCount = reader.count(1);
            for (quint64 r = 0; r < ringCount && reader.ok(); ++r) {
                const quint64 pointCount = reader.count(2);
                Ring ring;
                ring.reserve(qsizetype(pointCount));
                qint64 x = 0;
                qint64 y = 0;
                for (quint64 i = 0; i < pointCount && reader.ok(); ++i) {
                    x += reader.zigzag();
                    y += reader.zigzag();
                    ring.append(QPointF(x / scale, y / scale));
                }
                polygon.rings.append(std::move(ring));
            }
            feature.polygons.append(std::move(polygon));
        }
        map.m_features.append(std::move(feature));
    }
    if (!reader.ok() || !reader.atEnd())
        return makeError(Error::Kind::InvalidContent, path, QStringLiteral("damaged or truncated base map"));
    return map;
}

QString BaseMap::builtInPath(Layer layer)
{
    Resources::ensurePlacesRegistered();
    switch (layer) {
    case Layer::Countries110m:
        return QStringLiteral(":/basemap/countries-110m.bin");
    case Layer::Countries50m:
        return QStringLiteral(":/basemap/countries-50m.bin");
    case Layer::Admin1:
        return QStringLiteral(":/basemap/admin1.bin");
    }
    return QString();
}

Expected<BaseMap> BaseMap::loadBuiltIn(Layer layer)
{
    return load(builtInPath(layer));
}

const BaseMap::Feature *BaseMap::feature(QStringView code) const
{
    for (const Feature &f : m_features) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

bool BaseMap::contains(const Feature &feature, double latitude, double longitude)
{
    if (!feature.bounds.contains(QPointF(longitude, latitude)))
        return false;
    bool inside = false;
    for (const Polygon &polygon : feature.polygons) {
        for (const Ring &ring : polygon.rings) {
            if (ringContains(ring, longitude, latitude))
                inside = !inside;
        }
    }
    return inside;
}

const BaseMap::Feature *BaseMap::featureAt(double latitude, double longitude) const
{
    for (const Feature &f : m_features) {
        if (contains(f, latitude, longitude))
            return &f;
    }
    return nullptr;
}

} // namespace Sitrep
