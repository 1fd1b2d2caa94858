// The widget on team-written host pages that imitate real news sites (www/demo/sites/, served at
// dist/demo/sites/), in real Chromium, with and without the CSS Custom Highlight API. For every
// page: the text read is exactly the story (no furniture, no hidden text, nothing missing: the
// story's paragraphs carry data-story, which the widget never reads), every highlight's Range
// text equals its annotation's text, the sidenote:annotated detail says what was read, and the
// host page's text and computed styles are as they were without the widget.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ARTIFACTS, BASE, launch } from "./browser.mjs";

const SITES = new URL("demo/sites/", BASE).href;
const WIDGET = new URL("widget/sidenote-widget.js", BASE).href;
const ALIASES = ["**/sidenote/latest.js", "**/static/js/latest.js*"];

// Each page: its stories (the data-story value) and the ids of the blocks each story is read from.
const PAGES = [
  { file: "credits.html", stories: { "": ["story"] } },
  { file: "share-related.html", stories: { "": ["body"] } },
  { file: "hidden.html", stories: { "": ["story"] } },
  { file: "teaser.html", stories: { "": ["story"] } },
  { file: "split.html", stories: { "": ["part-1", "part-2"] } },
  { file: "late.html", stories: { "": ["content"] } },
  { file: "two-stories.html", stories: { first: ["first"], second: ["second"] } },
  { file: "no-article.html", stories: { "": ["text"] } },
  { file: "link-dense.html", stories: { "": ["story-text"] } },
  { file: "gallery.html", stories: { "": ["story"] } },
  { file: "anchoring.html", stories: { "": ["story"] } },
  { file: "alias.html", stories: { drain: ["drain"], fair: ["fair"] } },
  { file: "element.html", stories: { "": ["el-story"] } },
];
const SAMPLES = [
  "body",
  "h1",
  "p",
  "a",
  "article",
  "figure",
  "figcaption",
  ".byline",
  ".share-bar",
  ".related",
  ".rail",
  ".gallery",
  ".ad-slot",
  ".sr-only",
  "#story p",
  "#story a",
  ".kicker",
  ".tags a",
  ".masthead a",
];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Open a host page; `widget: false` blocks the widget (the page as its site made it). */
async function open(file, { widget = true, highlightApi = true, routes = [] } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const warnings = [];
  page.on("console", (m) => {
    if (/^sidenote:/.test(m.text())) warnings.push(m.text());
  });
  for (const alias of ALIASES) {
    await page.route(alias, (route) =>
      widget ? route.fulfill({ status: 302, headers: { location: WIDGET } }) : route.abort(),
    );
  }
  if (!widget) await page.route("**/sidenote-widget.js", (route) => route.abort());
  for (const [pattern, handler] of routes) await page.route(pattern, handler);
  if (!highlightApi)
    await page.addInitScript(() => {
      delete CSS.highlights;
    });
  await page.addInitScript(() => {
    window.sidenoteEvents = [];
    for (const type of ["sidenote:annotated", "sidenote:error"]) {
      document.addEventListener(type, (e) =>
        window.sidenoteEvents.push({ type, target: e.target.id ?? "", detail: e.detail }),
      );
    }
  });
  await page.goto(new URL(file, SITES).href);
  await page.waitForLoadState("load");
  return { page, context, errors, warnings };
}

/** The host page as a reader and a stylesheet see it: text (less the widget's panels) and computed styles. */
function snapshot(page) {
  return page.evaluate((selectors) => {
    const props = [
      "color",
      "background-color",
      "font-family",
      "font-size",
      "font-style",
      "line-height",
      "margin",
      "padding",
      "display",
      "position",
      "text-decoration-line",
      "width",
      "height",
    ];
    const styles = {};
    for (const sel of selectors) {
      const el = document.querySelector(sel);
      if (el) styles[sel] = props.map((p) => getComputedStyle(el).getPropertyValue(p)).join("|");
    }
    const body = document.body.cloneNode(true);
    for (const x of body.querySelectorAll("[data-sidenote-panel], script")) x.remove();
    // What the host itself keeps changing (a gallery counter) is not compared.
    for (const x of body.querySelectorAll("[data-test-live]")) x.textContent = "";
    // biome-ignore lint/performance/useDomNodeTextContent: the words a reader sees; textContent would count hidden ones
    const words = (document.body.innerText.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? []).length;
    return { styles, text: body.textContent, words };
  }, SAMPLES);
}

