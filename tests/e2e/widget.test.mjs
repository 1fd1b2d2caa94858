// The widget on a host page (dist/demo/) in real Chromium: annotations appear,
// the host's links, styles and text are untouched. Run by scripts/test.sh,
// which serves dist/ and sets SIDENOTE_URL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { ARTIFACTS, BASE, launch } from "./browser.mjs";

const DEMO = new URL("demo/", BASE).href;
const SAMPLES = [
  "body",
  "h1",
  ".story p",
  ".story a",
  ".byline",
  ".site-header a",
  ".sidebar",
  ".sidebar a",
  ".kicker",
];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Computed styles of sample host elements, and the article's text. */
async function snapshot(page) {
  return page.evaluate((selectors) => {
    const props = [
      "color",
      "background-color",
      "font-family",
      "font-size",
      "line-height",
      "margin",
      "padding",
      "display",
      "text-decoration-line",
    ];
    const styles = {};
    for (const sel of selectors) {
      const el = document.querySelector(sel);
      const cs = getComputedStyle(el);
      styles[sel] = props.map((p) => cs.getPropertyValue(p)).join("|");
    }
    return { styles, text: document.querySelector("#story").textContent };
  }, SAMPLES);
}

async function open({ widget = true, highlightApi = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  const downloads = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("response", async (r) => {
    if (!/sidenote/.test(r.url())) return;
    try {
      downloads.push({ url: r.url(), bytes: (await r.body()).length });
    } catch {
      // the page closed before the body arrived: nothing to count
    }
  });
  if (!widget) await page.route("**/sidenote-widget.js", (route) => route.abort());
  if (!highlightApi)
    await page.addInitScript(() => {
      delete CSS.highlights;
    });
  await page.addInitScript(() => {
    document.addEventListener("sidenote:annotated", () => {
      window.sidenoteTestAnnotated = true;
    });
  });
  await page.goto(DEMO);
  const annotated = widget ? page.waitForFunction(() => window.sidenoteTestAnnotated === true) : null;
  return { page, context, errors, downloads, annotated };
}

test("the widget annotates the host article and leaves the host page as it was", async () => {
  const plain = await open({ widget: false });
  await plain.page.waitForLoadState("load");
  const before = await snapshot(plain.page);
  await plain.context.close();

  const { page, context, errors, downloads, annotated } = await open();
  await annotated;
  // Highlight names are per widget ("sidenote-w1-person"): count by kind.
  const highlights = await page.evaluate(() => {
    const byKind = {};
    for (const [k, v] of CSS.highlights) {
      const kind = `sidenote-${k.split("-").pop()}`;
      byKind[kind] = (byKind[kind] ?? 0) + v.size;
    }
    return byKind;
  });
  assert.ok(highlights["sidenote-person"] >= 3, JSON.stringify(highlights));
  assert.ok(highlights["sidenote-figure"] >= 3, JSON.stringify(highlights));
  assert.ok(highlights["sidenote-quote"] >= 2, JSON.stringify(highlights));
  const panel = await page.evaluate(() => document.querySelector("[data-sidenote-panel]").shadowRoot.textContent);
  assert.match(panel, /Martin Hale/);
  assert.match(panel, /Sophie Clarke/);

  const afterWidget = await snapshot(page);
  assert.deepEqual(afterWidget.styles, before.styles);
  assert.equal(afterWidget.text, before.text);

  // Open the panel, then check the host's links still navigate.
  await page.evaluate(() =>
    document.querySelector("[data-sidenote-panel]").shadowRoot.querySelector(".toggle").click(),
  );
  // The panel slides in (0.2 s): picture it once it is in place.
  await page.waitForFunction(() => {
    const panel = document.querySelector("[data-sidenote-panel]").shadowRoot.querySelector(".panel");
    const box = panel?.getBoundingClientRect();
    return box && Math.abs(box.right - document.documentElement.clientWidth) < 2;
  });
  await page.screenshot({ path: `${ARTIFACTS}/widget-demo-1280.png`, fullPage: false });
  await page.click("#dft-link");
  assert.equal(new URL(page.url()).hash, "#dft");
  assert.deepEqual(errors, []);

  const wasm = downloads.filter((d) => /\.wasm$/.test(d.url)).reduce((n, d) => n + d.bytes, 0);
  const js = downloads.filter((d) => /\.js$/.test(d.url)).reduce((n, d) => n + d.bytes, 0);
  const gz = [
    "dist/widget/sidenote-widget.js",
    "dist/widget/pkg/sidenote.js",
    "dist/widget/pkg/sidenote_bg.wasm",
  ].reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  console.log(`widget download: wasm ${wasm} B + JS ${js} B = ${wasm + js} B raw, ${gz} B gzip -9`);
  await context.close();
});

test("without the Highlight API the widget wraps text and links keep working", async () => {
  const plain = await open({ widget: false });
  await plain.page.waitForLoadState("load");
  const before = await snapshot(plain.page);
  await plain.context.close();

  const { page, context, errors, annotated } = await open({ highlightApi: false });
  await annotated;
  const marks = await page.locator("mark.sidenote-mark").count();
  assert.ok(marks >= 8, `only ${marks} marks`);
  const afterWidget = await snapshot(page);
  assert.equal(afterWidget.text, before.text);
  // A link with a mark inside still navigates (the Department for Transport link).
  await page.click("#dft-link");
  assert.equal(new URL(page.url()).hash, "#dft");
  assert.deepEqual(errors, []);
  await context.close();
});

test("hovering a highlight on the host page shows its note in a popover beside it", async () => {
  for (const highlightApi of [true, false]) {
    const { page, context, errors, annotated } = await open({ highlightApi });
    await annotated;
    // The middle of "Sophie Clarke" in the host's text.
    const point = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector("#story"), NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const at = walker.currentNode.nodeValue.indexOf("Sophie Clarke");
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(walker.currentNode, at);
        range.setEnd(walker.currentNode, at + "Sophie Clarke".length);
        range.startContainer.parentElement.scrollIntoView({ block: "center" });
        const r = range.getClientRects()[0];
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, bottom: r.bottom };
      }
      return null;
    });
    assert.ok(point, "the name is in the host page");
    await page.mouse.move(point.x, point.y);
    const pop = await page.waitForFunction(() => {
      const p = document.querySelector("[data-sidenote-panel]").shadowRoot.querySelector(".pop");
      return !p.hidden && { text: p.textContent, top: p.getBoundingClientRect().top };
    });
    const { text, top } = await pop.jsonValue();
    assert.match(text, /Sophie Clarke/);
    assert.ok(Math.abs(top - point.bottom) < 60, `popover at ${top}, name ends at ${point.bottom}`);
    if (highlightApi) await page.screenshot({ path: `${ARTIFACTS}/widget-popover-1280.png` });
    // Away from every highlight, it closes.
    await page.mouse.move(5, 5);
    await page.waitForFunction(
      () => document.querySelector("[data-sidenote-panel]").shadowRoot.querySelector(".pop").hidden,
    );
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("the panel lists reported speech, and figure notes say who gives each figure", async () => {
  const { page, context, errors, annotated } = await open();
  await annotated;
  const panel = await page.evaluate(() => document.querySelector("[data-sidenote-panel]").shadowRoot.textContent);
  assert.match(panel, /Reported speech/);
  assert.match(panel, /given by [^·]*Clarke|given by [^·]*Hale/, "a figure in a statement names its source");
  assert.match(panel, /stated by the article itself/);
  const highlights = await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => /reported$/.test(k)));
  assert.equal(highlights.length, 1, "reported speech has a highlight of its own");
  assert.deepEqual(errors, []);
  await context.close();
});

