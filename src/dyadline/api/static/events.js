"use strict";
(function () {
  const form = document.getElementById("filters");
  const body = document.querySelector("#events tbody");
  const count = document.getElementById("count");
  const PAGE = 50;
  let offset = 0;

  function row(e) {
    const evidence = el("td", { class: "evidence" }, highlight(e.text, e.marks || []));
    return el("tr", { class: "quad-" + e.quad, "data-id": e.id },
      el("td", {}, e.day || "–"),
      el("td", {}, el("span", { class: "badge q-" + e.quad, title: e.quad + (e.mode ? " / " + e.mode : "") }, e.type)),
      el("td", { class: "st-" + e.status }, e.status),
      el("td", {}, actorName(e.source), " → ", actorName(e.target)),
      evidence,
      el("td", {}, docLink(e.doc_id, e.title || e.doc_id, "#ev-" + e.index)));
  }

  async function load() {
    const values = formValues(form);
    pushState(values);
    try {
      const page = await api("events", { ...values, limit: PAGE, offset });
      body.replaceChildren(...page.items.map(row));
      const last = Math.min(offset + page.items.length, page.total);
      count.textContent = page.total ? `events ${offset + 1}–${last} of ${page.total}` : "no events match";
      document.getElementById("prev").disabled = offset === 0;
      document.getElementById("next").disabled = last >= page.total;
    } catch (err) { showError(count, err); }
  }

  async function fillTypes() {
    const select = document.getElementById("type-select");
    const types = await api("types");
    for (const t of types) select.append(el("option", { value: t.type }, `${t.type} (${t.asserted})`));
  }

  const reload = () => { offset = 0; load(); };
  form.addEventListener("input", debounce(reload, 250));
  form.addEventListener("change", reload);
  form.addEventListener("submit", (ev) => { ev.preventDefault(); reload(); });
  document.getElementById("prev").addEventListener("click", () => { offset = Math.max(0, offset - PAGE); load(); });
  document.getElementById("next").addEventListener("click", () => { offset += PAGE; load(); });
  fillTypes().then(() => { syncForm(form); load(); });
})();
