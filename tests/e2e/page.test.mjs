// End to end: the served page in real headless Chromium. scripts/test.sh
// serves dist/ and sets SIDENOTE_URL; screenshots go to test-artifacts/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { ARTIFACTS, BASE, launch } from "./browser.mjs";

const article = (name) => readFileSync(new URL(`../articles/${name}`, import.meta.url), "utf8");
const HARBOUR = article("harbour-strike.txt");

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function openPage({ width = 1280, bypassCSP = false, colorScheme = "light", permissions = [] } = {}) {
  // The scheme is set before the page loads: switching it later would catch
  // the highlight colours mid-transition.
  const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP, colorScheme, permissions });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(BASE);
  await ready(page);
  return { page, context, errors };
}

/** Wait until annotation and drawing are finished. */
async function ready(page, timeout = 30_000) {
  await page.waitForFunction(
    () => {
      const status = document.querySelector(".status")?.textContent ?? "";
      return (
        !/Annotating|Waiting/.test(status) &&
        !document.querySelector(".drawing") &&
        document.querySelector(".note, .placeholder")
      );
    },
    null,
    { timeout, polling: 100 },
  ); // not every frame: that would add to the page's tasks
  await page.waitForTimeout(100); // let the last placement run
}

async function paste(page, text) {
  if (text.length > 20_000) {
    // As a paste arrives: the whole text in one input event (fill() types it).
    await page.evaluate((value) => {
      const area = document.querySelector("#article-input");
      area.value = value;
      area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    }, text);
  } else {
    await page.fill("#article-input", text);
  }
  await page.waitForFunction(() => /Annotating|Waiting/.test(document.querySelector(".status")?.textContent ?? ""));
  await ready(page, 120_000);
}

test("the page opens with the sample article annotated", async () => {
  const { page, context, errors } = await openPage();
  assert.match(await page.textContent(".headline"), /Portuguese port/);
  assert.ok((await page.locator(".note").count()) >= 10);
  assert.match(await page.textContent(".cast"), /Helena Marques/);
  await page.screenshot({ path: `${ARTIFACTS}/sample-1280.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a pasted article is annotated, its notes sit beside their lines, and it survives a reload", async () => {
  const { page, context, errors } = await openPage();
  await paste(page, HARBOUR);
  assert.match(await page.textContent(".headline"), /Hamburg/);
  const cast = await page.textContent(".cast");
  assert.match(cast, /Karin Vogt/);
  assert.match(cast, /Thomas Brandt/);
  const figures = await page.locator(".note-figure").allTextContents();
  assert.ok(
    figures.some((f) => /4,500/.test(f)),
    `figures: ${figures.join(" | ")}`,
  );
  const quotes = await page.locator(".note-quote").allTextContents();
  assert.ok(
    quotes.some((q) => /Brandt/.test(q)),
    `quotes: ${quotes.join(" | ")}`,
  );

  // Every note shown in the margin sits near its line (tests/e2e/margin.test.mjs
  // holds the full rule on many articles); none overlap.
  const layout = await page.evaluate(() =>
    [...document.querySelectorAll(".note.card")]
      .filter((n) => getComputedStyle(n).display !== "none")
      .map((n) => {
        const anchor = document.getElementById(n.dataset.anchor).getClientRects()[0];
        const r = n.getBoundingClientRect();
        return { key: n.id, top: r.top, bottom: r.bottom, left: r.left, anchor: anchor.top, anchorRight: anchor.right };
      })
      .sort((a, b) => a.top - b.top),
  );
  assert.ok(layout.length >= 10);
  let previous = null;
  for (const note of layout) {
    assert.ok(Math.abs(note.top - note.anchor) <= 160, `${note.key} at ${note.top}, anchor ${note.anchor}`);
    if (previous) assert.ok(note.top >= previous.bottom - 0.5, `${note.key} overlaps ${previous.key}`);
    assert.ok(note.left > note.anchorRight - 1 || note.left > 700, `${note.key} is not in the margin`);
    previous = note;
  }
  await page.screenshot({ path: `${ARTIFACTS}/pasted-1280.png`, fullPage: true });

  await page.reload();
  await ready(page);
  assert.match(await page.inputValue("#article-input"), /^Dock workers in Hamburg/);
  assert.match(await page.textContent(".headline"), /Hamburg/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("hovering or focusing links a span and its note; clicking brings the other into view", async () => {
  const { page, context } = await openPage();
  const span = page.locator("mark.fig[tabindex]").first();
  await span.hover();
  const noteId = await span.getAttribute("data-note");
  assert.match(await page.getAttribute(`#${noteId}`, "class"), /\bactive\b/);
  assert.equal(await page.$eval(".connector", (c) => getComputedStyle(c).display), "block");
  // Keyboard: focusing a note marks its span (the mouse moved away first).
  await page.mouse.move(5, 5);
  await page.focus(`#${noteId}`);
  const anchor = await page.getAttribute(`#${noteId}`, "data-anchor");
  assert.match(await page.getAttribute(`#${anchor}`, "class"), /\bactive\b/);
  // Enter on a span moves focus to its note.
  await page.focus(`#${anchor}`);
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), noteId);
  await context.close();
});

