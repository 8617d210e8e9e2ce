"use strict";
(function () {
  const form = document.getElementById("filters");
  const list = document.getElementById("quotes");
  const count = document.getElementById("count");
  const PAGE = 30;

  function item(q) {
    const who = q.speaker ? q.speaker.name : (q.speaker_text || "unattributed");
    return el("li", {},
      el("blockquote", {}, q.text),
      el("span", { class: "who" }, who),
      q.speaker_role ? el("small", {}, ` (${q.speaker_role})`) : null,
      el("small", {}, ` ${q.kind}${q.cue ? " · " + q.cue : ""} · ${q.doc_date || ""} · `),
      docLink(q.doc_id, q.title || q.doc_id));
  }

  const load = pagedList({
    form, container: list, count, resource: "quotes", label: "quotes", pageSize: PAGE, render: item,
  });
  syncForm(form);
  load();
})();
