// The npm package as a developer meets it: `npm pack` of the built pkg/,
// installed into throwaway projects (a temp dir), built with Vite (production)
// and esbuild, served, and run in Chromium (playwright-core): an annotation on
// the main thread and through sidenote/worker, errors included. Also Vite's
// dev server (with the setting the README names), Node importing the package
// by name, what the tarball holds, and what `sideEffects` lets a bundler drop
// and keep. Run by scripts/test-pkg.sh after scripts/build-pkg.sh.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { build as viteBuild, createServer as viteServer } from "vite";
import { launch } from "../e2e/browser.mjs";

const PKG = fileURLToPath(new URL("../../pkg/", import.meta.url));
const KEEP = process.env.SIDENOTE_KEEP_TMP === "1";

let tmp;
let tarball;
let browser;

before(async () => {
  assert.ok(existsSync(join(PKG, "package.json")), "build pkg/ first: scripts/build-pkg.sh");
  tmp = mkdtempSync(join(tmpdir(), "sidenote-pkg-"));
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", PKG, "--json", "--pack-destination", tmp], { encoding: "utf8" }),
  );
  tarball = { path: join(tmp, packed.filename), files: packed.files.map((f) => f.path).sort() };
});

after(async () => {
  await browser?.close();
  if (tmp && !KEEP) rmSync(tmp, { recursive: true, force: true });
});

/** A project in the temp dir with the packed sidenote installed from its tarball. */
function project(name, files) {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", "--silent", tarball.path], {
    cwd: dir,
  });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

// What every browser build runs. `api` is the "sidenote" module, `start` its
// init, `worker` an annotator from sidenote/worker. The page sets
// window.results to what it found, or to { failed } with the error.
const CHECKS = String.raw`
export const ARTICLE = [
  "Café owners protest in Zürich 🇨🇭",
  "",
  "ZURICH — About 250 café owners 😤 marched through the old town on Friday, said the organiser, Renée Müller, 44.",
  "",
  "“We are tired of waiting,” Müller told reporters. “The city promised help twice and did nothing.”",
].join("\n");

async function message(promise) {
  try { await promise(); return null; } catch (error) { return error instanceof Error ? error.message : "not an Error: " + String(error); }
}

export function run(api, start, worker) {
  window.results = (async () => {
    await start();
    const direct = api.annotate(ARTICLE);
    const viaWorker = await worker.annotate(ARTICLE);
    const huge = "word ".repeat(3_500_000);
    const directError = await message(async () => api.annotate(huge));
    const workerError = await message(() => worker.annotate(huge));
    const afterError = (await worker.annotate("Nearly 40 boats.")).figures.length;
    const webAnnotations = await worker.annotateToWebAnnotations(ARTICLE, "https://example.org/cafes");
    const figure = direct.figures.find((f) => f.text.startsWith("About 250"));
    return {
      direct, viaWorker, directError, workerError, afterError,
      webAnnotations: webAnnotations.total,
      described: api.describeFigure(figure),
      cited: api.citeQuote(direct.quotes[0], direct),
      number: api.formatNumber(1200000000),
      label: api.figureKindLabel("money"),
      badFigure: await message(async () => api.describeFigure({ kind: "nonsense" })),
    };
  })().catch((error) => ({ failed: String(error?.stack ?? error) }));
}
`;

const INDEX_HTML = `<!doctype html><meta charset="utf-8"><title>sidenote in a bundle</title><link rel="icon" href="data:,">
<script type="module" src="./main.js"></script>`;

/** Serve `dir` on 127.0.0.1 with the types a browser wants (application/wasm). */
async function serve(dir) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    const file = resolve(dir, `.${path.endsWith("/") ? `${path}index.html` : path}`);
    if (!file.startsWith(resolve(dir)) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) };
}

/** Open `url` in Chromium and return window.results, with the page's errors. */
async function results(url) {
  browser ??= await launch();
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.results !== undefined, null, { timeout: 60_000 });
    const found = await page.evaluate(() => window.results);
    return { ...found, errors };
  } finally {
    await page.close();
  }
}

