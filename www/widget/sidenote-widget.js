// Sidenote widget: annotate an article on the page that embeds it.
//
//   <script type="module" src=".../sidenote-widget.js" data-target="article"></script>
// or
//   <sidenote-article> ...the article... </sidenote-article>
//
// Options (data attributes on the script tag or the element):
//   data-target  CSS selector of the article (script tag only; default "article")
//   data-kinds   which annotations to show: "entities,figures,quotes" (default all)
//   data-theme   "auto" (default), "light" or "dark"
//   data-side    "right" (default) or "left": where the notes panel opens
//
// The host page is left as it was: its text is read, never rewritten (the
// CSS Custom Highlight API marks spans where the browser has it; elsewhere
// text nodes are split and wrapped, which keeps links and their handlers),
// and the notes live in a Shadow DOM, so no CSS leaks in or out. The wasm
// module loads only when the article comes into view. Nothing is sent
// anywhere. No globals are defined beyond the custom element.

const KINDS = ["entities", "figures", "quotes"];
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL",
  "P", "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "CANVAS", "IFRAME", "BUTTON", "SELECT", "TEXTAREA"]);

let corePromise = null;
/** Load the wasm core once, on first use. */
function loadCore() {
  corePromise ??= (async () => {
    const core = await import(new URL("./pkg/sidenote.js", import.meta.url));
    await core.default({ module_or_path: new URL("./pkg/sidenote_bg.wasm", import.meta.url) });
    return core;
  })();
  return corePromise;
}

/**
 * The text of an element as a reader sees it: block elements and <br> break
 * lines, blank lines separate paragraphs, inline elements (links, emphasis)
 * join their text. Returns the text and, for each text node, where its
 * characters start in that text (UTF-16 offsets, as JavaScript counts).
 */
export function readText(root) {
  const pieces = [];
  const nodes = []; // { node, start } in text order
  let length = 0;
  let pendingBreak = "";
  const push = (s) => {
    pieces.push(s);
    length += s.length;
  };
  const breakLine = (kind) => {
    if (length === 0) return;
    if (kind === "\n\n" || pendingBreak === "") pendingBreak = kind;
  };
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = node.nodeValue;
      if (!value) return;
      const collapsed = value.replace(/[\t\n\r ]+/g, " ");
      if (collapsed.trim() === "" && (pendingBreak || length === 0)) return;
      if (pendingBreak) {
        push(pendingBreak);
        pendingBreak = "";
      }
      nodes.push({ node, start: length, collapsed });
      push(collapsed);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node;
    if (SKIP.has(el.tagName) || el.hidden || el.getAttribute("aria-hidden") === "true") return;
    if (el.tagName === "BR") {
      breakLine("\n");
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block) breakLine("\n\n");
    for (const child of el.childNodes) walk(child);
    if (block) breakLine("\n\n");
  };
  walk(root);
  return { text: pieces.join(""), nodes };
}

/** Map a UTF-16 offset in the read text back to a DOM position. */
function positionAt(nodes, offset, preferEnd) {
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (nodes[mid].start <= offset - (preferEnd ? 1 : 0)) lo = mid;
    else hi = mid - 1;
  }
  const entry = nodes[lo];
  if (!entry) return null;
  const within = Math.max(0, Math.min(offset - entry.start, entry.collapsed.length));
  return { node: entry.node, offset: rawOffset(entry.node.nodeValue, within) };
}

/** The offset in a text node's raw value of an offset in its collapsed form. */
function rawOffset(raw, collapsedOffset) {
  let c = 0;
  let i = 0;
  while (i < raw.length && c < collapsedOffset) {
    if (/[\t\n\r ]/.test(raw[i])) {
      while (i + 1 < raw.length && /[\t\n\r ]/.test(raw[i + 1])) i++;
    }
    i++;
    c++;
  }
  return i;
}

