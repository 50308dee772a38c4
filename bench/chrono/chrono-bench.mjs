// SPDX-License-Identifier: GPL-3.0-or-later
// Parses every document of a JSONL file ({"dct","text"} per line) with chrono-node, the way Sitrep's
// engine is measured: one thread, each document against its own reference date. Prints one JSON line
// with the bytes parsed (UTF-8), the seconds spent parsing and the number of results.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [input, modules] = process.argv.slice(2);
const require = createRequire(modules + '/');
const chrono = require('chrono-node');

const documents = readFileSync(input, 'utf8').split('\n').filter((line) => line.length > 0).map((line) => {
    const { dct, text } = JSON.parse(line);
    return { reference: new Date(dct + 'T12:00:00Z'), text };
});
let bytes = 0;
for (const document of documents)
    bytes += Buffer.byteLength(document.text, 'utf8');

const started = process.hrtime.bigint();
let results = 0;
for (const document of documents)
    results += chrono.parse(document.text, document.reference).length;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ bytes, seconds, results, documents: documents.length }));
