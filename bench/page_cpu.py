"""CPU and queries per public page, page cache off, in one process (steadier than req/s on a
busy machine).

    python bench/page_cpu.py                             # SQLite benchmark database
    python bench/page_cpu.py --database postgres         # PostgreSQL benchmark database
    python bench/page_cpu.py --tree /path/to/other/checkout --database postgres  # its code
    python bench/page_cpu.py --profile section           # cProfile of one kind of page

Uses the benchmark database of ``bench/run.py`` (run that first) and the production settings
with ``PUBLIC_PAGE_CACHE_SECONDS=0``. For each kind of page, up to 30 different pages drawn as
``bench/run.py`` draws them (the home page three times) are requested through
``django.test.Client`` after five warming requests; printed: CPU milliseconds of this process
per request (``time.process_time``: the database server's work on PostgreSQL is not in it) and
queries per request. ``--tree`` runs another checkout's code against the same database, for a
before/after comparison on the same load.
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
    "feed", "sitemap",
]  # fmt: skip


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--pg-url", default="postgres://postgres@127.0.0.1:5432/toa_soan_bench")
    parser.add_argument("--tree", default=str(BENCH_DIR.parent), help="checkout whose code runs")
    parser.add_argument("--profile", choices=KINDS, help="cProfile this kind of page")
    parser.add_argument("--lines", type=int, default=40, help="functions listed by --profile")
    parser.add_argument("--kinds", nargs="+", choices=KINDS, help="only these kinds of page")
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

    from bench.run import page_urls

    call_command("collectstatic", interactive=False, verbosity=0)
    urls = page_urls(random.Random(5), 60)
    urls["home"] = ["/"]
    client = Client()
    for kind in KINDS:
        if (args.profile and kind != args.profile) or (args.kinds and kind not in args.kinds):
            continue
        paths = urls[kind][:30]
        for path in paths[:5]:
            client.get(path)
        # CPU time, as the figures: waiting for the database is not the page's cost here.
        profile = cProfile.Profile(time.process_time) if args.profile else None
        count = cpu = queries = 0
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
        print(
            f"{kind:12} {cpu / count * 1000:7.2f} ms CPU  {queries / count:5.1f} truy vấn"
            f"  ({count})"
        )
        if profile:
            stats = pstats.Stats(profile)
            stats.sort_stats("cumulative").print_stats(args.lines)
            stats.sort_stats("tottime").print_stats(args.lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
