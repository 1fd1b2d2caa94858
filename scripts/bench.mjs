// Sidenote in WebAssembly against compromise, in one Node process, on the
// same texts: throughput (MB/s, words/s), time per input and the ratio.
//
//   node scripts/bench.mjs            (after scripts/build-pkg.sh; run by scripts/bench.sh)
//   BENCH_ROUNDS=9 node scripts/bench.mjs
//
// The texts are benches/articles/*.txt joined to about 1k, 10k and 100k words,
// built exactly as benches/core.rs builds them. The two libraries run
// alternately, round after round, so that a slow patch of a shared machine
// falls on both; each figure is the median over the rounds. MB = 10^6 bytes.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import init, { annotate } from '../pkg/sidenote.js';
import nlp from 'compromise';

const ROOT = new URL('..', import.meta.url).pathname;
const SIZES = [['1k', 1_000], ['10k', 10_000], ['100k', 100_000]];
const ROUNDS = Number(process.env.BENCH_ROUNDS || 5);
// Each timed run repeats a call until this much time has passed (at least one call).
const RUN_MS = Number(process.env.BENCH_RUN_MS || 300);

const words = (text) => text.split(/\s+/).filter(Boolean).length;

/** Paragraphs of every article, articles in file-name order (as benches/core.rs). */
function paragraphs() {
  const dir = join(ROOT, 'benches/articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) =>
      readFileSync(join(dir, name), 'utf8')
        .replaceAll('\r\n', '\n')
        .split('\n\n')
        .map((p) => p.trim())
        .filter((p) => p.length > 0),
    );
}

/** Paragraphs in turn, cycling, joined by blank lines, until `target` words. */
function buildText(paras, target) {
  const parts = [];
  let count = 0;
  for (let i = 0; count < target; i = (i + 1) % paras.length) {
    parts.push(paras[i]);
    count += words(paras[i]);
  }
  return parts.join('\n\n');
}

// What each library finds; the counts are printed so a broken build that
// returns nothing cannot pass for a fast one.
const engines = {
  sidenote: (text) => {
    const a = annotate(text);
    return { entities: a.entities.length, figures: a.figures.length, quotes: a.quotes.length };
  },
  compromise: (text) => {
    const doc = nlp(text);
    return {
      people: doc.people().out('array').length,
      places: doc.places().out('array').length,
      organizations: doc.organizations().out('array').length,
      numbers: doc.numbers().out('array').length,
      quotations: doc.quotations().out('array').length,
    };
  },
};

/** Milliseconds per call, repeating for at least RUN_MS. */
function time(engine, text) {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    engine(text);
    calls += 1;
    elapsed = performance.now() - start;
  } while (elapsed < RUN_MS);
  return elapsed / calls;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const fmtMs = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const fmtRate = (x) => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toPrecision(2));

async function main() {
  await init({ module_or_path: readFileSync(join(ROOT, 'pkg/sidenote_bg.wasm')) });
  const compromiseVersion = JSON.parse(
    readFileSync(join(ROOT, 'node_modules/compromise/package.json'), 'utf8'),
  ).version;
  console.log(`node ${process.version}, compromise ${compromiseVersion}, ${ROUNDS} rounds, MB = 10^6 bytes`);

  const paras = paragraphs();
  const inputs = SIZES.map(([label, target]) => {
    const text = buildText(paras, target);
    return { label, text, bytes: Buffer.byteLength(text, 'utf8'), words: words(text) };
  });

  // Warm up both (JIT, wasm tiering) on the small input and show what each finds.
  for (const [name, engine] of Object.entries(engines)) {
    for (let i = 0; i < 5; i++) engine(inputs[0].text);
    console.log(`${name} on ${inputs[0].label}: ${JSON.stringify(engine(inputs[0].text))}`);
  }
  console.log();

  const rows = [];
  for (const input of inputs) {
    const ms = { sidenote: [], compromise: [] };
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which goes first, so neither always follows the other's garbage.
      const order = round % 2 ? ['compromise', 'sidenote'] : ['sidenote', 'compromise'];
      for (const name of order) ms[name].push(time(engines[name], input.text));
    }
    const row = { input };
    for (const name of Object.keys(ms)) {
      const t = median(ms[name]);
      row[name] = { ms: t, mbps: input.bytes / 1e3 / t, wps: (input.words * 1e3) / t };
    }
    rows.push(row);
  }

  console.log('| input | words  | bytes   | sidenote ms | sidenote MB/s | sidenote words/s | compromise ms | compromise MB/s | compromise words/s | ratio |');
  console.log('|-------|--------|---------|-------------|---------------|------------------|---------------|-----------------|--------------------|-------|');
  for (const { input, sidenote: s, compromise: c } of rows) {
    console.log(
      `| ${input.label.padEnd(5)} | ${String(input.words).padStart(6)} | ${String(input.bytes).padStart(7)} ` +
        `| ${fmtMs(s.ms).padStart(11)} | ${fmtRate(s.mbps).padStart(13)} | ${Math.round(s.wps).toLocaleString('en').padStart(16)} ` +
        `| ${fmtMs(c.ms).padStart(13)} | ${fmtRate(c.mbps).padStart(15)} | ${Math.round(c.wps).toLocaleString('en').padStart(18)} ` +
        `| ${(s.mbps / c.mbps).toFixed(0).padStart(4)}x |`,
    );
  }

  // Linearity: time per byte at each size, relative to the smallest input.
  const perByte = (r, name) => r[name].ms / r.input.bytes;
  console.log();
  for (const name of ['sidenote', 'compromise']) {
    const base = perByte(rows[0], name);
    const growth = rows.map((r) => `${r.input.label} ${(perByte(r, name) / base).toFixed(2)}`).join(', ');
    console.log(`${name}: time per byte relative to ${rows[0].input.label}: ${growth}`);
  }

  // The targets (printed, never asserted).
  const one = rows[0];
  const total = (name) => rows.reduce((sum, r) => sum + r.input.bytes, 0) / rows.reduce((sum, r) => sum + r[name].ms, 0) / 1e3;
  const ratio = total('sidenote') / total('compromise');
  console.log();
  console.log(`target: wasm >= 2 MB/s            ${fmtRate(total('sidenote'))} MB/s over all inputs ${total('sidenote') >= 2 ? 'MET' : 'MISSED'}`);
  console.log(`target: >= 100x compromise         ${ratio.toFixed(0)}x ${ratio >= 100 ? 'MET' : 'MISSED'}`);
  console.log(`target: 1k-word article <= 2 ms     ${fmtMs(one.sidenote.ms)} ms for ${one.input.words} words ${one.sidenote.ms <= 2 ? 'MET' : 'MISSED'}`);
}

main().catch((e) => {
  console.error(`bench.mjs: ${e.stack || e}`);
  process.exit(1);
});
