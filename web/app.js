// The policykg explorer: runs SPARQL against /sparql, shows results as a table and
// draws an entity's neighbourhood with a small force layout in SVG. No libraries.
"use strict";

const PREFIXES = [
  ["pk", "https://w3id.org/policykg/ontology#"],
  ["rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"],
  ["rdfs", "http://www.w3.org/2000/01/rdf-schema#"],
  ["skos", "http://www.w3.org/2004/02/skos/core#"],
  ["dcterms", "http://purl.org/dc/terms/"],
  ["prov", "http://www.w3.org/ns/prov#"],
  ["xsd", "http://www.w3.org/2001/XMLSchema#"],
  ["id", "https://w3id.org/policykg/id/"],
  ["doc", "https://w3id.org/policykg/doc/"],
];
const SVG = "http://www.w3.org/2000/svg";
const $ = (id) => document.getElementById(id);

function shorten(iri) {
  for (const [prefix, ns] of PREFIXES) {
    if (iri.startsWith(ns)) {
      const rest = iri.slice(ns.length);
      try { return prefix + ":" + decodeURIComponent(rest); } catch (e) { return prefix + ":" + rest; }
    }
  }
  return iri;
}

function setStatus(text, isError) {
  const status = $("status");
  status.textContent = text;
  status.className = isError ? "error" : "";
}

async function sparql(query, accept) {
  const response = await fetch("sparql", {
    method: "POST",
    headers: { "Content-Type": "application/sparql-query", "Accept": accept },
    body: query,
  });
  const body = await response.text();
  if (!response.ok) {
    throw new Error(response.status + " " + response.statusText + ": " + body.trim());
  }
  return { body, truncated: response.headers.get("X-Policykg-Truncated") === "true" };
}

