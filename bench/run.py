"""Benchmark the public site: fill a benchmark database, serve it with gunicorn, load it, report.

    python bench/run.py                          # SQLite, 10,000 articles (var/bench.sqlite3)
    python bench/run.py --database postgres      # PostgreSQL, 100,000 articles (toa_soan_bench)
    python bench/run.py --articles 2000          # smaller and faster
    python bench/run.py --database postgres --search-only   # only time search_articles()

The benchmark database is separate (var/bench.sqlite3 or a PostgreSQL database whose name
contains "bench"); var/db.sqlite3 and the test databases are never touched. It is filled once
and reused while it holds the requested number of articles (``--refill`` to rebuild it).

Then, with the production settings: ``search_articles`` is timed in this process over realistic
queries (names with and without diacritics, resolution numbers, topics, typos); gunicorn serves
the site on 127.0.0.1 only; ``bench/load.py`` drives it from a second process over loopback with
a bounded number of requests and a time limit per page; requests per second and p50/p95/p99
latency are printed for a static file of the article page's size (the ceiling), the home page, an
article page (cached and uncached), official profiles and search. See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"
DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/toa_soan_bench"
DEFAULT_ARTICLES = {"sqlite": 10_000, "postgres": 100_000}
SEARCH_TARGET_P95_MS = 50


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument(
        "--articles", type=int, help="default: 10,000 on SQLite, 100,000 on PostgreSQL"
    )
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("BENCH_PG_URL", DEFAULT_PG_URL),
        help="PostgreSQL benchmark database (its name must contain 'bench')",
    )
    parser.add_argument("--refill", action="store_true", help="rebuild the data even if present")
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--requests", type=int, default=2000, help="per page, at most")
    parser.add_argument("--duration", type=float, default=20.0, help="seconds per page, at most")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--search-repeats", type=int, default=3)
    parser.add_argument("--search-only", action="store_true", help="skip the HTTP part")
    parser.add_argument(
        "--pages", nargs="*", help="only these rows (their labels), with the static file"
    )
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    args.articles = args.articles or DEFAULT_ARTICLES[args.database]
    if args.articles < 100:
        parser.error("--articles: at least 100")
    return args


def database_url(args) -> str:
    if args.database == "sqlite":
        return f"sqlite:///{VAR_DIR / 'bench.sqlite3'}"
    name = urllib.parse.urlsplit(args.pg_url).path.lstrip("/")
    if "bench" not in name:
        sys.exit(
            f"Từ chối: cơ sở dữ liệu benchmark phải có 'bench' trong tên, không phải {name!r}."
        )
    return args.pg_url


def configure(url: str) -> dict:
    """Environment for the production settings on this machine; applied here and to gunicorn."""
    env = {
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.prod",
        "SECRET_KEY": "benchmark-only-not-a-secret",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "False",
        "SECURE_HSTS_SECONDS": "0",
        "DEBUG": "False",
        "DATABASE_URL": url,
        "MEDIA_ROOT": str(VAR_DIR / "bench-media"),
        "STATIC_ROOT": str(VAR_DIR / "bench-static"),
        "LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    sys.path.insert(0, str(BASE_DIR))
    return env


def ensure_postgres_database(url: str) -> None:
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def percentiles(values_ms: list[float]) -> dict:
    ordered = sorted(values_ms)

    def at(fraction):
        return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))]

    return {"p50": at(0.50), "p95": at(0.95), "p99": at(0.99), "max": ordered[-1]}


# ---------------------------------------------------------------------------------------------
# Search in process
# ---------------------------------------------------------------------------------------------


def search_queries(rng: random.Random) -> list[str]:
    """Queries readers type, drawn from the data: names, numbers, topics, places, typos."""
    from django.db.models import Count, Q

    from articles.models import Article
    from bench import corpus
    from newsroom.text import fold
    from people.models import Person, Resolution

    published = Q(articles__in=Article.objects.published())
    people = list(
        Person.objects.annotate(n=Count("articles", filter=published))
        .filter(n__gt=0)
        .order_by("-n")
        .values_list("full_name", flat=True)
    )
    famous, others = people[:6], rng.sample(people[6:], min(6, len(people) - 6))
    numbers = rng.sample(list(Resolution.objects.values_list("number", flat=True)), 8)
    queries = []
    for name in famous + others:
        queries += [name, fold(name), name.lower()]
    for name in rng.sample(famous + others, 5):
        queries.append(fold(name)[:-1])  # a typo: last letter missing
    for number in numbers:
        queries += [
            number,
            fold(number).replace("-", " ").replace("/", " "),
            f"nghị quyết {number}",
        ]
    for topic in rng.sample(corpus.TOPICS, 6):
        queries += [topic, fold(topic)]
    for province in rng.sample(corpus.PROVINCES, 4):
        queries += [province, f"Thành uỷ {province}", f"tiếp xúc cử tri {fold(province)}"]
    queries += [*rng.sample(corpus.LAWS, 3), "Dũng", "hội nghị", "quốc hội thảo luận"]
    return queries


def time_search(queries: list[str], repeats: int) -> dict:
    """What the search view does per request, minus the template: count, one page, snippets."""
    from articles.site.search_results import search_articles

    samples, slowest = [], []
    for query in queries:  # warm the caches once
        results = search_articles(query)
        results.count()
        results[0:20]
    for _ in range(repeats):
        for query in queries:
            start = time.perf_counter()
            results = search_articles(query)
            count = results.count()
            results[0:20]
            elapsed = (time.perf_counter() - start) * 1000
            samples.append(elapsed)
            slowest.append((elapsed, query, count, results.is_fuzzy))
    slowest.sort(reverse=True)
    seen, worst = set(), []
    for elapsed, query, count, fuzzy in slowest:
        if query not in seen:
            seen.add(query)
            worst.append((elapsed, query, count, fuzzy))
        if len(worst) == 5:
            break
    return {"stats": percentiles(samples), "n": len(samples), "worst": worst}


# ---------------------------------------------------------------------------------------------
# HTTP
# ---------------------------------------------------------------------------------------------


def search_paths(queries: list[str]) -> list[str]:
    """The search pages requested for ``queries``: page 1 of each, then page 2 of each."""
    return [f"/tim-kiem/?{urllib.parse.urlencode({'q': query})}" for query in queries] + [
        f"/tim-kiem/?{urllib.parse.urlencode({'q': query, 'trang': 2})}" for query in queries
    ]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def page_urls(rng: random.Random, limit: int) -> dict:
    """Paths of every kind of public page, drawn from the published data."""
    from django.db.models import Exists, OuterRef

    from articles.models import Article, Section, Tag, TaggedArticle
    from people.models import Person, Resolution

    published = Article.objects.published()
    slugs = list(published.values_list("slug", flat=True).order_by("?")[: limit + 50])
    mentioned = Article.officials.through.objects.filter(
        person=OuterRef("pk"), article__in=published
    )
    person_slugs = list(
        Person.objects.filter(Exists(mentioned)).values_list("slug", flat=True).order_by("?")
    )[: limit + 50]
    cited = Article.resolutions.through.objects.filter(
        resolution=OuterRef("pk"), article__in=published
    )
    resolution_slugs = list(
        Resolution.objects.public().filter(Exists(cited)).values_list("slug", flat=True)
    )
    rng.shuffle(resolution_slugs)
    tagged = TaggedArticle.objects.filter(content_object__in=published)
    tag_slugs = list(
        Tag.objects.filter(pk__in=tagged.values("tag_id")).values_list("slug", flat=True)
    )
    section_slugs = list(Section.objects.values_list("slug", flat=True))
    sections = [f"/chuyen-muc/{slug}/" for slug in section_slugs]
    sections += [f"/chuyen-muc/{slug}/?trang={n}" for slug in section_slugs for n in (2, 3)]
    tags = [f"/the/{slug}/" for slug in tag_slugs]
    tags += [f"/the/{slug}/?trang=2" for slug in tag_slugs]
    rng.shuffle(sections)
    rng.shuffle(tags)
    return {
        "article": [f"/bai-viet/{slug}/" for slug in slugs],
        "official": [f"/nhan-vat/{slug}/" for slug in person_slugs],
        "resolution": [f"/van-ban/{slug}/" for slug in resolution_slugs],
        "section": sections,
        "tag": tags,
        "officials": [f"/nhan-vat/?trang={n}" for n in range(1, 21)],
        "resolutions": ["/van-ban/", *(f"/van-ban/?trang={n}" for n in range(2, 6))],
        "feed": ["/rss/", *(f"/rss/{slug}/" for slug in section_slugs)],
        "sitemap": ["/sitemap.xml", "/sitemap-news.xml", "/sitemap-nhan-vat.xml"],
    }


def prepare_renderings(urls: dict, limit: int) -> list[str]:
    """The stories of the uncached article run get their kept rendering, as every story read
    before has (articles.site.renderings); a second, separate set is made stale, as after an edit:
    its run measures the first render. Returns the second set's paths."""
    from django.db import connection

    from articles.models import Article
    from articles.site import renderings

    slugs = [path.split("/")[-2] for path in urls["article"]]
    visited = dict(Article.objects.filter(slug__in=slugs).values_list("slug", "pk"))
    missing = set(
        renderings.without_current_rendering(
            Article.objects.filter(pk__in=visited.values())
        ).values_list("pk", flat=True)
    )
    start, cpu = time.perf_counter(), time.process_time()
    for pk in missing:
        renderings.render(pk)
    if missing:
        per_story = (time.process_time() - cpu) * 1000 / len(missing)
        print(
            f"Dựng sẵn {len(missing)} bài sẽ đọc: {per_story:.1f} ms CPU mỗi bài trong tiến "
            f"trình ({time.perf_counter() - start:.0f} giây)."
        )
    try:
        from articles.site import teasers
    except ImportError:  # the code before kept teasers, run for a before/after comparison
        teasers = None
    if teasers is not None:
        start, cpu = time.perf_counter(), time.process_time()
        built = teasers.build_missing(Article.objects.published())
        if built:
            print(
                f"Dựng sẵn tóm tắt của {built} bài (manage.py render_article_pages): "
                f"{(time.process_time() - cpu) * 1000 / built:.2f} ms CPU mỗi bài "
                f"({time.perf_counter() - start:.0f} giây)."
            )
    stale = list(
        Article.objects.published()
        .exclude(pk__in=visited.values())
        .order_by("?")
        .values_list("pk", "slug")[: min(limit, 3000) + 50]
    )
    renderings.mark_stale(pk for pk, _ in stale)
    if connection.vendor == "postgresql":
        # The writes above (and earlier runs', and any teaser rebuild after a code change) leave
        # dead rows: production's autovacuum clears them, but the PostgreSQL of these machines
        # runs without it (``SHOW autovacuum`` is off), and a run after a few others measured
        # the lists 20-40 % slower (a teaser table of 96,000 rows with 90,000 dead ones).
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    return [f"/bai-viet/{slug}/" for _, slug in stale]


