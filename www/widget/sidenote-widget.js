// Sidenote widget: annotate the story on the page that embeds it.
//
//   <script type="module" src=".../sidenote-widget.js"></script>             the story is found by itself
//   <script type="module" src=".../sidenote-widget.js" data-target="#story .body"></script>
// or
//   <sidenote-article> ...the article... </sidenote-article>
//
// Options (data attributes on the script tag or the element):
//   data-target  CSS selector of the story (script tag only): every block it matches is read, in
//                page order, as one story; absent, empty or "auto": found by itself
//   data-ignore  CSS selector of what is not the story (on top of what the widget leaves out)
//   data-kinds   which annotations to show: "entities,figures,quotes" (default all)
//   data-theme   "auto" (default), "light" or "dark"
//   data-side    "right" (default) or "left": where the notes panel opens
//   data-sidenote  marks the tag as this widget's when its URL does not say "sidenote"
//
// Events, on the story's first block (they bubble, and cross shadow roots):
//   sidenote:annotated  detail { entities, figures, quotes, length, words, blocks, text, excluded }
//   sidenote:error      detail { message }: no story, no text, the core failing to load or to annotate
// Re-run: element.sidenote.refresh() on a story block, the script tag or <sidenote-article>, or
// dispatch "sidenote:refresh" on a block (or the document, for every widget). Content that arrives or
// changes later is seen by a MutationObserver; the same text is never annotated twice.
//
// The host page is left as it was: its text is read, never rewritten (the CSS Custom Highlight API
// marks spans where the browser has it; elsewhere text nodes are split and wrapped in <mark>s inside
// the host's own elements, links included), and the notes live in a Shadow DOM, so no CSS leaks in
// or out. The wasm module is fetched when the browser is idle. Nothing is sent anywhere. No globals
// are defined beyond the custom element.

const KINDS = ["entities", "figures", "quotes"];

