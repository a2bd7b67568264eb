"""Write ``articles.demo.content`` to the database, idempotently.

Every row is found by a natural key (section, organisation and person by name, resolution by
issuer and number, photo by its demo file name, article by title) and written only when what is
stored differs from the content, through the model's own ``save`` so that slugs, folded search
text and sanitising apply as for any other write. A second run therefore creates, updates and
deletes nothing, and writes no photo file.

``QuerySet.update_or_create`` is deliberately not used: on an existing row it saves only the
fields it was given (plus ``auto_now`` ones), so the values our models derive in ``save``
(``Article.search_text``, ``Person.sort_key``, ``Resolution.number_folded`` ...) would go stale
when the content changes, and it writes (and bumps ``updated_at``) even when nothing changed.

The demo rows belong to the loader: the positions of a demo official and the photos of a demo
article are made to match the content exactly, so edits to ``content.py`` show up on re-run.
A new demo article gets an editorial record (created, submitted, approved, published) by no
user; a changed one is saved as a minor edit, in one revision with its tags and photos.
"""

import datetime
import functools
import io
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import reversion
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont, ImageOps

from articles.demo import content
from articles.models import Article, Section, Transition, reader_text
from media.models import Caption, Credit, Photo
from media.services import expand_credit
from newsroom.sanitize import clean_html
from newsroom.text import normalize, normalize_inline
from people.models import Organization, Person, Position, Resolution

PHOTO_SIZE = (1200, 800)
PORTRAIT_SIZE = (600, 800)
#: The font of the caption band burned into demo photos: it must have Vietnamese glyphs (Pillow's
#: bundled font has none, "Đ" and "ạ" came out as boxes). Debian's fonts-noto-core, which
#: .ci/run installs; without it the photos carry no text (nothing is downloaded).
DEMO_PHOTO_FONT = Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")
SCHEDULED_HOUR = 8  # local time of day a scheduled demo story goes live
REVISION_COMMENT = "Nạp dữ liệu mẫu (manage.py load_demo)"


@dataclass
class Changes:
    """What a run wrote, per model: rows created, updated, deleted; tag and mention sets
    changed (``linked``); photo files written."""

    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    deleted: Counter = field(default_factory=Counter)
    linked: Counter = field(default_factory=Counter)
    files_written: int = 0

    def count(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values())


def load_demo(*, stdout=None) -> dict:
    """Load (or refresh) the demo content and return counts of what it holds and what changed.

    ``stdout``: where to report progress, one line per step (a management command's stdout).
    """
    log = stdout.write if stdout is not None else (lambda message: None)
    changes = Changes()
    with transaction.atomic():
        sections = _load_sections(changes)
        organizations = _load_organizations(changes)
        log(f"Chuyên mục: {len(sections)}, cơ quan: {len(organizations)}")
        credits = _load_credits(changes)
        photos = _load_photos(changes)
        log(f"Ảnh: {len(photos)} ({changes.files_written} tệp mới)")
        people = _load_people(organizations, photos, changes)
        resolutions = _load_resolutions(organizations, changes)
        log(f"Nhân vật: {len(people)}, văn bản: {len(resolutions)}")
        articles = _load_articles(sections, people, resolutions, photos, changes)
        log(f"Bài viết: {len(articles)}")

    now = timezone.now()
    statuses = Counter(
        "scheduled" if a.status == Article.Status.PUBLISHED and not a.is_live(now) else a.status
        for a in articles
    )
    return {
        "sections": len(sections),
        "organizations": len(organizations),
        "people": len(people),
        "positions": Position.objects.filter(person__in=people.values()).count(),
        "resolutions": len(resolutions),
        "photos": len(photos),
        "credits": len(credits),
        "articles": len(articles),
        "published": statuses[Article.Status.PUBLISHED],
        "scheduled": statuses["scheduled"],
        "drafts": statuses[Article.Status.DRAFT],
        "in_review": statuses[Article.Status.REVIEW],
        "featured": sum(a.is_featured for a in articles),
        "captions": Caption.objects.filter(article__in=articles).count(),
        "tags": len({tag for spec in content.ARTICLES for tag in spec["tags"]}),
        "created": sum(changes.created.values()),
        "updated": sum(changes.updated.values()),
        "deleted": sum(changes.deleted.values()),
        "linked": sum(changes.linked.values()),
        "files_written": changes.files_written,
    }


