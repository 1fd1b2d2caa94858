// Move the inline <script type="module"> that trunk writes into index.html
// into its own file, and drop trunk's build-time nonces, so that a strict
// Content-Security-Policy (script-src 'self') holds.
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";

const page = process.argv[2];
if (!page) {
  console.error("usage: node scripts/externalize-loader.mjs dist/index.html");
  process.exit(2);
}
let html = readFileSync(page, "utf8");
let moved = 0;
html = html.replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) => {
  if (/\bsrc=/.test(attrs) || body.trim() === "") return whole;
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(dirname(page), name), body.trim() + "\n");
  moved += 1;
  const kept = attrs.replace(/\snonce="[^"]*"/g, "");
  return `<script${kept} src="/${name}"></script>`;
});
html = html.replace(/\snonce="[^"]*"/g, "");
writeFileSync(page, html);
console.log(`externalize-loader: moved ${moved} inline script(s) out of ${page}`);