/** What every build must give: the SPEC objects, the same through the worker. */
function check(found) {
  assert.equal(found.failed, undefined, found.failed);
  const { direct } = found;
  const renee = direct.entities.find((e) => e.name === "Renée Müller");
  assert.ok(renee, `entities: ${direct.entities.map((e) => e.name)}`);
  assert.equal(direct.figures.find((f) => f.text.startsWith("About 250"))?.value, 250);
  assert.equal(direct.quotes[0].speaker, renee.id);
  assert.ok(renee.mentions[0].start16 > renee.mentions[0].start, "UTF-16 offsets beside code points");
  // The worker entry: the same result, and the same error message as a rejection.
  assert.deepEqual(found.viaWorker, direct);
  assert.match(found.directError, /over the 16 MB limit/);
  assert.equal(found.workerError, found.directError);
  assert.equal(found.afterError, 1, "the worker still answers after an error");
  assert.ok(found.webAnnotations > 0);
  // The describing functions.
  // (Their wording is the page's and may change: only the gist is checked.)
  assert.match(found.described, /250/);
  assert.match(found.cited, /We are tired of waiting.* Renée Müller/);
  assert.equal(found.number, "1.2 billion");
  assert.equal(found.label, "money");
  assert.match(found.badFigure, /expected a figure/);
  assert.deepEqual(found.errors, []);
}

const MAIN_PLAIN = `import init, * as api from "sidenote";
import * as worker from "sidenote/worker";
import { run } from "./checks.js";
run(api, () => init(), worker);
`;

test("the tarball holds the package's files and no others", () => {
  assert.deepEqual(tarball.files, [
    "README.md",
    "package.json",
    "sidenote.d.ts",
    "sidenote.js",
    "sidenote_bg.wasm",
    "sidenote_bg.wasm.d.ts",
    "worker-thread.js",
    "worker.d.ts",
    "worker.js",
  ]);
  const manifest = JSON.parse(readFileSync(join(PKG, "package.json"), "utf8"));
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    if (typeof target === "object") assert.deepEqual(Object.keys(target)[0], "types", `${subpath}: types first`);
  }
  const readme = readFileSync(join(PKG, "README.md"), "utf8");
  const gzip = execFileSync("sh", ["-c", `gzip -9c '${join(PKG, "sidenote_bg.wasm")}' | wc -c`], {
    encoding: "utf8",
  }).trim();
  assert.ok(readme.includes(`**${gzip} bytes gzipped**`), "README gives the wasm's gzip size as built");
  assert.ok(readme.includes("init({ module_or_path })"));
});

test("Vite production build: the wasm and the worker are found, nothing to configure", async () => {
  const dir = project("vite-app", { "index.html": INDEX_HTML, "main.js": MAIN_PLAIN, "checks.js": CHECKS });
  await viteBuild({ root: dir, configFile: false, logLevel: "warn", build: { outDir: "dist" } });
  const assets = readdirSync(join(dir, "dist", "assets"));
  assert.ok(
    assets.some((f) => f.endsWith(".wasm")),
    `assets: ${assets}`,
  );
  const server = await serve(join(dir, "dist"));
  try {
    check(await results(server.url));
  } finally {
    await server.close();
  }
});

test("Vite dev server: works with optimizeDeps.exclude, as the README says", async () => {
  const dir = project("vite-dev", { "index.html": INDEX_HTML, "main.js": MAIN_PLAIN, "checks.js": CHECKS });
  const server = await viteServer({
    root: dir,
    configFile: false,
    logLevel: "warn",
    server: { host: "127.0.0.1", port: 0, strictPort: false },
    optimizeDeps: { exclude: ["sidenote"] },
  });
  await server.listen();
  try {
    const { port } = server.httpServer.address();
    check(await results(`http://127.0.0.1:${port}/`));
  } finally {
    await server.close();
  }
});

