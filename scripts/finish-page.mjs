// Finish trunk's output for a strict Content-Security-Policy and the worker:
// - move the inline <script type="module"> loader trunk writes into its own
//   file, and drop trunk's build-time nonces (script-src 'self' then holds);
// - write dist/annotate-worker.js from www/annotate-worker.js with the hashed
//   names of the page's module, which the worker loads too.
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";

const page = process.argv[2];
if (!page) {
  console.error("usage: node scripts/finish-page.mjs dist/index.html");
  process.exit(2);
}
const dist = dirname(page);
let html = readFileSync(page, "utf8");
let loader = "";
html = html.replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) => {
  if (/\bsrc=/.test(attrs) || body.trim() === "") return whole;
  loader += body;
  const name = `boot-${createHash("sha256").update(body).digest("hex").slice(0, 16)}.js`;
  writeFileSync(join(dist, name), `${body.trim()}\n`);
  return `<script${attrs.replace(/\snonce="[^"]*"/g, "")} src="/${name}"></script>`;
});
html = html.replace(/\snonce="[^"]*"/g, "");
writeFileSync(page, html);

const js = loader.match(/from\s+'([^']+\.js)'/)?.[1];
const wasm = loader.match(/module_or_path:\s*'([^']+\.wasm)'/)?.[1];
if (!js || !wasm) {
  console.error(`finish-page: cannot find the module and wasm names in trunk's loader:\n${loader}`);
  process.exit(1);
}
const worker = readFileSync(new URL("../www/annotate-worker.js", import.meta.url), "utf8")
  .replace("__SIDENOTE_APP_JS__", js)
  .replace("__SIDENOTE_APP_WASM__", wasm);
writeFileSync(join(dist, "annotate-worker.js"), worker);
console.log(`finish-page: loader moved to a file; worker uses ${js}`);
