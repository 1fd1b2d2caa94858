// The JavaScript API as a package user meets it: import pkg/, init, annotate.
// Build pkg/ first (scripts/build-pkg.sh; scripts/test.sh does).
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import init, {
  annotate,
  annotateToWebAnnotations,
  annotateWithNotes,
  citeQuote,
  describeFigure,
  figureKindLabel,
  formatNumber,
} from "../../pkg/sidenote.js";

const pkg = new URL("../../pkg/", import.meta.url);
const ARTICLE = [
  "Café owners protest in Zürich 🇨🇭",
  "",
  "ZURICH — About 250 café owners 😤 marched through the old town on Friday, said the organiser, Renée Müller, 44.",
  "",
  "“We are tired of waiting,” Müller told reporters. “The city promised help twice and did nothing.”",
  "",
  "According to the Swiss Federal Statistical Office, nearly 1,200 cafés closed last year.",
].join("\n");

before(async () => {
  await init({ module_or_path: readFileSync(new URL("sidenote_bg.wasm", pkg)) });
});

/** Every span's UTF-16 offsets slice the JS string to its text; code points too. */
function checkSpan(span) {
  assert.equal(ARTICLE.slice(span.start16, span.end16), span.text);
  assert.equal([...ARTICLE].slice(span.start, span.end).join(""), span.text);
}

test("annotate returns SPEC objects with UTF-16 offsets around emoji and accents", () => {
  const result = annotate(ARTICLE);
  assert.deepEqual(Object.keys(result).sort(), ["attributions", "entities", "figures", "quotes"]);
  for (const e of result.entities) e.mentions.forEach(checkSpan);
  result.figures.forEach(checkSpan);
  result.quotes.forEach(checkSpan);
  result.attributions.forEach(checkSpan);

  const renee = result.entities.find((e) => e.name === "Renée Müller");
  assert.ok(renee, `entities: ${result.entities.map((e) => e.name)}`);
  assert.equal(renee.kind, "person");
  assert.ok(renee.mentions.some((m) => m.text === "Müller"));
  // The emoji before her name makes the two offset systems differ.
  assert.ok(renee.mentions[0].start16 > renee.mentions[0].start);

  const cafes = result.figures.find((f) => f.text.startsWith("About 250"));
  assert.equal(cafes?.value, 250);
  assert.equal(cafes?.bound, "approx");

  const quote = result.quotes.find((q) => q.text.startsWith("We are tired"));
  assert.equal(quote?.speaker, renee.id);
  assert.equal(quote?.cue, "told");

  // Reported speech, and the figures it gives their source.
  const statistics = result.attributions.find((a) => a.text.startsWith("nearly 1,200"));
  assert.equal(statistics?.cue, "According to");
  assert.equal(statistics?.kind, "indirect");
  const closed = result.figures.find((f) => f.text.startsWith("nearly 1,200"));
  assert.equal(closed?.attributed_to?.attribution, result.attributions.indexOf(statistics));
  const twice = result.figures.find((f) => f.text === "twice");
  assert.equal(twice?.attributed_to?.speaker, renee.id);
});

test("annotateToWebAnnotations gives W3C selectors", () => {
  const collection = annotateToWebAnnotations(ARTICLE, "https://example.org/cafes");
  assert.equal(collection.type, "AnnotationCollection");
  assert.equal(collection["@context"], "http://www.w3.org/ns/anno.jsonld");
  const items = collection.first.items;
  assert.equal(items.length, collection.total);
  for (const item of items) {
    const [quote, position] = item.target.selector;
    assert.equal(item.target.source, "https://example.org/cafes");
    assert.equal(quote.type, "TextQuoteSelector");
    assert.equal(position.type, "TextPositionSelector");
    assert.equal([...ARTICLE].slice(position.start, position.end).join(""), quote.exact);
  }
});