test("esbuild: the .wasm subpath with the file loader, the worker thread as an entry", async () => {
  const dir = project("esbuild-app", {
    "index.html": INDEX_HTML,
    "checks.js": CHECKS,
    "main.js": `import init, * as api from "sidenote";
import { createAnnotator } from "sidenote/worker";
import wasmUrl from "sidenote/sidenote_bg.wasm";
import { run } from "./checks.js";
const module_or_path = new URL(wasmUrl, location.href);
const worker = createAnnotator({ worker: new Worker("./worker-thread.js", { type: "module" }), module_or_path });
run(api, () => init({ module_or_path }), worker);
`,
    "worker-entry.js": `import "sidenote/worker-thread";\n`,
  });
  const result = await esbuild.build({
    absWorkingDir: dir,
    entryPoints: { main: "main.js", "worker-thread": "worker-entry.js" },
    bundle: true,
    format: "esm",
    minify: true,
    outdir: "dist",
    loader: { ".wasm": "file" },
    logLevel: "silent",
  });
  assert.deepEqual(result.warnings, []);
  writeFileSync(join(dir, "dist", "index.html"), INDEX_HTML);
  const server = await serve(join(dir, "dist"));
  try {
    check(await results(server.url));
  } finally {
    await server.close();
  }
});

test("sideEffects: unused imports are dropped, the worker thread is kept", async () => {
  const dir = project("side-effects", {
    "unused.js": `import { annotate } from "sidenote";\nimport "sidenote/worker";\nexport const answer = 42;\n`,
    "worker-entry.js": `import "sidenote/worker-thread";\n`,
  });
  const bundle = async (entry) => {
    const out = await esbuild.build({
      absWorkingDir: dir,
      entryPoints: [entry],
      bundle: true,
      format: "esm",
      write: false,
      outdir: "out",
      loader: { ".wasm": "file" },
      logLevel: "silent",
    });
    return out.outputFiles.find((f) => f.path.endsWith(".js")).text;
  };
  // Imported, never used: the glue's top level (a TextDecoder and the rest) goes.
  const unused = await bundle("unused.js");
  assert.doesNotMatch(unused, /TextDecoder|sidenote_bg|new Worker/);
  // Imported only for its effect: the worker's message handler stays.
  assert.match(await bundle("worker-entry.js"), /onmessage/);
  // And it must: with "sideEffects": false the handler would be dropped.
  const manifest = join(dir, "node_modules", "sidenote", "package.json");
  const original = readFileSync(manifest, "utf8");
  writeFileSync(manifest, JSON.stringify({ ...JSON.parse(original), sideEffects: false }));
  try {
    assert.doesNotMatch(await bundle("worker-entry.js"), /onmessage/);
  } finally {
    writeFileSync(manifest, original);
  }
});

test("Node imports the package by name (exports map, the .wasm subpath)", () => {
  const dir = project("node-app", {
    "main.mjs": `import { readFile } from "node:fs/promises";
import init, { annotate, describeFigure, formatNumber } from "sidenote";
import { createAnnotator } from "sidenote/worker";
await init({ module_or_path: await readFile(new URL(import.meta.resolve("sidenote/sidenote_bg.wasm"))) });
const { figures } = annotate("Nearly 2,000 drones flew.");
console.log(JSON.stringify({ figure: figures[0].text, described: describeFigure(figures[0]), number: formatNumber(2000),
  worker: typeof createAnnotator, manifest: (await import("sidenote/package.json", { with: { type: "json" } })).default.name }));
`,
  });
  const out = JSON.parse(execFileSync("node", ["main.mjs"], { cwd: dir, encoding: "utf8" }));
  assert.deepEqual(out, {
    figure: "Nearly 2,000 drones",
    described: out.described,
    number: "2,000",
    worker: "function",
    manifest: "sidenote",
  });
  assert.match(out.described, /2,000 drones/);
});