/** A note's words in the page's reading: label, title, aside (" · ..."), details. */
function noteWords(el, parts) {
  const text = (sel) => el.querySelector(sel)?.textContent ?? null;
  return {
    label: text(parts.label),
    title: text(parts.title),
    aside: text(parts.aside),
    details: [...el.querySelectorAll(parts.details)].map((d) => d.textContent),
  };
}
const WIDGET_PARTS = { label: ".kind", title: "strong", aside: ".aside", details: ".meta" };
const PAGE_PARTS = { label: ".note-kind", title: ".note-title", aside: ".note-aside", details: ".note-detail" };

test("the widget's figure notes say what the page's notes say, word for word", async () => {
  const { page, context, errors, annotated } = await open();
  await annotated;
  // The widget's popover on the first figure in the host's text, and every figure in its panel.
  const story = await page.evaluate(() => {
    const widget = document.querySelector("script[data-target]").sidenote;
    const figure = widget.annotations().find((a) => a.kind === "figure");
    figure.ranges[0].startContainer.parentElement.scrollIntoView({ block: "center" });
    const r = figure.ranges[0].getClientRects()[0];
    return { text: widget.detail.text, x: r.left + Math.min(r.width / 2, 8), y: r.top + r.height / 2 };
  });
  await page.mouse.move(story.x, story.y);
  await page.waitForFunction(() => {
    const p = document.querySelector("[data-sidenote-panel]").shadowRoot.querySelector(".pop.figure");
    return p && !p.hidden;
  });
  await page.screenshot({ path: `${ARTIFACTS}/widget-figure-popover-1280.png` });
  const widget = await page.evaluate(`(() => {
    const noteWords = ${noteWords};
    const shadow = document.querySelector("[data-sidenote-panel]").shadowRoot;
    return {
      popover: noteWords(shadow.querySelector(".pop"), ${JSON.stringify(WIDGET_PARTS)}),
      panel: [...shadow.querySelectorAll("button.note.figure")].map((b) => noteWords(b, ${JSON.stringify(WIDGET_PARTS)})),
    };
  })()`);
  assert.deepEqual(errors, []);
  await context.close();

  // The page's notes on the same text (its own build of the core's view::note_text).
  const pageContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const reader = await pageContext.newPage();
  await reader.goto(BASE);
  await reader.fill("#article-input", story.text);
  // Done when the article shown is the pasted one (a short text may finish before a status is seen).
  const last = story.text.trim().split("\n").pop().trim().slice(0, 60);
  await reader.waitForFunction(
    (last) =>
      !/Annotating|Waiting/.test(document.querySelector(".status")?.textContent ?? "") &&
      !document.querySelector(".drawing") &&
      document.querySelector("article.article")?.textContent.includes(last) &&
      document.querySelector(".note-figure"),
    last,
    { timeout: 30_000, polling: 100 },
  );
  const onPage = await reader.evaluate(`(() => {
    const noteWords = ${noteWords};
    const index = (n) => Number(n.id.slice("note-f".length));
    return [...document.querySelectorAll(".note-figure")].sort((a, b) => index(a) - index(b))
      .map((n) => noteWords(n, ${JSON.stringify(PAGE_PARTS)}));
  })()`);
  await pageContext.close();

  assert.ok(onPage.length >= 3, `page figures: ${onPage.length}`);
  assert.deepEqual(widget.panel, onPage, "every figure's note in the widget's panel is the page's");
  assert.deepEqual(widget.popover, onPage[0], "the popover on the first figure is the page's note on it");
});