/** The text a reader reads in each story: its data-story paragraphs, less what is marked not-story. */
function expectedStories(page) {
  return page.evaluate(() => {
    const stories = {};
    for (const p of document.querySelectorAll("[data-story]")) {
      const clone = p.cloneNode(true);
      for (const x of clone.querySelectorAll("[data-not-story], svg")) x.remove();
      stories[p.dataset.story] ??= [];
      stories[p.dataset.story].push(clone.textContent.replace(/[\t\n\f\r ]+/g, " ").trim());
    }
    return Object.fromEntries(Object.entries(stories).map(([k, v]) => [k, v.join("\n\n")]));
  });
}

/** Wait until each story has an annotated event; return the last detail per first block id. */
async function annotated(page, stories) {
  const ids = Object.values(stories).map((blocks) => blocks[0]);
  await page.waitForFunction(
    (ids) =>
      ids.every((id) =>
        window.sidenoteEvents.some((e) => e.type === "sidenote:annotated" && e.detail.blocks[0]?.id === id),
      ),
    ids,
    { timeout: 20000 },
  );
}

/**
 * Check every annotation of every widget: its text is the read text at its offsets, its Ranges
 * read the same words, and it is painted: in its widget's Highlight, or inside a <mark> of its
 * kind (every character of it, and no mark outside an annotation of the mark's kind).
 */
function checkAnchoring(page) {
  return page.evaluate(() => {
    const collapse = (s) => s.replace(/\s+/g, " ").trim();
    const problems = [];
    const details = new Map();
    for (const e of window.sidenoteEvents)
      if (e.type === "sidenote:annotated") details.set(e.detail.widget.id, e.detail);
    let checked = 0;
    for (const detail of details.values()) {
      const api = detail.widget;
      const list = api.annotations();
      for (const a of list) {
        checked++;
        if (detail.text.slice(a.start, a.end) !== a.text) problems.push(`offsets of "${a.text}"`);
        const said = collapse(a.ranges.map((r) => r.toString()).join(""));
        if (said !== collapse(a.text)) problems.push(`range "${said}" for "${a.text}"`);
        if (typeof CSS !== "undefined" && CSS.highlights) {
          const h = CSS.highlights.get(api.highlightName(a.kind));
          if (!h || !a.ranges.every((r) => h.has(r))) problems.push(`"${a.text}" not in its highlight`);
        } else {
          for (const r of a.ranges) {
            const walker = document.createTreeWalker(
              r.commonAncestorContainer.nodeType === 3
                ? r.commonAncestorContainer.parentNode
                : r.commonAncestorContainer,
              NodeFilter.SHOW_TEXT,
            );
            while (walker.nextNode()) {
              const t = walker.currentNode;
              if (!r.intersectsNode(t) || !t.nodeValue.trim()) continue;
              if (r.comparePoint(t, 0) < 0 && r.startContainer === t && r.startOffset === t.length) continue;
              let m = t.parentElement;
              let found = false;
              for (; m?.classList.contains("sidenote-mark"); m = m.parentElement) {
                if (m.dataset.sidenote === a.kind && m.dataset.sidenoteWidget === api.id) found = true;
              }
              if (!found) problems.push(`"${t.nodeValue}" of ${a.kind} "${a.text}" not marked`);
            }
          }
        }
      }
      if (!(typeof CSS !== "undefined" && CSS.highlights)) {
        for (const m of document.querySelectorAll(`mark.sidenote-mark[data-sidenote-widget="${api.id}"]`)) {
          const t = m.firstChild?.nodeType === 3 ? m.firstChild : m.querySelector("mark:not(:has(mark))")?.firstChild;
          if (!t) continue;
          const inside = list.some(
            (a) =>
              a.kind === m.dataset.sidenote &&
              a.ranges.some((r) => r.comparePoint(t, 0) >= 0 && r.comparePoint(t, t.length) <= 0),
          );
          if (!inside) problems.push(`mark "${m.textContent}" (${m.dataset.sidenote}) outside its annotations`);
        }
      }
    }
    const linksInMarks = document.querySelectorAll("mark.sidenote-mark a").length;
    if (linksInMarks) problems.push(`${linksInMarks} links inside marks`);
    return { problems, checked };
  });
}

const counts = [];

