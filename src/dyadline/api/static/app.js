// dyadline UI helpers shared by every page. No framework; every piece of data from the
// API goes into the page through textContent or attributes, never through innerHTML.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== "" && value !== null && value !== undefined) query.set(key, value);
  }
  const url = "/api/" + path + (query.toString() ? "?" + query : "");
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}

// Evidence text with [start, end, role] marks, as a fragment of text nodes and <mark>s.
function highlight(text, marks) {
  const fragment = document.createDocumentFragment();
  const cuts = new Set([0, text.length]);
  for (const [s, e] of marks) { if (s >= 0 && e <= text.length && s < e) { cuts.add(s); cuts.add(e); } }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const roles = marks.filter(([ms, me]) => ms <= s && e <= me).map((m) => "m-" + m[2]);
    const piece = text.slice(s, e);
    fragment.append(roles.length ? el("mark", { class: [...new Set(roles)].join(" ") }, piece)
                                 : document.createTextNode(piece));
  }
  return fragment;
}

function formValues(form) {
  const values = {};
  for (const [key, value] of new FormData(form).entries()) values[key] = String(value).trim();
  return values;
}

// Keep filters in the address bar, so a filtered view can be shared or reloaded.
function syncForm(form) {
  const params = new URLSearchParams(location.search);
  for (const field of form.elements) {
    if (field.name && params.has(field.name)) field.value = params.get(field.name);
  }
}

function pushState(values) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) query.set(key, value);
  history.replaceState(null, "", location.pathname + (query.toString() ? "?" + query : ""));
}

function debounce(fn, ms) {
  let timer = null;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

function actorName(ref) { return ref ? ref.name : "–"; }

function docLink(docId, label, anchor) {
  return el("a", { href: "/documents/" + encodeURIComponent(docId) + (anchor || "") }, label || docId);
}

async function showStats() {
  const target = document.getElementById("stats");
  if (!target) return;
  try {
    const s = await api("stats");
    target.textContent = `${s.documents} documents · ${s.events} events (${s.asserted_events} asserted) · ${s.quotes} quotes`;
  } catch (err) { target.textContent = "store unavailable: " + err.message; }
}

function showError(container, err) {
  container.replaceChildren(el("p", { class: "error" }, "Error: " + err.message));
}

document.addEventListener("DOMContentLoaded", showStats);

// A filtered, paged list: the form's values go to /api/<resource>, prev/next page through,
// and every change of the form starts again at the first page. Returns the loader.
function pagedList({ form, container, count, resource, label, pageSize, render }) {
  let offset = 0;
  async function load() {
    const values = formValues(form);
    pushState(values);
    try {
      const page = await api(resource, { ...values, limit: pageSize, offset });
      container.replaceChildren(...page.items.map(render));
      const last = Math.min(offset + page.items.length, page.total);
      count.textContent = page.total ? `${label} ${offset + 1}–${last} of ${page.total}` : `no ${label} match`;
      document.getElementById("prev").disabled = offset === 0;
      document.getElementById("next").disabled = last >= page.total;
    } catch (err) { showError(count, err); }
  }
  const reload = () => { offset = 0; load(); };
  form.addEventListener("input", debounce(reload, 250));
  form.addEventListener("change", reload);
  form.addEventListener("submit", (ev) => { ev.preventDefault(); reload(); });
  document.getElementById("prev").addEventListener("click", () => { offset = Math.max(0, offset - pageSize); load(); });
  document.getElementById("next").addEventListener("click", () => { offset += pageSize; load(); });
  return load;
}
