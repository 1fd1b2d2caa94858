// Sidenote in WebAssembly against compromise, in one Node process, on the
// same texts: throughput (MB/s, words/s), time per input and the ratio.
//
//   node scripts/bench.mjs            (after scripts/build-pkg.sh; run by scripts/bench.sh)
//   BENCH_ROUNDS=9 node scripts/bench.mjs               more rounds (default 5)
//   BENCH_PKG=/tmp/other-pkg BENCH_ENGINES=sidenote node scripts/bench.mjs
//                                     another build of the package, without compromise
//
// The texts are benches/articles/*.txt joined to about 1k, 10k and 100k words,
// built exactly as benches/core.rs builds them. The two libraries run
// alternately, round after round, so that a slow patch of a shared machine
// falls on both; each figure is the median over the rounds. MB = 10^6 bytes.

import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

import nlp from "compromise";

const ROOT = new URL("..", import.meta.url).pathname;
const PKG = resolve(process.env.BENCH_PKG || join(ROOT, "pkg"));
const ENGINES = (process.env.BENCH_ENGINES || "sidenote,compromise").split(",");
const { default: init, annotate } = await import(pathToFileURL(join(PKG, "sidenote.js")).href);
const SIZES = [
  ["1k", 1_000],
  ["10k", 10_000],
  ["100k", 100_000],
];
const ROUNDS = Number(process.env.BENCH_ROUNDS || 5);
// Each timed run repeats a call until this much time has passed (at least one call).
const RUN_MS = Number(process.env.BENCH_RUN_MS || 300);
const WARM_UP_MS = 2000;

const words = (text) => text.split(/\s+/).filter(Boolean).length;

/** Paragraphs of every article, articles in file-name order (as benches/core.rs). */
function paragraphs() {
  const dir = join(ROOT, "benches/articles");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .flatMap((name) =>
      readFileSync(join(dir, name), "utf8")
        .replaceAll("\r\n", "\n")
        .split("\n\n")
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
  return parts.join("\n\n");
}

// What each library finds; the counts are printed so a broken build that
// returns nothing cannot pass for a fast one.
const allEngines = {
  sidenote: (text) => {
    const a = annotate(text);
    return { entities: a.entities.length, figures: a.figures.length, quotes: a.quotes.length };
  },
  compromise: (text) => {
    const doc = nlp(text);
    return {
      people: doc.people().out("array").length,
      places: doc.places().out("array").length,
      organizations: doc.organizations().out("array").length,
      numbers: doc.numbers().out("array").length,
      quotations: doc.quotations().out("array").length,
    };
  },
};
const engines = Object.fromEntries(
  ENGINES.map((name) => {
    if (!allEngines[name]) throw new Error(`unknown engine ${name} in BENCH_ENGINES (sidenote, compromise)`);
    return [name, allEngines[name]];
  }),
);

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
  await init({ module_or_path: readFileSync(join(PKG, "sidenote_bg.wasm")) });
  const compromiseVersion = JSON.parse(
    readFileSync(join(ROOT, "node_modules/compromise/package.json"), "utf8"),
  ).version;
  console.log(`node ${process.version}, compromise ${compromiseVersion}, ${ROUNDS} rounds, MB = 10^6 bytes`);
  console.log(`package: ${PKG}`);

  const paras = paragraphs();
  const inputs = SIZES.map(([label, target]) => {
    const text = buildText(paras, target);
    return { label, text, bytes: Buffer.byteLength(text, "utf8"), words: words(text) };
  });

  // The first call, cold: what a reader waits for on the first paste
  // (V8 runs new wasm in its baseline compiler and optimises hot functions later).
  for (const [name, engine] of Object.entries(engines)) {
    const start = performance.now();
    const found = engine(inputs[0].text);
    const ms = performance.now() - start;
    console.log(`${name}, first call on ${inputs[0].label}: ${fmtMs(ms)} ms, found ${JSON.stringify(found)}`);
  }
  // Then warm up (JIT, wasm tier-up) for a while before measuring.
  for (const engine of Object.values(engines)) {
    const start = performance.now();
    while (performance.now() - start < WARM_UP_MS) engine(inputs[0].text);
  }
  console.log();

  const names = Object.keys(engines);
  const rows = [];
  for (const input of inputs) {
    const ms = Object.fromEntries(names.map((name) => [name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which goes first, so neither always follows the other's garbage.
      const order = round % 2 ? [...names].reverse() : names;
      for (const name of order) ms[name].push(time(engines[name], input.text));
    }
    const row = { input };
    for (const name of names) {
      const t = median(ms[name]);
      row[name] = { ms: t, mbps: input.bytes / 1e3 / t, wps: (input.words * 1e3) / t };
    }
    rows.push(row);
  }

  const both = names.includes("sidenote") && names.includes("compromise");
  const cells = (r) => [
    r.input.label,
    r.input.words,
    r.input.bytes,
    ...names.flatMap((name) => [
      fmtMs(r[name].ms),
      fmtRate(r[name].mbps),
      Math.round(r[name].wps).toLocaleString("en"),
    ]),
    ...(both ? [`${(r.sidenote.mbps / r.compromise.mbps).toFixed(0)}x`] : []),
  ];
  const header = [
    "input",
    "words",
    "bytes",
    ...names.flatMap((name) => [`${name} ms`, `${name} MB/s`, `${name} words/s`]),
    ...(both ? ["ratio"] : []),
  ];
  const table = [header, ...rows.map(cells)].map((row) => row.map(String));
  const widths = header.map((_, k) => Math.max(...table.map((row) => row[k].length)));
  const line = (row) => `| ${row.map((c, k) => (k === 0 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join(" | ")} |`;
  console.log(line(table[0]));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of table.slice(1)) console.log(line(row));

  // Linearity: time per byte at each size, relative to the smallest input.
  console.log();
  for (const name of names) {
    const perByte = (r) => r[name].ms / r.input.bytes;
    const growth = rows.map((r) => `${r.input.label} ${(perByte(r) / perByte(rows[0])).toFixed(2)}`).join(", ");
    console.log(`${name}: time per byte relative to ${rows[0].input.label}: ${growth}`);
  }

  // The targets, met only if met at every size (printed, never asserted).
  if (!names.includes("sidenote")) return;
  const verdict = (ok) => (ok ? "MET" : "MISSED");
  const each = (f) => rows.map((r) => `${r.input.label} ${f(r)}`).join(", ");
  console.log();
  console.log(
    `target: wasm >= 2 MB/s              ${each((r) => fmtRate(r.sidenote.mbps))}: ${verdict(rows.every((r) => r.sidenote.mbps >= 2))}`,
  );
  if (both) {
    const ratio = (r) => r.sidenote.mbps / r.compromise.mbps;
    console.log(
      `target: >= 100x compromise          ${each((r) => `${ratio(r).toFixed(0)}x`)}: ${verdict(rows.every((r) => ratio(r) >= 100))}`,
    );
  }
  const one = rows[0];
  console.log(
    `target: 1,000-word article <= 2 ms  ${fmtMs(one.sidenote.ms)} ms for ${one.input.words} words: ${verdict(one.sidenote.ms <= 2)}`,
  );
}

main().catch((e) => {
  console.error(`bench.mjs: ${e.stack || e}`);
  process.exit(1);
});
