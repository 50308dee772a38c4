// SPDX-License-Identifier: GPL-3.0-or-later
// Little-endian binary writing and the name folding that core/places/placename.cpp mirrors.

export class Writer {
    constructor() {
        this.chunks = [];
        this.length = 0;
    }
    push(buffer) {
        this.chunks.push(buffer);
        this.length += buffer.length;
    }
    u8(v) {
        const b = Buffer.alloc(1);
        b.writeUInt8(v);
        this.push(b);
    }
    u16(v) {
        const b = Buffer.alloc(2);
        b.writeUInt16LE(v);
        this.push(b);
    }
    u32(v) {
        const b = Buffer.alloc(4);
        b.writeUInt32LE(v >>> 0);
        this.push(b);
    }
    i32(v) {
        const b = Buffer.alloc(4);
        b.writeInt32LE(v);
        this.push(b);
    }
    bytes(buffer) {
        this.push(Buffer.from(buffer));
    }
    // Unsigned LEB128.
    varuint(v) {
        const out = [];
        do {
            let byte = v & 0x7f;
            v = Math.floor(v / 128);
            if (v > 0)
                byte |= 0x80;
            out.push(byte);
        } while (v > 0);
        this.push(Buffer.from(out));
    }
    zigzag(v) {
        this.varuint(v >= 0 ? v * 2 : -v * 2 - 1);
    }
    shortString(s) {
        const b = Buffer.from(s, 'utf8');
        if (b.length > 255)
            throw new Error(`string too long: ${s}`);
        this.u8(b.length);
        this.push(b);
    }
    toBuffer() {
        return Buffer.concat(this.chunks, this.length);
    }
}

const specialLetters = {ß: 'ss', ø: 'o', ł: 'l', đ: 'd', æ: 'ae', œ: 'oe', ı: 'i', ð: 'd', þ: 'th', ħ: 'h'};
const apostrophes = /['’‘ʼ`´ʻʹ]/g;
const dashes = /[-‐‑‒–—]/g;

// The lookup key of a name: no diacritics or apostrophes, lower case, hyphens as spaces, periods kept.
export function foldKey(name) {
    let s = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    s = s.replace(/[ßøłđæœıðþħ]/g, (c) => specialLetters[c]);
    s = s.replace(apostrophes, '').replace(dashes, ' ');
    return s.replace(/\s+/g, ' ').trim();
}

// FNV-1a over the key's UTF-8 bytes; core/places/gazetteer.cpp computes the same.
export function hashKey(key) {
    let h = 0x811c9dc5;
    for (const byte of Buffer.from(key, 'utf8')) {
        h ^= byte;
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
}
