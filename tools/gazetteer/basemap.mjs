// SPDX-License-Identifier: GPL-3.0-or-later
// Country and first-level-region polygons in Sitrep's base-map format (see README.md).
import {Writer} from './binary.mjs';

const SCALE = 1e5; // coordinates are stored in units of 1e-5 degree

function decodeArcs(topology) {
    const [sx, sy] = topology.transform.scale;
    const [tx, ty] = topology.transform.translate;
    return topology.arcs.map((arc) => {
        let x = 0;
        let y = 0;
        return arc.map(([dx, dy]) => {
            x += dx;
            y += dy;
            return [x * sx + tx, y * sy + ty];
        });
    });
}

function stitch(indexes, arcs) {
    const points = [];
    for (const index of indexes) {
        let arc = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
        if (points.length)
            arc = arc.slice(1);
        for (const p of arc)
            points.push(p);
    }
    return points;
}

// Polygons as lists of rings (outer first), each ring a list of [lon, lat].
export function topologyPolygons(topology, geometry) {
    const arcs = topology.decodedArcs ?? (topology.decodedArcs = decodeArcs(topology));
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    return polygons.map((rings) => rings.map((ring) => stitch(ring, arcs)));
}

export function geojsonPolygons(geometry) {
    if (geometry.type === 'Polygon')
        return [geometry.coordinates];
    if (geometry.type === 'MultiPolygon')
        return geometry.coordinates;
    return [];
}

function ringArea(ring) {
    let sum = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
        sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
    return sum / 2;
}

// The centroid of the largest outer ring: a country's or region's point when nothing better exists.
export function mainCentroid(polygons) {
    let best = null;
    let bestArea = 0;
    for (const rings of polygons) {
        const area = Math.abs(ringArea(rings[0]));
        if (area > bestArea) {
            bestArea = area;
            best = rings[0];
        }
    }
    if (!best)
        return null;
    let cx = 0;
    let cy = 0;
    let a = 0;
    for (let i = 0, j = best.length - 1; i < best.length; j = i++) {
        const f = best[j][0] * best[i][1] - best[i][0] * best[j][1];
        cx += (best[j][0] + best[i][0]) * f;
        cy += (best[j][1] + best[i][1]) * f;
        a += f;
    }
    if (a === 0)
        return {lon: best[0][0], lat: best[0][1], ring: best};
    return {lon: cx / (3 * a), lat: cy / (3 * a), ring: best};
}

export function boundingBox(polygons) {
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const rings of polygons) {
        for (const [x, y] of rings[0]) {
            box[0] = Math.min(box[0], x);
            box[1] = Math.min(box[1], y);
            box[2] = Math.max(box[2], x);
            box[3] = Math.max(box[3], y);
        }
    }
    return box;
}

function perpendicular(p, a, b) {
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const length2 = dx * dx + dy * dy;
    if (length2 === 0)
        return Math.hypot(p[0] - a[0], p[1] - a[1]);
    const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
    return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

// Douglas-Peucker, iterative so large rings do not overflow the stack.
export function simplifyRing(ring, tolerance) {
    if (ring.length <= 4)
        return ring;
    const keep = new Uint8Array(ring.length);
    keep[0] = keep[ring.length - 1] = 1;
    const stack = [[0, ring.length - 1]];
    while (stack.length) {
        const [first, last] = stack.pop();
        let index = -1;
        let worst = tolerance;
        for (let i = first + 1; i < last; ++i) {
            const d = perpendicular(ring[i], ring[first], ring[last]);
            if (d > worst) {
                worst = d;
                index = i;
            }
        }
        if (index >= 0) {
            keep[index] = 1;
            stack.push([first, index], [index, last]);
        }
    }
    const out = ring.filter((_, i) => keep[i]);
    return out.length >= 4 ? out : null;
}

// features: [{code, name, polygons}]
export function writeBaseMap(allFeatures) {
    const features = allFeatures
        .map((f) => ({...f, polygons: f.polygons.filter((rings) => rings.length && rings[0].length >= 4)}))
        .filter((f) => f.polygons.length);
    const w = new Writer();
    w.bytes(Buffer.from('SBMP', 'ascii'));
    w.u32(1); // version
    w.u32(SCALE);
    w.u32(features.length);
    for (const feature of features) {
        w.shortString(feature.code);
        w.shortString(feature.name);
        const polygons = feature.polygons;
        const box = boundingBox(polygons);
        for (const v of box)
            w.i32(Math.round(v * SCALE));
        w.varuint(polygons.length);
        for (const rings of polygons) {
            w.varuint(rings.length);
            for (const ring of rings) {
                w.varuint(ring.length);
                let px = 0;
                let py = 0;
                for (const [x, y] of ring) {
                    const qx = Math.round(x * SCALE);
                    const qy = Math.round(y * SCALE);
                    w.zigzag(qx - px);
                    w.zigzag(qy - py);
                    px = qx;
                    py = qy;
                }
            }
        }
    }
    return w.toBuffer();
}

function unwrap(polygons) {
    const box = boundingBox(polygons);
    if (box[2] - box[0] <= 180)
        return polygons;
    return polygons.map((rings) => rings.map((ring) => ring.map(([x, y]) => [x < 0 ? x + 360 : x, y])));
}

function insideRings(rings, x, y) {
    let inside = false;
    for (const ring of rings) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            const [xi, yi] = ring[i];
            const [xj, yj] = ring[j];
            if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi)
                inside = !inside;
        }
    }
    return inside;
}

// The centre of a country as a reader would point at it: the area-weighted centroid (on the sphere,
// approximately) of its main land masses, ignoring islands and exclaves smaller than a quarter of
// the largest part, so that Alaska does not pull the United States' point into Canada.
export function landCentroid(allPolygons) {
    const polygons = unwrap(allPolygons).filter((rings) => rings.length && rings[0].length >= 4);
    if (!polygons.length)
        return null;
    const areas = polygons.map((rings) => {
        const ys = rings[0].map((p) => p[1]);
        const meanLat = ys.reduce((a, b) => a + b, 0) / ys.length;
        return Math.abs(ringArea(rings[0])) * Math.cos((meanLat * Math.PI) / 180);
    });
    const largest = Math.max(...areas);
    const main = polygons.filter((_, i) => areas[i] >= largest / 4);
    const box = boundingBox(main);
    const step = Math.max(0.01, Math.sqrt((box[2] - box[0]) * (box[3] - box[1])) / 100);
    let sx = 0;
    let sy = 0;
    let sw = 0;
    for (const rings of main) {
        const b = boundingBox([rings]);
        for (let y = Math.floor(b[1] / step) * step + step / 2; y < b[3]; y += step) {
            const w = Math.cos((y * Math.PI) / 180);
            for (let x = Math.floor(b[0] / step) * step + step / 2; x < b[2]; x += step) {
                if (insideRings(rings, x, y)) {
                    sx += x * w;
                    sy += y * w;
                    sw += w;
                }
            }
        }
    }
    if (sw === 0) {
        const c = mainCentroid(main);
        return c && {lat: c.lat, lon: c.lon > 180 ? c.lon - 360 : c.lon, ring: c.ring};
    }
    const lon = sx / sw;
    return {lat: sy / sw, lon: lon > 180 ? lon - 360 : lon, ring: mainCentroid(allPolygons).ring};
}
