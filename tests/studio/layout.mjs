// Measures where things are in letters as Chromium lays them out, on screen and in
// print, and takes a screenshot of each: run by tests/rtl.rs as
//   node layout.mjs <screenshot folder> <letter.html>...
// Prints one JSON object per letter: for every pictogram step, box, list, the address
// window, the letterhead and each number group, the boxes (x from the left, in px) and
// the direction of the text around them. The Rust test decides what is right.
import { chromium } from "playwright-core";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

const [shots, ...files] = process.argv.slice(2);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});

// Runs in the page: everything the test checks, per element, with its language.
function measure() {
  const rect = (el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, width: r.width };
  };
  const where = (el) => ({
    lang: el.closest("[lang]")?.getAttribute("lang") ?? "",
    dir: getComputedStyle(el).direction,
  });
  const all = (selector) => [...document.querySelectorAll(selector)];
  const out = {
    html: { lang: document.documentElement.lang, dir: document.documentElement.dir },
    steps: all(".step").map((s) => ({
      ...where(s),
      pictogram: rect(s.querySelector(".pictogram")),
      text: rect(s.querySelector(".step-text")),
    })),
    boxes: all(".callout, .objection").map((c) => {
      const style = getComputedStyle(c);
      return {
        ...where(c),
        pictogram: rect(c.querySelector(".pictogram")),
        text: rect(c.querySelector(".section-text")),
        bar_left: parseFloat(style.borderLeftWidth),
        bar_right: parseFloat(style.borderRightWidth),
      };
    }),
    lists: all("main ul:not(.checklist):not(.contact), main ol:not(.timeline-steps)").map((l) => {
      const item = l.querySelector("li");
      return { ...where(l), list: rect(l), item: rect(item) };
    }),
    // A number group ("14 020"), phone number or reference: its first and last word.
    numbers: all(".nowrap")
      .filter((n) => /\s/.test(n.textContent.trim()))
      .map((n) => {
        const text = n.firstChild;
        const words = n.textContent.split(/(\s+)/);
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, words[0].length);
        const first = range.getBoundingClientRect();
        const end = n.textContent.length;
        range.setStart(text, end - words[words.length - 1].length);
        range.setEnd(text, end);
        const last = range.getBoundingClientRect();
        return { ...where(n.parentElement), text: n.textContent, first: first.left, last: last.left };
      }),
    window: (() => {
      const w = document.querySelector(".window");
      const a = w.querySelector(".recipient");
      const lines = [...a.querySelectorAll("bdi")].map(rect);
      return { ...where(w), window: rect(w), lines, details: rect(document.querySelector(".details")) };
    })(),
    letterhead: {
      organisation: rect(document.querySelector(".organisation")),
      contact: rect(document.querySelector(".contact")),
    },
    details: all(".details > div").map((d) => ({
      ...where(d),
      label: rect(d.querySelector("dt")),
      value: rect(d.querySelector("dd")),
    })),
    parts: all("section.part").map((p) => ({
      lang: p.getAttribute("lang"),
      dir: getComputedStyle(p).direction,
      label: p.querySelector(".part-label").innerText,
    })),
  };
  return out;
}

try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  for (const file of files) {
    await page.goto(pathToFileURL(file).href);
    const screen = await page.evaluate(measure);
    await page.screenshot({ path: join(shots, basename(file, ".html") + ".png"), fullPage: true });
    await page.emulateMedia({ media: "print" });
    const print = await page.evaluate(measure);
    await page.screenshot({ path: join(shots, basename(file, ".html") + "-print.png"), fullPage: true });
    await page.emulateMedia({ media: "screen" });
    console.log(JSON.stringify({ file: basename(file), screen, print }));
  }
} finally {
  await browser.close();
}
