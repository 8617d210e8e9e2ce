"use strict";
(function () {
  const form = document.getElementById("filters");
  const body = document.querySelector("#documents tbody");
  const count = document.getElementById("count");

  async function load() {
    const values = formValues(form);
    pushState(values);
    try {
      const page = await api("documents", { ...values, limit: 200 });
      body.replaceChildren(...page.items.map((d) => el("tr", {},
        el("td", {}, d.date || "–"), el("td", {}, docLink(d.id, d.title || d.id)),
        el("td", {}, d.source || "–"), el("td", {}, String(d.events)), el("td", {}, String(d.quotes)))));
      count.textContent = `${page.total} document(s)`;
    } catch (err) { showError(count, err); }
  }

  form.addEventListener("input", debounce(load, 250));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); load(); });
  syncForm(form);
  load();
})();
