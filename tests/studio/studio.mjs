// Drives the studio in Debian's headless Chromium: load it, switch language, edit a
// message file on disk and see the preview change, see a plain-language finding with
// its .ftl line, and a static finding at its letter.md line; then axe-core checks the
// page with all of it shown (WCAG 2.1 A/AA and best practice). Run by tests/studio.rs:
// node studio.mjs <url> <project folder>.
import { chromium } from "playwright-core";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { violations } from "./axe-run.mjs";

const [url, project] = process.argv.slice(2);
const TEMPLATE = "bijzondere-bijstand-toekenning";
let scriptError = null;
const fail = (message) => {
  throw new Error(message);
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
try {
  // The studio's Content-Security-Policy allows its own script only; axe is let in.
  const page = await (await browser.newContext({ bypassCSP: true })).newPage();
  page.on("pageerror", (e) => (scriptError = e.message));
  // Jansen gets a gift (not a loan): the letter has the message bbt-gift edited below.
  await page.goto(`${url}/studio?template=${TEMPLATE}&example=jansen-wasmachine`);
  const letterText = async () => page.frameLocator("#letter").locator("body").innerText();
  const waitLetter = async (needle, what) => {
    for (let i = 0; i < 100; i++) {
      const body = await letterText().catch(() => "");
      if (body.includes(needle)) return body;
      await page.waitForTimeout(100);
    }
    fail(`${what}: the letter never showed “${needle}”; status: ${await page.locator("#status").innerText()}`);
  };

  // Load: Dutch letter, pages as images, a status.
  await waitLetter("U krijgt bijzondere bijstand", "load");
  await page.waitForSelector("#pages img", { timeout: 20000 });
  const alt = await page.locator("#pages img").first().getAttribute("alt");
  if (!alt.startsWith("Pagina 1 van")) fail("page image without a useful alt text: " + alt);

  // Keyboard: the language list is reachable and switches the letter to English.
  await page.locator("#language").focus();
  await page.selectOption("#language", "en");
  const english = await waitLetter("special assistance", "language switch");
  if (english.includes("U krijgt bijzondere bijstand")) fail("the English letter still shows Dutch");

  // Edit a message file on disk: the preview changes without a click.
  await page.selectOption("#language", "nl");
  await waitLetter("U krijgt bijzondere bijstand", "back to Dutch");
  const ftl = join(project, "locales/nl/bijzondere-bijstand-toekenning.ftl");
  const before = readFileSync(ftl, "utf8");
  const edited = before.replace(
    /^bbt-gift = .*$/m,
    "bbt-gift = Middels deze brief laten wij u weten dat u dit geld niet terug hoeft te betalen.",
  );
  if (edited === before) fail("the test's message bbt-gift is not in " + ftl);
  writeFileSync(ftl, edited);
  await waitLetter("Middels deze brief", "live reload");

  // A finding about the edited sentence, pointing at its .ftl line.
  const line = before.split("\n").findIndex((l) => l.startsWith("bbt-gift =")) + 1;
  const where = `locales/nl/bijzondere-bijstand-toekenning.ftl regel ${line}`;
  for (let i = 0; i < 100; i++) {
    const findings = await page.locator("#findings").innerText();
    if (findings.includes(where) && /middels/i.test(findings)) {
      break;
    }
    if (i === 99) fail(`no finding at ${where}: ${findings}`);
    await page.waitForTimeout(100);
  }

  // A misspelt pictogram in a branch no example reaches: the static check shows it
  // beside the text, at its letter.md line, while the letter itself still renders.
  const md = join(project, `templates/${TEMPLATE}/letter.md`);
  const source = readFileSync(md, "utf8");
  const branch = "\n{% if decision.amount == 1 %}\n::: step phnoe\nEen euro.\n:::\n{% endif %}\n";
  writeFileSync(md, source + branch);
  const iconLine = (source + branch).split("\n").indexOf("::: step phnoe") + 1;
  const staticWhere = `templates/${TEMPLATE}/letter.md regel ${iconLine}`;
  for (let i = 0; i < 100; i++) {
    const findings = await page.locator("#findings").innerText();
    if (findings.includes(staticWhere) && findings.includes("phnoe") && findings.includes("did you mean `phone`?")) {
      if (scriptError) fail("script error: " + scriptError);
      await waitLetter("U krijgt bijzondere bijstand", "letter beside the static finding");
      const found = await violations(page);
      if (found.length > 0) {
        fail("axe-core: " + found.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.join(", ")}`).join("; "));
      }
      console.log("studio: load, language switch, live reload, finding and static finding seen, axe-core clean");
      process.exitCode = 0;
      break;
    }
    if (i === 99) fail(`no static finding at ${staticWhere}: ${findings}`);
    await page.waitForTimeout(100);
  }
} catch (e) {
  console.error("studio test failed: " + e.message);
  process.exitCode = 1;
} finally {
  await browser.close();
}