# ---------------------------------------------------------------------------------------------
# Writing one row
# ---------------------------------------------------------------------------------------------


def _sync(model, lookup: dict, values: dict, changes: Changes, *, before_update=None):
    """Find the row matching ``lookup`` and make its fields equal ``values``; create it if absent.

    Saves (with the model's full ``save``) only when something differs; ``before_update(obj)``
    runs just before an existing row is saved and returns keyword arguments for that save.
    Values must already be in the form the model stores (see ``_line`` and ``_rich``), or every
    run would rewrite them.
    Returns ``(obj, what)``, ``what`` being "created", "updated" or "".
    """
    obj = model._default_manager.filter(**lookup).order_by("pk").first()
    if obj is None:
        obj = model(**lookup, **values)
        obj.save()
        changes.created[model.__name__] += 1
        return obj, "created"
    stale = False
    for name, value in values.items():
        if _stored(obj, name) != _comparable(value):
            setattr(obj, name, value)
            stale = True
    if not stale:
        return obj, ""
    save_kwargs = before_update(obj) if before_update is not None else {}
    obj.save(**save_kwargs)
    changes.updated[model.__name__] += 1
    return obj, "updated"


def _stored(obj, name):
    field_ = obj._meta.get_field(name)
    # Foreign keys are compared by id, without fetching the related row.
    return getattr(obj, field_.attname) if field_.is_relation else getattr(obj, name)


def _comparable(value):
    return value.pk if isinstance(value, models.Model) else value


def _line(text: str) -> str:
    """One-line text as the models store it."""
    return normalize_inline(text or "")


def _rich(paragraphs: list[str]) -> str:
    """Paragraphs (``"## "`` starts a subheading) as the sanitised HTML the models store."""
    blocks = []
    for paragraph in paragraphs:
        text = normalize_inline(paragraph)
        if text.startswith("## "):
            blocks.append(f"<h2>{text[3:]}</h2>")
        else:
            blocks.append(f"<p>{text}</p>")
    return clean_html(normalize("\n".join(blocks)))


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _local_datetime(value: str | None) -> datetime.datetime | None:
    if not value:
        return None
    return timezone.make_aware(datetime.datetime.fromisoformat(value))


# ---------------------------------------------------------------------------------------------
# Sections, organisations, people, resolutions
# ---------------------------------------------------------------------------------------------


def _load_sections(changes: Changes) -> dict[str, Section]:
    sections = {}
    for spec in content.SECTIONS:
        sections[spec["name"]], _ = _sync(
            Section,
            {"name": _line(spec["name"])},
            {"description": _line(spec["description"]), "order": spec["order"], "in_menu": True},
            changes,
        )
    return sections


def _load_organizations(changes: Changes) -> dict[str, Organization]:
    organizations: dict[str, Organization] = {}
    for spec in content.ORGANIZATIONS:
        parent = spec.get("parent")
        organizations[spec["name"]], _ = _sync(
            Organization,
            {"name": _line(spec["name"])},
            {
                "short_name": _line(spec.get("short_name", "")),
                "kind": spec["kind"],
                "parent": organizations[parent] if parent else None,
            },
            changes,
        )
    return organizations


