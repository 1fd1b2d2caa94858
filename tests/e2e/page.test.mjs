// End to end: the served page in real headless Chromium. Start a static
// server on dist/ and set SIDENOTE_URL (scripts/test.sh does both).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

const URL = process.env.SIDENOTE_URL ?? "http://127.0.0.1:8080/";
const ARTIFACTS = process.env.SIDENOTE_ARTIFACTS ?? "test-artifacts";
const ARTICLE = readFileSync(new globalThis.URL("../articles/harbour-strike.txt", import.meta.url), "utf8");

let browser;
before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});
after(async () => { await browser?.close(); });

async function openPage(width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(URL);
  return { page, context, errors };
}

test("the page opens with the sample article annotated", async () => {
  const { page, context, errors } = await openPage();
  await page.waitForSelector(".note-quote");
  assert.match(await page.textContent(".headline"), /Portuguese port/);
  assert.ok((await page.locator(".note").count()) >= 10);
  assert.match(await page.textContent(".cast"), /Helena Marques/);
  await page.screenshot({ path: `${ARTIFACTS}/sample-1280.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a pasted article is annotated after typing stops", async () => {
  const { page, context, errors } = await openPage();
  await page.waitForSelector(".note");
  await page.fill("#article-input", ARTICLE);
  await page.waitForFunction(() => document.querySelector(".headline")?.textContent.includes("Hamburg"));
  await page.waitForFunction(() => !document.querySelector(".status")?.textContent.includes("Annotating"));
  const cast = await page.textContent(".cast");
  assert.match(cast, /Karin Vogt/);
  assert.match(cast, /Thomas Brandt/);
  const figures = await page.locator(".note-figure").allTextContents();
  assert.ok(figures.some((f) => /4,500/.test(f)), `figures: ${figures.join(" | ")}`);
  const quotes = await page.locator(".note-quote").allTextContents();
  assert.ok(quotes.some((q) => /Brandt/.test(q)), `quotes: ${quotes.join(" | ")}`);
  await page.screenshot({ path: `${ARTIFACTS}/pasted-1280.png`, fullPage: true });
  // The article survives a reload.
  await page.reload();
  await page.waitForSelector(".note");
  assert.match(await page.inputValue("#article-input"), /^Dock workers in Hamburg/);
  assert.deepEqual(errors, []);
  await context.close();
});
