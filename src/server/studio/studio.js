// The studio: calls the same API as a case system (/v1/templates, /v1/letters,
// /v1/check) and listens to /studio/events to show a change on disk at once.
"use strict";

const $ = (id) => document.getElementById(id);
const OWN = "__own__";
const LANGUAGES = { nl: "Nederlands", en: "Engels", ar: "Arabisch", tr: "Turks", pl: "Pools", uk: "Oekraïens" };
let templates = [];
let run = 0; // only the newest preview is shown
let pageUrls = [];

function text(tag, content, className) {
  const el = document.createElement(tag);
  el.textContent = content;
  if (className) el.className = className;
  return el;
}

function setStatus(message) {
  $("status").textContent = message;
}

function time() {
  return new Date().toLocaleTimeString("nl-NL");
}

function where(location) {
  if (!location) return "";
  if (location.file) return location.line ? `${location.file} regel ${location.line}` : location.file;
  if (location.record) return location.path ? `${location.record}: ${location.path}` : location.record;
  return "";
}

function fillProblems(list, diagnostics) {
  list.replaceChildren();
  for (const d of diagnostics) {
    const li = document.createElement("li");
    const at = where(d);
    if (at) li.append(text("span", at + ": ", "where"));
    li.append(document.createTextNode(d.message));
    if (d.suggestion) li.append(document.createTextNode(` (${d.suggestion})`));
    list.append(li);
  }
}

function showProblems(diagnostics) {
  fillProblems($("problem-list"), diagnostics);
  $("problems").hidden = diagnostics.length === 0;
}

// What the layout check found on paper (an address too long for the window, a letter
// over its page budget): the web page may be fine while the PDF cannot be made.
function showPaperProblems(diagnostics) {
  fillProblems($("paper-problem-list"), diagnostics);
  $("paper-problems").hidden = diagnostics.length === 0;
  if (diagnostics.length) $("pages").replaceChildren();
}

function selected(id) {
  return $(id).value;
}

function fill(select, options, keep) {
  select.replaceChildren();
  for (const [value, label] of options) {
    const option = text("option", label);
    option.value = value;
    select.append(option);
  }
  if (keep && options.some(([v]) => v === keep)) select.value = keep;
}

function template() {
  return templates.find((t) => t.id === selected("template"));
}

