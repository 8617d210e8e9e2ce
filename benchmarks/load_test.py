"""Bounded load test of ``dyadline serve`` on loopback, over a synthetic 100k-event store.

    python benchmarks/load_test.py                      # 100k events, 50 clients, 30 s
    python benchmarks/load_test.py --events 20000 --seconds 10 --clients 20

1. Builds a synthetic store through ``Store.ingest`` (hand-made records, no NLP pipeline):
   ``--events`` events over documents of 10 events each, 40 countries, three years.
2. Starts ``python -m dyadline.cli serve`` on 127.0.0.1 at a free port (loopback only).
3. Runs ``--clients`` concurrent clients for ``--seconds``, each sending one request after
   another, drawn at random from the events list (filters, pages) and dyad time series
   routes: through ``wrk`` when it is installed (``apt-get install wrk``; a C client
   whose own CPU use does not distort the numbers), else asyncio + httpx (per route).
4. Prints p50/p95/p99 latency, requests/s and errors per route and overall, stops the
   server it started and exits 1 when p99 >= ``--target-ms`` or any request failed.

Client and server share the machine: on a busy or 2-core host the numbers are noisy.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import httpx

from dyadline.records import Actor, ActorRef, Document, Event, Location
from dyadline.store import Store

COUNTRIES = ["RUS", "UKR", "USA", "CHN", "IRN", "ISR", "TUR", "SYR", "IRQ", "DEU", "FRA", "GBR",
             "IND", "PAK", "AFG", "PRK", "KOR", "JPN", "TWN", "ARM", "AZE", "GEO", "BLR", "POL",
             "EGY", "SAU", "YEM", "LBN", "ETH", "SDN", "SOM", "NGA", "MLI", "VEN", "COL", "BRA",
             "MEX", "SRB", "HUN", "ROU"]  # fmt: skip
TYPES = [("ASSAULT", "material_conflict", -9.0), ("ACCUSE", "verbal_conflict", -3.0),
         ("THREATEN", "verbal_conflict", -6.0), ("SANCTION", "material_conflict", -5.0),
         ("AGREE", "verbal_cooperation", 3.0), ("CONSULT", "verbal_cooperation", 1.0),
         ("AID", "material_cooperation", 5.0), ("REQUEST", "verbal_cooperation", 0.5)]  # fmt: skip
STATUSES = ["asserted"] * 7 + ["negated", "hypothetical", "planned"]
EVENTS_PER_DOCUMENT = 10
FAILURES: list[str] = []  # the first few failed requests, for the report


def _ref(iso3: str) -> ActorRef:
    return ActorRef(id=f"state:{iso3}", name=f"Country {iso3}", country=iso3, sector="GOV")


def synthetic_documents(events: int, seed: int = 7) -> Iterator[Document]:
    """Documents of EVENTS_PER_DOCUMENT random events each, ``events`` events in all."""
    rng = random.Random(seed)
    for number in range((events + EVENTS_PER_DOCUMENT - 1) // EVENTS_PER_DOCUMENT):
        date = f"{2022 + number % 3}-{number % 12 + 1:02d}-{number % 28 + 1:02d}"
        coded: list[Event] = []
        for _ in range(min(EVENTS_PER_DOCUMENT, events - number * EVENTS_PER_DOCUMENT)):
            a, b = rng.sample(COUNTRIES, 2)
            type_, quad, intensity = rng.choice(TYPES)
            text = f"Country {a} {type_.lower()} Country {b} in a synthetic sentence."
            place = Location(name=f"City of {b}", country=b, lat=rng.uniform(-60, 70),
                             lon=rng.uniform(-170, 170)) if rng.random() < 0.3 else None  # fmt: skip
            coded.append(Event(type=type_, quad=quad, intensity=intensity, source=_ref(a),  # type: ignore[arg-type]
                               target=_ref(b), status=rng.choice(STATUSES), date=date,  # type: ignore[arg-type]
                               text=text, span=(0, len(text)), trigger=type_.lower(),
                               confidence=0.8, location=place))  # fmt: skip
        refs = {r.id: r for e in coded for r in (e.source, e.target) if r is not None}
        actors = [Actor(id=r.id, name=r.name, kind="state", country=r.country, sector=r.sector,
                        mentions=[(0, 10)]) for r in refs.values()]  # fmt: skip
        body = " ".join(e.text for e in coded)
        yield Document(id=f"synthetic-{number:06d}", date=date, actors=actors, events=coded,
                       text=body, title=f"Synthetic report {number}",
                       url=f"https://example.org/{number}")  # fmt: skip


def build_store(path: Path, events: int) -> float:
    """Write the synthetic store; returns the seconds it took."""
    started = time.perf_counter()
    with Store.open(path) as store:
        store.ingest(synthetic_documents(events), batch_size=2000)
    return time.perf_counter() - started


def request_paths(rng: random.Random) -> Iterator[tuple[str, str]]:
    """Endlessly: (route label, path) pairs, half events lists, half dyad series."""
    while True:
        a, b = rng.sample(COUNTRIES, 2)
        if rng.random() < 0.5:
            yield "series", f"/api/series/dyad?a={a}&b={b}&freq={rng.choice(['month', 'week'])}"
            continue
        params = rng.choice([
            "", f"&country={a}", f"&type={rng.choice(TYPES)[0]}", f"&dyad={a},{b}",
            f"&actor=state:{a}&from=2023-01&to=2023-12", "&status=any", "&quad=material_conflict",
        ])  # fmt: skip
        yield "events", f"/api/events?limit=50&offset={rng.choice([0, 0, 0, 50, 500])}{params}"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    src = Path(__file__).resolve().parents[1] / "src"
    command = [sys.executable, "-m", "dyadline.cli", "serve", "--db", str(db),
               "--host", "127.0.0.1", "--port", str(port)]  # fmt: skip
    server = subprocess.Popen(command, env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the server did not answer within 60 s")


async def run_clients(base: str, clients: int, seconds: float) -> dict[str, list[float]]:
    """Latencies (s) per route label; failures are listed under ``<label>:error``."""
    results: dict[str, list[float]] = defaultdict(list)
    stop_at = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(number: int, http: httpx.AsyncClient) -> None:
        for label, path in request_paths(random.Random(number)):
            if time.perf_counter() >= stop_at:
                return
            started = time.perf_counter()
            try:
                response = await http.get(path)
                ok, failure = response.status_code == 200, f"{response.status_code} {path}"
            except httpx.HTTPError as exc:
                ok, failure = False, f"{type(exc).__name__} {path}"
            results[label if ok else f"{label}:error"].append(time.perf_counter() - started)
            if not ok and len(FAILURES) < 10:
                FAILURES.append(failure)

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as http:
        await asyncio.gather(*(client(n, http) for n in range(clients)))
    return results


WRK_SCRIPT = """
local paths = {%s}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n * 7919 + math.random(#paths)) %% #paths + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write("WRK_JSON ", string.format(
    '{"requests": %%d, "errors": %%d, "non_2xx": %%d, "seconds": %%f, "p50_ms": %%.1f, ' ..
    '"p95_ms": %%.1f, "p99_ms": %%.1f, "max_ms": %%.1f}',
    summary.requests, e.connect + e.read + e.write + e.timeout + e.status, e.status,
    summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(95) / 1e3,
    latency:percentile(99) / 1e3, latency.max / 1e3), "\\n")
