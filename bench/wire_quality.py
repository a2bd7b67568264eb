"""Score ``manage.py import_wire`` on hand-annotated real copy (issue 13).

    python bench/wire_quality.py                  # figures and PASS/FAIL per target
    python bench/wire_quality.py --details        # + every miss and false hit, grouped by kind
    python bench/wire_quality.py --save-report r.json / --report r.json   # keep / reuse a report
    python bench/wire_quality.py --annotations bench/wire_quality/heldout.json   # held-out sample
    python bench/wire_quality.py --annotations bench/wire_quality/*.json   # all 147, pooled

The annotated sample is ``bench/wire_quality/annotations.json`` (its README gives the schema and
the annotation rules; ``--annotations`` scores other files of the same schema, such as the
held-out ``heldout.json``, or several at once, pooled); the copy is
``../shared/corpus/baomoi-2017/``. The importer is run only through its stable interface:
``manage.py import_wire FILES --dry-run --report json`` in a subprocess, against a fresh
temporary SQLite database (migrated, one section, no people), so every official it finds is
reported as a suggestion (``person_id: null``); the scores are on what
the report lists, whether or not the person is in the database.

Comparisons are made on folded text: NFC, Ð (U+00D0) read as Đ, lower case, the tone mark moved
to the end of its syllable (so "Thuý"/"Thúy" and "Uỷ"/"Ủy" are equal but "Hùng"/"Hưng" are
not), punctuation ignored. Titles are compared as sets after spelling out the abbreviations of
the table below on both sides; a reported title that is the opening words of another reported
title of the same person ("Trưởng ban Tuyên giáo Thành ủy" beside "… Thành ủy Đà Nẵng") is
folded into the longer one; "Thủ tướng Chính phủ" equals "Thủ tướng"; a reported title that is
only a rank ("Trung tá") is left out of the set (ranks are scored apart).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
ANNOTATIONS = BASE_DIR / "bench" / "wire_quality" / "annotations.json"
CORPUS = BASE_DIR.parent / "shared" / "corpus" / "baomoi-2017"

# Issue 13, "Done when".
TARGETS = {
    "officials_recall": 0.95,
    "wrong_names_per_10": 1.0,
    "titles_right": 0.90,
    "captions_credited": 0.90,
    "captions_uncredited": 0.90,
    "credits_right": 0.95,
    "subheadings_recall": 0.85,
    "false_subheadings_per_5": 1.0,
    "bylines_right": 0.90,
    "headlines_right": 1.0,
    "headlines_invented": 0,
}

TONES = {"\u0300": "f", "\u0301": "s", "\u0303": "x", "\u0309": "r", "\u0323": "j"}
RANKS = {
    "đại tướng",
    "thượng tướng",
    "trung tướng",
    "thiếu tướng",
    "đại tá",
    "thượng tá",
    "trung tá",
    "thiếu tá",
    "đại úy",
    "thượng úy",
    "trung úy",
    "thiếu úy",
    "đô đốc",
    "phó đô đốc",
    "chuẩn đô đốc",
}
# Abbreviations spelt out before titles are compared (longest first; applied to both sides).
ABBREVIATIONS = [
    (r"ub\s*t\.?\s*[ưu]\.?\s*mttq", "ủy ban trung ương mặt trận tổ quốc"),
    (r"ubt[ưuw]\s*mttq", "ủy ban trung ương mặt trận tổ quốc"),
    (r"ubt[ưuw]", "ủy ban trung ương"),
    (r"t\.\s*[ưu]\.?|\bt[ưw]\b", "trung ương"),
    (r"\bubnd\b", "ủy ban nhân dân"),
    (r"\bhđnd\b", "hội đồng nhân dân"),
    (r"\bđbqh\b", "đại biểu quốc hội"),
    (r"\bmttq\b", "mặt trận tổ quốc"),
    (r"\bbch\b", "ban chấp hành"),
    (r"\bthads\b", "thi hành án dân sự"),
    (r"\bnn\s*&\s*ptnt\b|\bnnptnt\b|\bnn\s*-\s*ptnt\b", "nông nghiệp và phát triển nông thôn"),
    (r"\btn\s*&\s*mt\b|\btnmt\b", "tài nguyên và môi trường"),
    (r"\btt\s*&\s*tt\b", "thông tin và truyền thông"),
    (r"\bvh\s*-\s*tt\s*-\s*dl\b|\bvhttdl\b|\bvhtt\s*&\s*dl\b", "văn hóa, thể thao và du lịch"),
    (r"\bgtvt\b", "giao thông vận tải"),
    (r"\batgt\b", "an toàn giao thông"),
    (r"\bgd\s*(?:&|-|và)?\s*đt\b", "giáo dục và đào tạo"),
    (r"\btdtt\b", "thể dục thể thao"),
    (r"\bnhcsxh\b", "ngân hàng chính sách xã hội"),
    (r"\bnhnn\b", "ngân hàng nhà nước"),
    (r"\bbhxh\b", "bảo hiểm xã hội"),
    (r"\bkbnn\b", "kho bạc nhà nước"),
    (r"\btt\s*-\s*huế\b", "thừa thiên huế"),
    (r"\btp\.?\s*hcm\b|\btphcm\b", "thành phố hồ chí minh"),
    (r"\bhcm\b", "hồ chí minh"),
    (r"\btp\b\.?", "thành phố "),
    (r"\bq\.\s*", "quận "),
    (r"\bx\.\s*", "xã "),
    (r"\bh\.\s*", "huyện "),
    (r"\btt\.\s*", "thị trấn "),
]
GLUED_DOT = re.compile(r"[^\W\d_]\.[^\W\d_]")
TITLE_EQUIVALENTS = {
    "thu tuongs chinhs phur": "thu tuongs",
    "phos thu tuongs chinhs phur": "phos thu tuongs",
}


# ---------------------------------------------------------------- folding and matching


def fold(text: str) -> str:
    """Lower case, NFC, Ð → Đ, each syllable's tone mark moved to its end."""
    text = unicodedata.normalize("NFC", text or "").replace("\u00d0", "Đ").replace("\u0110", "Đ")
    out = []
    for word in re.split(r"(\W+)", text.lower()):
        tone = ""
        letters = []
        for ch in unicodedata.normalize("NFD", word):
            if ch in TONES:
                tone = TONES[ch]
            else:
                letters.append(ch)
        out.append(unicodedata.normalize("NFC", "".join(letters)) + tone)
    return "".join(out)


