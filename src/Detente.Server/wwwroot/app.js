"use strict";
const $ = (id) => document.getElementById(id);
const QUADS = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];
const QUAD_NAMES = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

async function getJson(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function cell(row, text) {
  const td = document.createElement("td");
  td.textContent = text == null ? "" : String(text);
  row.appendChild(td);
}

function svg(name, attrs) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

function drawChart(periods) {
  const chart = $("chart");
  chart.replaceChildren();
  if (periods.length === 0) { $("chart-note").textContent = "No dated events for this pair."; return; }
  const width = 900, height = 260, pad = 30;
  const max = Math.max(...periods.map((p) => p.events));
  const step = (width - pad * 2) / periods.length;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", "aria-hidden": "true" });
  periods.forEach((p, i) => {
    let y = height - pad;
    QUADS.forEach((q, k) => {
      const h = ((p[q] || 0) / max) * (height - pad * 2);
      if (h > 0) {
        const bar = svg("rect", { x: pad + i * step + 2, y: y - h, width: Math.max(step - 4, 2), height: h, class: "q" + (k + 1) });
        const title = svg("title", {});
        title.textContent = `${p.period}: ${p[q]} ${QUAD_NAMES[k]}`;
        bar.appendChild(title);
        root.appendChild(bar);
        y -= h;
      }
    });
    const label = svg("text", { x: pad + i * step + step / 2, y: height - 8, "font-size": 11, "text-anchor": "middle" });
    label.textContent = p.period;
    root.appendChild(label);
  });
  chart.appendChild(root);
  const legend = document.createElement("p");
  legend.className = "legend";
  legend.innerHTML = QUAD_NAMES.map((n, k) => `<span class="q${k + 1}" style="background:currentColor" aria-hidden="true"></span>${n}`).join("");
  chart.appendChild(legend);
  $("chart-note").textContent = periods.map((p) => `${p.period}: ${p.events} events, Goldstein mean ${Number(p.goldstein_mean).toFixed(1)}`).join("; ");
}

async function openArticle(event) {
  const doc = await getJson("/api/articles/" + encodeURIComponent(event.article_id));
  const text = doc.text;
  const box = $("article-text");
  const mark = document.createElement("mark");
  mark.textContent = text.slice(event.start, event.end);
  box.replaceChildren(document.createTextNode(text.slice(0, event.start)), mark, document.createTextNode(text.slice(event.end)));
  $("article-h").textContent = doc.title || event.article_id;
  $("article-rule").textContent = `Event ${event.cameo} (${event.source || "?"} → ${event.target || "?"}), rule: ${event.rule}, confidence ${event.confidence}`;
  $("article").hidden = false;
  mark.scrollIntoView({ block: "center" });
  box.focus();
}

function eventRow(e) {
  const tr = document.createElement("tr");
  tr.tabIndex = 0;
  tr.dataset.article = e.article_id;
  [e.date, e.source, e.target, e.cameo, e.quad, e.goldstein, e.modality].forEach((v) => cell(tr, v));
  tr.addEventListener("click", () => openArticle(e));
  tr.addEventListener("keydown", (k) => { if (k.key === "Enter" || k.key === " ") { k.preventDefault(); openArticle(e); } });
  return tr;
}

async function loadEvents(query) {
  const page = await getJson("/api/events?limit=200" + query);
  $("events-body").replaceChildren(...page.items.map(eventRow));
}

async function showDyad() {
  const a = $("dyad-a").value.trim(), b = $("dyad-b").value.trim(), interval = $("interval").value;
  try {
    const series = await getJson(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series?interval=${interval}`);
    drawChart(series.periods);
    await loadEvents(`&dyad=${encodeURIComponent(a)}-${encodeURIComponent(b)}`);
  } catch (err) {
    $("chart-note").textContent = err.message;
  }
}

async function loadQuotes() {
  const speaker = $("speaker").value.trim();
  const page = await getJson("/api/quotes?limit=100" + (speaker ? "&speaker=" + encodeURIComponent(speaker) : ""));
  $("quotes-list").replaceChildren(...page.items.map((q) => {
    const li = document.createElement("li");
    li.textContent = `${q.speaker_name || q.speaker || "unattributed"}${q.date ? " (" + q.date + ")" : ""}: “${q.text}”`;
    return li;
  }));
}

async function loadTreatyStatus() {
  const asOf = $("as-of").value;
  const board = await getJson("/api/treaties/status?as_of=" + encodeURIComponent(asOf));
  $("as-of-shown").textContent = board.as_of;
  $("treaty-status-body").replaceChildren(...board.items.map((s) => {
    const tr = document.createElement("tr");
    tr.dataset.treaty = s.treaty;
    tr.dataset.party = s.party;
    tr.className = "status-" + s.status;
    const notice = s.notice_given ? `given ${s.notice_given}${s.notice_effective ? ", effective " + s.notice_effective : ""}` : "";
    [s.name ? `${s.treaty} (${s.name})` : s.treaty, s.party, s.status.replaceAll("_", " "), s.since, notice].forEach((v) => cell(tr, v));
    return tr;
  }));
}

async function loadTreaties() {
  const page = await getJson("/api/treaties?limit=200");
  const body = $("treaties-body");
  body.replaceChildren();
  for (const t of page.items) {
    const tr = document.createElement("tr");
    [t.treaty, t.party, t.action, t.date, t.status].forEach((v) => cell(tr, v));
    body.appendChild(tr);
  }
}

async function showActor(actor) {
  const events = await getJson("/api/events?limit=20&order=newest&actor=" + encodeURIComponent(actor.id));
  const quotes = await getJson("/api/quotes?limit=20&speaker=" + encodeURIComponent(actor.id));
  const page = $("actor-page");
  const h = document.createElement("h3");
  h.textContent = `${actor.name || actor.id} (${actor.country || "no country"}): ${actor.mentions} mentions in ${actor.articles} articles`;
  const p = document.createElement("p");
  p.textContent = `Newest events (${events.items.length}) and quotes (${quotes.items.length}).`;
  const table = document.createElement("table");
  table.innerHTML = "<caption>Newest events</caption><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Source</th><th scope=\"col\">Target</th><th scope=\"col\">CAMEO</th><th scope=\"col\">Quad</th><th scope=\"col\">Goldstein</th><th scope=\"col\">Modality</th></tr></thead>";
  const body = document.createElement("tbody");
  body.id = "actor-events";
  body.append(...events.items.map(eventRow));
  table.appendChild(body);
  const box = document.createElement("div");
  box.className = "scroll";
  box.appendChild(table);
  const said = document.createElement("ul");
  said.id = "actor-quotes";
  said.append(...quotes.items.map((q) => {
    const li = document.createElement("li");
    li.textContent = `${q.date || ""} “${q.text}”`;
    return li;
  }));
  page.replaceChildren(h, p, box, said);
}

async function loadActors() {
  const page = await getJson("/api/actors?limit=50");
  $("actors-list").replaceChildren(...page.items.map((a) => {
    const li = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = `${a.name || a.id} (${a.mentions})`;
    button.addEventListener("click", () => showActor(a));
    li.appendChild(button);
    return li;
  }));
}

$("dyad-form").addEventListener("submit", (e) => { e.preventDefault(); showDyad(); });
$("speaker").addEventListener("change", loadQuotes);
$("as-of-form").addEventListener("submit", (e) => { e.preventDefault(); loadTreatyStatus(); });
$("as-of").value = new Date().toISOString().slice(0, 10);
loadTreatyStatus();
showDyad();
loadQuotes();
loadTreaties();
loadActors();