end
"""


def run_wrk(base: str, clients: int, seconds: float) -> dict[str, dict[str, float]]:
    """The same request mix through wrk (C, two threads): the client costs next to no CPU,
    so on a small machine the numbers measure the server rather than the load generator."""
    rng = random.Random(1)
    paths = [path for _, path in itertools.islice(request_paths(rng), 4000)]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % ", ".join(json.dumps(p) for p in paths))
    command = ["wrk", "-t2", f"-c{clients}", f"-d{seconds:.0f}s", "--timeout", "10s",
               "-s", script.name, base]  # fmt: skip
    output = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60).stdout
    Path(script.name).unlink()
    line = next(x for x in output.splitlines() if x.startswith("WRK_JSON "))
    stats = json.loads(line.removeprefix("WRK_JSON "))
    stats["rps"] = round(stats["requests"] / stats.pop("seconds"), 1)
    return {"all (wrk)": stats}


def summarise(results: dict[str, list[float]], seconds: float) -> dict[str, dict[str, float]]:
    def stats(latencies: list[float], errors: int) -> dict[str, float]:
        ordered = sorted(latencies) or [0.0]
        cut = statistics.quantiles(ordered, n=100) if len(ordered) > 1 else ordered * 99
        return {"requests": len(latencies), "errors": errors, "rps": round(len(latencies) / seconds, 1),
                "p50_ms": round(cut[49] * 1000, 1), "p95_ms": round(cut[94] * 1000, 1),
                "p99_ms": round(cut[98] * 1000, 1), "max_ms": round(ordered[-1] * 1000, 1)}  # fmt: skip

    labels = sorted({k.split(":")[0] for k in results})
    report = {label: stats(results[label], len(results[f"{label}:error"])) for label in labels}
    everything = [x for label in labels for x in results[label]]
    report["all"] = stats(everything, sum(len(v) for k, v in results.items() if ":error" in k))
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--target-ms", type=float, default=300.0, help="p99 to meet")
    parser.add_argument("--db", type=Path, help="reuse (or keep) this store instead of a temp one")
    parser.add_argument("--client", choices=["auto", "wrk", "python"], default="auto",
                        help="load generator: wrk when installed (auto), else asyncio+httpx")  # fmt: skip
    args = parser.parse_args()

    client = args.client
    if client == "auto":
        client = "wrk" if shutil.which("wrk") else "python"
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "load.db"
        if not db.exists():
            print(f"building {args.events:,} events in {build_store(db, args.events):.1f} s: {db}")
        port = _free_port()
        server = start_server(db, port)
        try:
            base = f"http://127.0.0.1:{port}"
            httpx.get(base + "/api/events", timeout=30)  # warm the page cache once
            if client == "wrk":
                report = run_wrk(base, args.clients, args.seconds)
            else:
                results = asyncio.run(run_clients(base, args.clients, args.seconds))
                report = summarise(results, args.seconds)
        finally:
            server.terminate()
            server.wait(timeout=20)
    print(f"{args.clients} clients, {args.seconds:.0f} s, loopback, client {client}:")
    print(json.dumps(report, indent=2))
    for failure in FAILURES:
        print("failed:", failure)
    overall = report["all"] if "all" in report else report["all (wrk)"]
    met = overall["p99_ms"] < args.target_ms and overall["errors"] == 0
    print(f"target p99 < {args.target_ms:.0f} ms with no errors: {'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