function queryForm(query) {
  const text = query.replace(/#[^\n]*/g, " ").replace(/PREFIX\s+\S*\s*<[^>]*>/gi, " ").replace(/BASE\s*<[^>]*>/gi, " ");
  const match = /\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(text);
  return match ? match[1].toUpperCase() : "SELECT";
}

async function runQuery() {
  const query = $("query").value;
  const results = $("results");
  const started = performance.now();
  setStatus("running…", false);
  document.body.dataset.state = "running";
  try {
    const form = queryForm(query);
    const graph = form === "CONSTRUCT" || form === "DESCRIBE";
    const answer = await sparql(query, graph ? "text/turtle" : "application/sparql-results+json");
    const ms = Math.round(performance.now() - started);
    results.replaceChildren();
    if (graph) {
      const pre = document.createElement("pre");
      pre.textContent = answer.body;
      results.append(pre);
      setStatus(`graph in ${ms} ms` + (answer.truncated ? " (cut at the server's limit)" : ""), false);
    } else {
      const json = JSON.parse(answer.body);
      if (typeof json.boolean === "boolean") {
        const p = document.createElement("p");
        p.className = "boolean";
        p.textContent = String(json.boolean);
        results.append(p);
        setStatus(`answer in ${ms} ms`, false);
      } else {
        results.append(table(json.head.vars, json.results.bindings));
        const n = json.results.bindings.length;
        setStatus(`${n} row${n === 1 ? "" : "s"} in ${ms} ms` + (answer.truncated ? " (cut at the server's limit)" : ""), false);
      }
    }
    document.body.dataset.state = "done";
  } catch (error) {
    results.replaceChildren();
    setStatus(error.message, true);
    document.body.dataset.state = "error";
  }
}

function table(vars, bindings) {
  const t = document.createElement("table");
  const head = t.createTHead().insertRow();
  for (const v of vars) {
    const th = document.createElement("th");
    th.textContent = v;
    head.append(th);
  }
  const body = t.createTBody();
  for (const binding of bindings) {
    const row = body.insertRow();
    row.className = "result-row";
    for (const v of vars) {
      const cell = row.insertCell();
      const term = binding[v];
      if (!term) continue;
      if (term.type === "uri") {
        const a = document.createElement("a");
        a.textContent = shorten(term.value);
        a.title = term.value;
        a.href = "?entity=" + encodeURIComponent(term.value);
        a.addEventListener("click", (event) => { event.preventDefault(); drawEntity(term.value); });
        cell.append(a);
      } else {
        cell.textContent = term.value;
        if (term["xml:lang"]) cell.lang = term["xml:lang"];
      }
    }
  }
  return t;
}

// ---- neighbourhood drawing --------------------------------------------------------

const HIDDEN = ["rdf:subject", "rdf:object", "rdf:predicate", "prov:wasDerivedFrom", "rdf:type"]
  .map((p) => { const [prefix, local] = p.split(":"); return PREFIXES.find((x) => x[0] === prefix)[1] + local; });

function iriLiteral(iri) {
  return "<" + iri.replace(/[<>"{}|^`\\\s]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")) + ">";
}

async function resolveEntity(text) {
  text = text.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return text;
  const literal = JSON.stringify(text);
  const answer = await sparql(
    `SELECT ?e WHERE { { ?e rdfs:label ${literal}@zh } UNION { ?e rdfs:label ${literal} } UNION { ?e skos:altLabel ${literal}@zh } } ORDER BY ?e LIMIT 1`,
    "application/sparql-results+json");
  const rows = JSON.parse(answer.body).results.bindings;
  if (!rows.length) throw new Error(`no entity is labelled ${text}`);
  return rows[0].e.value;
}

async function drawEntity(iriOrLabel) {
  const svg = $("graph");
  try {
    const iri = await resolveEntity(iriOrLabel);
    $("entity").value = iri;
    const hidden = HIDDEN.map(iriLiteral).join(", ");
    const node = iriLiteral(iri);
    const query = `SELECT ?s ?p ?o ?sl ?ol ?st ?ot ?si ?oi WHERE {
  { BIND(${node} AS ?s) ${node} ?p ?o . FILTER(isIRI(?o)) }
  UNION
  { BIND(${node} AS ?o) ?s ?p ${node} . FILTER(isIRI(?s)) }
  FILTER(?p NOT IN (${hidden}))
  OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?o rdfs:label ?ol }
  OPTIONAL { ?s a ?st } OPTIONAL { ?o a ?ot }
  OPTIONAL { ?s pk:indicator ?si } OPTIONAL { ?o pk:indicator ?oi }
} LIMIT 400`;
    const answer = await sparql(query, "application/sparql-results+json");
    const rows = JSON.parse(answer.body).results.bindings;
    const labelAnswer = await sparql(`SELECT ?l WHERE { ${node} rdfs:label ?l } LIMIT 1`, "application/sparql-results+json");
    const labels = JSON.parse(labelAnswer.body).results.bindings;
    const centerLabel = labels.length ? labels[0].l.value : shorten(iri);
    $("graph-title").textContent = "of " + centerLabel;
    layoutAndRender(svg, iri, centerLabel, rows);
    const url = new URL(window.location.href);
    url.searchParams.set("entity", iri);
    window.history.replaceState(null, "", url);
  } catch (error) {
    svg.replaceChildren();
    setStatus(error.message, true);
  }
}

const COLOURS = {
  Place: "#2a9d8f", AdministrativeRegion: "#2a9d8f", Region: "#2a9d8f", Zone: "#52b788",
  Organization: "#e76f51", GovernmentBody: "#e76f51", ResearchInstitute: "#f4a261", University: "#f4a261",
  Enterprise: "#e9c46a", Association: "#e9c46a", Facility: "#9b5de5", Program: "#3a86ff", Award: "#3a86ff",
  Policy: "#8338ec", Person: "#ff006e", Document: "#6c757d", Fact: "#adb5bd", RelationAssertion: "#adb5bd",
};

function colourOf(types) {
  for (const t of types) {
    const local = t.slice(t.lastIndexOf("#") + 1);
    if (COLOURS[local] && local !== "Place" && local !== "Organization") return COLOURS[local];
  }
  for (const t of types) {
    const local = t.slice(t.lastIndexOf("#") + 1);
    if (COLOURS[local]) return COLOURS[local];
  }
  return "#8d99ae";
}

function layoutAndRender(svg, center, centerLabel, rows) {
  const W = 800, H = 520;
  const nodes = new Map();
  const edges = new Map();
  const addNode = (iri, label, type) => {
    if (!nodes.has(iri)) nodes.set(iri, { iri, label: label || shorten(iri).replace(/^[a-z]+:/, "").split("/").pop(), types: new Set(), x: 0, y: 0, vx: 0, vy: 0 });
    if (type) nodes.get(iri).types.add(type);
  };
  addNode(center, centerLabel);
  for (const row of rows) {
    const s = row.s.value, o = row.o.value, p = row.p.value;
    // Facts have no label: their indicator names them.
    addNode(s, (row.sl || row.si || {}).value, row.st && row.st.value);
    addNode(o, (row.ol || row.oi || {}).value, row.ot && row.ot.value);
    const key = s + " " + p + " " + o;
    if (!edges.has(key)) edges.set(key, { s, o, p: shorten(p).replace(/^pk:/, "") });
  }
  // Keep the drawing readable: at most 40 neighbours.
  const list = [...nodes.values()].slice(0, 41);
  const kept = new Set(list.map((n) => n.iri));
  const links = [...edges.values()].filter((e) => kept.has(e.s) && kept.has(e.o));
  // Start on a circle, then relax: springs along edges, repulsion between nodes.
  list.forEach((n, i) => {
    if (n.iri === center) { n.x = W / 2; n.y = H / 2; return; }
    const angle = (2 * Math.PI * i) / (list.length - 1);
    n.x = W / 2 + 180 * Math.cos(angle);
    n.y = H / 2 + 180 * Math.sin(angle);
  });
  const byIri = new Map(list.map((n) => [n.iri, n]));
  for (let step = 0; step < 300; step++) {
    const cooling = 1 - step / 300;
    for (const a of list) {
      for (const b of list) {
        if (a === b) continue;
        let dx = a.x - b.x, dy = a.y - b.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 1) { dx = Math.random() - 0.5; dy = Math.random() - 0.5; d2 = 1; }
        const force = 5000 / d2;
        const d = Math.sqrt(d2);
        a.vx += (dx / d) * force;
        a.vy += (dy / d) * force;
      }
    }
    for (const e of links) {
      const a = byIri.get(e.s), b = byIri.get(e.o);
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const force = (d - 160) * 0.02;
      a.vx += (dx / d) * force; a.vy += (dy / d) * force;
      b.vx -= (dx / d) * force; b.vy -= (dy / d) * force;
    }
    for (const n of list) {
      if (n.iri === center) { n.vx = n.vy = 0; continue; }
      n.x += Math.max(-20, Math.min(20, n.vx)) * cooling;
      n.y += Math.max(-20, Math.min(20, n.vy)) * cooling;
      n.x = Math.max(40, Math.min(W - 40, n.x));
      n.y = Math.max(20, Math.min(H - 20, n.y));
      n.vx *= 0.5; n.vy *= 0.5;
    }
  }
  svg.replaceChildren();
  const make = (name, attrs, text) => {
    const el = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (text !== undefined) el.textContent = text;
    svg.append(el);
    return el;
  };
  for (const e of links) {
    const a = byIri.get(e.s), b = byIri.get(e.o);
    make("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y });
    make("text", { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 - 3, "class": "edge-label", "text-anchor": "middle" }, e.p);
  }
  for (const n of list) {
    const circle = make("circle", { cx: n.x, cy: n.y, r: n.iri === center ? 11 : 8, fill: colourOf([...n.types]), "class": n.iri === center ? "center" : "" });
    const title = document.createElementNS(SVG, "title");
    title.textContent = n.iri;
    circle.append(title);
    circle.addEventListener("click", () => drawEntity(n.iri));
    make("text", { x: n.x, y: n.y + 20, "class": "node-label", "text-anchor": "middle" }, n.label.length > 18 ? n.label.slice(0, 17) + "…" : n.label);
  }
}

// ---- start-up ---------------------------------------------------------------------

async function loadExamples() {
  const select = $("examples");
  try {
    const response = await fetch("examples");
    const examples = await response.json();
    for (const example of examples) {
      const option = document.createElement("option");
      option.value = example.name;
      option.textContent = example.name + " — " + example.question;
      select.append(option);
    }
    select.addEventListener("change", () => {
      const example = examples.find((e) => e.name === select.value);
      if (!example) return;
      $("query").value = example.sparql;
      $("question").textContent = example.question;
    });
    return examples;
  } catch (error) {
    setStatus("could not load the example queries: " + error.message, true);
    return [];
  }
}

async function start() {
  $("run").addEventListener("click", runQuery);
  $("query").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) runQuery();
  });
  $("entity-form").addEventListener("submit", (event) => { event.preventDefault(); drawEntity($("entity").value); });
  const examples = await loadExamples();
  const params = new URLSearchParams(window.location.search);
  const example = examples.find((e) => e.name === params.get("example"));
  if (example) {
    $("examples").value = example.name;
    $("query").value = example.sparql;
    $("question").textContent = example.question;
  }
  if (params.has("query")) $("query").value = params.get("query");
  const work = [];
  if (params.has("query") || example || params.has("run")) work.push(runQuery());
  if (params.has("entity")) work.push(drawEntity(params.get("entity")));
  await Promise.all(work);
}

start();