test("bad input gives sensible output or a clear error, never a trap", () => {
  assert.deepEqual(annotate(""), { entities: [], figures: [], quotes: [], attributions: [] });
  const odd = annotate("\u0000\uFFFD\u202E“““ ''' \uD83D"); // lone surrogate, controls, stray marks
  assert.ok(Array.isArray(odd.quotes));
  const huge = "word ".repeat(3_500_000); // 17.5 MB
  assert.throws(() => annotate(huge), /limit/);
  // The module still works after an error.
  assert.equal(annotate("Nearly 40 boats.").figures.length, 1);
});

test("the TypeScript declarations are generated for every field", () => {
  const dts = readFileSync(new URL("sidenote.d.ts", pkg), "utf8");
  assert.match(dts, /export function annotate\(text: string\): WithUtf16<Annotations>;/);
  assert.match(dts, /export function describeFigure\(figure: Figure\): string;/);
  assert.match(dts, /export function citeQuote\(quote: Quote, annotations: Pick<Annotations, "entities">\): string;/);
  assert.match(dts, /export function figureKindLabel\(kind: FigureKind\): string;/);
  for (const field of ["descriptors: string[]", "speaker_text?:", "bound: Bound", "hedge: string | null"]) {
    assert.ok(dts.includes(field), `missing ${field}`);
  }
});

test("the page's words for notes: describeFigure, citeQuote, formatNumber, figureKindLabel", () => {
  const result = annotate(ARTICLE);
  const cafes = result.figures.find((f) => f.text.startsWith("About 250"));
  // The wording is the page's (src/view.rs) and may change: the gist only.
  assert.match(describeFigure(cafes), /250/);
  const quote = result.quotes.find((q) => q.text.startsWith("We are tired"));
  assert.match(citeQuote(quote, result), /We are tired of waiting.*Renée Müller/);
  assert.match(citeQuote(quote, { entities: [] }), /We are tired of waiting/, "only entities are needed");
  assert.equal(formatNumber(2000), "2,000");
  assert.equal(formatNumber(1.2e9), "1.2 billion");
  assert.equal(figureKindLabel("percent"), "percent");
  // Not what annotate returns: a clear error, and the module goes on.
  assert.throws(() => describeFigure({ kind: "pies" }), /expected a figure/);
  assert.throws(() => describeFigure(null), /expected a figure/);
  assert.throws(() => citeQuote(quote, {}), /entities/);
  assert.throws(() => figureKindLabel("pies"), /figure kind/);
  assert.match(describeFigure(cafes), /250/);
});

test("annotateWithNotes: what annotate returns, and every annotation's note as the page words it", () => {
  const result = annotateWithNotes(ARTICLE);
  const plain = annotate(ARTICLE);
  assert.deepEqual({ ...result, notes: undefined }, { ...plain, notes: undefined });
  for (const kind of ["entities", "figures", "quotes", "attributions"]) {
    assert.equal(result.notes[kind].length, result[kind].length, kind);
    for (const note of result.notes[kind]) {
      assert.equal(typeof note.label, "string");
      assert.equal(typeof note.title, "string");
      assert.ok(note.aside === null || typeof note.aside === "string");
      assert.ok(Array.isArray(note.details));
    }
  }
  const cafes = result.figures.findIndex((f) => f.text.startsWith("About 250"));
  const note = result.notes.figures[cafes];
  assert.match(note.label, /^Figure · count$/);
  // The note's detail says the figure as describeFigure does: one wording.
  assert.equal(note.details[0], describeFigure(result.figures[cafes]));
  const muller = result.entities.findIndex((e) => e.name === "Renée Müller");
  assert.equal(result.notes.entities[muller].title, "Renée Müller");
  const dts = readFileSync(new URL("sidenote.d.ts", pkg), "utf8");
  assert.match(dts, /export function annotateWithNotes\(text: string\): WithUtf16<Annotations> & \{ notes: Notes \};/);
});