def words(text: str) -> list[str]:
    """Folded word tokens, punctuation left out."""
    return re.findall(r"\w+", fold(text))


def starts_with(reported: str, opening: str) -> bool:
    head = words(opening)
    return bool(head) and words(reported)[: len(head)] == head


def spell_out(title: str) -> str:
    text = unicodedata.normalize("NFC", title).replace("\u00d0", "Đ").lower()
    text = text.replace("uỷ", "ủy").replace("thuỷ", "thủy")
    for pattern, full in ABBREVIATIONS:
        text = re.sub(pattern, full, text)
    return text


def title_key(title: str) -> str:
    key = " ".join(words(spell_out(title)))
    return TITLE_EQUIVALENTS.get(key, key)


def is_rank(title: str) -> bool:
    return " ".join(words(title)) in {" ".join(words(r)) for r in RANKS}


def title_set(titles: list[str]) -> set[str]:
    keys = {title_key(t) for t in titles if t and not is_rank(t)}
    return {k for k in keys if not any(o != k and o.startswith(k + " ") for o in keys)}


def byline_key(text: str | None) -> str:
    if not text:
        return ""
    text = re.sub(r"\([^)]*\)", " ", text)
    key = " ".join(words(text))
    key = re.sub(r"^(theo|tin anhr|bai vaf anhr|bai|tin)\s+", "", key)
    return re.sub(r"\s+theo\s+.*$", "", key).strip()


def credit_key(text: str | None) -> str:
    return re.sub(r"^(anhr|nguoanf)\s+", "", " ".join(words(text or "")))


def short(text: str, n: int = 8) -> str:
    parts = (text or "").split()
    return " ".join(parts[:n]) + (" …" if len(parts) > n else "")


# ---------------------------------------------------------------- running the importer


def run_import(files: list[Path]) -> dict:
    """import_wire --dry-run --report json on a fresh migrated SQLite database."""
    with tempfile.TemporaryDirectory(prefix="wire-quality-") as tmp:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
            "MEDIA_ROOT": f"{tmp}/media",
            "PYTHONPATH": str(BASE_DIR),
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev",
        }
        manage = [sys.executable, str(BASE_DIR / "manage.py")]

        def run(*args: str) -> subprocess.CompletedProcess:
            return subprocess.run(
                [*manage, *args], env=env, cwd=BASE_DIR, capture_output=True, text=True
            )

        for args in (
            ("migrate", "--verbosity", "0"),
            (
                "shell",
                "--verbosity",
                "0",
                "-c",
                "from articles.models import Section; "
                "Section.objects.create(name='Thời sự', slug='thoi-su')",
            ),
        ):
            done = run(*args)
            if done.returncode:
                sys.exit(f"{' '.join(args[:1])} failed:\n{done.stderr}")
        done = run("import_wire", *map(str, files), "--dry-run", "--report", "json")
        if done.returncode not in (0, 1):
            sys.exit(f"import_wire failed ({done.returncode}):\n{done.stderr}")
        return json.loads(done.stdout)