def _load_people(organizations, photos, changes: Changes) -> dict[str, Person]:
    people = {}
    for spec in content.PEOPLE:
        portrait = spec.get("portrait")
        person, _ = _sync(
            Person,
            {"full_name": _line(spec["full_name"])},
            {
                "aliases": "\n".join(_line(alias) for alias in spec["aliases"]),
                "birth_year": spec["birth_year"],
                "biography": _rich(spec["biography"]),
                "portrait": photos[portrait] if portrait else None,
            },
            changes,
        )
        kept = []
        for title, organization, start, end, term, rank in spec["positions"]:
            position, _ = _sync(
                Position,
                {"person": person, "title": _line(title), "start_date": _date(start)},
                {
                    "organization": organizations[organization] if organization else None,
                    "end_date": _date(end),
                    "term": _line(term),
                    "rank": rank,
                },
                changes,
            )
            kept.append(position.pk)
        _delete(person.positions.exclude(pk__in=kept), changes)
        people[spec["full_name"]] = person
    return people


def _load_resolutions(organizations, changes: Changes) -> dict[str, Resolution]:
    resolutions = {}
    for spec in content.RESOLUTIONS:
        issuer = organizations[spec["issuer"]]
        number = _line(spec["number"]).replace(" ", "")
        # Numbers repeat across issuers (every Thành ủy has a 15-NQ/TU); drafts have none yet.
        lookup = {"issuer": issuer, "number": number}
        values = {
            "title": _line(spec["title"]),
            "kind": spec["kind"],
            "term": _line(spec["term"]),
            "adopted_on": _date(spec["adopted_on"]),
            "effective_on": _date(spec["effective_on"]),
            "status": spec["status"],
            "summary": _rich(spec["summary"]),
        }
        if not number:
            lookup["title"] = values.pop("title")
        ref = spec.get("ref") or spec["number"]
        resolutions[ref], _ = _sync(Resolution, lookup, values, changes)
    for spec in content.RESOLUTIONS:  # second pass: the replacement may come later in the list
        replacement = spec.get("superseded_by")
        _sync(
            Resolution,
            {"pk": resolutions[spec.get("ref") or spec["number"]].pk},
            {"superseded_by": resolutions[replacement] if replacement else None},
            changes,
        )
    return resolutions


def _delete(queryset, changes: Changes) -> None:
    for obj in queryset:
        obj.delete()
        changes.deleted[type(obj).__name__] += 1


# ---------------------------------------------------------------------------------------------
# Credits and photos
# ---------------------------------------------------------------------------------------------


def _load_credits(changes: Changes) -> dict[str, Credit]:
    credits = {}
    for spec in content.CREDITS:
        credits[spec["name"]], _ = _sync(
            Credit,
            {"name": _line(spec["name"])},
            {"short_name": _line(spec.get("short_name", "")), "kind": spec["kind"]},
            changes,
        )
    return credits


def _load_photos(changes: Changes) -> dict[str, Photo]:
    """Demo photos, found by ``original_filename``; a file is drawn only when none is stored."""
    photos = {}
    for spec in content.PHOTOS:
        key = spec["key"]
        values = {
            "caption": _line(spec["caption"]),
            "credit": expand_credit(spec["credit"]),
            "alt_text": _line(spec["alt_text"]),
        }
        photo = Photo.objects.filter(original_filename=key).order_by("pk").first()
        if photo is None:
            photo = Photo(original_filename=key, **values)
            photo.image = ContentFile(render_photo(spec), name=key)
            photo.save()
            changes.created["Photo"] += 1
            changes.files_written += 1
        else:
            stale = False
            for name, value in values.items():
                if getattr(photo, name) != value:
                    setattr(photo, name, value)
                    stale = True
            if not photo.image or not photo.image.storage.exists(photo.image.name):
                # The row survived but its file did not (a fresh MEDIA_ROOT, a cleaned folder).
                photo.image = ContentFile(render_photo(spec), name=key)
                changes.files_written += 1
                stale = True
            if stale:
                photo.save()
                changes.updated["Photo"] += 1
        photos[key] = photo
    return photos


