// Runs axe-core (npm, pinned in package-lock.json) on HTML pages in headless Chromium:
// run by tests/accessibility.rs as
//   node axe.mjs <page.html>...
// Checks WCAG 2.0/2.1 A and AA and axe's best practices. Prints one JSON object per
// page: its path and every violation (rule, impact, help and the elements it names).
// The Rust test decides what fails.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const files = process.argv.slice(2);
const axe = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
// A letter forbids scripts in its Content-Security-Policy (it is sent to residents);
// the test's own script is let through.
const context = await browser.newContext({ bypassCSP: true });

async function check(page, file) {
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  await page.evaluate(axe);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
      },
      resultTypes: ["violations"],
    }),
  );
  return {
    file,
    violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    })),
  };
}

// Two pages at a time: the machine has two cores.
const queue = [...files];
async function worker() {
  const page = await context.newPage();
  for (let file = queue.shift(); file; file = queue.shift()) {
    console.log(JSON.stringify(await check(page, file)));
  }
  await page.close();
}
try {
  await Promise.all([worker(), worker()]);
} finally {
  await browser.close();
}
