"""Benchmark ``manage.py import_wire``: items per second and peak memory, SQLite and PostgreSQL.

    python bench/import_wire.py                         # SQLite, 1,000 then 5,000 items
    python bench/import_wire.py --database postgres     # PostgreSQL (toa_soan_bench_import)
    python bench/import_wire.py --sizes 5000 --officials 2000

Each batch size runs in a fresh process on a freshly migrated benchmark database
(var/bench-import.sqlite3, or a PostgreSQL database whose name contains "bench"; nothing else
is touched) holding 2,000 officials with their positions, 300 resolutions and the sections.
The batch is generated into a temporary folder: plain text in the styles agencies send
(dateline, captions with ``leftcenterrightdel`` and credits, stacked titles before and after
names, abbreviations, end marker, byline, some without a title), NITF and NewsML-G2 with
guid/version (later versions of some stories), saved HTML pages, re-sent duplicates and a few
malformed files. The import then runs exactly as the command does (the whole pipeline, one
transaction per item, report streamed, not kept) and the script prints items/second and the
peak resident memory of the process before and after the import: flat memory means the peak
does not grow with the batch size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"
DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/toa_soan_bench_import"
TARGET_ITEMS_PER_SECOND = 100


def database_url(database: str, pg_url: str) -> str:
    if database == "sqlite":
        return f"sqlite:///{VAR_DIR / 'bench-import.sqlite3'}"
    name = urllib.parse.urlsplit(pg_url).path.lstrip("/")
    if "bench" not in name:
        sys.exit(
            f"Từ chối: cơ sở dữ liệu benchmark phải có 'bench' trong tên, không phải {name!r}."
        )
    return pg_url


def configure(url: str) -> None:
    """Production settings against the benchmark database (DEBUG off: no query log)."""
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.prod",
            "SECRET_KEY": "benchmark-only-not-a-secret",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "False",
            "DEBUG": "False",
            "DATABASE_URL": url,
            "MEDIA_ROOT": str(VAR_DIR / "bench-import-media"),
            "STATIC_ROOT": str(VAR_DIR / "bench-static"),
            "LOG_LEVEL": "WARNING",
        }
    )
    sys.path.insert(0, str(BASE_DIR))


def reset_database(url: str) -> None:
    """An empty benchmark database: the SQLite file removed, or the PG database recreated."""
    if url.startswith("sqlite"):
        path = Path(urllib.parse.urlsplit(url).path)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


# ---------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------

ROLES = [
    ("Bí thư Tỉnh uỷ {province}", "Bí thư Tỉnh uỷ {province}"),
    ("Chủ tịch UBND tỉnh {province}", "Chủ tịch Uỷ ban nhân dân tỉnh {province}"),
    ("Phó Chủ tịch UBND tỉnh {province}", "Phó Chủ tịch Uỷ ban nhân dân tỉnh {province}"),
    ("Chủ tịch HĐND tỉnh {province}", "Chủ tịch Hội đồng nhân dân tỉnh {province}"),
    ("Phó Bí thư Thường trực Tỉnh ủy {province}", "Phó Bí thư Thường trực Tỉnh uỷ {province}"),
    ("Bộ trưởng {ministry}", "Bộ trưởng {ministry}"),
    ("Thứ trưởng {ministry}", "Thứ trưởng {ministry}"),
    ("Giám đốc Sở Tài chính tỉnh {province}", "Giám đốc Sở Tài chính tỉnh {province}"),
]


def seed_database(officials: int, rng: random.Random) -> dict:
    """Sections, ``officials`` people with positions, resolutions; returns what items cite."""
    from articles.models import Section
    from bench import corpus
    from people.models import Organization, Person, Position, Resolution

    Section.objects.create(name="Thời sự", slug="thoi-su")
    Section.objects.create(name="Chính trị")
    names: list[str] = []
    seen = set()
    while len(names) < officials:
        name = corpus.person_name(rng)
        if len(names) % 3 == 0:  # some four-word names: "Nguyễn Thị Kim Ngân"
            family, *rest = name.split(" ")
            name = " ".join([family, rng.choice(corpus.MIDDLE), *rest])
        if name not in seen:
            seen.add(name)
            names.append(name)
    people = []
    positions = []
    for name in names:
        person = Person(full_name=name)
        person.save()
        province, ministry = rng.choice(corpus.PROVINCES), rng.choice(corpus.MINISTRIES)
        copy, stored = rng.choice(ROLES)
        values = {"province": province, "ministry": ministry}
        positions.append(Position(person=person, title=stored.format(**values), rank=10))
        people.append((person.pk, name, copy.format(**values)))
    Position.objects.bulk_create(positions)
    party = Organization.objects.create(name="Ban Chấp hành Trung ương Đảng", kind="party")
    numbers = []
    for n in range(1, 301):
        number = f"{n}-{rng.choice(['NQ', 'CT', 'KL'])}/{rng.choice(['TW', 'TU'])}"
        kind = {"NQ": "nghi-quyet", "CT": "chi-thi", "KL": "ket-luan"}[number.split("-")[1][:2]]
        Resolution.objects.create(
            number=number, kind=kind, title=f"Về {rng.choice(corpus.TOPICS)}", issuer=party
        )
        numbers.append(number)
    Resolution.objects.create(
        kind="nghi-quyet",
        term="Đại hội XIII",
        title="Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
        issuer=party,
    )
    return {"people": people, "numbers": numbers}


def _paragraphs(rng, slots, count):
    from bench import corpus

    return [corpus.fill(rng.choice(corpus.PARAGRAPH_TEMPLATES), rng, slots) for _ in range(count)]


def _slots(rng, cited):
    from bench import corpus

    person, person2 = rng.sample(cited["people"], 2)
    number, number2 = rng.sample(cited["numbers"], 2)
    return {
        "person": person[1],
        "title": person[2],
        "person2": person2[1],
        "org": f"Tỉnh uỷ {rng.choice(corpus.PROVINCES)}",
        "number": number,
        "number2": number2,
    }, person


UNKNOWN = ["Hoàng Văn Khải", "Lò Thị Minh", "Đặng Quốc Toản", "Triệu Văn Hoà", "Phùng Thị Ngát"]
TOPICS = ["chuyển đổi số", "giải ngân vốn đầu tư công", "công tác cán bộ"]
DATELINES = ["HÀ NỘI (TTXVN) -", "(Chinhphu.vn) -", "TPO -", "ĐÀ NẴNG –"]
CREDITS = ["(Ảnh: AS)", "(Ảnh: TTXVN)", "(Ảnh: Minh Đức/TTXVN)", "- Ảnh: VGP/Nhật Bắc"]
BYLINES = ["Ánh Sáng", "Minh Châu (TTXVN)", "THU HẰNG", "Nhóm PV"]


def text_item(rng, cited, n) -> str:
    """Plain text as agencies send it: title (not always), dateline, captions, end marker."""
    slots, (_, name, title) = _slots(rng, cited)
    lines = []
    if rng.random() > 0.1:
        head = title.split(" tỉnh ")[0]
        lines.append(f"{head} {name} làm việc về {rng.choice(TOPICS)} số {n}")
    lines.append(
        f"{rng.choice(DATELINES)} Sáng {n % 28 + 1}/11, đồng chí {name}, {title}, chủ trì hội "
        f"nghị triển khai Nghị quyết số {slots['number']} về nhiệm vụ trọng tâm năm 2027 "
        f"(bản tin số {n})."
    )
    lines += _paragraphs(rng, slots, rng.randint(3, 8))
    lines.insert(3, "leftcenterrightdel")
    lines.insert(4, f"{title} {name} phát biểu tại hội nghị. {rng.choice(CREDITS)}")
    if rng.random() < 0.3:
        lines.append(f"Phó Chủ tịch UBND tỉnh {rng.choice(UNKNOWN)} báo cáo tiến độ thực hiện.")
    lines.append("Quan trọng là phải hành động")
    lines += _paragraphs(rng, slots, 2)
    lines[-1] += "/."
    lines.append(rng.choice(BYLINES))
    return "\n\n".join(lines)


def nitf_item(rng, cited, n, version) -> str:
    from xml.sax.saxutils import escape

    slots, (_, name, title) = _slots(rng, cited)
    body = "".join(f"<p>{escape(p)}</p>" for p in _paragraphs(rng, slots, rng.randint(4, 8)))
    headline = f"{escape(title)} {escape(name)} chỉ đạo (tin {n})"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>{headline}</title>
<docdata><doc-id regsrc="TTXVN" id-string="TTXVN-BENCH-{n}"/>
<date.issue norm="20261125T0930+0700"/><du-key version="{version}"/></docdata></head>
<body><body.head><hedline><hl1>{headline}</hl1></hedline>
<byline><person>Minh Châu</person> (TTXVN)</byline>
<abstract><p>Chiều 25/11, {escape(title)} {escape(name)} làm việc với các sở, ngành về tiến
độ thực hiện Chỉ thị số {escape(slots["number2"])} (phiên bản {version}).</p></abstract>
</body.head><body.content>{body}
<media media-type="image"><media-caption>Quang cảnh buổi làm việc.</media-caption>
<media-producer>Doãn Tấn/TTXVN</media-producer></media>
<hl2>Không để chậm trễ</hl2>{body}</body.content></body></nitf>"""