# ---------------------------------------------------------------- scoring


class Score:
    def __init__(self) -> None:
        self.n = defaultdict(int)
        self.details: dict[str, list[str]] = defaultdict(list)

    def miss(self, kind: str, name: str, text: str) -> None:
        self.details[kind].append(f"{name}: {text}")


def score_officials(s: Score, name: str, want: list[dict], got: list[dict]) -> None:
    reported: dict[str, dict] = {}
    for item in got:
        key = " ".join(words(item.get("name", "")))
        if key in reported:  # one person reported twice: merge the titles
            reported[key]["titles"] = reported[key]["titles"] + item.get("titles", [])
        else:
            reported[key] = {**item, "titles": list(item.get("titles", []))}
    wanted = {" ".join(words(o["name"])): o for o in want}
    s.n["officials"] += len(wanted)
    s.n["officials_reported"] += len(reported)
    for key, o in wanted.items():
        if key not in reported:
            s.miss("official missed", name, f"{o['name']} ({'; '.join(o['titles'])})")
            continue
        s.n["officials_found"] += 1
        r = reported[key]
        if o.get("rank"):
            s.n["ranks"] += 1
            if fold(r.get("rank") or "") == fold(o["rank"]):
                s.n["ranks_right"] += 1
            else:
                s.miss("rank missed", name, f"{o['name']}: {o['rank']} (got {r.get('rank')!r})")
        ranks_as_titles = [t for t in r["titles"] if is_rank(t)]
        if ranks_as_titles:
            s.miss("rank reported as a title", name, f"{o['name']}: {ranks_as_titles}")
        want_set, got_set = title_set(o["titles"]), title_set(r["titles"])
        glued = [t for t in r["titles"] if GLUED_DOT.search(t)]
        if glued:  # "thành phố.Phan Thiết": equal once punctuation is dropped, still wrong
            s.miss("titles: glued dot (thành phố.X)", name, f"{o['name']}: {glued}")
            continue
        if want_set == got_set:
            s.n["titles_right"] += 1
            continue
        by_key = {title_key(t): t for t in o["titles"]}
        missing = [by_key.get(k, k) for k in sorted(want_set - got_set)]
        extra = [t for t in r["titles"] if title_key(t) in got_set - want_set]
        if not r["titles"] or not got_set:
            kind = "titles: none reported"
        elif not (want_set & got_set) and len(missing) == 1 and len(extra) == 1:
            kind = "titles: one title wrong"
        elif missing and not extra:
            kind = "titles: some missing"
        elif extra and not missing:
            kind = "titles: extra ones"
        else:
            kind = "titles: missing and extra"
        s.miss(kind, name, f"{o['name']}: missing {missing} extra {extra}")
    for key, r in reported.items():
        if key not in wanted:
            s.n["wrong_names"] += 1
            s.miss("official wrong name (false hit)", name, f"{r.get('name')!r} {r.get('titles')}")


def score_captions(s: Score, name: str, want: list[dict], got: list[dict]) -> None:
    unused = list(range(len(got)))
    for c in want:
        kind = "credited" if c["credit"] else "uncredited"
        s.n[f"captions_{kind}"] += 1
        match = next((i for i in unused if starts_with(got[i]["text"], c["opening"])), None)
        if match is None:
            s.miss(f"caption missed ({kind})", name, f"{c['opening']} … [{c['credit']}]")
            continue
        unused.remove(match)
        r = got[match]
        s.n[f"captions_{kind}_found"] += 1
        if abs(len(r["text"].split()) - c["words"]) <= 2:
            s.n["captions_whole"] += 1
        else:
            s.miss(
                "caption text cut or run on",
                name,
                f"{c['opening']} … ({c['words']} words, got {len(r['text'].split())})",
            )
        if credit_key(r.get("credit")) == credit_key(c["credit"]):
            s.n["credits_right"] += 1
        else:
            s.miss(
                "credit wrong",
                name,
                f"{short(c['opening'], 5)} …: {c['credit']!r} got {r.get('credit')!r}",
            )
    for i in unused:
        s.n["captions_false"] += 1
        s.miss("caption false", name, f"{short(got[i]['text'])} [{got[i].get('credit')}]")