// What a reader never sees as text, by lower-case local name (an SVG <title> is lower case).
const NEVER_TEXT = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "canvas",
  "iframe",
  "object",
  "embed",
  "video",
  "audio",
  "picture",
  "img",
  "button",
  "select",
  "textarea",
  "input",
  "option",
  "datalist",
  "dialog",
  "head",
]);
// Page furniture by structure: not the story, wherever it sits.
const FURNITURE_TAGS = new Set([
  "figure",
  "figcaption",
  "aside",
  "nav",
  "header",
  "footer",
  "form",
  "address",
  "caption",
  "menu",
  "h1",
]);
const FURNITURE_ROLES = new Set([
  "complementary",
  "navigation",
  "banner",
  "contentinfo",
  "search",
  "dialog",
  "alertdialog",
  "toolbar",
  "menu",
  "menubar",
  "tablist",
  "button",
  "figure",
  "marquee",
  "timer",
  "status",
]);
// Furniture by class and id names, matched on whole words of the name ("share-bar", "relatedLinks").
const nameRule = (list) => new RegExp(`-(?:${list.join("|")})(?=-)`);
const FURNITURE_NAMES = nameRule([
  "ads?",
  "advert\\w*",
  "adslot",
  "adsbygoogle",
  "dfp",
  "gpt",
  "sponsor\\w*",
  "outbrain",
  "taboola",
  "share\\w*",
  "social",
  "sharing",
  "related",
  "recirc\\w*",
  "most-read",
  "most-viewed",
  "read-more",
  "see-also",
  "also-read",
  "more-stories",
  "newsletter",
  "subscribe",
  "signup",
  "paywall",
  "comments?",
  "comment-count",
  "disqus",
  "credits?",
  "caption\\w*",
  "byline",
  "authors?",
  "dateline",
  "timestamp",
  "kicker",
  "eyebrow",
  "breadcrumbs?",
  "sr-only",
  "visually-hidden",
  "visuallyhidden",
  "screen-reader\\w*",
  "offscreen",
]);
// Names that also turn up on wrappers of the story: furniture only when holding little prose.
const FURNITURE_NAMES_WEAK = nameRule([
  "promo\\w*",
  "popular",
  "trending",
  "tags",
  "topics",
  "gallery",
  "slideshow",
  "carousel",
  "lightbox",
  "toolbar",
  "tools",
  "print",
  "sidebar",
  "teaser",
  "card",
  "widget",
  "rail",
  "masthead",
  "meta",
]);
// Furniture by what its text says, for a short block read whole: [pattern, most words].
const FURNITURE_TEXT = [
  [
    /^(?:advertisement|advert|sponsored(?: content)?|promoted|ad|skip ad|full ?screen|close|next|previous|prev|play|pause|replay|expand|enlarge|zoom|share|share this(?: article| story| page)?|share on [\w .]+|copy link|print|email|tweet|listen|listen to this (?:article|story).*|\d+ min(?:ute)?s? (?:read|listen)|follow us.*|sign up.*|subscribe.*|read more.*|continue reading|show more|load more|more on this story|related(?: stories| articles| content)?|most (?:read|popular|viewed|shared)|trending(?: now)?|you may also like|comments?|view comments|show comments|join the conversation.*|\d[\d,.]*k? comments?|comments? \(\d+\)|\d+ ?(?:of|\/) ?\d+|(?:image|photo|picture|slide) \d+ (?:of|\/) \d+)$/i,
    12,
  ],
  // photo credits: "Photo: …", "Photograph: …/…", "© …", "Image: …"
  [
    /^(?:photo(?:graph)?s?|images?|pictures?|pictured|illustrations?|graphics?|video|credits?|source|©)\s*(?::|\||\/|©)/i,
    20,
  ],
  // "Photograph by …" is a credit; "Photographs by residents showed the flood." is the story.
  [/^(?:photo(?:graph)?s?|images?|pictures?|illustrations?|graphics?|video)\s+by\b.*(?<![.!?"”])$/i, 12],
  [/^©/, 20],
  // bylines and datelines of the page (the story's own sentences end on a full stop)
  [
    /^by\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&|de|van|von|da))*\s*(?:[,|·—–-].{0,60})?(?<![.!?"”])$/u,
    15,
  ],
  [/^(?:published|updated|posted|last (?:updated|modified))\b.{0,60}(?<![.!?"”])$/i, 12],
  [/^(?:read more|related|see also|also read|read also|more|watch|listen|recommended|most read)\s*:/i, 25],
];
// A caption that ends on its credit: "… on Tuesday. Photograph: Ines Morrow/Coastline".
const CAPTION_CREDIT = /(?:photo(?:graph)?|image|picture|credit|illustration)s?\s*(?::|\bby\b)\s*[^.]{2,60}$/i;
const SPACE = /[\t\n\f\r ]/;

const words = (s) => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? []).length;
const nonSpace = (s) => s.replace(/\s+/g, "").length;
const nameWords = (el) => {
  const cls = typeof el.className === "string" ? el.className : (el.getAttribute("class") ?? "");
  const raw = `${el.id} ${cls}`;
  if (!raw.trim()) return "";
  return `-${raw
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join("-")}-`;
};
const isBlockDisplay = (display) => !/^(?:inline|contents|ruby|none)/.test(display);

/** Whether an element is there but not seen: visually hidden, transparent or clipped to nothing. */
function hiddenByLook(el, cs) {
  if (cs.display === "none" || cs.contentVisibility === "hidden" || cs.opacity === "0") return true;
  if (el.hidden || el.getAttribute("aria-hidden") === "true") return true;
  const positioned = cs.position === "absolute" || cs.position === "fixed";
  if (positioned) {
    if (cs.clip === "rect(0px, 0px, 0px, 0px)" || cs.clipPath === "inset(50%)") return true;
    if (parseFloat(cs.left) < -999 || parseFloat(cs.top) < -999) return true;
  }
  if (parseFloat(cs.textIndent) < -999) return true;
  if (/hidden|clip/.test(cs.overflowX + cs.overflowY) || positioned) {
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) return true;
  }
  return false;
}

/** Whether an element holds paragraphs of prose (three of more than 120 characters, few links). */
function holdsProse(el) {
  let n = 0;
  for (const p of el.querySelectorAll("p")) {
    if (p.textContent.length > 120 && linkDensity(p) < 0.3 && ++n >= 3) return true;
  }
  return false;
}

/** Link text over all text, counting letters and digits only (whitespace differs by markup). */
function linkDensity(el) {
  const total = nonSpace(el.textContent);
  if (!total) return 0;
  let links = 0;
  for (const a of el.querySelectorAll("a[href]")) links += nonSpace(a.textContent);
  return links / total;
}

/**
 * Why an element is page furniture rather than the story, or "" if it is the story's: by structure
 * (figures, captions, asides, navigation), by class and id names (share, related, credit, ad slots),
 * by what its text says (credits, counters, gallery controls) and by link density.
 */
function furnitureReason(el, cs, name) {
  if (FURNITURE_TAGS.has(name)) return "structure";
  if (FURNITURE_ROLES.has(el.getAttribute("role"))) return "role";
  if (el.hasAttribute("data-ad") || el.hasAttribute("data-ad-slot") || el.hasAttribute("data-ad-unit")) return "ad";
  const names = nameWords(el);
  if (
    names &&
    name !== "article" &&
    name !== "main" &&
    !el.querySelector("article, main, [itemprop=articleBody]") &&
    (FURNITURE_NAMES.test(names) || (FURNITURE_NAMES_WEAK.test(names) && !holdsProse(el)))
  )
    return "name";
  if (!isBlockDisplay(cs.display)) return "";
  const raw = el.textContent;
  if (raw.length < 400) {
    const text = raw.replace(/\s+/g, " ").trim();
    if (!text) return "";
    const n = words(text);
    if (FURNITURE_TEXT.some(([re, most]) => n <= most && re.test(text))) return "text";
    if (n < 40 && CAPTION_CREDIT.test(text)) return "credit";
    if (el.querySelector("a[rel~=author]") && n < 20) return "byline";
    if (el.querySelector("time") && n < 12 && !/[.!?]["”’]?$/.test(text)) return "timestamp";
  }
  const density = linkDensity(el);
  if (/^(?:p|li|dd|dt|h[2-6]|blockquote)$/.test(name)) {
    if (density > 0.8 && words(raw) <= 30) return "links";
  } else if (density > 0.5 && words(raw) < 300) return "links";
  return "";
}

/**
 * The text of the story blocks `roots` as a reader sees it, and where each character came from.
 * Block boxes break paragraphs ("\n\n"), <br> breaks lines, whitespace collapses across nodes as CSS
 * collapses it (so splitting a text node never changes what is read), and what is hidden or page
 * furniture is left out. Returns { text, entries, roots, blocks, excluded }: each entry is a text
 * node, the offset of its first character in `text` (UTF-16) and, per character read, its offset in
 * the node's value; `gapBefore` says something was left out since the previous entry.
 */
function read(roots, { ignore = null, record = false } = {}) {
  const out = [];
  let length = 0;
  const entries = [];
  const blocks = record ? [] : null;
  const rootSpans = [];
  const excluded = { furniture: 0, hidden: 0, furnitureBlocks: [] };
  let pendingBreak = "";
  let pendingSpace = null; // the text node and raw offset of a space not yet written
  let atLineStart = true;
  let gap = false;
  let linkDepth = 0;
  let linkChars = 0;
  const stack = [];

  const breakLine = (kind) => {
    pendingSpace = null;
    atLineStart = true;
    if (length === 0) return;
    if (kind === "\n\n" || !pendingBreak) pendingBreak = kind;
  };
  const put = (node, raw, ch) => {
    let entry = entries[entries.length - 1];
    if (!entry || entry.node !== node) {
      entry = { node, start: length, chars: [], gapBefore: gap };
      entries.push(entry);
      gap = false;
    }
    entry.chars.push(raw);
    out.push(ch);
    length += 1;
    if (linkDepth) linkChars += 1;
  };
  const textNode = (node, visible) => {
    const value = node.nodeValue;
    if (!value) return;
    if (!visible) {
      if (value.trim()) {
        gap = true;
        excluded.hidden += words(value);
      }
      return;
    }
    for (let i = 0; i < value.length; i++) {
      const ch = value[i];
      if (SPACE.test(ch)) {
        if (!atLineStart && !pendingSpace && !pendingBreak) pendingSpace = { node, raw: i };
        continue;
      }
      if (pendingBreak) {
        out.push(pendingBreak);
        length += pendingBreak.length;
        pendingBreak = "";
      } else if (pendingSpace) {
        put(pendingSpace.node, pendingSpace.raw, " ");
      }
      pendingSpace = null;
      atLineStart = false;
      put(node, i, ch);
    }
  };
  const skip = (el, kind) => {
    gap = true;
    const n = words(el.textContent);
    if (kind === "hidden") excluded.hidden += n;
    else if (n) {
      excluded.furniture += n;
      excluded.furnitureBlocks.push(el);
    }
  };
  const visit = (el, isRoot) => {
    const name = el.localName.toLowerCase();
    if (NEVER_TEXT.has(name) || el.hasAttribute("data-sidenote-panel")) {
      if (name !== "script" && name !== "style" && name !== "template") skip(el, "furniture");
      return;
    }
    if (name === "br") {
      breakLine("\n");
      return;
    }
    const cs = getComputedStyle(el);
    if (hiddenByLook(el, cs)) return skip(el, "hidden");
    if (!isRoot) {
      if (ignore && el.matches(ignore)) return skip(el, "furniture");
      if (el.hasAttribute("data-sidenote-ignore") || furnitureReason(el, cs, name)) return skip(el, "furniture");
    }
    const block = isBlockDisplay(cs.display);
    const link = name === "a" && el.hasAttribute("href");
    let rec = null;
    if (block) {
      breakLine("\n\n");
      if (blocks) {
        if (stack.length) stack[stack.length - 1].hasBlockChild = true;
        rec = { el, start: length, links: linkChars, hasBlockChild: false };
        stack.push(rec);
        blocks.push(rec);
      }
    }
    if (link) linkDepth++;
    const visible = cs.visibility === "visible";
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) textNode(child, visible);
      else if (child.nodeType === Node.ELEMENT_NODE) visit(child, false);
    }
    if (link) linkDepth--;
    if (block) {
      breakLine("\n\n");
      if (rec) {
        stack.pop();
        rec.end = length;
        rec.links = linkChars - rec.links;
      }
    }
  };
  for (const root of roots) {
    const start = length + (length ? 2 : 0);
    breakLine("\n\n");
    visit(root, true);
    rootSpans.push({ el: root, start: Math.min(start, length), end: length });
    gap = true;
  }
  return { text: out.join(""), entries, roots: rootSpans, blocks, excluded };
}

/** The index of the entry holding the read character at `offset` (or the nearest before it). */
function entryAt(entries, offset) {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (entries[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The pieces of [start, end) of the read text, one per text node touched: { node, from, to } in the
 * node's raw value. Offsets count UTF-16 units, as the core's start16/end16 do.
 */
function piecesOf(entries, start, end) {
  const pieces = [];
  if (!entries.length || end <= start) return pieces;
  for (let i = entryAt(entries, start); i < entries.length && entries[i].start < end; i++) {
    const e = entries[i];
    const a = Math.max(start - e.start, 0);
    const b = Math.min(end - e.start, e.chars.length);
    if (b <= a) continue;
    pieces.push({
      node: e.node,
      from: e.chars[a],
      to: e.chars[b - 1] + 1,
      gapBefore: e.gapBefore && pieces.length > 0,
    });
  }
  return pieces;
}

/** DOM Ranges over [start, end) of the read text: one, unless left-out content lies inside. */
function rangesOf(entries, start, end) {
  const ranges = [];
  let range = null;
  for (const p of piecesOf(entries, start, end)) {
    if (!range || p.gapBefore) {
      range = document.createRange();
      range.setStart(p.node, p.from);
      ranges.push(range);
    }
    range.setEnd(p.node, p.to);
  }
  return ranges;
}

/** The read-text offset of a raw offset in an entry's node (for the pointer's caret). */
function offsetInEntry(entry, raw) {
  let lo = 0;
  let hi = entry.chars.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entry.chars[mid] < raw) lo = mid + 1;
    else hi = mid;
  }
  return entry.start + lo;
}

// ---------------------------------------------------------------------------------------------
// Finding the story: a text-density score in the spirit of Mozilla's Readability (our own).

const POSITIVE_NAMES = nameRule([
  "article\\w*",
  "body",
  "content",
  "entry",
  "main",
  "page",
  "post",
  "text",
  "story",
  "prose",
  "copy",
]);
const NEGATIVE_NAMES = nameRule([
  "comments?",
  "contact",
  "foot\\w*",
  "masthead",
  "media",
  "meta",
  "promo\\w*",
  "related",
  "scroll",
  "sidebar",
  "sponsor\\w*",
  "shopping",
  "tags",
  "tools?",
  "widget",
  "teaser",
  "card",
  "rail",
  "nav\\w*",
  "menu",
]);

function baseScore(el) {
  const name = el.localName;
  let score = { div: 5, article: 8, main: 5, section: 3, pre: 3, td: 3, blockquote: 3 }[name] ?? 0;
  if (/^(?:ol|ul|dl|dd|dt|li|form|address)$/.test(name)) score -= 3;
  if (el.getAttribute("itemprop") === "articleBody") score += 25;
  const names = nameWords(el);
  if (names) {
    if (POSITIVE_NAMES.test(names)) score += 25;
    if (NEGATIVE_NAMES.test(names)) score -= 25;
  }
  return score;
}

/**
 * The page's story body, found by itself: every paragraph of prose scores its parent (and, less,
 * its grandparents) by length and commas; the best-scoring block, less its link text, wins, and
 * siblings that score near it or read as prose join it (a body split over several blocks).
 * Furniture and hidden text score nothing. Returns the blocks in page order, or [] if no block
 * holds a story yet.
 */
function findStory({ ignore, exclude = [] }) {
  const scan = read([document.body], { ignore, record: true });
  const recordOf = new Map(scan.blocks.map((b) => [b.el, b]));
  const scores = new Map();
  const excluded = (el) => exclude.some((x) => x.contains(el) || el.contains(x));
  for (const b of scan.blocks) {
    const name = b.el.localName;
    const paragraph =
      /^(?:p|pre|td|blockquote)$/.test(name) || (!b.hasBlockChild && /^(?:div|section|article|main)$/.test(name));
    if (!paragraph) continue;
    const text = scan.text.slice(b.start, b.end);
    if (text.length < 25) continue;
    const points = 1 + (text.match(/[,،、，]/g)?.length ?? 0) + Math.min(3, Math.floor(text.length / 100));
    let level = 0;
    for (let a = b.el === document.body ? b.el : b.el.parentElement; a && level < 5; a = a.parentElement, level++) {
      if (!recordOf.has(a)) break;
      let s = scores.get(a);
      if (!s) {
        s = { el: a, score: baseScore(a) };
        scores.set(a, s);
      }
      s.score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      if (a === document.body) break;
    }
  }
  const density = (el) => {
    const r = recordOf.get(el);
    return r && r.end > r.start ? r.links / (r.end - r.start) : 0;
  };
  const final = (el) => {
    const s = scores.get(el);
    return s ? s.score * (1 - density(el)) : 0;
  };
  let top = null;
  for (const s of scores.values()) {
    if (excluded(s.el)) continue;
    s.final = s.score * (1 - density(s.el));
    if (!top || s.final > top.final) top = s;
  }
  if (!top) return [];
  const topRecord = recordOf.get(top.el);
  if (topRecord.end - topRecord.start < 200) return [];
  const parent = top.el === document.body ? null : top.el.parentElement;
  if (!parent) return [top.el];
  const threshold = Math.max(10, top.final * 0.2);
  const roots = [];
  for (const sibling of parent.children) {
    if (sibling === top.el) {
      roots.push(sibling);
      continue;
    }
    const r = recordOf.get(sibling);
    if (!r || r.end <= r.start || excluded(sibling)) continue;
    const bonus = sibling.className && sibling.className === top.el.className ? top.final * 0.2 : 0;
    if (final(sibling) + bonus >= threshold) roots.push(sibling);
    else if (sibling.localName === "p") {
      const text = scan.text.slice(r.start, r.end);
      const d = density(sibling);
      if ((text.length > 80 && d < 0.25) || (d === 0 && /[.!?]["”’]?(?:\s|$)/.test(text))) roots.push(sibling);
    }
  }
  return roots;
}

/** A story block that is only a teaser: a line or two, a heading or a link, beside a real story. */
function isTeaser(el, n, most) {
  return (
    n < 40 &&
    most >= 80 &&
    most >= 3 * n &&
    (el.localName === "article" || !!el.querySelector("h1, h2, h3, h4, h5, h6, a[href]"))
  );
}

/** Outermost elements only, in page order. */
function outermost(list) {
  return list.filter((el) => !list.some((other) => other !== el && other.contains(el)));
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
h2 { margin: 0; font-size: 15px; } .story { margin: .2rem 0 0; font-size: 13px; } .story:empty { display: none; } .status { margin: .2rem 0 0; color: var(--muted); font-size: 12px; }
.body { display: flex; flex-direction: column; flex: 1; min-height: 0; }
.closed .body { visibility: hidden; transition: visibility 0s .2s; }
.panel:not(.closed) { z-index: 2147483002; }
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
.reported { border-left-color: var(--quote); border-left-style: dotted; }
.desc, .meta { display: block; color: var(--muted); font-size: 12px; } .aside { color: var(--muted); }
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

// ---------------------------------------------------------------------------------------------
// The core, fetched once per page when the browser is idle.

let corePromise = null;
function loadCore() {
  corePromise ??= (async () => {
    const core = await import(new URL("./pkg/sidenote.js", import.meta.url));
    await core.default({ module_or_path: new URL("./pkg/sidenote_bg.wasm", import.meta.url) });
    return core;
  })();
  // A failed fetch is not kept: a later refresh() tries again.
  corePromise.catch(() => {
    corePromise = null;
  });
  return corePromise;
}
const idle = (work) =>
  typeof requestIdleCallback === "function" ? requestIdleCallback(work, { timeout: 1500 }) : setTimeout(work, 200);
const loaded = new Promise((resolve) => {
  if (document.readyState === "complete") resolve();
  else addEventListener("load", () => resolve(), { once: true });
});
let pageLoaded = document.readyState === "complete";
loaded.then(() => {
  pageLoaded = true;
});

const supportsHighlights = () => typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const SECTIONS = [
  ["person", "People"],
  ["organization", "Organizations"],
  ["place", "Places"],
  ["group", "Groups"],
  ["figure", "Figures"],
  ["quote", "Quotes"],
  ["reported", "Reported speech"],
];
const KIND_NAMES = ["person", "organization", "place", "group", "figure", "quote", "reported"];
const COLOURS = {
  person: "rgba(235, 120, 80, .28)",
  organization: "rgba(60, 140, 220, .25)",
  place: "rgba(60, 170, 90, .25)",
  group: "rgba(150, 90, 210, .22)",
  figure: "rgba(240, 190, 40, .35)",
  quote: "rgba(90, 130, 160, .16)",
  reported: "transparent",
};
// Reported speech is not quoted: a dotted rule under it, not a tint alone.
const REPORTED_RULE =
  "text-decoration: underline dotted rgba(47, 72, 88, .85); text-decoration-thickness: 2px; text-underline-offset: 3px;";
// Inner annotations paint over the quote around them, and the active one over all.
const PRIORITY = { reported: 0, quote: 1, person: 2, organization: 2, place: 2, group: 2, figure: 3, active: 10 };
// Nesting of <mark>s for the same span: quote outside, then names, then figures.
const NESTING = { reported: -1, quote: 0, person: 1, organization: 1, place: 1, group: 1, figure: 2 };

/**
 * Host-document styles: only ::highlight() rules named per widget and the widget's own <mark>
 * class, so no host element changes its computed style. Marks let the pointer through, so the
 * host's link (or paragraph) stays the target of clicks and its delegated handlers keep working.
 */
function hostStyles() {
  let style = document.querySelector("style[data-sidenote]");
  if (!style) {
    style = document.createElement("style");
    style.dataset.sidenote = "highlights";
    style.textContent =
      "mark.sidenote-mark { background: none; color: inherit; font: inherit; padding: 0; margin: 0; pointer-events: none; }\n" +
      KIND_NAMES.map((k) => `mark.sidenote-mark[data-sidenote="${k}"] { background-color: ${COLOURS[k]}; }`).join(
        "\n",
      ) +
      `\nmark.sidenote-mark[data-sidenote="reported"] { ${REPORTED_RULE} }` +
      "\nmark.sidenote-mark.sidenote-active { background-color: rgba(255, 215, 0, .75); }\n";
    document.head.append(style);
  }
  return style;
}
function addHighlightRules(id) {
  const style = hostStyles();
  if (style.textContent.includes(`sidenote-${id}-`)) return;
  style.textContent +=
    KIND_NAMES.map((k) => `::highlight(sidenote-${id}-${k}) { background-color: ${COLOURS[k]}; }`).join("\n") +
    `\n::highlight(sidenote-${id}-reported) { ${REPORTED_RULE} }` +
    `\n::highlight(sidenote-${id}-active) { background-color: rgba(255, 215, 0, .75); }\n`;
}

/**
 * A note as the page words it. The core gives every annotation its note (`annotateWithNotes`, the
 * page's own `view::note_text`): its kind, its line (title · aside) and its detail, so the widget
 * writes no wording of its own. `quoted` is the article's words, for a statement listed in the panel.
 */
function noteHtml(note, quoted = "") {
  return (
    `<span class="kind">${escapeHtml(note.label)}</span> <strong>${escapeHtml(note.title)}</strong>` +
    (note.aside ? `<span class="aside"> · ${escapeHtml(note.aside)}</span>` : "") +
    (quoted ? `<span class="desc">${escapeHtml(quoted)}</span>` : "") +
    note.details.map((d) => `<span class="meta">${escapeHtml(d)}</span>`).join("")
  );
}
const excerpt = (text) => (text.length > 90 ? `${text.slice(0, 90)}…` : text);

/** The notes of one annotation result: { section, kind, html, spans: [{ start, end }], order }. */
function itemsOf(result, kinds) {
  const span = (x) => ({ start: x.start16, end: x.end16, text: x.text });
  const { notes } = result;
  const items = [];
  if (kinds.has("entities")) {
    result.entities.forEach((e, i) => {
      items.push({
        section: e.kind,
        kind: e.kind,
        spans: e.mentions.map(span),
        mentions: e.mentions.length,
        order: e.mentions[0]?.start ?? 0,
        html: noteHtml(notes.entities[i]),
      });
    });
  }
  if (kinds.has("figures")) {
    result.figures.forEach((f, i) => {
      items.push({
        section: "figure",
        kind: "figure",
        spans: [span(f)],
        order: f.start,
        html: noteHtml(notes.figures[i]),
      });
    });
  }
  if (kinds.has("quotes")) {
    result.quotes.forEach((q, i) => {
      items.push({
        section: "quote",
        kind: "quote",
        spans: [span(q)],
        order: q.start,
        html: noteHtml(notes.quotes[i], `“${excerpt(q.text)}”`),
      });
    });
    result.attributions.forEach((r, i) => {
      items.push({
        section: "reported",
        kind: "reported",
        spans: [span(r)],
        order: r.start,
        html: noteHtml(notes.attributions[i], excerpt(r.text)),
      });
    });
  }
  return items;
}

/**
 * Wrap spans of the read text in <mark>s, for browsers without the Highlight API. Every text node
 * touched is split once at all the boundaries that fall in it, and each piece is wrapped in one
 * mark per annotation covering it, outermost first, so an inner annotation that ends where an
 * outer one ends cuts neither, and a quote and a figure over the same words are both marked. The
 * marks sit inside the host's elements (inside its links, never around them); the node a host
 * script holds stays in the page as the first piece. Returns what `unwrap` needs to undo it.
 */
function wrap(entries, spans, id) {
  const byNode = new Map();
  for (const s of spans) {
    for (const p of piecesOf(entries, s.start, s.end)) {
      if (!byNode.has(p.node)) byNode.set(p.node, []);
      byNode.get(p.node).push({ from: p.from, to: p.to, kind: s.kind, length: s.end - s.start });
    }
  }
  const undo = [];
  for (const [node, marks] of byNode) {
    const cuts = new Set();
    for (const m of marks) cuts.add(m.from).add(m.to);
    const bounds = [
      0,
      ...[...cuts].filter((c) => c > 0 && c < node.nodeValue.length).sort((a, b) => a - b),
      node.nodeValue.length,
    ];
    // Split from the right: the original node stays in the page as the first piece.
    for (let i = bounds.length - 2; i >= 1; i--) node.splitText(bounds[i]);
    const ordered = [node];
    for (let n = node.nextSibling, i = 1; i < bounds.length - 1; i++, n = n.nextSibling) ordered.push(n);
    const wrappers = [];
    ordered.forEach((part, i) => {
      const from = bounds[i];
      const to = bounds[i + 1];
      const covering = marks
        .filter((m) => m.from <= from && m.to >= to)
        .sort((a, b) => b.length - a.length || NESTING[a.kind] - NESTING[b.kind]);
      if (!covering.length) return;
      let outer = null;
      let inner = null;
      for (const m of covering) {
        const mark = document.createElement("mark");
        mark.className = "sidenote-mark";
        mark.dataset.sidenote = m.kind;
        mark.dataset.sidenoteWidget = id;
        if (inner) inner.append(mark);
        else outer = mark;
        inner = mark;
      }
      part.parentNode.insertBefore(outer, part);
      inner.append(part);
      wrappers.push(outer);
    });
    undo.push({ node, parts: ordered, wrappers });
  }
  return undo;
}

/** Take the widget's marks out again and join the pieces of each text node it split. */
function unwrap(undo) {
  for (const { node, parts, wrappers } of undo) {
    for (const w of wrappers) {
      if (!w.isConnected) continue;
      const inner = [...w.querySelectorAll("mark.sidenote-mark")].pop() ?? w;
      w.replaceWith(...inner.childNodes);
    }
    if (!node.isConnected) continue;
    let text = "";
    for (const p of parts) {
      if (p !== node && p.parentNode !== node.parentNode) continue;
      text += p.nodeValue;
      if (p !== node) p.remove();
    }
    if (node.nodeValue !== text) node.nodeValue = text;
  }
}

// ---------------------------------------------------------------------------------------------
// One widget: a story (one or more blocks), its highlights, its panel and its popover.

const REGISTRY = Symbol.for("sidenote.widgets");
// Shared by every copy of this module on the page (two URLs for the widget load it twice).
document[REGISTRY] ??= { widgets: [], sources: new WeakSet(), scan: null, count: 0 };
const registry = document[REGISTRY];

class Widget {
  /**
   * `source` is the script tag or <sidenote-article> that asked for it; `target` a selector,
   * "auto", or the element itself.
   */
  constructor(source, target) {
    this.source = source;
    this.target = target;
    this.id = `w${++registry.count}`;
    this.options = optionsFrom(source);
    this.state = null; // the last annotation: { text, roots, entries, items, spans, detail }
    this.undo = [];
    this.lastError = "";
    this.queue = Promise.resolve();
    this.timer = 0;
    const widget = this;
    this.api = {
      id: this.id,
      refresh: (opts) => widget.refresh(opts),
      get detail() {
        return widget.state?.detail ?? null;
      },
      // Every highlighted span: { kind, text, start, end, ranges } (UTF-16 offsets in detail.text).
      annotations: () =>
        (widget.state?.spans ?? []).map((s) => ({
          kind: s.kind,
          text: s.text,
          start: s.start,
          end: s.end,
          ranges: s.ranges,
        })),
      highlightName: (kind) => `sidenote-${widget.id}-${kind}`,
    };
    source.sidenote = this.api;
    registry.widgets.push(this);
  }

  start() {
    addHighlightRules(this.id);
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => this.concerns(r))) this.schedule();
    });
    this.observe();
    // First run when the story is near the viewport or the browser is idle, whichever is first.
    let started = false;
    const go = () => {
      if (started) return;
      started = true;
      this.enqueue({});
    };
    idle(() =>
      loadCore().then(
        () => idle(go),
        () => go(),
      ),
    );
    const roots = this.resolve();
    if (roots.length && "IntersectionObserver" in window) {
      const io = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            io.disconnect();
            go();
          }
        },
        { rootMargin: "200px" },
      );
      for (const r of roots) io.observe(r);
    }
    if (!pageLoaded) loaded.then(() => this.schedule());
  }

  observe() {
    this.observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ["class", "style", "hidden", "aria-hidden", "open"],
    });
  }

  /** Run `work` with the observer off, dropping the records of the widget's own changes. */
  quietly(work) {
    this.observer?.disconnect();
    try {
      return work();
    } finally {
      this.observer?.takeRecords();
      if (this.observer) this.observe();
    }
  }

  /**
   * Whether a change may change what is read: any added or changed content (a story may arrive
   * anywhere), but a class or style change only inside the story's blocks (a page animating its
   * furniture costs nothing). The widgets' own marks and panels are never a change.
   */
  concerns(record) {
    if (ownMutation(record)) return false;
    const roots = this.state?.roots;
    if (!roots) return true;
    const inside = roots.some((r) => r.contains(record.target));
    if (inside) return true;
    if (record.type === "attributes") return roots.some((r) => record.target.contains(r));
    // Outside the story: worth finding the story again only if a block of text came or a block
    // read went (finding it scans the page; a ticking clock elsewhere costs nothing).
    const big = [...record.addedNodes].some((n) => (n.textContent?.length ?? 0) >= 100);
    const gone = [...record.removedNodes].some((n) => roots.some((r) => n === r || n.contains?.(r)));
    if (big || gone) this.stale = true;
    return big || gone;
  }

  /** Re-read a quarter second after the first change (not after the last: a page that never stops changing is still read). */
  schedule() {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = 0;
      this.enqueue({});
    }, 250);
  }

  enqueue(opts) {
    const run = this.queue.then(() => this.run(opts));
    this.queue = run.catch(() => {});
    return run;
  }

  /** Re-read the story now; annotate only if its text (or its blocks) changed, or `force`. */
  refresh({ force = false } = {}) {
    return this.enqueue({ force, explicit: true });
  }

  /** The story's blocks, now. */
  resolve() {
    const ignore = this.options.ignore;
    if (this.target instanceof Element) return this.target.isConnected ? [this.target] : [];
    if (this.target === "auto") {
      const others = registry.widgets
        .filter((w) => w !== this && w.target !== "auto")
        .flatMap((w) => w.state?.roots ?? w.resolveStatic());
      return findStory({ ignore, exclude: others });
    }
    let matched;
    try {
      matched = outermost([...document.querySelectorAll(this.target)]);
    } catch {
      return [];
    }
    if (matched.length < 2) return matched;
    const counts = matched.map((el) => words(read([el], { ignore }).text));
    const most = Math.max(...counts);
    return matched.filter((el, i) => !isTeaser(el, counts[i], most));
  }

  resolveStatic() {
    if (this.target instanceof Element) return [this.target];
    if (this.target === "auto") return [];
    try {
      return [...document.querySelectorAll(this.target)];
    } catch {
      return [];
    }
  }

  fail(message, roots = this.state?.roots ?? []) {
    if (message === this.lastError) return;
    this.lastError = message;
    console.warn(`sidenote: ${message}`);
    const at = roots.find((r) => r.isConnected) ?? (this.source.isConnected ? this.source : document);
    at.dispatchEvent(
      new CustomEvent("sidenote:error", { bubbles: true, composed: true, detail: { message, widget: this.api } }),
    );
  }

  async run({ force = false, explicit = false }) {
    if (this.target !== "auto" && typeof this.target === "string") {
      try {
        document.querySelector(this.target);
      } catch {
        return this.fail(`data-target="${this.target}" is not a valid CSS selector`, []);
      }
    }
    if (this.options.ignore) {
      try {
        document.body.matches(this.options.ignore);
      } catch {
        this.options.ignore = null;
        this.fail(`data-ignore="${this.source.dataset.ignore}" is not a valid CSS selector; it is left out`, []);
      }
    }
    // The same blocks as last time unless the page gained or lost blocks of text (or was asked).
    const keep = this.state && !this.stale && !explicit && this.state.roots.every((r) => r.isConnected);
    this.stale = false;
    let roots = keep ? this.state.roots : this.resolve();
    if (!roots.length) {
      if (!pageLoaded && !explicit) return null;
      this.fail(
        this.target === "auto"
          ? "no story found on the page: no block holds enough prose (give data-target)"
          : `no element matches data-target="${this.target}"`,
        [],
      );
      return null;
    }
    let reading = read(roots, { ignore: this.options.ignore });
    if (!reading.text.trim()) {
      if (!pageLoaded && !explicit) return null;
      this.fail("the story has no visible text to annotate", roots);
      return null;
    }
    const same = (r) =>
      this.state &&
      r.text === this.state.text &&
      r.roots.length === this.state.roots.length &&
      r.roots.every((x, i) => x.el === this.state.roots[i]);
    if (same(reading) && !force) return this.state.detail;
    let core;
    try {
      core = await loadCore();
    } catch (error) {
      this.fail(`the annotation engine could not be loaded (${error?.message ?? error})`, roots);
      return null;
    }
    // The page may have changed while the core loaded: read again, then annotate at once.
    if (!keep) roots = this.resolve();
    if (!roots.length) return null;
    reading = read(roots, { ignore: this.options.ignore });
    if (!reading.text.trim() || (same(reading) && !force)) return this.state?.detail ?? null;
    let result;
    try {
      result = core.annotateWithNotes(reading.text);
    } catch (error) {
      this.fail(`annotate() failed: ${error?.message ?? error}`, roots);
      return null;
    }
    return this.show(roots, reading, result);
  }

  /** Highlight the result in place, fill the panel, tell the page. */
  show(roots, reading, result) {
    if (this.undo.length) {
      // The text was read through the last run's marks: take them out, then read the same text
      // from the host's own nodes again.
      this.clear();
      const again = read(roots, { ignore: this.options.ignore });
      if (again.text !== reading.text) {
        this.fail("the story changed while it was being annotated; it is read again");
        this.schedule();
        return null;
      }
      reading = again;
    }
    this.clear();
    const items = itemsOf(result, new Set(this.options.kinds));
    const spans = items.flatMap((item) => item.spans.map((s) => ({ ...s, item, kind: item.kind })));
    let entries = reading.entries;
    if (supportsHighlights()) {
      for (const s of spans) s.ranges = rangesOf(entries, s.start, s.end);
      const groups = new Map();
      for (const s of spans) {
        const name = `sidenote-${this.id}-${s.kind}`;
        if (!groups.has(name)) groups.set(name, []);
        groups.get(name).push(...s.ranges);
      }
      for (const [name, ranges] of groups) {
        const h = new Highlight(...ranges);
        h.priority = PRIORITY[name.split("-").pop()] ?? 0;
        CSS.highlights.set(name, h);
      }
    } else {
      this.quietly(() => {
        this.undo = wrap(entries, spans, this.id);
      });
      // Marks are inline and split no word: reading again gives the same text and offsets.
      const again = read(roots, { ignore: this.options.ignore });
      if (again.text !== reading.text) console.warn("sidenote: the text read changed after marking");
      entries = again.entries;
      for (const s of spans) s.ranges = rangesOf(entries, s.start, s.end);
    }
    for (const item of items) item.ranges = spans.filter((s) => s.item === item).flatMap((s) => s.ranges);
    spans.sort((a, b) => a.start - b.start);
    const blocks = roots;
    const detail = {
      entities: result.entities.length,
      figures: result.figures.length,
      quotes: result.quotes.length,
      attributions: result.attributions.length,
      length: reading.text.length,
      words: words(reading.text),
      blocks,
      text: reading.text,
      excluded: {
        words: reading.excluded.furniture,
        hiddenWords: reading.excluded.hidden,
        blocks: reading.excluded.furnitureBlocks,
      },
      kinds: [...this.options.kinds],
      highlightApi: supportsHighlights(),
      widget: this.api,
    };
    this.state = { text: reading.text, roots, entries, items, spans, detail };
    this.lastError = "";
    for (const r of roots) r.sidenote = this.api;
    this.render(items, result);
    this.bindHover(roots);
    roots[0].dispatchEvent(new CustomEvent("sidenote:annotated", { bubbles: true, composed: true, detail }));
    return detail;
  }

  clear() {
    if (supportsHighlights()) {
      for (const k of [...KIND_NAMES, "active"]) CSS.highlights.delete(`sidenote-${this.id}-${k}`);
    }
    if (this.undo.length) {
      const undo = this.undo;
      this.undo = [];
      this.quietly(() => unwrap(undo));
    }
  }

  destroy() {
    clearTimeout(this.timer);
    this.observer?.disconnect();
    this.observer = null;
    this.hover?.abort();
    this.clear();
    this.host?.remove();
    registry.widgets.splice(registry.widgets.indexOf(this), 1);
    placeToggles();
  }

  activate(ranges) {
    if (supportsHighlights()) {
      if (ranges.length) {
        const h = new Highlight(...ranges);
        h.priority = PRIORITY.active;
        CSS.highlights.set(`sidenote-${this.id}-active`, h);
      } else CSS.highlights.delete(`sidenote-${this.id}-active`);
      return;
    }
    for (const m of document.querySelectorAll(`mark.sidenote-active[data-sidenote-widget="${this.id}"]`))
      m.classList.remove("sidenote-active");
    if (!ranges.length) return;
    for (const m of document.querySelectorAll(`mark.sidenote-mark[data-sidenote-widget="${this.id}"]`)) {
      const text = m.firstChild;
      if (text?.nodeType === Node.TEXT_NODE && ranges.some((r) => r.intersectsNode(text)))
        m.classList.add("sidenote-active");
    }
  }

  /** The notes panel, in a Shadow DOM: made once, filled again on every annotation. */
  render(items, result) {
    if (!this.host) {
      const host = document.createElement("div");
      host.setAttribute("data-sidenote-panel", "");
      host.dataset.sidenoteWidget = this.id;
      const shadow = host.attachShadow({ mode: "open" });
      const o = this.options;
      const dark = o.theme === "dark" || (o.theme === "auto" && matchMedia("(prefers-color-scheme: dark)").matches);
      shadow.innerHTML = `<style>${PANEL_CSS}</style>
        <aside class="panel closed ${o.side === "left" ? "left" : "right"} ${dark ? "dark" : "light"}">
          <button class="toggle" aria-expanded="false">Sidenote</button>
          <div class="body" inert><header><h2>Sidenote</h2><p class="story"></p><p class="status"></p></header><div class="list"></div></div>
        </aside>
        <div class="pop ${dark ? "dark" : "light"}" role="tooltip" hidden></div>`;
      const toggle = shadow.querySelector(".toggle");
      toggle.addEventListener("click", () => this.setOpen(shadow.querySelector(".panel").classList.contains("closed")));
      shadow.querySelector(".pop").addEventListener("pointerenter", (e) => clearTimeout(e.currentTarget._hide));
      shadow.querySelector(".pop").addEventListener("pointerleave", () => this.hidePopover(POPOVER_LINGER_MS));
      document.addEventListener("keydown", (e) => {
        if (e.key === "Escape") this.hidePopover();
      });
      addEventListener("scroll", () => this.hidePopover(), { passive: true });
      this.host = host;
      this.shadow = shadow;
      this.quietly(() => document.body.append(host));
      placeToggles();
    }
    const shadow = this.shadow;
    const title = storyTitle(this.state.roots);
    shadow
      .querySelector(".panel")
      .setAttribute("aria-label", title ? `Sidenote annotations: ${title}` : "Sidenote annotations");
    shadow.querySelector(".status").textContent =
      `${result.entities.length} names · ${result.figures.length} figures · ${result.quotes.length} quotes · ${result.attributions.length} reported`;
    const list = shadow.querySelector(".list");
    list.replaceChildren();
    this.hidePopover();
    for (const [section, heading] of SECTIONS) {
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
          this.reveal(item.ranges[0]);
          setTimeout(() => this.showPopover(item, item.ranges[0]), 450);
        });
        button.addEventListener("mouseenter", () => this.activate(item.ranges));
        button.addEventListener("focus", () => {
          this.activate(item.ranges);
          if (inView(item.ranges[0])) this.showPopover(item, item.ranges[0]);
        });
        button.addEventListener("blur", () => this.hidePopover());
        button.addEventListener("mouseleave", () => this.activate([]));
        list.append(button);
      }
    }
  }

  /** Open or close the panel; a closed panel's notes are inert (out of the Tab order). */
  setOpen(open) {
    if (!this.shadow) return;
    if (open)
      for (const w of registry.widgets) if (w !== this && w.options.side === this.options.side) w.setOpen(false);
    const panel = this.shadow.querySelector(".panel");
    panel.classList.toggle("closed", !open);
    this.shadow.querySelector(".toggle").setAttribute("aria-expanded", String(open));
    this.shadow.querySelector(".body").inert = !open;
  }

  reveal(range) {
    if (!range) return;
    const rect = range.getBoundingClientRect();
    const reduce = matchMedia("(prefers-reduced-motion: reduce)").matches;
    window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: reduce ? "auto" : "smooth" });
    this.activate([range]);
  }

  /**
   * Show a highlight's note as a popover beside it, in the widget's Shadow DOM (fixed to the
   * window, over the host page, which stays as it was).
   */
  showPopover(item, range) {
    const pop = this.shadow?.querySelector(".pop");
    const line = range?.getClientRects()[0];
    if (!pop || !line) return;
    clearTimeout(pop._hide);
    if (pop._item !== item) {
      pop._item = item;
      pop.className = `pop ${pop.classList.contains("dark") ? "dark" : "light"} ${item.kind}`;
      pop.innerHTML =
        item.html +
        (item.mentions > 1 ? `<button type="button" class="all">Show all ${item.mentions} mentions</button>` : "");
      pop.querySelector(".all")?.addEventListener("click", () => this.activate(item.ranges));
    }
    pop.hidden = false;
    const { width, height } = pop.getBoundingClientRect();
    const below = line.bottom + 6;
    const top = below + height > innerHeight && line.top - 6 - height > 0 ? line.top - 6 - height : below;
    const left = Math.max(8, Math.min(line.left, innerWidth - width - 8));
    pop.style.top = `${top}px`;
    pop.style.left = `${left}px`;
    this.activate([range]);
  }

  hidePopover(linger = 0) {
    const pop = this.shadow?.querySelector(".pop");
    if (!pop || pop.hidden) return;
    clearTimeout(pop._hide);
    pop._hide = setTimeout(() => {
      pop.hidden = true;
      pop._item = null;
      this.activate([]);
    }, linger);
  }

  /**
   * Hover and tap on the story's highlights open their popovers. Highlights are not elements (the
   * Highlight API paints ranges; marks let the pointer through), so the pointer's position is
   * mapped to a text offset and the innermost annotation there: a name or figure before the quote
   * around it.
   */
  bindHover(roots) {
    this.hover?.abort();
    this.hover = new AbortController();
    const { signal } = this.hover;
    const at = (offset) => {
      const spans = this.state.spans;
      let lo = 0;
      let hi = spans.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (spans[mid].start <= offset) lo = mid + 1;
        else hi = mid;
      }
      const found = [];
      // Spans starting before the offset, nearest first; a quote may start far back.
      for (let i = lo - 1; i >= 0 && i >= lo - 64; i--) if (spans[i].end > offset) found.push(spans[i]);
      return found.sort((a, b) => a.end - a.start - (b.end - b.start));
    };
    const hit = (x, y) => {
      const caret =
        document.caretPositionFromPoint?.(x, y) ??
        (() => {
          const r = document.caretRangeFromPoint?.(x, y);
          return r && { offsetNode: r.startContainer, offset: r.startOffset };
        })();
      if (!caret) return null;
      this.state.byNode ??= new Map(this.state.entries.map((e) => [e.node, e]));
      const entry = this.state.byNode.get(caret.offsetNode);
      if (!entry) return null;
      const offset = offsetInEntry(entry, caret.offset);
      for (const o of [offset, offset - 1]) {
        for (const span of at(o)) {
          const range = span.ranges.find((r) =>
            [...r.getClientRects()].some(
              (b) => x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 1 && y <= b.bottom + 1,
            ),
          );
          if (range) return { span, range };
        }
      }
      return null;
    };
    let frame = 0;
    for (const root of roots) {
      root.addEventListener(
        "pointermove",
        (e) => {
          if (frame) return;
          const { clientX, clientY } = e;
          frame = requestAnimationFrame(() => {
            frame = 0;
            const found = hit(clientX, clientY);
            if (found) this.showPopover(found.span.item, found.range);
            else this.hidePopover(POPOVER_LINGER_MS);
          });
        },
        { signal },
      );
      root.addEventListener("pointerleave", () => this.hidePopover(POPOVER_LINGER_MS), { signal });
      // A tap shows the popover too (a link tapped still follows its link).
      root.addEventListener(
        "click",
        (e) => {
          const found = hit(e.clientX, e.clientY);
          if (found) this.showPopover(found.span.item, found.range);
        },
        { signal },
      );
    }
  }
}