/** The offset in a text node's collapsed form of an offset in its raw value. */
function collapsedOffset(raw, rawOffsetWanted) {
  let c = 0;
  let i = 0;
  while (i < raw.length && i < rawOffsetWanted) {
    if (/[\t\n\r ]/.test(raw[i])) {
      while (i + 1 < raw.length && i + 1 < rawOffsetWanted && /[\t\n\r ]/.test(raw[i + 1])) i++;
    }
    i++;
    c++;
  }
  return c;
}

/** A DOM Range over [start16, end16) of the read text. */
export function rangeFor(nodes, start16, end16) {
  const a = positionAt(nodes, start16, false);
  const b = positionAt(nodes, end16, true);
  if (!a || !b) return null;
  const range = document.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range;
}

const PANEL_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.panel { position: fixed; top: 0; bottom: 0; width: min(22rem, 90vw); z-index: 2147483000;
  display: flex; flex-direction: column; font: 14px/1.4 system-ui, sans-serif;
  background: var(--bg); color: var(--fg); box-shadow: 0 0 0 1px var(--rule), 0 4px 24px rgba(0,0,0,.18);
  transition: transform .2s; }
.panel.right { right: 0; } .panel.left { left: 0; }
.panel.closed.right { transform: translateX(100%); } .panel.closed.left { transform: translateX(-100%); }
.toggle { position: absolute; top: 4.5rem; padding: .5rem .6rem; border: 1px solid var(--rule);
  background: var(--bg); color: var(--fg); font: 600 13px system-ui, sans-serif; cursor: pointer; }
.right .toggle { right: 100%; border-radius: 6px 0 0 6px; } .left .toggle { left: 100%; border-radius: 0 6px 6px 0; }
header { padding: .8rem 1rem; border-bottom: 1px solid var(--rule); }
h2 { margin: 0; font-size: 15px; } .status { margin: .2rem 0 0; color: var(--muted); font-size: 12px; }
.list { overflow: auto; padding: .5rem 1rem 2rem; }
h3 { font-size: 11px; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); margin: 1rem 0 .3rem; }
button.note { display: block; width: 100%; text-align: left; margin: 0 0 .35rem; padding: .35rem .5rem;
  border: 0; border-left: 4px solid var(--muted); border-radius: 0 4px 4px 0; background: var(--panel);
  color: var(--fg); font: inherit; cursor: pointer; }
