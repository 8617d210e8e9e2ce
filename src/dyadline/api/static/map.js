"use strict";
(function () {
  const form = document.getElementById("filters");
  const map = document.getElementById("map");
  const list = document.getElementById("places");
  const W = 960, H = 480;
  const px = (lon) => (lon + 180) / 360 * W;   // equirectangular: enough for an overview
  const py = (lat) => (90 - lat) / 180 * H;
  let world = null;

  async function outlines() {
    if (!world) world = await (await fetch("/static/world-land.json")).json();
    // A ring that crosses the antimeridian (Russia, Fiji, Antarctica) jumps across the
    // whole map: start a new subpath at the jump instead of drawing a line over the world.
    const d = world.rings.map((ring) => {
      let prev = null, split = false, out = "";
      for (const [lon, lat] of ring) {
        const jump = prev !== null && Math.abs(lon - prev) > 180;
        split = split || jump;
        out += (prev === null || jump ? "M" : "L") + `${px(lon).toFixed(1)},${py(lat).toFixed(1)}`;
        prev = lon;
      }
      return out + (split ? "" : "Z");
    }).join("");
    return svg("path", { d, class: "land" });
  }

  async function load() {
    const values = formValues(form);
    pushState(values);
    try {
      const [land, places] = [await outlines(), await api("locations", values)];
      const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "worldmap" });
      root.append(svg("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }), land);
      const items = [];
      for (const p of places) {
        const share = p.events ? p.conflict / p.events : 0;
        const dot = svg("circle", { cx: px(p.lon), cy: py(p.lat), r: 3 + 3 * Math.sqrt(p.events),
          fill: `hsl(${Math.round((1 - share) * 130)}, 70%, 45%)`, class: "place" });
        dot.append(svg("title", {}, `${p.name}${p.country ? " (" + p.country + ")" : ""}: ${p.events} events, ${p.conflict} conflict`));
        root.append(dot);
        items.push(el("li", {}, `${p.name} — ${p.events} event(s)`));
      }
      map.replaceChildren(root);
      list.replaceChildren(...items);
    } catch (err) { showError(map, err); }
  }

  form.addEventListener("change", load);
  form.addEventListener("input", debounce(load, 400));
  syncForm(form);
  load();
})();