const POPOVER_LINGER_MS = 300;

/** Whether a range is on screen now. */
function inView(range) {
  const r = range?.getClientRects()[0];
  return !!r && r.bottom > 0 && r.top < innerHeight;
}

/** A mutation made by a widget (its marks, its panel), which no widget needs to see. */
function ownMutation(record) {
  const ours = (n) =>
    n.nodeType === Node.ELEMENT_NODE &&
    (n.hasAttribute("data-sidenote-panel") || n.classList.contains("sidenote-mark"));
  if (record.type === "childList") {
    const changed = [...record.addedNodes, ...record.removedNodes];
    return changed.length > 0 && changed.every(ours);
  }
  return record.target.nodeType === Node.ELEMENT_NODE && ours(record.target);
}

/** The story's headline, for the panel's name: the page's h1 nearest the story. */
function storyTitle(roots) {
  const first = roots[0];
  const h = first?.closest("article")?.querySelector("h1, h2") ?? first?.querySelector("h1, h2");
  return h?.textContent.replace(/\s+/g, " ").trim().slice(0, 80) ?? "";
}

/** Each panel's toggle on its own line, so several widgets' toggles never sit on one spot. */
function placeToggles() {
  const seen = { left: 0, right: 0 };
  const many = registry.widgets.filter((w) => w.shadow).length > 1;
  for (const w of registry.widgets) {
    if (!w.shadow) continue;
    // Which story these notes are for, when a page has several.
    w.shadow.querySelector(".story").textContent = many && w.state ? storyTitle(w.state.roots) : "";
    const n = seen[w.options.side]++;
    w.shadow.querySelector(".toggle").style.top = `${4.5 + n * 2.75}rem`;
    w.shadow.querySelector(".toggle").textContent = n ? `Sidenote ${n + 1}` : "Sidenote";
  }
}