def render_photo(spec: dict) -> bytes:
    """A JPEG standing in for a news photo: gradient, a few shapes, and a caption band.

    Deterministic for a given spec, so a regenerated file looks the same as the lost one.
    """
    portrait = spec.get("portrait", False)
    width, height = PORTRAIT_SIZE if portrait else PHOTO_SIZE
    top, bottom = spec["colors"]
    image = ImageOps.colorize(Image.linear_gradient("L").resize((width, height)), top, bottom)
    draw = ImageDraw.Draw(image, "RGBA")
    rng = random.Random(spec["key"])
    if portrait:
        # A head and shoulders silhouette, centred.
        cx = width // 2
        draw.rectangle((cx - 35, 415, cx + 35, height - 230), fill=(210, 185, 160, 255))
        draw.ellipse((cx - 210, height - 260, cx + 210, height + 160), fill=(20, 20, 28, 255))
        draw.ellipse((cx - 105, 190, cx + 105, 430), fill=(225, 200, 175, 255))
        tie = [(cx - 30, height - 255), (cx + 30, height - 255), (cx, height - 120)]
        draw.polygon(tie, fill=(150, 20, 30, 255))
    else:
        for _ in range(7):
            x, y = rng.randrange(-200, width), rng.randrange(-200, height - 150)
            size = rng.randrange(120, 420)
            colour = (*(rng.randrange(256) for _ in range(3)), rng.randrange(40, 110))
            shape = draw.ellipse if rng.random() < 0.5 else draw.rectangle
            shape((x, y, x + size, y + size * rng.uniform(0.5, 1.2)), fill=colour)
    if _font(20) is not None:
        band = 110 if portrait else 130
        draw.rectangle((0, height - band, width, height), fill=(0, 0, 0, 150))
        label = normalize_inline(spec["label"]).upper()
        font = _font(44 if not portrait else 34)
        draw.text((32, height - band + 18), label, font=font, fill="white")
        draw.text((32, height - 44), "TÒA SOẠN – ẢNH MINH HỌA", font=_font(20), fill="#dcdcdc")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


@functools.cache
def _font(size: int) -> ImageFont.FreeTypeFont | None:
    """``DEMO_PHOTO_FONT`` at ``size``, or None when it is not installed (or Pillow was built
    without FreeType): then no text is burned in rather than text without its diacritics."""
    try:
        return ImageFont.truetype(str(DEMO_PHOTO_FONT), size)
    except (OSError, ImportError):
        return None


# ---------------------------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------------------------


def _load_articles(sections, people, resolutions, photos, changes: Changes) -> list[Article]:
    now = timezone.now()
    articles = []
    for spec in content.ARTICLES:
        title = _line(spec["title"])
        published_at = _local_datetime(spec.get("published_at"))
        if "publish_in_days" in spec:
            published_at = _scheduled_time(title, spec["publish_in_days"], now)
        before = changes.count() + sum(changes.linked.values())
        with reversion.create_revision():
            reversion.set_comment(REVISION_COMMENT)
            article, what = _sync(
                Article,
                {"title": title},
                {
                    "section": sections[spec["section"]],
                    "sapo": normalize(spec["sapo"]),
                    "body": _rich(spec["body"]),
                    "byline": _line(spec["byline"]),
                    "source": _line(spec["source"]),
                    "status": spec.get("status", Article.Status.PUBLISHED),
                    "published_at": published_at,
                    "is_featured": spec.get("featured", False),
                },
                changes,
                before_update=_allow_text_change,
            )
            _set_tags(article, spec["tags"], changes)
            _set_related(article.officials, [people[name] for name in spec["officials"]], changes)
            _set_related(
                article.resolutions, [resolutions[ref] for ref in spec["resolutions"]], changes
            )
            _set_captions(article, spec["photos"], photos, changes)
            if changes.count() + sum(changes.linked.values()) > before:
                # One revision with the story as loaded, tags and photos included.
                reversion.add_to_revision(article)
        if what == "created":
            _record_history(article, now)
        _set_update_time(article, _local_datetime(spec.get("updated_at")), now)
        articles.append(article)
    return articles