for (const { file, stories } of PAGES) {
  test(`${file}: the story and only the story is read, highlighted exactly, the host page unchanged`, async () => {
    const plain = await open(file, { widget: false });
    if (file === "late.html") await plain.page.waitForSelector("[data-story]");
    const expected = await expectedStories(plain.page);
    const before = await snapshot(plain.page);
    await plain.context.close();
    assert.deepEqual(Object.keys(expected).sort(), Object.keys(stories).sort(), "the page's stories");

    for (const highlightApi of [true, false]) {
      const how = highlightApi ? "Highlight API" : "<mark> fallback";
      const { page, context, errors, warnings } = await open(file, { highlightApi });
      await annotated(page, stories);
      // A while longer: nothing is annotated twice (the gallery page's counter ticks meanwhile).
      await page.waitForTimeout(1200);
      const events = await page.evaluate(() =>
        window.sidenoteEvents.map((e) => ({
          type: e.type,
          message: e.detail.message,
          ...(e.type === "sidenote:annotated" && {
            blocks: e.detail.blocks.map((b) => b.id),
            text: e.detail.text,
            entities: e.detail.entities,
            figures: e.detail.figures,
            quotes: e.detail.quotes,
            length: e.detail.length,
            words: e.detail.words,
            excluded: e.detail.excluded.words,
            hidden: e.detail.excluded.hiddenWords,
            highlightApi: e.detail.highlightApi,
            widget: e.detail.widget.id,
          }),
        })),
      );
      const done = events.filter((e) => e.type === "sidenote:annotated");
      const failures = events.filter((e) => e.type === "sidenote:error" && file !== "late.html");
      assert.deepEqual(failures, [], `${file} (${how}): error events`);
      assert.equal(
        done.length,
        Object.keys(stories).length,
        `${file} (${how}): one annotation per story, never twice: ${JSON.stringify(done.map((d) => d.blocks))}`,
      );
      for (const [story, blocks] of Object.entries(stories)) {
        const d = done.find((e) => e.blocks[0] === blocks[0]);
        assert.deepEqual(d.blocks, blocks, `${file} (${how}): blocks read`);
        assert.equal(d.text, expected[story], `${file} (${how}): text read for story "${story}"`);
        assert.equal(d.length, d.text.length);
        assert.equal(d.highlightApi, highlightApi);
        assert.ok(d.entities > 0 && d.figures > 0 && d.quotes > 0, `${file}: counts ${JSON.stringify(d)}`);
        if (highlightApi) {
          counts.push(
            `${file.padEnd(18)} ${story.padEnd(7)} blocks ${blocks.length}  words ${String(d.words).padStart(3)}  ` +
              `entities ${String(d.entities).padStart(2)}  figures ${String(d.figures).padStart(2)}  quotes ${d.quotes}  ` +
              `furniture words left out in its blocks ${String(d.excluded).padStart(3)}, hidden ${String(d.hidden).padStart(2)}; ` +
              `page words not read ${before.words - done.reduce((n, x) => n + x.words, 0)} of ${before.words}`,
          );
        }
      }
      if (new Set(done.map((d) => d.widget)).size !== done.length) assert.fail("one widget per story");
      const anchoring = await checkAnchoring(page);
      assert.deepEqual(anchoring.problems, [], `${file} (${how}): anchoring`);
      assert.ok(anchoring.checked > 5, `${file}: only ${anchoring.checked} annotations`);

      // Asking again for the same content annotates nothing.
      const again = await page.evaluate(async () => {
        const d = window.sidenoteEvents.find((e) => e.type === "sidenote:annotated").detail;
        const detail = await d.blocks[0].sidenote.refresh();
        return { same: detail === d.widget.detail, events: window.sidenoteEvents.length };
      });
      assert.ok(again.same, `${file}: refresh() of the same text returns the same detail`);
      assert.equal(again.events, events.length, `${file}: refresh() of the same text fires nothing`);

      const afterWidget = await snapshot(page);
      assert.deepEqual(afterWidget.styles, before.styles, `${file} (${how}): computed styles`);
      assert.equal(afterWidget.text, before.text, `${file} (${how}): host text`);
      assert.deepEqual(errors, [], `${file} (${how}): page errors`);
      // Among others: reading the story again through its marks gave the same text.
      if (file !== "late.html") assert.deepEqual(warnings, [], `${file} (${how}): widget warnings`);
      if (highlightApi) await page.screenshot({ path: `${ARTIFACTS}/widget-site-${file.replace(".html", "")}.png` });
      await context.close();
    }
  });
}

