"""HTTP load driver for the benchmark: a separate process, standard library only.

Sends GET requests for the paths given (one per line on stdin, used in turn) to 127.0.0.1:PORT
from ``--concurrency`` threads, each request on a new connection (gunicorn's sync workers close
it anyway), until ``--requests`` were sent or ``--duration`` seconds passed. Prints one JSON
object: requests, errors, seconds, requests per second, latency percentiles in milliseconds,
mean response size.

    printf '/\\n' | python bench/load.py --port 8765 --requests 500 --duration 10
"""

from __future__ import annotations

import argparse
import itertools
import json
import socket
import sys
import threading
import time


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of already sorted values."""
    if not sorted_values:
        return float("nan")
    rank = max(1, round(fraction * len(sorted_values) + 0.5))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def fetch(port: int, path: str, timeout: float) -> tuple[int, int]:
    """(status, body bytes) of one GET on a fresh connection."""
    request = (
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: toa-soan-bench\r\n"
        "Accept: text/html\r\nConnection: close\r\n\r\n"
    ).encode("ascii")
    chunks = []
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as conn:
        conn.sendall(request)
        while True:
            chunk = conn.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    response = b"".join(chunks)
    head, _, body = response.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1]) if head.startswith(b"HTTP/") else 0
    return status, len(body)


def run(*, port, paths, requests, duration, concurrency, warmup, timeout) -> dict:
    for path in paths[:warmup]:
        fetch(port, path, timeout)
    measured = paths[warmup:] or paths
    source = itertools.cycle(measured)
    lock = threading.Lock()
    latencies: list[float] = []
    sizes: list[int] = []
    errors = [0]
    sent = [0]
    deadline = time.perf_counter() + duration

    def worker():
        while True:
            with lock:
                if sent[0] >= requests or time.perf_counter() > deadline:
                    return
                sent[0] += 1
                path = next(source)
            start = time.perf_counter()
            try:
                status, size = fetch(port, path, timeout)
            except OSError:
                status, size = 0, 0
            elapsed = time.perf_counter() - start
            with lock:
                if status == 200:
                    latencies.append(elapsed)
                    sizes.append(size)
                else:
                    errors[0] += 1

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - began
    latencies.sort()
    done = len(latencies)
    return {
        "requests": done,
        "errors": errors[0],
        "seconds": round(seconds, 3),
        "rps": round(done / seconds, 1) if seconds else 0.0,
        "p50_ms": round(percentile(latencies, 0.50) * 1000, 2),
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 2),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 2),
        "mean_bytes": round(sum(sizes) / done) if done else 0,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--duration", type=float, default=15.0)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args(argv)
    paths = [line.strip() for line in sys.stdin if line.strip()]
    if not paths:
        parser.error("no paths on stdin")
    result = run(
        port=args.port,
        paths=paths,
        requests=args.requests,
        duration=args.duration,
        concurrency=args.concurrency,
        warmup=args.warmup,
        timeout=args.timeout,
    )
    json.dump(result, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