function optionsFrom(el) {
  const kinds = (el?.dataset.kinds ?? KINDS.join(","))
    .split(",")
    .map((s) => s.trim())
    .filter((k) => KINDS.includes(k));
  return {
    kinds: kinds.length ? kinds : KINDS,
    theme: ["light", "dark"].includes(el?.dataset.theme) ? el.dataset.theme : "auto",
    side: el?.dataset.side === "left" ? "left" : "right",
    ignore: el?.dataset.ignore?.trim() || null,
  };
}

// ---------------------------------------------------------------------------------------------
// Start-up: the custom element, and every script tag that loads this widget.

class SidenoteArticle extends HTMLElement {
  connectedCallback() {
    if (this._widget) return;
    this._widget = new Widget(this, this);
    const start = () => this._widget.start();
    if (document.body) start();
    else document.addEventListener("DOMContentLoaded", start, { once: true });
  }
  disconnectedCallback() {
    this._widget?.destroy();
    this._widget = null;
  }
  refresh(opts) {
    return this._widget?.refresh(opts) ?? Promise.resolve(null);
  }
}
if (!customElements.get("sidenote-article")) customElements.define("sidenote-article", SidenoteArticle);

/**
 * This widget's script tags. A module has no document.currentScript and, behind a redirect (a
 * "latest" alias), import.meta.url is not the tag's src: a tag is ours if its src is this module,
 * its path names sidenote, or it carries data-sidenote.
 */
