"use strict";
(function () {
  const form = document.getElementById("filters");
  const body = document.querySelector("#events tbody");
  const count = document.getElementById("count");
  const PAGE = 50;

  function row(e) {
    const evidence = el("td", { class: "evidence" }, highlight(e.text, e.marks || []));
    return el("tr", { class: "quad-" + e.quad, "data-id": e.id },
      el("td", {}, e.day || "–"),
      el("td", {}, el("span", { class: "badge q-" + e.quad, title: e.quad + (e.mode ? " / " + e.mode : "") }, e.type)),
      el("td", { class: "st-" + e.status }, e.status),
      el("td", {}, actorName(e.source), " → ", actorName(e.target)),
      evidence,
      el("td", {}, docLink(e.doc_id, e.title || e.doc_id, "#ev-" + e.index),
        e.documents > 1 ? el("span", { class: "reports", title: `${e.mentions} mentions` }, ` + ${e.documents - 1} more articles`) : null));
  }

  const load = pagedList({
    form, container: body, count, resource: "events", label: "events", pageSize: PAGE, render: row,
  });

  async function fillTypes() {
    const select = document.getElementById("type-select");
    const types = await api("types");
    for (const t of types) select.append(el("option", { value: t.type }, `${t.type} (${t.asserted})`));
  }

  fillTypes().then(() => { syncForm(form); load(); });
})();