def newsml_item(rng, cited, n) -> str:
    from xml.sax.saxutils import escape

    slots, (_, name, title) = _slots(rng, cited)
    body = "".join(f"<p>{escape(p)}</p>" for p in _paragraphs(rng, slots, rng.randint(4, 8)))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:bench:{n}"
  version="1" standard="NewsML-G2" standardversion="2.29">
<itemMeta><itemClass qcode="ninat:text"/><provider literal="VGP"/>
<versionCreated>2026-11-25T10:00:00+07:00</versionCreated></itemMeta>
<contentMeta><headline>Chính phủ họp chuyên đề, {escape(name)} phát biểu (tin {n})</headline>
<description role="drol:summary">{escape(title)} {escape(name)} đề nghị các bộ, ngành khẩn
trương hoàn thiện hồ sơ (tin {n}).</description></contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml">
<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}
<figure><figcaption>Quang cảnh phiên họp. Ảnh: VGP/Nhật Bắc</figcaption></figure>
<h2>Tháo gỡ vướng mắc</h2>{body}</body></html></inlineXML></contentSet></newsItem>"""


def html_item(rng, cited, n) -> str:
    from html import escape

    slots, (_, name, title) = _slots(rng, cited)
    body = "".join(f"<p>{escape(p)}</p>" for p in _paragraphs(rng, slots, rng.randint(4, 8)))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{escape(name)} làm việc tại địa phương (tin {n}) | Báo điện tử</title>
<script>window.dataLayer=[];</script></head><body>
<nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></nav>
<article><h1>{escape(name)} làm việc tại địa phương (tin {n})</h1>
<p class="sapo">{escape(title)} {escape(name)} vừa có buổi làm việc với lãnh đạo các sở,
ngành (tin {n}).</p>{body}
<figure><img src="a.jpg"><figcaption>{escape(name)} phát biểu.
<span class="author">Ảnh: Hoàng Hà</span></figcaption></figure>
<p class="author">Thu Hằng</p></article>
<footer>Bản quyền thuộc về Báo điện tử</footer></body></html>"""


