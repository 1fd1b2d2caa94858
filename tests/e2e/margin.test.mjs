// The margin stays in register with the text: on the sample and on six
// team-written articles of different shapes, at 1280 and 1024 px, every
// note shown in the margin starts within 160 px of the line of its
// highlight, no two overlap, and the margin ends within 240 px of the last
// line. "+N more" opens and closes with the keyboard. Prints the figures per
// article and width; saves screenshots at 1280, 1024 and 400 px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { ARTIFACTS, BASE, launch } from "./browser.mjs";

const dir = new URL("./articles/", import.meta.url);
const ARTICLES = [
  ["sample", null],
  ...readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => [f.replace(/\.txt$/, ""), readFileSync(new URL(f, dir), "utf8")]),
];
const REACH = 160;
const PAST_END = 240;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function ready(page, timeout = 60_000) {
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
  );
  await page.waitForTimeout(150);
}

async function open(width, text) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(BASE);
  await ready(page);
  if (text != null) {
    await page.fill("#article-input", text);
    await page.waitForFunction(() => /Annotating|Waiting/.test(document.querySelector(".status")?.textContent ?? ""));
    await ready(page);
  }
  return { page, context, errors };
}

/** Where the margin's notes and controls are, against their lines. */
function measure(page) {
  return page.evaluate(() => {
    const shown = (el) => el.offsetParent !== null && getComputedStyle(el).display !== "none";
    const notes = [...document.querySelectorAll(".note")].filter(shown).map((n) => {
      const anchor = document.getElementById(n.dataset.anchor)?.getClientRects()[0];
      const r = n.getBoundingClientRect();
      return {
        id: n.id,
        top: r.top + scrollY,
        bottom: r.bottom + scrollY,
        left: r.left,
        line: anchor ? anchor.top + scrollY : null,
      };
    });
    const controls = [...document.querySelectorAll(".more")].filter(shown).map((m) => {
      const r = m.getBoundingClientRect();
      return { id: m.getAttribute("aria-controls"), top: r.top + scrollY, bottom: r.bottom + scrollY };
    });
    const paras = [...document.querySelectorAll(".rows .para")];
    const range = document.createRange();
    range.selectNodeContents(paras.at(-1));
    const lastLine = range.getBoundingClientRect().bottom + scrollY;
    const waiting = [...document.querySelectorAll(".note.card.over")].length;
    return { notes, controls, lastLine, waiting, total: document.querySelectorAll(".note").length };
  });
}

function summary(name, width, m) {
  const d = m.notes.map((n) => Math.abs(n.top - n.line)).sort((a, b) => a - b);
  const median = d.length ? d[Math.floor(d.length / 2)] : 0;
  const worst = d.length ? d.at(-1) : 0;
  const end = Math.max(m.lastLine, ...m.notes.map((n) => n.bottom), ...m.controls.map((c) => c.bottom));
  const past = end - m.lastLine;
  console.log(
    `${name.padEnd(12)} ${String(width).padStart(4)} px: ${String(m.notes.length).padStart(3)} notes in the margin, ` +
      `${m.waiting} behind "+N more" (${m.controls.length} controls); distance to line median ${median.toFixed(0)} px, ` +
      `worst ${worst.toFixed(0)} px; margin ends ${past.toFixed(0)} px past the last line`,
  );
  return { median, worst, past };
}

function assertInRegister(name, width, m) {
  const { worst, past } = summary(name, width, m);
  for (const n of m.notes) {
    assert.ok(n.line != null, `${name} ${width}: ${n.id} has no anchor`);
    assert.ok(
      Math.abs(n.top - n.line) <= REACH,
      `${name} ${width}: ${n.id} starts ${(n.top - n.line).toFixed(0)} px from its line`,
    );
    assert.ok(n.left > 500, `${name} ${width}: ${n.id} is not in the margin (left ${n.left})`);
  }
  const boxes = [...m.notes, ...m.controls].sort((a, b) => a.top - b.top);
  for (let i = 1; i < boxes.length; i++) {
    // Apart, not touching: two cards with no gap read as one.
    assert.ok(
      boxes[i].top >= boxes[i - 1].bottom + 3,
      `${name} ${width}: ${boxes[i].id} overlaps or touches ${boxes[i - 1].id}`,
    );
  }
  assert.ok(past <= PAST_END, `${name} ${width}: the margin runs ${past.toFixed(0)} px past the last line`);
  assert.ok(worst <= REACH);
}

