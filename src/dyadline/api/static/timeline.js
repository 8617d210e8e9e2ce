"use strict";
(function () {
  const form = document.getElementById("dyad-form");
  const chart = document.getElementById("chart");

  function draw(data) {
    const series = data.series;
    if (!series.length) { chart.replaceChildren(el("p", {}, "No dated events for this dyad.")); return; }
    const W = 900, H = 320, L = 44, R = 44, T = 16, B = 56;
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "timeline" });
    const maxCount = Math.max(...series.map((p) => p.events));
    const step = (W - L - R) / series.length;
    const y = (v) => T + (H - T - B) * (1 - v / maxCount);
    const yi = (v) => T + (H - T - B) * (1 - (v + 10) / 20);
    for (const tick of [0, Math.ceil(maxCount / 2), maxCount]) {
      root.append(svg("line", { x1: L, x2: W - R, y1: y(tick), y2: y(tick), class: "grid" }));
      root.append(svg("text", { x: L - 6, y: y(tick) + 4, "text-anchor": "end", class: "axis" }, String(tick)));
    }
    for (const tick of [-10, 0, 10]) {
      root.append(svg("text", { x: W - R + 6, y: yi(tick) + 4, class: "axis" }, (tick > 0 ? "+" : "") + tick));
    }
    const points = [];
    series.forEach((p, i) => {
      const x = L + i * step + step * 0.15, w = Math.max(1, step * 0.7);
      const conflictTop = y(p.conflict), coopTop = y(p.conflict + p.cooperation);
      const bar = svg("g", { class: "bar" });
      bar.append(svg("rect", { x, y: conflictTop, width: w, height: y(0) - conflictTop, class: "conflict" }));
      bar.append(svg("rect", { x, y: coopTop, width: w, height: conflictTop - coopTop, class: "coop" }));
      bar.append(svg("title", {}, `${p.period}: ${p.events} events (${p.conflict} conflict, ${p.cooperation} cooperation), mean intensity ${p.mean_intensity}`));
      root.append(bar);
      points.push(`${x + w / 2},${yi(p.mean_intensity)}`);
      const every = Math.ceil(series.length / 12);
      if (i % every === 0) {
        root.append(svg("text", { x: x + w / 2, y: H - B + 16, "text-anchor": "middle", class: "axis" }, p.period));
      }
    });
    root.append(svg("polyline", { points: points.join(" "), class: "intensity" }));
    chart.replaceChildren(root);
  }

  async function load() {
    const values = formValues(form);
    if (!values.a || !values.b) return;
    pushState(values);
    try { draw(await api("series/dyad", values)); } catch (err) { showError(chart, err); }
  }

  async function suggest() {
    const holder = document.getElementById("top-dyads");
    const dyads = await api("top/dyads", { limit: 6 });
    dyads.forEach((d, i) => {
      const link = el("a", { href: "#", "data-a": d.source, "data-b": d.target },
        `${d.source_name} ${d.symmetric ? "↔" : "→"} ${d.target_name} (${d.events})`);
      link.addEventListener("click", (ev) => {
        ev.preventDefault();
        form.elements.a.value = d.source; form.elements.b.value = d.target; load();
      });
      if (i) holder.append(" · ");
      holder.append(link);
    });
    return dyads;
  }

  form.addEventListener("submit", (ev) => { ev.preventDefault(); load(); });
  form.addEventListener("change", load);
  syncForm(form);
  suggest().then((dyads) => {
    if (!form.elements.a.value && dyads.length) {
      form.elements.a.value = dyads[0].source; form.elements.b.value = dyads[0].target;
    }
    load();
  });
})();