async function post(path, body) {
  return fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function problemsOf(response) {
  try {
    return (await response.json()).diagnostics || [];
  } catch {
    return [{ message: `De server antwoordde ${response.status}.` }];
  }
}

// A link may choose the first letter: /studio?template=...&lang=en&example=...
let params = new URLSearchParams(location.search);

async function loadTemplates() {
  const response = await fetch("/v1/templates");
  templates = await response.json();
  fill($("template"), templates.map((t) => [t.id, t.id]), params.get("template") || selected("template"));
  const [lang, example] = [params.get("lang"), params.get("example")];
  params = new URLSearchParams();
  return chooseTemplate(lang, example);
}

function chooseTemplate(lang, example) {
  const t = template();
  if (!t) return;
  fill($("language"), t.languages.map((l) => [l, `${LANGUAGES[l] || l} (${l})`]), lang || selected("language"));
  const examples = t.examples.map((e) => [e, `Voorbeeld: ${e}`]);
  examples.push([OWN, "Eigen gegevens (plak JSON)"]);
  fill($("example"), examples, example || selected("example"));
  return loadExample();
}

async function loadExample() {
  const t = template();
  const name = selected("example");
  if (t && name !== OWN) {
    const response = await fetch(`/v1/templates/${encodeURIComponent(t.id)}/examples/${encodeURIComponent(name)}`);
    if (response.ok) $("data").value = JSON.stringify(await response.json(), null, 2);
  }
  return refresh();
}

async function refresh() {
  const mine = ++run;
  const t = template();
  if (!t) return;
  let data;
  try {
    data = JSON.parse($("data").value);
  } catch (e) {
    showProblems([{ message: `De gegevens zijn geen geldige JSON: ${e.message}` }]);
    setStatus("De brief is niet gemaakt: kijk bij ‘Dit gaat mis’.");
    return;
  }
  const request = { template: t.id, language: selected("language"), data };
  setStatus("De brief wordt gemaakt…");
  const [html, check] = await Promise.all([
    post("/v1/letters", { ...request, format: "html" }),
    post("/v1/check", request),
  ]);
  const checked = check.ok ? await check.json() : null;
  if (mine !== run) return;
  // The findings first: a mistake the static check finds may be why the letter fails.
  showFindings(checked);
  if (!html.ok) {
    showProblems(await problemsOf(html));
    setStatus(`De brief is niet gemaakt (${time()}): kijk bij ‘Dit gaat mis’.`);
    return;
  }
  showProblems([]);
  $("letter").srcdoc = await html.text();
  setStatus(`Bijgewerkt om ${time()}: ${t.id}, ${LANGUAGES[request.language] || request.language}.`);
  showPages(request, mine);
}

function finding(severity, message, sentence, at) {
  const li = document.createElement("li");
  const word = severity === "error" ? "Moet anders" : severity === "warning" ? "Kan beter" : "Goed om te weten";
  li.append(text("span", word + ": ", `severity ${severity}`));
  li.append(document.createTextNode(message));
  if (sentence) li.append(text("span", sentence, "sentence"));
  if (at) li.append(text("span", "Aanpassen in " + at, "where"));
  return li;
}

// `checked` is the answer of /v1/check: the static check of letter.md (every branch,
// whatever the data reaches) and the plain-language report of this letter.
function showFindings(checked) {
  const list = $("findings");
  list.replaceChildren();
  const statics = (checked && checked.static) || [];
  const report = checked && checked.reports.length ? checked.reports[0].report : null;
  for (const d of statics) {
    list.append(finding(d.severity, d.message + (d.suggestion ? ` (${d.suggestion})` : ""), "", where(d)));
  }
  if (!report && !statics.length) {
    $("findings-summary").textContent = "De tips konden niet worden gemaakt.";
    return;
  }
  const findings = report ? report.findings : [];
  const n = statics.length + findings.length;
  $("findings-summary").textContent = n === 0 ? "Geen tips: de tekst is duidelijk." : `${n} ${n === 1 ? "tip" : "tips"}.`;
  for (const f of findings) {
    list.append(finding(f.severity, f.message + (f.suggestion ? " " + f.suggestion : ""), f.sentence, where(f.location)));
  }
}

async function page(request, n) {
  const response = await post("/v1/letters", { ...request, format: "png", page: n });
  if (!response.ok) return { problems: await problemsOf(response) };
  return { pages: Number(response.headers.get("X-Pages") || 1), blob: await response.blob() };
}

async function showPages(request, mine) {
  const first = await page(request, 1);
  if (mine !== run) return;
  if (first.problems) {
    showPaperProblems(first.problems);
    return;
  }
  showPaperProblems([]);
  const images = [first.blob];
  for (let n = 2; n <= first.pages; n++) {
    const next = await page(request, n);
    if (next.problems || mine !== run) return;
    images.push(next.blob);
  }
  pageUrls.forEach((u) => URL.revokeObjectURL(u));
  pageUrls = images.map((b) => URL.createObjectURL(b));
  $("pages").replaceChildren(
    ...pageUrls.map((url, i) => {
      const img = document.createElement("img");
      img.src = url;
      img.alt = `Pagina ${i + 1} van ${pageUrls.length} van de brief`;
      return img;
    }),
  );
}

function listen() {
  const events = new EventSource("/studio/events");
  events.addEventListener("reload", async (event) => {
    const info = JSON.parse(event.data);
    const broken = (info.problems || []).flatMap((p) => p.diagnostics || []);
    if (broken.length) {
      showProblems(broken);
      setStatus(`Een bestand veranderde (${info.parts.join(", ")}), maar het heeft een fout: kijk bij ‘Dit gaat mis’. U ziet de vorige versie.`);
      return;
    }
    if (info.parts.includes("templates")) {
      await loadTemplates();
    } else {
      await refresh();
    }
  });
}

$("template").addEventListener("change", () => chooseTemplate());
$("language").addEventListener("change", () => refresh());
$("example").addEventListener("change", () => loadExample());
$("choose").addEventListener("submit", (e) => {
  e.preventDefault();
  if (selected("example") !== OWN) $("example").value = OWN;
  refresh();
});
$("data").addEventListener("input", () => {
  $("example").value = OWN;
});

loadTemplates().then(listen, (e) => setStatus(`De studio kon de brieven niet laden: ${e.message}`));