def _set_update_time(article: Article, updated_at, now: datetime.datetime) -> None:
    """A demo story's last update as its newsroom would have made it, not the time of the load
    (``updated_at`` is ``auto_now``): the time ``content`` gives when the story was updated,
    else its publication time, which the page shows as never updated
    (``articles.site.article_page.UPDATE_SHOWN_AFTER``). Stories not out yet keep the load's."""
    if not article.is_live(now):
        return
    article.updated_at = updated_at or article.published_at
    # Not a save: a save would stamp the time again. Written only when it differs, so a run
    # that changes nothing writes nothing.
    Article.objects.filter(pk=article.pk).exclude(updated_at=article.updated_at).update(
        updated_at=article.updated_at
    )


def _allow_text_change(article: Article) -> dict:
    """Demo stories follow ``content.py``; a change there is not news readers must be told of.

    ``Article.save`` refuses silent text changes to a story readers have seen unless the caller
    recorded them (``articles.desk.workflow.article_edit`` does it for editors); here the record
    is a minor-edit transition by no user, and the save is told so.
    """
    stored = Article.objects.get(pk=article.pk)
    if stored.has_been_public() and reader_text(stored.__dict__) != reader_text(article.__dict__):
        Transition.objects.create(
            article=article,
            action=Transition.Action.MINOR_EDIT,
            from_status=article.status,
            to_status=article.status,
            comment=REVISION_COMMENT,
        )
    return {"text_change_recorded": True}


def _record_history(article: Article, now: datetime.datetime) -> None:
    """The editorial record a new demo story would have had: created, submitted, approved, out."""
    action, status = Transition.Action, Article.Status
    steps = [(action.CREATE, "", status.DRAFT)]
    if article.status != status.DRAFT:
        steps.append((action.SUBMIT, status.DRAFT, status.REVIEW))
    if article.status == status.PUBLISHED:
        steps.append((action.APPROVE, status.REVIEW, status.APPROVED))
        last = action.SCHEDULE if article.is_scheduled(now) else action.PUBLISH
        steps.append((last, status.APPROVED, status.PUBLISHED))
    # Past stories: the steps lead up to publication, an hour apart; the others happen now.
    end = article.published_at if article.is_live(now) else now
    for index, (step, from_status, to_status) in enumerate(steps):
        Transition.objects.create(
            article=article,
            action=step,
            from_status=from_status,
            to_status=to_status,
            at=end - datetime.timedelta(hours=len(steps) - 1 - index),
            comment="Dữ liệu mẫu",
        )


def _scheduled_time(title: str, days: int, now: datetime.datetime) -> datetime.datetime:
    """Keep a scheduled story in the future: reuse its time while it is still ahead."""
    existing = (
        Article.objects.filter(title=title).order_by("pk").values_list("published_at", flat=True)
    ).first()
    if existing and existing > now:
        return existing
    day = timezone.localdate(now) + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(SCHEDULED_HOUR)))


def _set_tags(article: Article, names: list[str], changes: Changes) -> None:
    wanted = {_line(name) for name in names}
    if set(article.tags.names()) != wanted:
        article.tags.set(sorted(wanted))
        changes.linked["TaggedArticle"] += 1


def _set_related(manager, objects: list, changes: Changes) -> None:
    if set(manager.values_list("pk", flat=True)) != {obj.pk for obj in objects}:
        manager.set(objects)
        changes.linked[manager.through.__name__] += 1


def _set_captions(article: Article, specs: list[tuple], photos, changes: Changes) -> None:
    kept = []
    for order, (photo_key, text, credit, position) in enumerate(specs):
        caption, _ = _sync(
            Caption,
            {"article": article, "order": order},
            {
                "photo": photos[photo_key],
                "text": _line(text),
                "credit": expand_credit(credit),
                "position": position,
            },
            changes,
        )
        kept.append(caption.pk)
    _delete(article.captions.exclude(pk__in=kept), changes)