test("content that arrives later is annotated once it is there, and again when it changes", async () => {
  for (const highlightApi of [true, false]) {
    const { page, context, errors } = await open("late.html", { highlightApi });
    await annotated(page, { "": ["content"] });
    const first = await page.evaluate(() =>
      window.sidenoteEvents.filter((e) => e.type === "sidenote:annotated").map((e) => e.detail.text),
    );
    assert.equal(first.length, 1);
    assert.match(first[0], /Oluwaseun Adebayo/);
    // The site appends a paragraph: read again, annotated again, with the new words.
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.textContent = "The council's culture chief, Tobias Wren, said a second branch would open in Millgate in 2028.";
      document.getElementById("content").append(p);
    });
    await page.waitForFunction(() => window.sidenoteEvents.filter((e) => e.type === "sidenote:annotated").length === 2);
    const second = await page.evaluate(
      () => window.sidenoteEvents.filter((e) => e.type === "sidenote:annotated")[1].detail,
    );
    assert.match(second.text, /Tobias Wren/);
    // Re-annotated in place: the old highlights (or marks) gone, the new ones exact.
    const anchoring = await checkAnchoring(page);
    assert.deepEqual(anchoring.problems, []);
    assert.equal(await page.evaluate(() => document.querySelectorAll("mark.sidenote-mark").length > 0), !highlightApi);
    // And a sidenote:refresh event on the document re-reads every widget (nothing changed: nothing fires).
    await page.evaluate(() => document.dispatchEvent(new CustomEvent("sidenote:refresh")));
    await page.waitForTimeout(600);
    assert.equal(
      await page.evaluate(() => window.sidenoteEvents.filter((e) => e.type === "sidenote:annotated").length),
      2,
    );
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("two widgets on one page: own highlights, own panels and popovers, toggles apart, one panel open at a time, closed notes out of the Tab order", async () => {
  const { page, context, errors } = await open("two-stories.html");
  await annotated(page, { first: ["first"], second: ["second"] });
  const state = await page.evaluate(() => {
    const hosts = [...document.querySelectorAll("[data-sidenote-panel]")];
    const toggles = hosts.map((h) => h.shadowRoot.querySelector(".toggle").getBoundingClientRect().toJSON());
    const names = [...CSS.highlights.keys()];
    return {
      hosts: hosts.length,
      toggles,
      names,
      labels: hosts.map((h) => h.shadowRoot.querySelector(".panel").getAttribute("aria-label")),
    };
  });
  assert.equal(state.hosts, 2);
  const [a, b] = state.toggles;
  assert.ok(a.bottom <= b.top || b.bottom <= a.top, `toggles overlap: ${JSON.stringify(state.toggles)}`);
  assert.ok(
    state.names.some((n) => n.startsWith("sidenote-w1-")) && state.names.some((n) => n.startsWith("sidenote-w2-")),
    state.names.join(),
  );
  assert.notEqual(state.labels[0], state.labels[1]);
  // Tab from a closed panel's toggle leaves the panel: its notes are inert.
  const focusAfterTab = async (i) => {
    await page.evaluate(
      (i) => document.querySelectorAll("[data-sidenote-panel]")[i].shadowRoot.querySelector(".toggle").focus(),
      i,
    );
    await page.keyboard.press("Tab");
    return page.evaluate(
      () => document.activeElement?.shadowRoot?.activeElement?.className ?? document.activeElement?.tagName,
    );
  };
  assert.doesNotMatch(await focusAfterTab(0), /note/);
  await page.evaluate(() =>
    document.querySelectorAll("[data-sidenote-panel]")[0].shadowRoot.querySelector(".toggle").click(),
  );
  assert.match(await focusAfterTab(0), /note/, "an open panel's notes are in the Tab order");
  // Opening the second closes the first.
  await page.evaluate(() =>
    document.querySelectorAll("[data-sidenote-panel]")[1].shadowRoot.querySelector(".toggle").click(),
  );
  const opened = await page.evaluate(() =>
    [...document.querySelectorAll("[data-sidenote-panel]")].map(
      (h) => !h.shadowRoot.querySelector(".panel").classList.contains("closed"),
    ),
  );
  assert.deepEqual(opened, [false, true]);
  // Close it again (an open panel may cover the words to hover), and let its slide end.
  await page.evaluate(() =>
    document.querySelectorAll("[data-sidenote-panel]")[1].shadowRoot.querySelector(".toggle").click(),
  );
  await page.mouse.move(2, 2);
  await page.waitForTimeout(400);
  // Hovering a name in the second story opens the second widget's popover, not the first's.
  const point = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector("#second"), NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const at = walker.currentNode.nodeValue.indexOf("Ingrid Solberg");
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(walker.currentNode, at);
      range.setEnd(walker.currentNode, at + 6);
      const r = range.getClientRects()[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  });
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(
    () => !document.querySelectorAll("[data-sidenote-panel]")[1].shadowRoot.querySelector(".pop").hidden,
  );
  const pops = await page.evaluate(() =>
    [...document.querySelectorAll("[data-sidenote-panel]")].map((h) => {
      const pop = h.shadowRoot.querySelector(".pop");
      return pop.hidden ? null : pop.textContent;
    }),
  );
  assert.equal(pops[0], null);
  assert.match(pops[1], /Ingrid Solberg/);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${ARTIFACTS}/widget-two-stories.png` });
  assert.deepEqual(errors, []);
  await context.close();
});

test("in the <mark> fallback the host's link stays the click target and a text node it holds stays in the page", async () => {
  const { page, context, errors } = await open("anchoring.html", { highlightApi: false });
  await annotated(page, { "": ["story"] });
  const nested = await page.evaluate(
    () => document.querySelectorAll("#story mark.sidenote-mark mark.sidenote-mark").length,
  );
  assert.ok(nested > 0, "names and figures nest inside quotes and figures");
  await page.click("#person-link");
  await page.click("#union-link");
  assert.deepEqual(await page.evaluate(() => window.hostClicks), ["person-link", "union-link"]);
  const held = await page.evaluate(() => ({
    connected: window.heldNode.isConnected,
    parent: window.heldNode.parentElement?.id,
  }));
  assert.deepEqual(held, { connected: true, parent: "held" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("every failure is an event with a message, never an uncaught error", async () => {
  // Empty text, no match, a bad selector; the fourth story annotates.
  let { page, context, errors } = await open("errors.html");
  await page.waitForFunction(() => window.sidenoteEvents.length >= 4, null, { timeout: 20000 });
  let events = await page.evaluate(() =>
    window.sidenoteEvents.map((e) => ({ type: e.type, message: e.detail.message })),
  );
  const messages = events
    .filter((e) => e.type === "sidenote:error")
    .map((e) => e.message)
    .join("\n");
  assert.match(messages, /no visible text/);
  assert.match(messages, /no element matches data-target="#nowhere"/);
  assert.match(messages, /not a valid CSS selector/);
  assert.equal(events.filter((e) => e.type === "sidenote:annotated").length, 1);
  assert.deepEqual(errors, []);
  await context.close();

  // The wasm cannot be fetched.
  ({ page, context, errors } = await open("credits.html", { routes: [["**/sidenote_bg.wasm", (r) => r.abort()]] }));
  await page.waitForFunction(() => window.sidenoteEvents.length >= 1, null, { timeout: 20000 });
  events = await page.evaluate(() => window.sidenoteEvents.map((e) => ({ type: e.type, message: e.detail.message })));
  assert.equal(events[0].type, "sidenote:error");
  assert.match(events[0].message, /could not be loaded/);
  assert.deepEqual(errors, []);
  await context.close();

  // The core throws (annotateWithNotes, what the widget calls).
  const throwing =
    'export default async function init() {}\nexport function annotateWithNotes() { throw new Error("the text is over 16 MB"); }\n';
  ({ page, context, errors } = await open("credits.html", {
    routes: [["**/pkg/sidenote.js", (r) => r.fulfill({ contentType: "text/javascript", body: throwing })]],
  }));
  await page.waitForFunction(() => window.sidenoteEvents.length >= 1, null, { timeout: 20000 });
  events = await page.evaluate(() => window.sidenoteEvents.map((e) => ({ type: e.type, message: e.detail.message })));
  assert.deepEqual(events, [{ type: "sidenote:error", message: "annotate() failed: the text is over 16 MB" }]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the wasm is fetched at idle time, before the story comes near the viewport", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const wasm = [];
  page.on("request", (r) => {
    if (r.url().endsWith(".wasm")) wasm.push(r.url());
  });
  // The story pushed far below the fold before the widget starts.
  await page.addInitScript(() =>
    document.addEventListener("DOMContentLoaded", () => {
      document.body.insertAdjacentHTML("afterbegin", '<div style="height: 6000px"></div>');
    }),
  );
  await page.goto(new URL("credits.html", SITES).href);
  await page.waitForTimeout(2500);
  assert.equal(wasm.length, 1, "the wasm was requested without scrolling");
  await context.close();
});

test("the widget reads no test-only markers", () => {
  const source = readFileSync("www/widget/sidenote-widget.js", "utf8");
  assert.doesNotMatch(source, /data-story|not-story|dataset\.story/);
});

after(() => {
  console.log(`\nper page (Highlight API run):\n${counts.join("\n")}`);
});
