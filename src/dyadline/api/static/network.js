"use strict";
(function () {
  const form = document.getElementById("filters");
  const graph = document.getElementById("graph");
  const W = 960, H = 600;

  // A small force layout: repulsion between nodes, springs along edges, pull to centre.
  function layout(nodes, edges) {
    nodes.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / nodes.length;
      n.x = W / 2 + Math.cos(angle) * W * 0.3; n.y = H / 2 + Math.sin(angle) * H * 0.3;
    });
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (let iter = 0; iter < 300; iter++) {
      const cool = 1 - iter / 300;
      for (const a of nodes) { a.dx = (W / 2 - a.x) * 0.01; a.dy = (H / 2 - a.y) * 0.01; }
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const a = nodes[i], b = nodes[j];
          let dx = a.x - b.x, dy = a.y - b.y;
          const d2 = Math.max(dx * dx + dy * dy, 25), f = 2500 / d2;
          a.dx += dx * f / Math.sqrt(d2); a.dy += dy * f / Math.sqrt(d2);
          b.dx -= dx * f / Math.sqrt(d2); b.dy -= dy * f / Math.sqrt(d2);
        }
      }
      for (const e of edges) {
        const a = byId.get(e.source), b = byId.get(e.target);
        const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(Math.hypot(dx, dy), 1);
        const f = (d - 90) * 0.02;
        a.dx += dx / d * f; a.dy += dy / d * f; b.dx -= dx / d * f; b.dy -= dy / d * f;
      }
      for (const n of nodes) {
        n.x = Math.min(W - 20, Math.max(20, n.x + n.dx * cool * 5));
        n.y = Math.min(H - 20, Math.max(20, n.y + n.dy * cool * 5));
      }
    }
  }

  function colour(intensity) {
    const t = (intensity + 10) / 20;  // 0 conflict .. 1 cooperation
    return `hsl(${Math.round(t * 130)}, 65%, 42%)`;
  }

  function draw(data) {
    const { nodes, edges } = data;
    if (!nodes.length) { graph.replaceChildren(el("p", {}, "No dyads to draw.")); return; }
    layout(nodes, edges);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "network" });
    const maxW = Math.max(...edges.map((e) => e.weight));
    for (const e of edges) {
      const a = byId.get(e.source), b = byId.get(e.target);
      const line = svg("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: colour(e.mean_intensity),
        "stroke-width": 1 + 5 * e.weight / maxW, class: "edge" });
      line.append(svg("title", {}, `${a.name} ${e.symmetric ? "↔" : "→"} ${b.name}: ${e.weight} events (${e.conflict} conflict, ${e.cooperation} cooperation)`));
      root.append(line);
    }
    for (const n of nodes) {
      const g = svg("g", { class: "node", transform: `translate(${n.x},${n.y})` });
      g.append(svg("circle", { r: 4 + Math.sqrt(n.weight) * 2 }));
      g.append(svg("text", { x: 8, y: 4 }, n.name));
      g.append(svg("title", {}, `${n.name} (${n.id})${n.country ? " · " + n.country : ""}: ${n.weight} events`));
      root.append(g);
    }
    graph.replaceChildren(root);
  }

  async function load() {
    const values = formValues(form);
    pushState(values);
    try { draw(await api("network", values)); } catch (err) { showError(graph, err); }
  }

  form.addEventListener("change", load);
  form.addEventListener("input", debounce(load, 400));
  syncForm(form);
  load();
})();
