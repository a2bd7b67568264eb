"""Fill the benchmark database with a realistic newsroom: sections, organisations, officials with
positions, resolutions, tags, photos, and many articles with mentions, tags and captions.

Small tables go through the models' ``save`` (derived fields, slugs, signals: exactly what the
admin does). Articles, their mentions, tags and captions are bulk-inserted, so their search
documents are built here with the project's own ``articles.search_index.article_document``,
``search_vector_of`` and ``rank_vector_of``: exactly what ``manage.py rebuild_search_index``
would leave behind.

Runs inside Django (``bench/run.py`` configures it); never point it at a database you care about:
``fill_database`` empties the benchmark database first.
"""

from __future__ import annotations

import datetime
import io
import random
import time

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone
from PIL import Image, ImageDraw

from articles.models import Article, Section, Tag, TaggedArticle
from articles.search_index import article_document, rank_vector_of, search_vector_of
from articles.stale import rank_every_story
from bench import corpus
from media.models import Caption, Photo
from newsroom.text import slugify
from people.models import Organization, Person, Position, Resolution

SECTIONS = [
    "Thời sự", "Chính trị", "Xây dựng Đảng", "Quốc hội", "Địa phương", "Pháp luật",
    "Kinh tế", "Quốc tế",
]  # fmt: skip
CITIES = {"Hà Nội", "TP Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}
BATCH = 2000


def _party_committee(province: str) -> str:
    return f"Thành ủy {province}" if province in CITIES else f"Tỉnh ủy {province}"


def _photo_bytes(rng: random.Random) -> bytes:
    """A 1200×800 JPEG with shapes and a gradient: real pixels, a realistic file size."""
    image = Image.new("RGB", (1200, 800))
    draw = ImageDraw.Draw(image)
    top, bottom = [rng.randint(40, 220) for _ in range(3)], [rng.randint(0, 120) for _ in range(3)]
    for y in range(800):
        t = y / 799
        draw.line(
            [(0, y), (1200, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    for _ in range(40):
        x, y = rng.randint(0, 1150), rng.randint(0, 750)
        color = tuple(rng.randint(0, 255) for _ in range(3))
        draw.rectangle([x, y, x + rng.randint(20, 300), y + rng.randint(20, 200)], fill=color)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def _small_tables(rng: random.Random, *, n_people: int, n_resolutions: int, log) -> dict:
    sections = [
        Section.objects.create(name=name, order=k, description=f"Tin {name.lower()}.")
        for k, name in enumerate(SECTIONS)
    ]
    central = {
        name: Organization.objects.create(name=name, kind=kind)
        for name, kind in [
            ("Ban Chấp hành Trung ương", "party"),
            ("Bộ Chính trị", "party"),
            ("Quốc hội", "legislature"),
            ("Chính phủ", "government"),
        ]
    }
    ministries = [
        Organization.objects.create(name=name, kind="ministry", parent=central["Chính phủ"])
        for name in corpus.MINISTRIES
    ]
    provinces = {}
    for province in corpus.PROVINCES:
        provinces[province] = {
            "party": Organization.objects.create(name=_party_committee(province), kind="party"),
            "government": Organization.objects.create(
                name=f"Ủy ban nhân dân tỉnh {province}", kind="government"
            ),
        }
    log(f"  {len(sections)} chuyên mục, {Organization.objects.count()} cơ quan")

    people, positions, seen = [], [], set()
    while len(people) < n_people:
        name = corpus.person_name(rng)
        if name in seen:
            continue
        seen.add(name)
        aliases = ""
        if rng.random() < 0.1:
            aliases = f"{rng.choice(['Ba', 'Tư', 'Sáu', 'Bảy'])} {name.split()[-1]}"
        person = Person.objects.create(
            full_name=name, aliases=aliases, birth_year=rng.randint(1955, 1985)
        )
        people.append(person)
        province = rng.choice(corpus.PROVINCES)
        kind = rng.random()
        if kind < 0.3:
            title, org = f"Bí thư {_party_committee(province)}", provinces[province]["party"]
        elif kind < 0.6:
            title, org = f"Chủ tịch UBND tỉnh {province}", provinces[province]["government"]
        elif kind < 0.8:
            ministry = rng.choice(ministries)
            title, org = f"Bộ trưởng {ministry.name}", ministry
        else:
            title, org = "Đại biểu Quốc hội khóa XV", central["Quốc hội"]
        start = datetime.date(rng.randint(2015, 2022), rng.randint(1, 12), 1)
        positions.append(
            Position(
                person=person,
                title=title,
                organization=org,
                start_date=start,
                term="khóa XV",
                rank=10,
            )
        )
        if rng.random() < 0.5:
            positions.append(
                Position(
                    person=person,
                    title=f"Phó Chủ tịch UBND tỉnh {province}",
                    organization=provinces[province]["government"],
                    start_date=start - datetime.timedelta(days=5 * 365),
                    end_date=start - datetime.timedelta(days=1),
                    term="khóa XIV",
                    rank=20,
                )
            )
    Position.objects.bulk_create(positions)
    log(f"  {len(people)} nhân vật, {len(positions)} chức vụ")

    resolutions, numbers = [], set()
    while len(resolutions) < n_resolutions:
        province = rng.choice(corpus.PROVINCES)
        style = rng.random()
        n = rng.randint(1, 60)
        if style < 0.5:
            number, issuer, kind = f"{n}-NQ/TU", provinces[province]["party"], "nghi-quyet"
        elif style < 0.7:
            number, issuer, kind = f"{n}-NQ/TW", central["Ban Chấp hành Trung ương"], "nghi-quyet"
        elif style < 0.85:
            number, issuer, kind = f"{n}/NQ-CP", central["Chính phủ"], "nghi-quyet"
        else:
            number, issuer, kind = f"{n}-CT/TU", provinces[province]["party"], "chi-thi"
        if (number, issuer.pk) in numbers:
            continue
        numbers.add((number, issuer.pk))
        resolutions.append(
            Resolution.objects.create(
                kind=kind,
                number=number,
                title=f"Về {rng.choice(corpus.TOPICS)} đến năm 2030, tầm nhìn đến năm 2045",
                issuer=issuer,
                adopted_on=datetime.date(
                    rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)
                ),
                summary=(
                    f"<p>Nghị quyết xác định {rng.choice(corpus.TOPICS)} là nhiệm vụ trọng tâm.</p>"
                ),
            )
        )
    log(f"  {len(resolutions)} văn bản")

    tag_names = corpus.TAGS + corpus.PROVINCES + [topic.capitalize() for topic in corpus.TOPICS]
    tags = Tag.objects.for_names(tag_names)  # one tag per folded name, as editors get
    photos = []
    for k in range(12):
        photo = Photo(
            caption=f"Ảnh tư liệu số {k + 1}",
            credit=rng.choice(corpus.CREDITS),
            alt_text="Quang cảnh hội nghị tại hội trường",
        )
        photo.image = ContentFile(_photo_bytes(rng), name=f"bench-{k + 1}.jpg")
        photo.save()
        photos.append(photo)
    log(f"  {len(tags)} thẻ, {len(photos)} ảnh")
    return {
        "sections": sections,
        "people": people,
        "resolutions": resolutions,
        "tags": tags,
        "photos": photos,
    }


class _Named:
    """A person's names computed once (``Person.names`` normalises on every call)."""

    def __init__(self, person: Person):
        self.pk = person.pk
        self.full_name = person.full_name
        self._names = person.names()

    def names(self) -> list[str]:
        return self._names


def _article(i: int, n: int, rng: random.Random, data: dict, now, cum_weights) -> tuple:
    people = data["people"]
    officials = list(
        dict.fromkeys(
            rng.choices(people, cum_weights=cum_weights, k=rng.choice([0, 1, 1, 2, 2, 3]))
        )
    )
    resolutions = [rng.choice(data["resolutions"])] if rng.random() < 0.35 else []
    lead = officials[0] if officials else rng.choice(people)
    second = officials[1] if len(officials) > 1 else rng.choice(people)
    number = resolutions[0].number if resolutions else rng.choice(data["resolutions"]).number
    slots = {
        "person": f"đồng chí {lead.full_name}",
        "person2": second.full_name,
        "title": rng.choice(
            ["Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Ủy viên Trung ương Đảng", "Bộ trưởng"]
        ),
        "org": rng.choice(
            [
                "Thành ủy Hà Nội",
                "Tỉnh ủy Quảng Ninh",
                "Ban Thường vụ Tỉnh ủy",
                "UBND tỉnh",
                "Đảng ủy Khối",
            ]
        ),
        "number": number,
        "number2": f"{rng.randint(1, 40)}-CT/TU",
    }
    title = corpus.fill(rng.choice(corpus.TITLE_TEMPLATES), rng, slots).replace("{", "")
    title = title[0].upper() + title[1:]
    sapo = corpus.fill(rng.choice(corpus.SAPO_TEMPLATES), rng, slots)
    paragraphs = [
        corpus.fill(rng.choice(corpus.PARAGRAPH_TEMPLATES), rng, slots)
        for _ in range(rng.randint(8, 16))
    ]
    if rng.random() < 0.3:
        paragraphs.insert(
            len(paragraphs) // 2, f"<h2>{corpus.fill('Tập trung {topic}', rng, slots)}</h2>"
        )
    body = "".join(p if p.startswith("<h2>") else f"<p>{p}</p>" for p in paragraphs)

    roll = rng.random()
    published_at = now - datetime.timedelta(days=3 * 365 * (n - i) / n, minutes=rng.randint(0, 600))
    status = Article.Status.PUBLISHED
    if roll < 0.02:
        status, published_at = Article.Status.DRAFT, None
    elif roll < 0.03:
        status, published_at = Article.Status.REVIEW, None
    elif roll < 0.04:
        published_at = now + datetime.timedelta(hours=rng.randint(1, 720))  # scheduled
    article = Article(
        title=title,
        slug=f"{slugify(title, max_length=100)}-{i + 1}",
        sapo=sapo,
        body=body,
        section=rng.choice(data["sections"]),
        byline=rng.choice(corpus.CREDITS[1:]),
        source=rng.choice(corpus.SOURCES),
        status=status,
        published_at=published_at,
        is_featured=status == Article.Status.PUBLISHED and rng.random() < 0.02,
    )
    document = article_document(article, officials=officials, resolutions=resolutions)
    article.search_text = document.text
    if connection.vendor == "postgresql":
        article.search_vector = search_vector_of(document)
        article.rank_vector = rank_vector_of(document)
    tags = rng.sample(data["tags"], rng.randint(2, 5))
    captions = [
        Caption(
            photo=rng.choice(data["photos"]),
            text=corpus.fill(
                rng.choice(corpus.CAPTION_TEMPLATES), rng, {**slots, "person": lead.full_name}
            ),
            credit=rng.choice(corpus.CREDITS),
            position=2 * k,
            order=k,
        )
        for k in range(rng.choice([1, 1, 1, 1, 1, 1, 1, 2, 2, 3]))
    ]
    return article, officials, resolutions, tags, captions


def rank_related_stories(log=print) -> None:
    """Bulk inserts send no signals: rank every story's related stories as the command does."""
    started = time.monotonic()
    ranked = rank_every_story()
    log(f"  tin liên quan của {ranked} bài ({time.monotonic() - started:.0f} s)")


def fill_database(*, articles: int, seed: int = 20261125, log=print) -> dict:
    """Empty the benchmark database and fill it; returns counts and timings."""
    started = time.monotonic()
    call_command("flush", interactive=False, verbosity=0)
    rng = random.Random(seed)
    n_people = min(3000, max(400, articles // 40))
    n_resolutions = min(600, max(80, articles // 200))
    log(f"Đang tạo dữ liệu: {articles} bài viết, {n_people} nhân vật, {n_resolutions} văn bản")
    with transaction.atomic():
        data = _small_tables(rng, n_people=n_people, n_resolutions=n_resolutions, log=log)
    data["people"] = [_Named(person) for person in data["people"]]
    # Officials are not mentioned evenly: a few leaders appear in a great many stories.
    cum_weights, total = [], 0.0
    for rank in range(len(data["people"])):
        total += 1 / (rank + 1) ** 0.8
        cum_weights.append(total)
    now = timezone.now()
    Officials = Article.officials.through
    Resolutions = Article.resolutions.through
    done = 0
    while done < articles:
        size = min(BATCH, articles - done)
        rows = [_article(done + k, articles, rng, data, now, cum_weights) for k in range(size)]
        with transaction.atomic():
            created = Article.objects.bulk_create([row[0] for row in rows], batch_size=250)
            Officials.objects.bulk_create(
                [
                    Officials(article_id=a.pk, person_id=p.pk)
                    for a, (_, people, *_rest) in zip(created, rows, strict=True)
                    for p in people
                ]
            )
            Resolutions.objects.bulk_create(
                [
                    Resolutions(article_id=a.pk, resolution_id=r.pk)
                    for a, row in zip(created, rows, strict=True)
                    for r in row[2]
                ]
            )
            TaggedArticle.objects.bulk_create(
                [
                    TaggedArticle(content_object_id=a.pk, tag_id=t.pk)
                    for a, row in zip(created, rows, strict=True)
                    for t in row[3]
                ]
            )
            captions = []
            for a, row in zip(created, rows, strict=True):
                for caption in row[4]:
                    caption.article_id = a.pk
                    captions.append(caption)
            Caption.objects.bulk_create(captions)
        done += size
        log(f"  {done}/{articles} bài viết ({time.monotonic() - started:.0f} s)")
    rank_related_stories(log=log)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    return {
        "articles": articles,
        "people": n_people,
        "resolutions": n_resolutions,
        "seconds": time.monotonic() - started,
    }