for (const width of [1280, 1024]) {
  test(`at ${width} px every margin note stays beside its line, on every article`, async () => {
    let opened = 0;
    for (const [name, text] of ARTICLES) {
      const { page, context, errors } = await open(width, text);
      const m = measure(page);
      const before = await m;
      assert.ok(before.notes.length >= 5, `${name}: only ${before.notes.length} notes shown`);
      assertInRegister(name, width, before);
      await page.screenshot({ path: `${ARTIFACTS}/margin-${name}-${width}.png`, fullPage: true });

      // "+N more" opens the waiting notes in place and closes them, by keyboard.
      const more = page.locator(".more:visible").first();
      if (await more.count()) {
        opened++;
        const label = await more.textContent();
        const waiting = Number(/\+(\d+)/.exec(label)?.[1]);
        assert.ok(waiting > 0, `label ${label}`);
        const aside = page.locator(`#${await more.getAttribute("aria-controls")}`);
        const visibleIn = () =>
          aside.evaluate(
            (a) => [...a.querySelectorAll(".note")].filter((n) => getComputedStyle(n).display !== "none").length,
          );
        const shownBefore = await visibleIn();
        await more.focus();
        await page.keyboard.press("Enter");
        await page.waitForTimeout(50);
        assert.equal(await more.getAttribute("aria-expanded"), "true");
        const open = await measure(page);
        assert.equal(await visibleIn(), shownBefore + waiting, `${name}: "+N more" shows ${waiting} more`);
        const boxes = [...open.notes, ...open.controls].sort((a, b) => a.top - b.top);
        for (let i = 1; i < boxes.length; i++) {
          assert.ok(
            boxes[i].top >= boxes[i - 1].bottom - 0.5,
            `${name} open: ${boxes[i].id} overlaps ${boxes[i - 1].id}`,
          );
        }
        assert.equal(
          await page.evaluate(() => document.activeElement.classList.contains("more")),
          true,
          "focus stays on the control",
        );
        if (width === 1280)
          await page.screenshot({ path: `${ARTIFACTS}/margin-${name}-${width}-more.png`, fullPage: true });
        await page.keyboard.press("Enter");
        await page.waitForTimeout(50);
        assert.equal(await more.getAttribute("aria-expanded"), "false");
        assert.equal(await visibleIn(), shownBefore, `${name}: closing hides them again`);
        assertInRegister(`${name} again`, width, await measure(page));
      }
      assert.deepEqual(errors, []);
      await context.close();
    }
    assert.ok(opened >= 1, "some article has a paragraph with more notes than fit beside it");
  });
}

test("at 400 px the article comes first: the cast is one line, notes fold under their paragraph", async () => {
  for (const [name, text] of ARTICLES) {
    const { page, context } = await open(400, text);
    const summaryLine = await page.textContent(".cast summary");
    assert.match(summaryLine, /\d+ (people|person)/, summaryLine);
    assert.equal(await page.$eval(".cast details", (d) => d.open), false);
    const firstLine = await page.$eval(".rows .para", (p) => p.getBoundingClientRect().top);
    assert.ok(firstLine < 900, `${name}: the article starts at ${firstLine} px, below the first screen`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 1, `${name}: the page scrolls sideways by ${overflow} px`);
    await page.screenshot({ path: `${ARTIFACTS}/margin-${name}-400.png`, fullPage: true });
    await context.close();
  }
});

test("a name without a card opens a popover beside it; its card shows every mention", async () => {
  const { page, context, errors } = await open(1280, null);
  const mark = page.locator("mark[data-pop][tabindex]").first();
  const name = (await mark.textContent()).trim();
  await mark.hover();
  const pop = page.locator(".popover");
  await pop.waitFor({ state: "visible" });
  const [m, p] = [await mark.boundingBox(), await pop.boundingBox()];
  assert.ok(
    Math.abs(p.y - (m.y + m.height)) < 40 || Math.abs(p.y + p.height - m.y) < 40,
    "the popover sits by its name",
  );
  assert.match(await pop.textContent(), /mention/);
  await page.screenshot({ path: `${ARTIFACTS}/popover-1280.png` });
  // Keyboard: Enter on the name moves into the card; Escape goes back.
  await page.mouse.move(2, 2);
  await mark.focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => !!document.activeElement.closest(".popover")), true);
  await page.keyboard.press("Escape");
  assert.equal(await pop.isVisible(), false);
  // "Show all mentions" marks them all.
  await mark.hover();
  await pop.waitFor({ state: "visible" });
  await page.click(".popover [data-action=select]");
  const selected = await page.$$eval("mark.selected", (els) => els.map((e) => e.textContent.trim()));
  assert.ok(
    selected.length >= 1 && selected.some((t) => name.includes(t) || t.includes(name)),
    `selected ${selected} for ${name}`,
  );
  assert.deepEqual(errors, []);
  await context.close();
});