def score_subheadings(s: Score, name: str, article: dict, item: dict) -> None:
    want, got = article["subheadings"], item.get("subheadings", [])
    unused = list(range(len(got)))
    for h in want:
        s.n["subheadings"] += 1
        match = next((i for i in unused if starts_with(got[i], h["opening"])), None)
        if match is None:
            s.miss("subheading missed", name, h["opening"])
        else:
            unused.remove(match)
            s.n["subheadings_found"] += 1
    for i in unused:
        s.n["subheadings_false"] += 1
        s.miss(false_subheading_kind(got[i], article), name, short(got[i], 10))
    for c in article["captions"]:
        if any(starts_with(line, c["opening"]) or starts_with(c["opening"], line) for line in got):
            s.miss(
                "caption reported as a subheading",
                name,
                f"{short(c['opening'], 6)} [{c['credit']}]",
            )


def score_item(s: Score, name: str, want: dict, item: dict) -> None:
    s.n["articles"] += 1
    headline, title = want["headline"], item.get("title")
    if headline:
        s.n["headlines"] += 1
        if (
            title
            and starts_with(title, headline["opening"])
            and len(title.split()) == headline["words"]
        ):
            s.n["headlines_right"] += 1
        elif title:
            s.n["headlines_wrong"] += 1
            s.miss("headline wrong", name, f"{headline['opening']} … got {short(title)}")
        else:
            s.miss("headline missed (title null)", name, headline["opening"])
    elif title:
        s.n["headlines_invented"] += 1
        s.miss("headline invented", name, short(title))
    byline = item.get("byline")
    if want["byline"]:
        s.n["bylines"] += 1
        if byline_key(byline) == byline_key(want["byline"]):
            s.n["bylines_right"] += 1
        else:
            s.miss("byline wrong or missed", name, f"{want['byline']!r} got {byline!r}")
    elif byline:
        s.n["bylines_invented"] += 1
        s.miss("byline invented", name, repr(byline))
    score_officials(s, name, want["officials"], item.get("officials", []))
    score_captions(s, name, want["captions"], item.get("captions", []))
    score_subheadings(s, name, want, item)