def write_ceiling_file(article_path: str, static_root: Path) -> tuple[str, int]:
    """A static file as large as the article page, served by the same process (whitenoise)."""
    from django.test import Client

    size = len(Client().get(article_path, HTTP_HOST="127.0.0.1").content)
    target = static_root / "bench" / "ceiling.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    line = "<p>Tòa soạn — tệp tĩnh có cùng kích thước với trang bài viết.</p>\n".encode()
    data = (line * (size // len(line) + 1))[:size]
    target.write_bytes(data)
    return "/static/bench/ceiling.html", size


def start_gunicorn(env: dict, port: int, workers: int) -> subprocess.Popen:
    command = [
        sys.executable, "-m", "gunicorn", "newsroom.wsgi:application",
        "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--worker-class", "sync",
        "--log-level", "warning", "--chdir", str(BASE_DIR),
    ]  # fmt: skip
    server = subprocess.Popen(command, env={**os.environ, **env}, cwd=BASE_DIR)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit("gunicorn dừng ngay khi khởi động: xem thông báo lỗi ở trên.")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    sys.exit("gunicorn không trả lời sau 60 giây.")


def drive(port: int, paths: list[str], args, *, warmup: int = 10) -> dict:
    command = [
        sys.executable, str(BASE_DIR / "bench" / "load.py"), "--port", str(port),
        "--requests", str(args.requests), "--duration", str(args.duration),
        "--concurrency", str(args.concurrency), "--warmup", str(warmup),
    ]  # fmt: skip
    done = subprocess.run(
        command, input="\n".join(paths), capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


#: Uncached pages and their targets: the least share of the same server's static-file req/s.
TARGETS = {
    "trang chủ": 8,
    "chuyên mục": 8,
    "thẻ": 8,
    "nhân vật": 8,
    "văn bản": 8,
    "bài viết (bản giữ sẵn)": 5,
    "bài viết (dựng lần đầu)": 15,
    "tìm kiếm": 10,
}
STATIC_LABEL = "tệp tĩnh cùng cỡ (trần)"


def http_benchmark(env: dict, args, rng: random.Random, queries: list[str]) -> list:
    """Two servers, one after the other: with the page cache (the static file, the cached home
    page and article), then with the page cache off (``PUBLIC_PAGE_CACHE_SECONDS=0``: the static
    file again, and every kind of public page rendered for each request)."""
    from django.conf import settings
    from django.db import connections

    urls = page_urls(rng, args.requests)
    first_render = prepare_renderings(urls, args.requests)
    static_path, size = write_ceiling_file(urls["article"][0], Path(settings.STATIC_ROOT))
    searches = search_paths(queries)
    rng.shuffle(searches)
    connections.close_all()

    servers = [
        (
            "Cache trang bật",
            env,
            [
                (STATIC_LABEL, [static_path]),
                ("trang chủ (cache)", ["/"]),
                ("bài viết (cache)", [urls["article"][0]]),
            ],
        ),
        (
            "Cache trang tắt (PUBLIC_PAGE_CACHE_SECONDS=0)",
            {**env, "PUBLIC_PAGE_CACHE_SECONDS": "0"},
            [
                (STATIC_LABEL, [static_path]),
                ("trang chủ", ["/"]),
                ("chuyên mục", urls["section"]),
                ("thẻ", urls["tag"]),
                ("nhân vật", urls["official"]),
                ("danh sách nhân vật", urls["officials"]),
                ("văn bản", urls["resolution"]),
                ("danh sách văn bản", urls["resolutions"]),
                ("bài viết (bản giữ sẵn)", urls["article"][1:]),
                ("bài viết (dựng lần đầu)", first_render),
                ("tìm kiếm", searches),
                ("rss", urls["feed"]),
                ("sitemap", urls["sitemap"]),
            ],
        ),
    ]
    rows = []
    for title, server_env, plan in servers:
        print(f"  -- {title}", flush=True)
        port = free_port()
        server = start_gunicorn(server_env, port, args.workers)
        try:
            for label, paths in plan:
                if args.pages and label != STATIC_LABEL and label not in args.pages:
                    continue
                result = drive(port, paths, args, warmup=10)
                result["ratio"] = (rows_static(rows, title) or result)["rps"] / max(
                    result["rps"], 0.001
                )
                rows.append((title, label, result))
                print(format_row(label, result), flush=True)
        finally:
            server.terminate()
            server.wait(timeout=30)
    return rows, size


def rows_static(rows, title):
    for server, label, result in rows:
        if server == title and label == STATIC_LABEL:
            return result
    return None


def format_row(label: str, r: dict) -> str:
    return (
        f"  {label:<26} {r['requests']:>6} {r['errors']:>4} {r['rps']:>8.1f} "
        f"{r['p50_ms']:>8.2f} {r['p95_ms']:>8.2f} {r['p99_ms']:>8.2f} {r['mean_bytes']:>8} "
        f"{'1/' + format(r['ratio'], '.1f'):>7}"
    )


def main(argv=None) -> int:
    args = parse_args(argv)
    url = database_url(args)
    VAR_DIR.mkdir(exist_ok=True)
    env = configure(url)
    if args.database == "postgres":
        ensure_postgres_database(url)

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from articles.models import Article, RelatedStory
    from bench.fill import fill_database, rank_related_stories

    print(f"Tòa soạn benchmark: {connection.vendor}, {os.cpu_count()} lõi CPU")
    call_command("migrate", interactive=False, verbosity=0)
    if args.refill or Article.objects.count() != args.articles:
        counts = fill_database(articles=args.articles, seed=args.seed)
        print(f"Đã tạo dữ liệu trong {counts['seconds']:.0f} giây.")
    else:
        print(f"Dùng lại {args.articles} bài viết đã có (--refill để tạo lại).")
        if not RelatedStory.objects.exists():  # filled before related stories were stored
            rank_related_stories()
    published = Article.objects.published().count()
    print(f"{Article.objects.count()} bài viết, {published} đang hiển thị.")

    rng = random.Random(args.seed)
    queries = search_queries(rng)
    search = time_search(queries, args.search_repeats)
    s = search["stats"]
    if connection.vendor == "postgresql":
        verdict = "mục tiêu p95 < {} ms: {}".format(
            SEARCH_TARGET_P95_MS, "đạt" if s["p95"] < SEARCH_TARGET_P95_MS else "CHƯA ĐẠT"
        )
    else:
        verdict = f"mục tiêu p95 < {SEARCH_TARGET_P95_MS} ms là cho PostgreSQL"
    print(
        f"\nsearch_articles() trong tiến trình, {len(queries)} truy vấn × {args.search_repeats} "
        f"lần (đếm + trang đầu + đoạn trích):\n"
        f"  p50 {s['p50']:.1f} ms   p95 {s['p95']:.1f} ms   p99 {s['p99']:.1f} ms   "
        f"max {s['max']:.1f} ms   ({verdict})"
    )
    for elapsed, query, count, fuzzy in search["worst"]:
        note = ", gần đúng theo tên" if fuzzy else ""
        print(f"    {elapsed:7.1f} ms  {query!r} ({count} kết quả{note})")
    if args.search_only:
        return 0

    call_command("collectstatic", interactive=False, verbosity=0)
    print(
        f"\nHTTP: gunicorn {args.workers} worker sync trên 127.0.0.1, bench/load.py với "
        f"{args.concurrency} luồng; tối đa {args.requests} yêu cầu hoặc {args.duration:g} giây "
        "mỗi trang."
    )
    print(
        f"  {'trang':<26} {'yêu cầu':>6} {'lỗi':>4} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'p99 ms':>8} {'byte':>8} {'/tĩnh':>7}"
    )
    rows, size = http_benchmark(env, args, rng, queries)
    print(
        f"\nTệp tĩnh: {size} byte, bằng trang bài viết. Cache trang tắt, so với tệp tĩnh của "
        "cùng máy chủ (req/s):"
    )
    for _, label, r in rows:
        if label in TARGETS:
            target = TARGETS[label]
            verdict = "đạt" if r["ratio"] <= target else "CHƯA ĐẠT"
            print(f"  {label}: 1/{r['ratio']:.1f} (mục tiêu ≥ 1/{target}: {verdict})")
    errors = sum(r["errors"] for _, _, r in rows)
    if errors:
        print(f"  {errors} yêu cầu lỗi (mã khác 200).")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"search": s, "rows": [[t, label, r] for t, label, r in rows]},
                ensure_ascii=False,
                indent=1,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