function ownScripts() {
  return [...document.querySelectorAll("script[src], script[data-sidenote]")].filter((s) => {
    if (s.hasAttribute("data-sidenote") || s.src === import.meta.url) return true;
    try {
      return /sidenote/i.test(new URL(s.src, location.href).pathname);
    } catch {
      return false;
    }
  });
}

function scanScripts() {
  for (const tag of ownScripts()) {
    if (registry.sources.has(tag)) continue;
    registry.sources.add(tag);
    const target = tag.dataset.target?.trim();
    // A bare tag beside <sidenote-article> elements only defines the element.
    if (target === undefined && document.querySelector("sidenote-article")) continue;
    new Widget(tag, !target || target === "auto" ? "auto" : target).start();
  }
}

if (!registry.scan) {
  registry.scan = scanScripts;
  document.addEventListener("sidenote:refresh", (e) => {
    const force = !!e.detail?.force;
    const at = e.target;
    if (at === document || at === document.documentElement || at === document.body) {
      registry.scan();
      for (const w of registry.widgets) w.refresh({ force });
      return;
    }
    for (const w of registry.widgets) {
      const roots = w.state?.roots ?? w.resolveStatic();
      if (w.source === at || roots.some((r) => r.contains(at) || at.contains(r))) w.refresh({ force });
    }
  });
}
idle(() => loadCore().catch(() => {}));
if (document.readyState === "loading")
  document.addEventListener("DOMContentLoaded", () => registry.scan(), { once: true });
else registry.scan();