button.note:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
.kind { font-size: 10px; font-weight: 700; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); }
.person { border-left-color: var(--person); } .organization { border-left-color: var(--org); }
.place { border-left-color: var(--place); } .group { border-left-color: var(--group); }
.figure { border-left-color: var(--figure); } .quote { border-left-color: var(--quote); }
.desc, .meta { display: block; color: var(--muted); font-size: 12px; }
.light { --bg:#fff; --fg:#1f1d1a; --muted:#57534c; --rule:#d9d4c7; --panel:#f4f1e8; --focus:#1d4ed8;
  --person:#8a2b0f; --org:#124f7a; --place:#1d5e2b; --group:#5b2d86; --figure:#7a4d00; --quote:#2f4858; }
.dark { --bg:#17181a; --fg:#ece9e2; --muted:#b9b4aa; --rule:#3b3d40; --panel:#212326; --focus:#8ab4ff;
  --person:#ffb59c; --org:#9fd0ff; --place:#9fe3ad; --group:#d9b8ff; --figure:#ffd37a; --quote:#c3d7e3; }
.pop { position: fixed; z-index: 2147483001; max-width: min(20rem, calc(100vw - 16px)); padding: .45rem .6rem;
  font: 13px/1.4 system-ui, sans-serif; background: var(--bg); color: var(--fg); border: 1px solid var(--rule);
  border-left: 4px solid var(--muted); border-radius: 0 6px 6px 0; box-shadow: 0 6px 20px rgba(0,0,0,.2); }
.pop[hidden] { display: none; }
.pop .all { display: block; margin-top: .3rem; padding: .1rem .5rem; font: 12px system-ui, sans-serif; cursor: pointer;
  border: 1px solid var(--muted); border-radius: 3px; background: var(--panel); color: var(--fg); }
@media (prefers-reduced-motion: reduce) { .panel { transition: none; } }
`;

// Highlight colours for the host document: only ::highlight() rules and the
// widget's own wrapper class, so no host element changes its computed style.
const HIGHLIGHT_CSS = `
::highlight(sidenote-person) { background-color: rgba(235, 120, 80, .28); }
::highlight(sidenote-organization) { background-color: rgba(60, 140, 220, .25); }
::highlight(sidenote-place) { background-color: rgba(60, 170, 90, .25); }
::highlight(sidenote-group) { background-color: rgba(150, 90, 210, .22); }
::highlight(sidenote-figure) { background-color: rgba(240, 190, 40, .35); }
::highlight(sidenote-quote) { background-color: rgba(90, 130, 160, .16); }
::highlight(sidenote-active) { background-color: rgba(255, 215, 0, .75); }
mark.sidenote-mark { background: none; color: inherit; font: inherit; padding: 0; margin: 0; }
mark.sidenote-mark[data-sidenote="person"] { background-color: rgba(235, 120, 80, .28); }
mark.sidenote-mark[data-sidenote="organization"] { background-color: rgba(60, 140, 220, .25); }
mark.sidenote-mark[data-sidenote="place"] { background-color: rgba(60, 170, 90, .25); }
mark.sidenote-mark[data-sidenote="group"] { background-color: rgba(150, 90, 210, .22); }
mark.sidenote-mark[data-sidenote="figure"] { background-color: rgba(240, 190, 40, .35); }
mark.sidenote-mark[data-sidenote="quote"] { background-color: rgba(90, 130, 160, .16); }
`;

function injectHighlightStyles() {
  if (document.querySelector("style[data-sidenote]")) return;
  const style = document.createElement("style");
  style.dataset.sidenote = "highlights";
  style.textContent = HIGHLIGHT_CSS;
  document.head.append(style);
}

const supportsHighlights = () => typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

/** Wrap the text of a range in <mark> elements, one per text node touched. */
function wrapRange(range, kind) {
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  const targets = [];
  if (range.commonAncestorContainer.nodeType === Node.TEXT_NODE) targets.push(range.commonAncestorContainer);
  while (walker.nextNode()) if (range.intersectsNode(walker.currentNode)) targets.push(walker.currentNode);
  const marks = [];
  for (const node of targets) {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.nodeValue.length;
    if (end <= start) continue;
    const middle = node.splitText(start);
    middle.splitText(end - start);
    const mark = document.createElement("mark");
    mark.className = "sidenote-mark";
    mark.dataset.sidenote = kind;
    middle.replaceWith(mark);
    mark.append(middle);
    marks.push(mark);
  }
  return marks;
}

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const plainNumber = (v) => (v == null ? "an unstated number" : Number(v).toLocaleString("en-US"));
function describeFigure(f) {
  // A vague amount is its words: "hundreds of lorries", never "an unspecified number".
  if (f.bound === "vague") return f.text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  const money = { USD: "$", GBP: "£", EUR: "€", JPY: "¥" }[f.unit] ?? "";
  const show = (v) => (f.kind === "money" ? `${money}${plainNumber(v)}${money ? "" : ` ${f.unit ?? ""}`}` :
    f.kind === "percent" ? `${plainNumber(v)}%` : plainNumber(v));
  // As the page says it (src/view.rs): "at least 14", "fewer than 2,000".
  const inclusive = /at least|up to|no fewer|no less|no more|a minimum|a maximum|as many as|as much as/i.test(f.hedge ?? "");
  const max = inclusive ? "at most " : f.kind === "count" ? "fewer than " : "less than ";
  const words = { exact: "", approx: "about ", min: inclusive ? "at least " : "more than ", max, range: "" }[f.bound] ?? "";
  let said = f.bound === "range" ? `${show(f.value)} to ${show(f.high)}` : `${words}${show(f.value)}`;
  if (f.unit && f.kind !== "money" && f.kind !== "percent") said += ` ${f.unit}`;
  if (f.hedge) said += ` — “${f.hedge}”`;
  return said;
}

/** Annotate one article element and open its notes panel. */
async function annotateElement(target, options) {
  const { text, nodes } = readText(target);
  if (!text.trim()) return null;
  const core = await loadCore();
  let result;
  try {
    result = core.annotate(text);
  } catch (error) {
    console.warn("sidenote:", error);
    return null;
  }
  const kinds = new Set(options.kinds);
  injectHighlightStyles();
  const entityById = new Map(result.entities.map((e) => [e.id, e]));
  const spansOf = (list) => list.map((x) => {
    const range = rangeFor(nodes, x.start16, x.end16);
    return range && { range, start: x.start16, end: x.end16 };
  }).filter(Boolean);
  const items = []; // { kind, html, spans: [{ range, start, end }], ranges }
  if (kinds.has("entities")) {
    for (const e of result.entities) {
      const spans = spansOf(e.mentions);
      items.push({ section: e.kind, kind: e.kind, spans, mentions: e.mentions.length, order: e.mentions[0]?.start ?? 0,
        html: `<span class="kind">${escape(e.kind)}</span> <strong>${escape(e.name)}</strong>` +
          e.descriptors.map((d) => `<span class="desc">${escape(d)}</span>`).join("") +
          `<span class="meta">${e.mentions.length} mention${e.mentions.length === 1 ? "" : "s"}</span>` });
    }
  }
  if (kinds.has("figures")) {
    for (const f of result.figures) {
      items.push({ section: "figure", kind: "figure", spans: spansOf([f]), order: f.start,
        html: `<span class="kind">figure · ${escape(f.kind)}</span> <strong>${escape(describeFigure(f))}</strong>` });
    }
  }
  if (kinds.has("quotes")) {
    for (const q of result.quotes) {
      const who = q.speaker ? entityById.get(q.speaker) : null;
      const name = who ? who.name : q.speaker_text ?? "No named speaker";
      const short = q.text.length > 90 ? `${q.text.slice(0, 90)}…` : q.text;
      items.push({ section: "quote", kind: "quote", spans: spansOf([q]), order: q.start,
        html: `<span class="kind">quote</span> <strong>${escape(name)}</strong>` +
          (who?.descriptors?.[0] ? `<span class="desc">${escape(who.descriptors[0])}</span>` : "") +
          `<span class="desc">“${escape(short)}”</span>` + (q.cue ? `<span class="meta">cue: ${escape(q.cue)}</span>` : "") });
    }
  }

  for (const item of items) item.ranges = item.spans.map((x) => x.range);

  // Highlight in place.
  if (supportsHighlights()) {
    const groups = new Map();
    for (const item of items) {
      const name = `sidenote-${item.kind}`;
      if (!groups.has(name)) groups.set(name, []);
      groups.get(name).push(...item.ranges);
    }
    for (const [name, ranges] of groups) CSS.highlights.set(name, new Highlight(...ranges));
  } else {
    // Wrap innermost first (names and figures inside quotes) to keep ranges valid:
    // wrap in reverse document order so earlier ranges' offsets are untouched.
    const all = items.flatMap((item) => item.ranges.map((range) => ({ range, kind: item.kind })));
    all.sort((a, b) => b.range.compareBoundaryPoints(Range.START_TO_START, a.range));
    for (const { range, kind } of all) wrapRange(range, kind);
  }

  const host = openPanel(items, result, options);
  watchHover(target, nodes, items, host.shadowRoot);
  return host;
}

function openPanel(items, result, options) {
  const host = document.createElement("div");
  host.setAttribute("data-sidenote-panel", "");
  const shadow = host.attachShadow({ mode: "open" });
  const dark = options.theme === "dark" || (options.theme === "auto" && matchMedia("(prefers-color-scheme: dark)").matches);
  const sections = [
    ["person", "People"], ["organization", "Organizations"], ["place", "Places"], ["group", "Groups"],
    ["figure", "Figures"], ["quote", "Quotes"],
  ];
  const counts = `${result.entities.length} names · ${result.figures.length} figures · ${result.quotes.length} quotes`;
  shadow.innerHTML = `<style>${PANEL_CSS}</style>
    <aside class="panel closed ${options.side === "left" ? "left" : "right"} ${dark ? "dark" : "light"}" aria-label="Sidenote annotations">
      <button class="toggle" aria-expanded="false">Sidenote</button>
      <header><h2>Sidenote</h2><p class="status">${escape(counts)}</p></header>
      <div class="list"></div>
    </aside>
    <div class="pop ${dark ? "dark" : "light"}" role="tooltip" hidden></div>`;
  const panel = shadow.querySelector(".panel");
  const list = shadow.querySelector(".list");
  const toggle = shadow.querySelector(".toggle");
  toggle.addEventListener("click", () => {
    const closed = panel.classList.toggle("closed");
    toggle.setAttribute("aria-expanded", String(!closed));
  });
  for (const [section, heading] of sections) {
    const members = items.filter((i) => i.section === section).sort((a, b) => a.order - b.order);
    if (!members.length) continue;
    const h = document.createElement("h3");
    h.textContent = heading;
    list.append(h);
    for (const item of members) {
      const button = document.createElement("button");
      button.className = `note ${item.kind}`;
      button.innerHTML = item.html;
      button.addEventListener("click", () => {
        reveal(item.ranges[0]);
        setTimeout(() => showPopover(shadow, item, item.ranges[0]), 450);
      });
      button.addEventListener("mouseenter", () => activate(item.ranges));
      button.addEventListener("focus", () => {
        activate(item.ranges);
        if (inView(item.ranges[0])) showPopover(shadow, item, item.ranges[0]);
      });
      button.addEventListener("blur", () => hidePopover(shadow));
      button.addEventListener("mouseleave", () => activate([]));
      list.append(button);
    }
  }
  document.body.append(host);
  return host;
}

const POPOVER_LINGER_MS = 300;

/** Whether a range is on screen now. */
function inView(range) {
  const r = range?.getClientRects()[0];
  return !!r && r.bottom > 0 && r.top < innerHeight;
}

/**
 * Show a highlight's note as a popover beside it, in the widget's Shadow
 * DOM (fixed to the window, over the host page, which stays as it was).
 */
function showPopover(shadow, item, range) {
  const pop = shadow.querySelector(".pop");
  const line = range?.getClientRects()[0];
  if (!pop || !line) return;
  clearTimeout(pop._hide);
  if (pop._item !== item) {
    pop._item = item;
    pop.className = `pop ${pop.classList.contains("dark") ? "dark" : "light"} ${item.kind}`;
    pop.innerHTML = item.html + (item.mentions > 1 ? `<button type="button" class="all">Show all ${item.mentions} mentions</button>` : "");
    pop.querySelector(".all")?.addEventListener("click", () => activate(item.ranges));
  }
  pop.hidden = false;
  const { width, height } = pop.getBoundingClientRect();
  const below = line.bottom + 6;
  const top = below + height > innerHeight && line.top - 6 - height > 0 ? line.top - 6 - height : below;
  const left = Math.max(8, Math.min(line.left, innerWidth - width - 8));
  pop.style.top = `${top}px`;
  pop.style.left = `${left}px`;
  activate([range]);
}

function hidePopover(shadow, linger = 0) {
  const pop = shadow.querySelector(".pop");
  if (!pop || pop.hidden) return;
  clearTimeout(pop._hide);
  pop._hide = setTimeout(() => {
    pop.hidden = true;
    pop._item = null;
    activate([]);
  }, linger);
}

/**
 * Hover and tap on the article's highlights open their popovers. Highlights
 * are not elements (the Highlight API paints ranges), so the pointer's
 * position is mapped to a text offset and the innermost annotation there:
 * a name or figure before the quote around it.
 */
function watchHover(target, nodes, items, shadow) {
  const byNode = new Map(nodes.map((entry) => [entry.node, entry]));
  const spans = items.flatMap((item) => item.spans.map((span) => ({ ...span, item }))).sort((a, b) => a.start - b.start);
  const starts = spans.map((s) => s.start);
  const at = (offset) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    let best = null;
    // Spans starting before the offset, nearest first; a quote may start far back.
    for (let i = lo - 1; i >= 0 && i >= lo - 64; i--) {
      const s = spans[i];
      if (s.end > offset && (!best || s.end - s.start < best.end - best.start)) best = s;
    }
    return best;
  };
  const hit = (x, y) => {
    const caret = document.caretPositionFromPoint?.(x, y)
      ?? (() => {
        const r = document.caretRangeFromPoint?.(x, y);
        return r && { offsetNode: r.startContainer, offset: r.startOffset };
      })();
    const entry = caret && byNode.get(caret.offsetNode);
    if (!entry) return null;
    const offset = entry.start + collapsedOffset(entry.node.nodeValue, caret.offset);
    for (const o of [offset, offset - 1]) {
      const span = at(o);
      const inside = span && [...span.range.getClientRects()].some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);
      if (inside) return span;
    }
    return null;
  };
  const pop = shadow.querySelector(".pop");
  let frame = 0;
  target.addEventListener("pointermove", (e) => {
    if (frame) return;
    const { clientX, clientY } = e;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const span = hit(clientX, clientY);
      if (span) showPopover(shadow, span.item, span.range);
      else hidePopover(shadow, POPOVER_LINGER_MS);
    });
  });
  target.addEventListener("pointerleave", () => hidePopover(shadow, POPOVER_LINGER_MS));
  // A tap shows the popover too (a link tapped still follows its link).
  target.addEventListener("click", (e) => {
    const span = hit(e.clientX, e.clientY);
    if (span) showPopover(shadow, span.item, span.range);
  });
  pop.addEventListener("pointerenter", () => clearTimeout(pop._hide));
  pop.addEventListener("pointerleave", () => hidePopover(shadow, POPOVER_LINGER_MS));
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") hidePopover(shadow); });
  addEventListener("scroll", () => hidePopover(shadow), { passive: true });
}

function activate(ranges) {
  if (!supportsHighlights()) return;
  if (ranges.length) CSS.highlights.set("sidenote-active", new Highlight(...ranges));
  else CSS.highlights.delete("sidenote-active");
}

function reveal(range) {
  if (!range) return;
  const rect = range.getBoundingClientRect();
  const reduce = matchMedia("(prefers-reduced-motion: reduce)").matches;
  window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: reduce ? "auto" : "smooth" });
  activate([range]);
}

function optionsFrom(el) {
  const kinds = (el?.dataset.kinds ?? KINDS.join(",")).split(",").map((s) => s.trim()).filter((k) => KINDS.includes(k));
  return {
    kinds: kinds.length ? kinds : KINDS,
    theme: ["light", "dark"].includes(el?.dataset.theme) ? el.dataset.theme : "auto",
    side: el?.dataset.side === "left" ? "left" : "right",
  };
}

/** Run `work` once `el` is near the viewport (the wasm loads lazily). */
function whenVisible(el, work) {
  if (!("IntersectionObserver" in window)) return void work();
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      observer.disconnect();
      work();
    }
  }, { rootMargin: "200px" });
  observer.observe(el);
}

class SidenoteArticle extends HTMLElement {
  connectedCallback() {
    if (this._started) return;
    this._started = true;
    whenVisible(this, () => annotateElement(this, optionsFrom(this)).then((panel) => {
      this._panel = panel;
      this.dispatchEvent(new CustomEvent("sidenote:annotated", { bubbles: true }));
    }));
  }
  disconnectedCallback() {
    this._panel?.remove();
  }
}
if (!customElements.get("sidenote-article")) customElements.define("sidenote-article", SidenoteArticle);

// The script-tag form: find our own tag and its data-target.
const self = [...document.querySelectorAll("script[type=module][src]")].find((s) => s.src === import.meta.url);
if (self && self.dataset.target !== undefined) {
  const start = () => {
    const target = document.querySelector(self.dataset.target || "article");
    if (!target) {
      console.warn(`sidenote: no element matches data-target="${self.dataset.target}"`);
      return;
    }
    whenVisible(target, () => annotateElement(target, optionsFrom(self)).then(() => {
      target.dispatchEvent(new CustomEvent("sidenote:annotated", { bubbles: true }));
    }));
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
}
