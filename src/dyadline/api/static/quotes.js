"use strict";
(function () {
  const form = document.getElementById("filters");
  const list = document.getElementById("quotes");
  const count = document.getElementById("count");
  const PAGE = 30;
  let offset = 0;

  function item(q) {
    const who = q.speaker ? q.speaker.name : (q.speaker_text || "unattributed");
    return el("li", {},
      el("blockquote", {}, q.text),
      el("span", { class: "who" }, who),
      q.speaker_role ? el("small", {}, ` (${q.speaker_role})`) : null,
      el("small", {}, ` ${q.kind}${q.cue ? " · " + q.cue : ""} · ${q.doc_date || ""} · `),
      docLink(q.doc_id, q.title || q.doc_id));
  }

  async function load() {
    const values = formValues(form);
    pushState(values);
    try {
      const page = await api("quotes", { ...values, limit: PAGE, offset });
      list.replaceChildren(...page.items.map(item));
      const last = Math.min(offset + page.items.length, page.total);
      count.textContent = page.total ? `quotes ${offset + 1}–${last} of ${page.total}` : "no quotes match";
      document.getElementById("prev").disabled = offset === 0;
      document.getElementById("next").disabled = last >= page.total;
    } catch (err) { showError(count, err); }
  }

  const reload = () => { offset = 0; load(); };
  form.addEventListener("input", debounce(reload, 250));
  form.addEventListener("change", reload);
  form.addEventListener("submit", (ev) => { ev.preventDefault(); reload(); });
  document.getElementById("prev").addEventListener("click", () => { offset = Math.max(0, offset - PAGE); load(); });
  document.getElementById("next").addEventListener("click", () => { offset += PAGE; load(); });
  syncForm(form);
  load();
})();
