"""Readers for the stack tests: threads, each with a keep-alive connection to its own server,
asking for public pages in turn, as 64 browsers behind a load balancer would.

A reader whose server cannot be reached (connection refused or reset) does what the load
balancer in front does (nginx ``proxy_next_upstream error``, ``max_fails=1 fail_timeout=5s``):
asks the other server, and leaves the failed one alone for 5 s. Those failed attempts are what
losing a server cost; an answer other than the page (an error status, or no answer from either
server) is an *error*.

One story is *watched*: an editor publishes and unpublishes it while the readers run, and
every answer for its page is checked against what the editor last did (:func:`stale_reads`).
"""

from __future__ import annotations

import http.client
import statistics
import threading
import time
from dataclasses import dataclass, field

from tests.stack.client import Reader

UNREACHABLE = (OSError, http.client.HTTPException)  # refused, reset, cut short, timed out
FAIL_TIMEOUT = 5.0  # seconds a reader leaves a server alone after it failed


@dataclass
class Sample:
    server: str
    path: str
    status: int  # 0: no answer from any server
    started: float
    finished: float
    failover: bool = False  # the reader's own server was unreachable; answered by the other
    cache: str = ""  # X-Page-Cache: hit, miss


@dataclass
class EditorAction:
    sent: float
    done: float
    visible: bool  # whether the watched story is public after it


@dataclass
class Run:
    samples: list[Sample] = field(default_factory=list)
    failed_attempts: dict[str, int] = field(default_factory=dict)  # per server
    actions: list[EditorAction] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def errors(self) -> list[Sample]:
        return [s for s in self.samples if s.status not in (200, 404) or s.status == 0]

    def summary(self) -> dict:
        latencies = sorted(s.finished - s.started for s in self.samples)
        per_server = {}
        for name in sorted({s.server for s in self.samples}):
            mine = [s for s in self.samples if s.server == name]
            per_server[name] = {
                "answers": len(mine),
                "errors": sum(1 for s in mine if s.status not in (200, 404)),
            }
        return {
            "seconds": round(self.seconds, 1),
            "requests": len(self.samples),
            "requests_per_second": round(len(self.samples) / self.seconds, 1),
            "errors": len(self.errors),
            "latency_ms_median": round(statistics.median(latencies) * 1000, 1),
            "latency_ms_p99": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 1),
            "per_server": per_server,
            "failed_attempts_before_failover": dict(self.failed_attempts),
        }


def read_pages(
    servers: dict[str, str],
    paths: list[str],
    *,
    readers: int,
    seconds: float,
    during=None,
    watched: str | None = None,
) -> Run:
    """Run ``readers`` threads for ``seconds``; ``during(run, stop)`` runs alongside them (in
    this thread) and may act on the stack. Each reader's ``paths`` start at a different place;
    the ``watched`` path is asked for every third request."""
    run = Run()
    stop = threading.Event()
    lock = threading.Lock()
    names = sorted(servers)

    def reader(index: int):
        home = names[index % len(names)]
        connections = {name: Reader(url) for name, url in servers.items()}
        step = index
        mine: list[Sample] = []
        down_until = dict.fromkeys(names, 0.0)
        while not stop.is_set():
            step += 1
            path = watched if watched and step % 3 == 0 else paths[step % len(paths)]
            now = time.monotonic()
            order = [home] + [n for n in names if n != home]
            order = [n for n in order if down_until[n] <= now] or order
            for attempt, name in enumerate(order):
                try:
                    answer = connections[name].get(path)
                except UNREACHABLE:
                    down_until[name] = time.monotonic() + FAIL_TIMEOUT
                    with lock:
                        run.failed_attempts[name] = run.failed_attempts.get(name, 0) + 1
                    continue
                mine.append(
                    Sample(
                        name,
                        path,
                        answer.status,
                        answer.started,
                        answer.finished,
                        failover=attempt > 0 or name != home,
                        cache=answer.headers.get("x-page-cache", ""),
                    )
                )
                break
            else:
                now = time.monotonic()
                mine.append(Sample(home, path, 0, now, now))
                time.sleep(0.05)
        for connection in connections.values():
            connection.close()
        with lock:
            run.samples.extend(mine)

    threads = [threading.Thread(target=reader, args=(i,), daemon=True) for i in range(readers)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    try:
        if during is not None:
            during(run, stop)
        remaining = seconds - (time.monotonic() - started)
        if remaining > 0:
            stop.wait(remaining)
    finally:
        stop.set()
        for thread in threads:
            thread.join(30)
    run.seconds = time.monotonic() - started
    return run


def stale_reads(run: Run, watched: str) -> list[tuple[Sample, float]]:
    """Answers for the watched page that disagree with the editor's last action, with how long
    after that action returned they were asked for. Answers asked while an action was under
    way (between its request and its response) may show either state and are not judged."""
    stale = []
    actions = sorted(run.actions, key=lambda a: a.sent)
    for sample in run.samples:
        if sample.path != watched or sample.status not in (200, 404):
            continue
        if any(a.sent <= sample.finished and sample.started <= a.done for a in actions):
            continue
        before = [a for a in actions if a.done < sample.started]
        if not before:
            continue
        expected = before[-1].visible
        if (sample.status == 200) != expected:
            stale.append((sample, sample.started - before[-1].done))
    return stale
