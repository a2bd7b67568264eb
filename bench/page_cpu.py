"""CPU and queries per public page, page cache off, in one process (steadier than req/s on a
busy machine).

    python bench/page_cpu.py                             # SQLite benchmark database
    python bench/page_cpu.py --database postgres         # PostgreSQL benchmark database
    python bench/page_cpu.py --tree /path/to/other/checkout --database postgres  # its code
    python bench/page_cpu.py --profile section           # cProfile of one kind of page
    python bench/page_cpu.py --database postgres --kinds article first_render  # only these
    python bench/page_cpu.py --kinds search --database postgres  # the search page

Uses the benchmark database of ``bench/run.py`` (run that first) and the production settings
with ``PUBLIC_PAGE_CACHE_SECONDS=0``. For each kind of page, up to 30 different pages drawn as
``bench/run.py`` draws them (the home page three times) are requested through
``django.test.Client`` after five warming requests; printed: CPU milliseconds of this process
per request (``time.process_time``: the database server's work on PostgreSQL is not in it) and
queries per request. ``--tree`` runs another checkout's code against the same database, for a
before/after comparison on the same load.

``first_render`` is the story page when its kept rendering is stale (after a deploy, or a change
made behind the code's back): 30 published stories other than the ``article`` ones are marked
stale as ``bench/run.py`` marks its "first render" set (``renderings.mark_stale``), before each of
three rounds, and requested; each request renders and keeps the story again, so the database is
left with their renderings current. On PostgreSQL the CPU of the connection's server process
(``/proc/<pid>/stat``, when the server runs on this machine) is printed as well.

The search page is pages 1 and 2 of the 95 queries ``bench/run.py`` times (``search_queries``,
same seed), 190 requests.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import pstats
import random
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
KINDS = [
    "home", "section", "tag", "official", "officials", "resolution", "resolutions", "article",
    "first_render", "feed", "sitemap", "search",
]  # fmt: skip
ROUNDS = {"home": 3, "first_render": 3}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--pg-url", default="postgres://postgres@127.0.0.1:5432/toa_soan_bench")
    parser.add_argument("--tree", default=str(BENCH_DIR.parent), help="checkout whose code runs")
    parser.add_argument("--profile", choices=KINDS, help="cProfile this kind of page")
    parser.add_argument("--lines", type=int, default=40, help="functions listed by --profile")
    parser.add_argument("--kinds", nargs="+", choices=KINDS, help="only these kinds of page")
    parser.add_argument("--seed", type=int, default=20261125, help="bench/run.py's, for search")
    parser.add_argument(
        "--save", type=Path, help="write each timed page's HTML here (to compare two trees)"
    )
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
            # One pooled connection: the server process whose CPU ``server_cpu`` reads.
            "DB_POOL_MIN": "1",
            "DB_POOL_MAX": "1",
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
    urls["first_render"] = urls["article"][30:60]
    urls["search"] = search_paths(search_queries(random.Random(args.seed)))
    client = Client()
    for kind in KINDS:
        if (args.profile and kind != args.profile) or (args.kinds and kind not in args.kinds):
            continue
        paths = urls[kind] if kind == "search" else urls[kind][:30]
        for path in paths if kind == "article" else paths[:5]:  # kept pages: every one kept
            client.get(path)
        # CPU time, as the figures: waiting for the database is not the page's cost here.
        profile = cProfile.Profile(time.process_time) if args.profile else None
        count = cpu = queries = server = 0
        for _ in range(ROUNDS.get(kind, 1)):
            if kind == "first_render":
                make_stale(paths)
            server_start = server_cpu(connection)
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
                if args.save:
                    args.save.mkdir(parents=True, exist_ok=True)
                    name = hashlib.sha1(path.encode()).hexdigest()[:16]
                    (args.save / f"{kind}-{name}.html").write_bytes(response.content)
                queries += len(captured)
                count += 1
            server += server_cpu(connection) - server_start
        on_server = f"  {server / count * 1000:5.2f} ms CPU máy chủ CSDL" if server else ""
        print(
            f"{kind:12} {cpu / count * 1000:7.2f} ms CPU  {queries / count:5.1f} truy vấn"
            f"{on_server}  ({count})"
        )
        if profile:
            stats = pstats.Stats(profile)
            stats.sort_stats("cumulative").print_stats(args.lines)
            stats.sort_stats("tottime").print_stats(args.lines)
    return 0


def make_stale(paths) -> None:
    """Mark the stories at ``paths`` stale as ``bench/run.py`` does for its first-render run."""
    from articles.models import Article
    from articles.site import renderings

    slugs = [path.split("/")[-2] for path in paths]
    renderings.mark_stale(Article.objects.filter(slug__in=slugs).values_list("pk", flat=True))


def server_cpu(connection) -> float:
    """Seconds of CPU used so far by this connection's PostgreSQL server process (0 elsewhere)."""
    if connection.vendor != "postgresql":
        return 0.0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:  # the server runs elsewhere
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


if __name__ == "__main__":
    sys.exit(main())