test("the cast selects an entity's mentions and quotes; filters hide a kind", async () => {
  const { page, context } = await openPage();
  await page.click(".cast-member:has-text('Helena Marques')");
  const selected = await page.$$eval("mark.selected", (els) => els.map((e) => e.textContent));
  assert.ok(selected.filter((t) => /Marques/.test(t)).length >= 4, `selected: ${selected}`);
  assert.ok(
    selected.some((t) => /patch this up/.test(t)),
    "her quotes are selected too",
  );
  assert.equal(await page.getAttribute(".cast-member:has-text('Helena Marques')", "aria-pressed"), "true");

  await page.uncheck("text=Figures");
  assert.equal(await page.locator(".note-figure:visible").count(), 0);
  assert.ok((await page.locator(".note-person:visible").count()) > 0);
  await page.check("text=Figures");
  assert.ok((await page.locator(".note-figure:visible").count()) > 0);
  await context.close();
});

test("pasted HTML is shown as text and never runs", async () => {
  const { page, context } = await openPage();
  await paste(
    page,
    'Hacked headline\n\n<img src=x onerror="window.__sidenoteXss = 1"> <script>window.__sidenoteXss = 2</script> Anna Berg said so.',
  );
  assert.equal(await page.evaluate(() => window.__sidenoteXss), undefined);
  assert.equal(await page.locator(".article img, .article script").count(), 0);
  assert.match(await page.textContent(".article"), /<img src=x onerror=/);
  await context.close();
});

test("at 400 px notes fold under their paragraph and the cast is one line until opened", async () => {
  const { page, context } = await openPage({ width: 400 });
  const fold = page.locator(".fold").first();
  assert.ok(await fold.isVisible());
  assert.equal(await page.locator(".note:visible").count(), 0);
  await fold.click();
  const note = page.locator(".note:visible").first();
  assert.ok(await note.isVisible());
  const [noteBox, paraBox] = [
    await note.boundingBox(),
    await page.locator(".row:has(.note:visible) .para").first().boundingBox(),
  ];
  assert.ok(noteBox.width <= 400 && noteBox.x >= 0, `note box ${JSON.stringify(noteBox)}`);
  assert.ok(noteBox.y >= paraBox.y, "notes sit under the paragraph");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `page scrolls sideways by ${overflow}px`);
  assert.equal(await page.locator(".cast-member:visible").count(), 0);
  assert.match(await page.textContent(".cast summary"), /\d+ people · \d+ organizations/);
  await page.click(".cast summary");
  assert.ok((await page.locator(".cast-member:visible").count()) > 0);
  await page.screenshot({ path: `${ARTIFACTS}/sample-400.png`, fullPage: true });
  await context.close();
});

test("axe-core finds no accessibility violations", async () => {
  for (const scheme of ["light", "dark"]) {
    const { page, context } = await openPage({ bypassCSP: true, colorScheme: scheme });
    await page.addScriptTag({ path: "node_modules/axe-core/axe.min.js" });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
    const report = result.violations.map(
      (v) =>
        `${v.id} (${v.nodes.length}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(", ")}`,
    );
    assert.deepEqual(report, [], `${scheme}: ${report.join("\n")}`);
    await context.close();
  }
});