def generate(folder: Path, size: int, cited: dict, rng: random.Random) -> dict:
    """Write ``size`` items into ``folder``: mostly text, some XML and HTML, duplicates, bad."""
    kinds: dict[str, int] = {}
    nitf_versions: list[int] = []
    for n in range(size):
        roll = rng.random()
        if roll < 0.02 and n > 10:  # re-sent: an earlier file again
            earlier = sorted(folder.iterdir())[rng.randrange(n // 2)]
            name, data = f"{n:06d}-resent{earlier.suffix}", earlier.read_bytes()
            kind = "duplicate"
        elif roll < 0.03:
            name, data, kind = f"{n:06d}.xml", b"<?xml version='1.0'?><nitf><head>", "malformed"
        elif roll < 0.05 and nitf_versions:  # a newer version of a NITF story
            story = rng.choice(nitf_versions)
            name, data = f"{n:06d}.xml", nitf_item(rng, cited, story, 2).encode()
            kind = "nitf-v2"
        elif roll < 0.17:
            nitf_versions.append(n)
            name, data, kind = f"{n:06d}.xml", nitf_item(rng, cited, n, 1).encode(), "nitf"
        elif roll < 0.25:
            name, data, kind = f"{n:06d}.xml", newsml_item(rng, cited, n).encode(), "newsml"
        elif roll < 0.30:
            name, data, kind = f"{n:06d}.html", html_item(rng, cited, n).encode(), "html"
        else:
            name, data, kind = f"{n:06d}.txt", text_item(rng, cited, n).encode(), "text"
        (folder / name).write_bytes(data)
        kinds[kind] = kinds.get(kind, 0) + 1
    return kinds


# ---------------------------------------------------------------------------------------------
# One measured run, in its own process
# ---------------------------------------------------------------------------------------------


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def children_cpu() -> float:
    """CPU seconds of the finished child processes (the import's workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def forget_normalised_text() -> None:
    from newsroom import text

    text._normalize_cached.cache_clear()
    text._placed.cache_clear()
    text._fold_cached.cache_clear()


def time_pure_stage(sources) -> float:
    """Items/second of reading, parsing and linking alone (no database write): what the
    in-memory indexes cost, against the same 2,000 officials."""
    from articles.wire.analyse import link_story
    from articles.wire.read import parse
    from articles.wire.read.errors import WireError
    from people.mentions.index import load_people_index, load_resolution_index

    people, resolutions = load_people_index(), load_resolution_index()
    forget_normalised_text()
    start = time.perf_counter()
    for source in sources:
        with source.open() as handle:
            data = handle.read()
        try:
            story = parse(data, name=source.name)
        except WireError:
            continue
        link_story(story, people=people, resolutions=resolutions, rejected=set())
    return round(len(sources) / (time.perf_counter() - start), 1)


def child(args) -> None:
    url = database_url(args.database, args.pg_url)
    configure(url)
    reset_database(url)
    import django

    django.setup()
    from django.core.management import call_command

    from articles.wire.batch import wire_import
    from articles.wire.sources import collect_sources
    from articles.wire.workers import default_jobs

    call_command("migrate", interactive=False, verbosity=0)
    rng = random.Random(args.seed)
    start = time.perf_counter()
    cited = seed_database(args.officials, rng)
    seeded = time.perf_counter() - start
    with tempfile.TemporaryDirectory(prefix="bench-wire-") as tmp:
        kinds = generate(Path(tmp), args.size, cited, rng)
        sources, _ = collect_sources([tmp])
        del cited
        pure = time_pure_stage(sources)
        forget_normalised_text()  # the import starts as cold as the pure stage did
        rss_before = peak_rss_mb()
        statuses: dict[str, int] = {}

        def on_item(item):  # what the command does with each item: count it, stream it
            statuses[item["status"]] = statuses.get(item["status"], 0) + 1
            json.dumps(item, ensure_ascii=False)

        jobs = default_jobs() if args.jobs is None else args.jobs
        start, cpu, workers = time.perf_counter(), time.process_time(), children_cpu()
        report = wire_import(sources=sources, on_item=on_item, keep_items=False, jobs=jobs)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        workers = children_cpu() - workers  # the pool is shut down (joined) by now
    result = {
        "database": args.database,
        "items": args.size,
        "officials": args.officials,
        "jobs": jobs,
        "seconds": round(elapsed, 2),
        "items_per_second": round(args.size / elapsed, 1),
        "cpu_ms_per_item": round(cpu / args.size * 1000, 1),
        "worker_cpu_ms_per_item": round(workers / args.size * 1000, 1),
        "pure_items_per_second": pure,
        "peak_rss_mb_before_import": round(rss_before, 1),
        "peak_rss_mb_after_import": round(peak_rss_mb(), 1),
        "counts": report.counts,
        "generated": kinds,
        "seed_seconds": round(seeded, 1),
    }
    print(json.dumps(result, ensure_ascii=False))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--pg-url", default=os.environ.get("BENCH_IMPORT_PG_URL", DEFAULT_PG_URL))
    parser.add_argument("--sizes", default="1000,5000", help="batch sizes, comma-separated")
    parser.add_argument("--officials", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument(
        "--jobs", type=int, help="worker processes parsing ahead (default: as the command)"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args)
        return 0
    database_url(args.database, args.pg_url)  # refuse a non-bench database before anything
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        command = [sys.executable, __file__, "--child", "--size", str(size),
                   "--database", args.database, "--pg-url", args.pg_url,
                   "--officials", str(args.officials), "--seed", str(args.seed)]  # fmt: skip
        if args.jobs is not None:
            command += ["--jobs", str(args.jobs)]
        print(f"… {size} tin, {args.officials} nhân vật, {args.database}", file=sys.stderr)
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        results.append(json.loads(output.strip().splitlines()[-1]))
    print(
        f"\nNhập tin hãng — {args.database}, {args.officials} nhân vật trong CSDL, "
        f"{results[0]['jobs']} tiến trình phụ đọc trước (--jobs), {os.cpu_count()} nhân CPU"
    )
    print(
        f"{'số tin':>7} {'giây':>7} {'tin/giây':>8} {'ms CPU/tin':>10} {'+phụ':>5} "
        f"{'đọc+liên kết':>12} "
        f"{'RSS trước':>9} {'RSS đỉnh':>8}  kết quả"
    )
    for r in results:
        print(
            f"{r['items']:>7} {r['seconds']:>7} {r['items_per_second']:>8} "
            f"{r['cpu_ms_per_item']:>10} {r['worker_cpu_ms_per_item']:>5} "
            f"{r['pure_items_per_second']:>8} t/s "
            f"{r['peak_rss_mb_before_import']:>8}M {r['peak_rss_mb_after_import']:>7}M  "
            f"{r['counts']}"
        )
    slowest = min(r["items_per_second"] for r in results)
    verdict = "đạt" if slowest >= TARGET_ITEMS_PER_SECOND else "CHƯA ĐẠT"
    print(f"Mục tiêu ≥ {TARGET_ITEMS_PER_SECOND} tin/giây: {verdict} (chậm nhất {slowest}).")
    if len(results) > 1:
        growth = [r["peak_rss_mb_after_import"] - r["peak_rss_mb_before_import"] for r in results]
        print(
            "Bộ nhớ tăng thêm trong lúc nhập: "
            + ", ".join(
                f"{r['items']} tin: {g:.1f} MB" for r, g in zip(results, growth, strict=True)
            )
        )
    return 0 if slowest >= TARGET_ITEMS_PER_SECOND else 1


if __name__ == "__main__":
    sys.exit(main())
