// Runs axe-core (npm, pinned in package-lock.json) on HTML pages in headless Chromium:
// run by tests/accessibility.rs as
//   node axe.mjs <page.html>...
// Checks WCAG 2.0/2.1 A and AA and axe's best practices. Prints one JSON object per
// page: its path and every violation (rule, impact, help and the elements it names).
// The Rust test decides what fails.
import { chromium } from "playwright-core";
import { pathToFileURL } from "node:url";
import { violations } from "./axe-run.mjs";

const files = process.argv.slice(2);

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
  return { file, violations: await violations(page) };
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