test("a 50,000-word paste keeps the page responsive (longest main-thread task reported)", async () => {
  const { page, context, errors } = await openPage({ permissions: ["clipboard-read", "clipboard-write"] });
  // The team's articles over and over, each copy's names changed ("Marques"
  // becomes "Marquesb", then "Marquesc"...), so that the text names
  // thousands of people, places and organizations, as a long real one would.
  const seeds = readdirSync(new URL("../articles/", import.meta.url))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map(article);
  const tag = (k) => (k < 26 ? "" : tag(Math.floor(k / 26) - 1)) + String.fromCharCode(97 + (k % 26));
  let big = "";
  for (let i = 0; big.split(/\s+/).length < 50_000; i++) {
    big += `${seeds[i % seeds.length].replace(/\b[A-Z][a-z]{3,}\b/g, (name) => name + tag(i))}\n\n`;
  }
  // A real paste, from the clipboard with the keyboard, so that the
  // browser's own work on it (a text field lays out all its text) counts.
  await page.evaluate((value) => navigator.clipboard.writeText(value), big);
  await page.focus("#article-input");
  await page.keyboard.press("Control+A");
  await page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__tasks.push(entry.duration);
    }).observe({ type: "longtask" });
  });
  const started = Date.now();
  await page.keyboard.press("Control+V");
  await page.waitForFunction(() => /Annotating|Waiting/.test(document.querySelector(".status")?.textContent ?? ""));
  await ready(page, 120_000);
  const seconds = (Date.now() - started) / 1000;
  const tasks = await page.evaluate(() => window.__tasks.sort((a, b) => b - a));
  const longest = tasks[0] ?? 0;
  const phases = await page.evaluate(
    () =>
      `answer read and laid out in ${Math.round(performance.getEntriesByName("sidenote:read").at(-1)?.duration ?? -1)} ms (over many short tasks)`,
  );
  const words = big.split(/\s+/).length;
  console.log(
    `50k-word paste: ${words} words annotated and drawn in ${seconds.toFixed(1)} s; longest main-thread task ${longest.toFixed(0)} ms; ${tasks.length} tasks over 50 ms${tasks.length ? ` (${tasks.slice(0, 5).map(Math.round).join(", ")} ms)` : ""}; ${phases}`,
  );
  assert.ok((await page.locator(".note").count()) > 1000);
  // The cast lists the most mentioned of each kind, and more on request.
  const people = page.locator(".cast-person .cast-member");
  assert.equal(await people.count(), 15);
  await page.click(".cast-person .cast-more");
  assert.equal(await people.count(), 200);
  // The whole text is kept, in a text field folded to one line.
  assert.ok(await page.locator("#article-input").isHidden());
  assert.match(await page.textContent(".folded-input"), /\d{2},\d{3} words/);
  assert.equal(await page.evaluate(() => document.querySelector("#article-input").value), big);
  await page.click(".folded-input button");
  assert.ok(await page.locator("#article-input").isVisible());
  assert.ok(await page.evaluate(() => document.activeElement.id === "article-input"));
  // After a reload the long text comes back folded, whole.
  await page.reload();
  await ready(page, 120_000);
  assert.ok(await page.locator("#article-input").isHidden());
  assert.equal(await page.evaluate(() => document.querySelector("#article-input").value), big);
  assert.deepEqual(
    errors.filter((e) => !/quota/i.test(e)),
    [],
  );
  await context.close();
});

test("a 10 MB paste is kept on screen, annotated in part, and storage trouble is reported", async () => {
  const { page, context, errors } = await openPage();
  const seed = article("harbour-strike.txt");
  const huge = seed.repeat(Math.ceil(10_000_000 / seed.length));
  await page.evaluate((value) => {
    const area = document.querySelector("#article-input");
    area.value = value;
    area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, huge);
  // Too big for the browser's storage: said, not silent.
  await page.waitForSelector(".warning[role=alert]");
  assert.match(await page.textContent(".warning[role=alert]"), /too large to keep/);
  // The page annotates the first part and says so; the tab stays alive.
  await page.waitForSelector(".notice", { timeout: 60_000 });
  assert.match(await page.textContent(".notice"), /first 2\.\d MB|first 1\.\d MB/);
  await page.waitForFunction(() => document.querySelectorAll(".note").length > 50, null, { timeout: 120_000 });
  assert.equal(await page.evaluate(() => document.querySelector("#article-input").value.length), huge.length);
  assert.deepEqual(
    errors.filter((e) => !/quota/i.test(e)),
    [],
  );
  await context.close();
});

test("'Who says what' lists each source; choosing one highlights everything it says", async () => {
  const { page, context, errors } = await openPage();
  const sources = page.locator(".sources .source");
  assert.ok((await sources.count()) >= 3, "several sources");
  // A source with reported speech: its statements are marked, and nothing else's.
  const reporting = sources.filter({ hasText: /reported/ }).first();
  const name = (await reporting.locator(".cast-name").textContent()).trim();
  const counts = await reporting.locator(".cast-count").textContent();
  await reporting.click();
  assert.equal(await reporting.getAttribute("aria-pressed"), "true");
  const marked = await page.$$eval("mark.selected", (els) => els.map((e) => e.className));
  const reported = Number(/(\d+) reported/.exec(counts)?.[1] ?? 0);
  assert.ok(reported >= 1, counts);
  assert.ok(
    marked.some((c) => /\breported\b/.test(c)),
    `${name}: ${counts}; marked ${marked.join(" | ")}`,
  );
  const notes = await page.$$eval(".note.selected", (els) => els.map((e) => e.className));
  assert.ok(
    notes.some((c) => /note-reported/.test(c)),
    "its reported statements' notes are marked too",
  );
  await page.screenshot({ path: `${ARTIFACTS}/who-says-what-1280.png`, fullPage: false });
  // The figures the article states itself.
  await page.click(".sources .source.own-voice");
  const own = await page.$$eval("mark.selected", (els) => els.map((e) => e.className));
  assert.ok(own.length >= 1 && own.every((c) => /\bfig\b/.test(c)), own.join(" | "));
  // Choosing it again clears the marks.
  await page.click(".sources .source.own-voice");
  assert.equal(await page.locator("mark.selected").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
