"""CPU and queries per public page, page cache off, in one process (steadier than req/s on a
busy machine).

    python bench/page_cpu.py                             # SQLite benchmark database
    python bench/page_cpu.py --database postgres         # PostgreSQL benchmark database
    python bench/page_cpu.py --tree /path/to/other/checkout --database postgres  # its code
    python bench/page_cpu.py --profile section           # cProfile of one kind of page
    python bench/page_cpu.py --kinds search --database postgres  # only some kinds

Uses the benchmark database of ``bench/run.py`` (run that first) and the production settings
with ``PUBLIC_PAGE_CACHE_SECONDS=0``. For each kind of page, up to 30 different pages drawn as
``bench/run.py`` draws them (the home page three times) are requested through
``django.test.Client`` after five warming requests; the search page is pages 1 and 2 of the 95
queries ``bench/run.py`` times (``search_queries``, same seed), 190 requests. Printed: CPU
milliseconds of this process per request (``time.process_time``), queries per request and, on
PostgreSQL, the CPU milliseconds of the server's backends that answered them (read from
``/proc/<pid>/stat`` of each backend the process used: the database server must run on this
machine, as the benchmark's does; ``?`` otherwise). ``--tree`` runs another checkout's code
against the same database, for a before/after comparison on the same load.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
KINDS = [
    "home", "section", "tag", "official", "officials", "resolution", "resolutions", "article",
    "feed", "sitemap", "search",
]  # fmt: skip
#: Backend processes this process's queries went to (``_note_backend``), for their CPU time.
BACKENDS: set[int] = set()


def _note_backend(execute, sql, params, many, context):
    """Execute wrapper: remember the PostgreSQL backend answering the query."""
    BACKENDS.add(context["connection"].connection.info.backend_pid)
    return execute(sql, params, many, context)


def backend_cpu() -> float | None:
    """Seconds of CPU used so far by the backends in ``BACKENDS`` (user + system, from
    ``/proc``); None when one cannot be read (the server runs elsewhere)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in BACKENDS:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--pg-url", default="postgres://postgres@127.0.0.1:5432/toa_soan_bench")
    parser.add_argument("--tree", default=str(BENCH_DIR.parent), help="checkout whose code runs")
    parser.add_argument("--profile", choices=KINDS, help="cProfile this kind of page")
    parser.add_argument("--kinds", nargs="*", choices=KINDS, help="only these kinds of page")
    parser.add_argument("--seed", type=int, default=20261125, help="bench/run.py's, for search")
    args = parser.parse_args(argv)
    tree = Path(args.tree).resolve()
    sys.path.insert(0, str(BENCH_DIR.parent))
    from bench.run import configure, database_url

    if args.database == "sqlite":
        url = f"sqlite:///{BENCH_DIR.parent / 'var' / 'bench.sqlite3'}"
    else:
        url = database_url(args)
    configure(url)
    os.environ.update(
        {
            "PUBLIC_PAGE_CACHE_SECONDS": "0",
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "STATIC_ROOT": str(tree / "var" / "bench-static"),
        }
    )
    os.chdir(tree)
    sys.path.insert(0, str(tree))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.run import page_urls, search_paths, search_queries

    call_command("collectstatic", interactive=False, verbosity=0)
    urls = page_urls(random.Random(5), 60)
    urls["home"] = ["/"]
    urls["search"] = search_paths(search_queries(random.Random(args.seed)))
    postgres = connection.vendor == "postgresql"
    if postgres:
        connection.execute_wrappers.append(_note_backend)
    client = Client()
    for kind in args.kinds or KINDS:
        if args.profile and kind != args.profile:
            continue
        paths = urls[kind] if kind == "search" else urls[kind][:30]
        for path in paths[:5]:
            client.get(path)
        profile = cProfile.Profile(time.process_time) if args.profile else None
        count = cpu = queries = 0
        server_start = backend_cpu() if postgres else None
        for _ in range(3 if len(paths) < 10 else 1):
            for path in paths:
                with CaptureQueriesContext(connection) as captured:
                    start = time.process_time()
                    if profile:
                        profile.enable()
                    response = client.get(path)
                    if profile:
                        profile.disable()
                    cpu += time.process_time() - start
                if response.status_code != 200:
                    sys.exit(f"{path}: {response.status_code}")
                queries += len(captured)
                count += 1
        server = "?"
        server_end = backend_cpu() if postgres else None
        if server_start is not None and server_end is not None:
            server = f"{(server_end - server_start) / count * 1000:.2f}"
        print(
            f"{kind:12} {cpu / count * 1000:7.2f} ms CPU  {queries / count:5.1f} truy vấn"
            + (f"  PostgreSQL {server} ms CPU" if postgres else "")
            + f"  ({count})"
        )
        if profile:
            order = os.environ.get("PROFILE_SORT", "cumulative")  # or tottime
            pstats.Stats(profile).sort_stats(order).print_stats(40)
    return 0


if __name__ == "__main__":
    sys.exit(main())