def false_subheading_kind(line: str, want: dict) -> str:
    """What a line wrongly reported as a subheading is, by the annotations."""
    key = words(line)
    if want["byline"] and byline_key(line) == byline_key(want["byline"]):
        return "subheading false: the byline"
    for c in want["captions"]:
        head = words(c["opening"])
        n = min(len(head), len(key))
        if n and head[:n] == key[:n]:
            return "subheading false: a caption or its first line"
    if len(key) <= 3:
        return "subheading false: short line (linked word, credit, source, name)"
    return "subheading false: other (quote box, speaker line, lead)"


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def report(s: Score, sample: str) -> bool:
    n = s.n
    arts = n["articles"]
    figures = {
        "officials_recall": ratio(n["officials_found"], n["officials"]),
        "wrong_names_per_10": 10 * n["wrong_names"] / arts,
        "titles_right": ratio(n["titles_right"], n["officials_found"]),
        "captions_credited": ratio(n["captions_credited_found"], n["captions_credited"]),
        "captions_uncredited": ratio(n["captions_uncredited_found"], n["captions_uncredited"]),
        "credits_right": ratio(
            n["credits_right"], n["captions_credited_found"] + n["captions_uncredited_found"]
        ),
        "subheadings_recall": ratio(n["subheadings_found"], n["subheadings"]),
        "false_subheadings_per_5": 5 * n["subheadings_false"] / arts,
        "bylines_right": ratio(n["bylines_right"], n["bylines"]),
        "headlines_right": ratio(n["headlines_right"], n["headlines"]),
        "headlines_invented": n["headlines_invented"],
    }
    found = n["captions_credited_found"] + n["captions_uncredited_found"]
    print(f"Sample: {arts} articles ({sample})\n")
    rows = [
        (
            "officials recall",
            f"{figures['officials_recall']:.2f}",
            f"{n['officials_found']}/{n['officials']} found",
            "officials_recall",
        ),
        (
            "officials precision",
            f"{ratio(n['officials_found'], n['officials_reported']):.2f}",
            f"{n['officials_found']}/{n['officials_reported']} reported",
            None,
        ),
        (
            "wrong names per 10 articles",
            f"{figures['wrong_names_per_10']:.1f}",
            f"{n['wrong_names']} wrong names",
            "wrong_names_per_10",
        ),
        (
            "titles exactly right (set)",
            f"{figures['titles_right']:.2f}",
            f"{n['titles_right']}/{n['officials_found']} found officials",
            "titles_right",
        ),
        (
            "ranks right",
            f"{ratio(n['ranks_right'], n['ranks']):.2f}",
            f"{n['ranks_right']}/{n['ranks']}",
            None,
        ),
        (
            "captions found, with credit",
            f"{figures['captions_credited']:.2f}",
            f"{n['captions_credited_found']}/{n['captions_credited']}",
            "captions_credited",
        ),
        (
            "captions found, without credit",
            f"{figures['captions_uncredited']:.2f}",
            f"{n['captions_uncredited_found']}/{n['captions_uncredited']}",
            "captions_uncredited",
        ),
        (
            "captions precision",
            f"{ratio(found, found + n['captions_false']):.2f}",
            f"{n['captions_false']} false captions",
            None,
        ),
        (
            "captions text whole (±2 words)",
            f"{ratio(n['captions_whole'], found):.2f}",
            f"{n['captions_whole']}/{found}",
            None,
        ),
        (
            "credits right",
            f"{figures['credits_right']:.2f}",
            f"{n['credits_right']}/{found} found captions",
            "credits_right",
        ),
        (
            "subheadings recall",
            f"{figures['subheadings_recall']:.2f}",
            f"{n['subheadings_found']}/{n['subheadings']}",
            "subheadings_recall",
        ),
        (
            "subheadings precision",
            f"{ratio(n['subheadings_found'], n['subheadings_found'] + n['subheadings_false']):.2f}",
            f"{n['subheadings_false']} false",
            None,
        ),
        (
            "false subheadings per 5 articles",
            f"{figures['false_subheadings_per_5']:.1f}",
            f"{n['subheadings_false']} false",
            "false_subheadings_per_5",
        ),
        (
            "bylines right",
            f"{figures['bylines_right']:.2f}",
            f"{n['bylines_right']}/{n['bylines']} ({n['bylines_invented']} invented)",
            "bylines_right",
        ),
        (
            "headlines right",
            f"{figures['headlines_right']:.2f}",
            f"{n['headlines_right']}/{n['headlines']} ({n['headlines_wrong']} wrong text)",
            "headlines_right",
        ),
        ("headlines invented", str(n["headlines_invented"]), "", "headlines_invented"),
    ]
    ok = True
    for label, value, counts, target in rows:
        verdict = ""
        if target:
            limit = TARGETS[target]
            lower_is_better = target in (
                "wrong_names_per_10",
                "false_subheadings_per_5",
                "headlines_invented",
            )
            passed = figures[target] <= limit if lower_is_better else figures[target] >= limit
            ok &= passed
            sign = "≤" if lower_is_better else "≥"
            verdict = f"{'PASS' if passed else 'FAIL'} (target {sign} {limit:g})"
        print(f"{label:34} {value:>6}  {counts:34} {verdict}")
    print(f"\n{'ALL TARGETS MET' if ok else 'TARGETS NOT MET'}")
    return ok


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(BASE_DIR))
    except ValueError:
        return str(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every miss and false hit")
    parser.add_argument(
        "--annotations",
        type=Path,
        nargs="+",
        default=[ANNOTATIONS],
        help="annotated samples to score, pooled (default: bench/wire_quality/annotations.json)",
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--report", type=Path, help="score this saved JSON report instead of importing"
    )
    parser.add_argument("--save-report", type=Path, help="keep the importer's JSON report here")
    args = parser.parse_args()

    annotations = {}
    for path in args.annotations:
        sample = json.loads(path.read_text(encoding="utf-8"))
        if twice := sorted(set(sample) & set(annotations)):
            sys.exit(f"{path}: {', '.join(twice)} annotated in another sample too")
        annotations.update(sample)
    if args.report:
        data = json.loads(args.report.read_text(encoding="utf-8"))
    else:
        data = run_import([args.corpus / name for name in annotations])
    if args.save_report:
        args.save_report.write_text(
            json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    items = {Path(item["source"]).name: item for item in data["items"]}
    s = Score()
    for name, want in annotations.items():
        if name not in items:
            sys.exit(f"{name}: not in the importer's report")
        if items[name].get("error"):
            s.miss("item failed", name, items[name]["error"])
        score_item(s, name, want, items[name])
    ok = report(s, ", ".join(map(_shown, args.annotations)))
    if args.details:
        print()
        for kind in sorted(s.details, key=lambda k: (-len(s.details[k]), k)):
            print(f"== {kind} ({len(s.details[kind])})")
            for line in s.details[kind]:
                print(f"   {line}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
