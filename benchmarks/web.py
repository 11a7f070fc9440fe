"""Measures the web site on a generated store: server time per page, and pages per second
under concurrent clients against a static file served by the same server in the same run.

    python benchmarks/web.py --events 100000 [--store postgresql://postgres@127.0.0.1:5432/test]

Server time is one request through the whole site (routing, the register's query, the
template) in this process, without the network: p95 of 40 requests per page, as of now and as
of a past date, cold (the answers kept by position cleared before each request: every page
built) and warm (kept), each beside the p95 of the stylesheet in the same loop. Throughput:
`register serve` in a process of its own (4 threads), and beside it `serve --processes 2`
(`…:processes-2`), each once the check it makes at start has ended; 16 client threads for a few
seconds on /static/site.css, then on a mix of pages cold (each request a key never kept: a
distinct `as_recorded` after the head, which answers as the register stands) and warm (the same
addresses again, kept), the servers taking turns phase by phase, twice over. The ratio is pages
per second over static files per second from the same server; `serve:speedup:…:processes-2`
is the two processes' pages per second over the one's, and `serve:cores:cold…` the CPU seconds a
server spent per second of the cold phase (on a machine shared with other work, what it got),
and `serve:cpu-ms/page:cold…` that CPU time over the pages it served. The servers' resident memory (summed
over a parent and its children) is read before and after.

    python benchmarks/web.py --events 100000 --processes 1 2
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.generate import record_register  # noqa: E402
from domain.ids import DecisionId  # noqa: E402
from register.application import Register  # noqa: E402
from register.storage import Store  # noqa: E402
from register.web.app import create_app  # noqa: E402

CLIENTS = 16
SECONDS = 4.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def row(figure: str, events: int, value: float, unit: str, baseline: float | None = None) -> dict[str, Any]:
    ratio = None if not baseline else round(value / baseline, 4)
    return {"figure": figure, "events": events, "value": round(value, 4), "unit": unit,
            "baseline": None if baseline is None else round(baseline, 4), "ratio": ratio}


def pages_of(register: Register, rng: random.Random) -> dict[str, str]:
    """One address of each kind of page, chosen from what the register holds."""
    decisions = register.decisions()
    decision = DecisionId.parse(rng.choice(decisions).id)
    word = max(rng.choice(decisions).text.split(), key=len).strip(".,:;\"'()")
    return {
        "start": "/",
        "meeting": f"/moten/{decision.meeting.key}",
        "decision": f"/beslut/{decision.meeting.key}/{decision.item.item}/{decision.number}",
        "follow-ups": "/uppfoljning?visa=alla",
        "plans": "/planer",
        "search": "/sok?q=" + urllib.request.quote(word),
    }


PAGED = {
    "follow-ups:page-3": "/uppfoljning?visa=alla&sida=3",
    "grants": "/bidrag",
    "grants:page-3": "/bidrag?sida=3",
}
"""Later pages of the long lists (#27: every list in pages of a fixed size), timed by server
time only, so that the throughput's mix stays the six pages it was measured with before."""


def server_times(store: Store, board: str, events: int, rng: random.Random) -> list[dict[str, Any]]:
    app = create_app(lambda: Register(store, board))
    client = app.test_client()
    register = Register(store, board)
    try:
        pages = {**pages_of(register, rng), **PAGED}
        dates = sorted(m.date for m in register.meetings())
        past = dates[len(dates) // 2]
    finally:
        register.close()
    answers = app.extensions["answers"]
    static = _p95(client, "/static/site.css", lambda: None)
    rows = []
    for when, suffix in (("now", ""), ("past", f"as_of={past}")):
        for name, path in pages.items():
            address = path + (("&" if "?" in path else "?") + suffix if suffix else "")
            assert client.get(address).status_code == 200, address  # the views caught up, and a page that answers
            rows.append(row(f"page:{name}:{when}:p95", events, _p95(client, address, answers.clear), "ms", static))
            rows.append(row(f"page:{name}:{when}:warm:p95", events, _p95(client, address, lambda: None), "ms", static))
    app.extensions["registers"].close()
    return rows


def _p95(client: Any, address: str, before: Any) -> float:
    """p95 in ms of 40 requests for `address`, calling `before` ahead of each (untimed)."""
    times = []
    for _ in range(40):
        before()
        started = time.perf_counter()
        client.get(address)
        times.append(time.perf_counter() - started)
    return statistics.quantiles(times, n=20)[-1] * 1000


_FRESH = itertools.count()
"""The cold requests' `as_recorded`s, never the same twice in a run: no server has kept its answer."""


def _hammer(address: str, paths: list[str], seconds: float, cold: bool = False) -> tuple[int, int]:
    """CLIENTS threads asking for `paths` in turn for `seconds`; (answers, failures). `cold`:
    each request a key never kept, a distinct `as_recorded` after the head (the register as it stands)."""
    done, failed, lock = [0], [0], threading.Lock()
    errors: list[str] = []
    stop = time.perf_counter() + seconds

    def asked(path: str) -> str:
        if not cold:
            return path
        with lock:
            n = next(_FRESH)
        return path + ("&" if "?" in path else "?") + f"as_recorded=2999-01-01T00:00:00.{n % 10**6:06d}"

    def client(offset: int) -> None:
        i = offset * 1000
        while time.perf_counter() < stop:
            try:
                with urllib.request.urlopen(address + asked(paths[i % len(paths)]), timeout=30) as answer:
                    answer.read()
                ok = answer.status == 200
            except OSError as error:
                ok = False
                errors.append(f"{paths[i % len(paths)]}: {error}")
            with lock:
                (done if ok else failed)[0] += 1
            i += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        print(f"{len(errors)} requests failed, e.g. {errors[0]}", file=sys.stderr)
    return done[0], failed[0]


def _rss_kib(pid: int) -> dict[str, int]:
    found = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            found[line.split(":")[0]] = int(line.split()[1])
    return found


def _tree_rss_kib(pid: int) -> dict[str, int]:
    """Resident memory of `pid` and its children, summed (pages they share counted in each)."""
    pids = [pid] + [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    found = [_rss_kib(one) for one in pids]
    return {name: sum(each[name] for each in found) for name in ("VmRSS", "VmHWM")}


ROUNDS = 2
"""Each phase runs this many times against each server, the servers taking turns, so that what
else the machine does while one is measured weighs on the others alike."""


def throughputs(setting: str, board: str, events: int, rng: random.Random, seconds: float = SECONDS,
                processes: tuple[int, ...] = (1, 2)) -> list[dict[str, Any]]:
    """Pages per second from a server of each number of `processes`, all started on the same
    store and asked for the same pages: static, cold and warm in turn, each server in turn, each
    phase `ROUNDS` times; and each one's pages per second over the first's."""
    register = Register(Store.choose(setting), board)
    try:
        paths = list(pages_of(register, rng).values())
    finally:
        register.close()
    phases = {"static": (["/static/site.css"], False), "cold": (paths, True), "warm": (paths, False)}
    counted = {(count, phase): [0, 0, 0.0, 0.0] for count in processes for phase in phases}
    with ExitStack() as stack:
        servers = [stack.enter_context(_started(setting, board, count)) for count in processes]
        for address, _ in servers:
            _hammer(address, paths, 1.0, cold=True)  # open every thread's register
        before = [_tree_rss_kib(pid) for _, pid in servers]
        for _ in range(ROUNDS):
            for phase, (asked, cold) in phases.items():
                for count, (address, pid) in zip(processes, servers):
                    used, began = _cpu_seconds(pid), time.perf_counter()
                    done, failed = _hammer(address, asked, seconds, cold)
                    counted[count, phase][0] += done
                    counted[count, phase][1] += failed
                    counted[count, phase][2] += _cpu_seconds(pid) - used
                    counted[count, phase][3] += time.perf_counter() - began  # the requests in flight end after `seconds`
        for address, _ in servers:
            _hammer(address, paths, seconds, cold=True)  # again: memory should stay within the answers' limit
        after = [_tree_rss_kib(pid) for _, pid in servers]
    load = round(os.getloadavg()[0], 1)  # what else the machine ran meanwhile, for the reader of a shared one
    rows = []
    spent = seconds * ROUNDS
    for n, count in enumerate(processes):
        static, static_failed, _, _ = counted[count, "static"]
        for kind in ("cold", "warm"):
            done, failed, _, _ = counted[count, kind]
            rows.append(row(_named(f"serve:pages/s:{kind}", count), events, done / spent, "pages/s", static / spent))
            rows[-1].update({"clients": CLIENTS, "failures": failed + static_failed, "load": load})
        # On a machine shared with other work, what the server got of it: CPU seconds per second.
        rows.append(row(_named("serve:cores:cold", count), events, counted[count, "cold"][2] / counted[count, "cold"][3], "cores"))
        rows.append(row(_named("serve:cpu-ms/page:cold", count), events,
                        1000 * counted[count, "cold"][2] / max(1, counted[count, "cold"][0]), "ms"))
        rows.append(row(_named("memory:serve", count), events, after[n]["VmRSS"], "KiB", before[n]["VmRSS"]))
        rows[-1]["peak"] = after[n]["VmHWM"]
    for count in processes[1:]:
        for kind in ("cold", "warm"):
            alone = counted[processes[0], kind][0] / spent
            rows.append(row(_named(f"serve:speedup:{kind}", count), events, counted[count, kind][0] / spent, "pages/s", alone))
    return rows


def _cpu_seconds(pid: int) -> float:
    """CPU time, user and system, of `pid` and its living children."""
    pids = [pid] + [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    ticks = 0
    for one in pids:
        fields = Path(f"/proc/{one}/stat").read_text().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def _named(figure: str, processes: int) -> str:
    return figure if processes == 1 else f"{figure}:processes-{processes}"


@contextmanager
def _started(setting: str, board: str, processes: int) -> Iterator[tuple[str, int]]:
    """`register serve --processes N` in a process of its own, once the check it makes at start
    has ended (a whole verify, which would take the cores the pages are measured on); its
    address and process id."""
    port = free_port()
    said = tempfile.NamedTemporaryFile(prefix="serve-", suffix=".log")  # a file, not a pipe no one drains
    server = subprocess.Popen([sys.executable, "-c", "from cli import main; main()", "--store", setting, "--board", board,
                               "serve", "--port", str(port), "--processes", str(processes)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=said)
    address = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(address + "/static/site.css", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        checked = time.perf_counter() + 900
        while b"check: the register is" not in Path(said.name).read_bytes() and time.perf_counter() < checked:
            time.sleep(0.5)
        yield address, server.pid
    finally:
        server.terminate()
        server.wait(timeout=20)
        said.close()


def measure(target: int, seed: int, setting: str | None, seconds: float = SECONDS,
            processes: tuple[int, ...] = (1, 2)) -> list[dict[str, Any]]:
    """Every web figure on a fresh store of about `target` events (SQLite here, or the
    PostgreSQL URL `setting`, in a schema of its own that is dropped after)."""

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        if setting is None:
            chosen = str(Path(folder) / "register.db")
        else:
            schema = f"bench_web_{int(time.time())}"
            chosen = setting + ("&" if "?" in setting else "?") + f"schema={schema}"
        store = Store.choose(chosen)
        events, boards = record_register(store, target, seed)
        try:
            rows = server_times(Store.choose(chosen), boards[0], events, rng)
            rows += throughputs(chosen, boards[0], events, rng, seconds, processes)
        finally:
            if setting is not None:
                drop_schema(setting, schema)
    backend = "postgresql" if setting else "sqlite"
    return [{**r, "store": backend} for r in rows]


def drop_schema(url: str, schema: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, nargs="+", default=[10_000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--store", help="a postgresql:// URL to measure on (default: SQLite in a scratch folder)")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--serve-seconds", type=float, default=SECONDS, help="how long each throughput phase runs")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2],
                        help="serve with each of these --processes in turn; the first is what the others are compared with")
    args = parser.parse_args()
    rows = [r for target in args.events
            for r in measure(target, args.seed, args.store, args.serve_seconds, tuple(args.processes))]
    for r in rows:
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.3f}"
        baseline = "" if r["baseline"] is None else f"{r['baseline']:.1f}"
        print(f"{r['figure']:<40} {r['store']:<10} {r['events']:>8} {r['value']:>10.2f} {r['unit']:<8} {baseline:>10} {ratio:>7}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()

