"""The markup of a story page's own part: its ``<head>`` tags and the story with its photos,
tags, officials, resolutions, corrections and related stories, put together from plain values
(:class:`articles.site.article_page.StoryPage`) with string formatting.

This part is rendered once per change and kept (``articles.site.renderings``); when it is not
current (after a deploy, or an edit) the first reader waits for it, and the template engine
took about 3 ms of that for a story with five related stories and a few photos (a template
variable lookup, an include and a tag call per row). The markup is the one the templates made,
byte for byte (``bench/same_output.py``); the site's frame around it stays a template
(``articles/article_detail.html``). Every value from the database is escaped here, except the
body's blocks (HTML cleaned when saved, ``newsroom.sanitize``) and the related stories' teasers
(escaped when built, ``articles.site.teasers``).
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template.defaultfilters import truncatewords
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import normalize_newlines

from articles.site.teasers import assemble
from newsroom.templatetags.vietnamese import vn_datetime

FIGURE_SIZES = "(min-width: 50rem) 46rem, 100vw"
RELATED_TEASER = {"level": "3", "sizes": "(min-width: 1024px) 320px, 100vw"}
OG_DESCRIPTION_WORDS = 50


@functools.lru_cache(maxsize=4096)
def address(name: str, slug: str) -> str:
    """``reverse(name, kwargs={"slug": slug})``, remembered: story pages link the same sections,
    tags and officials over and over, and reversing cost about 0.1 ms of CPU a link."""
    return reverse(name, kwargs={"slug": slug})


@receiver(setting_changed)
def _forget_addresses(**kwargs):
    """Tests change the URLconf."""
    address.cache_clear()


def person_address(person) -> str:
    return address("people:person_detail", person.slug)


class Figure(NamedTuple):
    """A photo in the story, as its ``<figure>`` shows it (URLs not yet escaped)."""

    src: str
    srcset_jpeg: str
    srcset_webp: str
    width: int | None
    height: int | None
    alt: str
    is_lead: bool
    text: str
    credit: str


def iso(moment) -> str:
    """The ``date:'c'`` of a template: the local time in ISO 8601."""
    return timezone.localtime(moment).isoformat() if moment else ""


def _time(moment) -> str:
    return f'<time datetime="{iso(moment)}">{escape(vn_datetime(moment))}</time>'


def figure(photo: Figure) -> str:
    sizes = FIGURE_SIZES
    caption = ""
    if photo.text or photo.credit:
        credit = ""
        if photo.credit:
            credit = f' <span class="credit">(Ảnh: {escape(photo.credit)})</span>'
        caption = f"<figcaption>{escape(photo.text)}{credit}</figcaption>"
    return (
        '<figure class="photo">\n  <picture>\n'
        f'    <source type="image/webp" srcset="{escape(photo.srcset_webp)}" sizes="{sizes}">\n'
        f'    <img src="{escape(photo.src)}" srcset="{escape(photo.srcset_jpeg)}"'
        f' sizes="{sizes}" width="{photo.width}" height="{photo.height}"'
        f' alt="{escape(photo.alt)}" loading="{"eager" if photo.is_lead else "lazy"}"'
        ' decoding="async">\n'
        f"  </picture>\n  {caption}\n</figure>\n"
    )


def head(page) -> str:
    """The page's own ``<head>`` tags (canonical address, Open Graph, JSON-LD)."""
    image = page.social_image
    size = ""
    if image["width"]:
        size = (
            f'<meta property="og:image:width" content="{image["width"]}">\n'
            f'  <meta property="og:image:height" content="{image["height"]}">'
        )
    tags = "".join(
        f'<meta property="article:tag" content="{escape(name)}">\n  ' for name, _url in page.tags
    )
    canonical = escape(page.canonical_url)
    return (
        f'\n  <link rel="canonical" href="{canonical}">\n'
        f'  <meta property="og:site_name" content="{escape(page.site_name)}">\n'
        '  <meta property="og:locale" content="vi_VN">\n'
        '  <meta property="og:type" content="article">\n'
        f'  <meta property="og:title" content="{escape(page.title)}">\n'
        '  <meta property="og:description"'
        f' content="{escape(truncatewords(page.sapo, OG_DESCRIPTION_WORDS))}">\n'
        f'  <meta property="og:url" content="{canonical}">\n'
        f'  <meta property="og:image" content="{escape(image["url"])}">\n'
        f"  {size}\n"
        f'  <meta property="og:image:alt" content="{escape(image["alt"])}">\n'
        f'  <meta property="article:published_time" content="{iso(page.published_at)}">\n'
        f'  <meta property="article:modified_time" content="{iso(page.updated_at)}">\n'
        f'  <meta property="article:section" content="{escape(page.section_name)}">\n'
        f'  {tags}<meta name="twitter:card" content="summary_large_image">\n'
        f'  <script type="application/ld+json">{page.json_ld}</script>\n'
    )


def _corrections(corrections) -> str:
    if not corrections:
        return "\n"
    rows = "".join(
        f"\n    <li>{_time(created_at)}: "
        f"{escape(normalize_newlines(text)).replace(chr(10), '<br>')}</li>\n    "
        for created_at, text in corrections
    )
    return (
        '\n<aside class="corrections" aria-labelledby="dinh-chinh">\n'
        '  <h2 id="dinh-chinh">Đính chính</h2>\n'
        f"  <ul>\n    {rows}\n  </ul>\n</aside>\n\n"
    )


def _mentions(heading_id: str, heading: str, rows: list[str]) -> str:
    """The aside listing the officials or the resolutions a story names (nothing if none)."""
    if not rows:
        return ""
    return (
        f'\n  <aside class="mentions" aria-labelledby="{heading_id}">\n'
        f'    <h2 id="{heading_id}">{heading}</h2>\n'
        f"    <ul>\n      {''.join(rows)}\n    </ul>\n  </aside>\n  "
    )


def _officials(officials) -> str:
    rows = []
    for person, titles in officials:
        held = f'<span class="title">{", ".join(map(escape, titles))}</span>' if titles else ""
        rows.append(
            f'\n      <li><a href="{escape(person_address(person))}">'
            f"{escape(person.full_name)}</a>{held}</li>\n      "
        )
    return _mentions("nhan-vat", "Nhân vật trong bài", rows)


def _resolutions(resolutions) -> str:
    rows = []
    for resolution in resolutions:
        number = f" số {escape(resolution.number)}" if resolution.number else ""
        rows.append(
            f'\n      <li><a href="{escape(resolution.get_absolute_url())}">'
            f"{escape(resolution.get_kind_display())}{number}</a>"
            f'<span class="title">{escape(resolution.title)}</span></li>\n      '
        )
    return _mentions("van-ban", "Văn bản được nhắc đến", rows)


def _related(related) -> str:
    if not related:
        return ""
    teasers = "".join(
        f"\n    {assemble(parts, no_image=n > 0, **RELATED_TEASER)}\n  "
        for n, parts in enumerate(related)
    )
    return (
        '\n<aside class="related" aria-labelledby="tin-lien-quan">\n'
        '  <h2 id="tin-lien-quan" class="block-title">Tin liên quan</h2>\n'
        f"  {teasers}\n</aside>\n"
    )


def content(page) -> str:
    """The story and what belongs to it, with its related stories beside it."""
    updated = ""
    if page.updated_shown:
        updated = f'<span class="updated">Cập nhật: {_time(page.updated_shown)}</span>'
    sapo = f'<p class="sapo">{escape(page.sapo)}</p>' if page.sapo else ""
    body = "".join(
        f"\n    {figure(part)}" if kind == "figure" else f"\n    {part}"
        for kind, part in page.body_parts
    )
    byline = ""
    if page.byline or page.source:
        author = f'<span class="author">{escape(page.byline)}</span>' if page.byline else ""
        source = ""
        if page.source:
            source = f' <span class="source">(Nguồn: {escape(page.source)})</span>'
        byline = f'\n  <p class="byline">{author}{source}</p>\n  '
    tags = ""
    if page.tags:
        links = "".join(
            f'<li><a href="{escape(url)}">{escape(name)}</a></li>' for name, url in page.tags
        )
        tags = f'\n  <nav class="tags" aria-label="Thẻ">\n    <ul>{links}</ul>\n  </nav>\n  '
    return (
        '\n<div class="article-layout">\n<article class="story">\n'
        '  <header class="story-header">\n'
        f'    <p class="kicker"><a href="{escape(page.section_url)}">'
        f"{escape(page.section_name)}</a></p>\n"
        f"    <h1>{escape(page.title)}</h1>\n"
        '    <p class="meta story-meta">\n'
        f"      {_time(page.published_at)}\n"
        f"      {updated}\n"
        "    </p>\n"
        f"    {sapo}\n"
        "  </header>\n"
        f'  <div class="body">\n    {body}\n  </div>\n'
        f"  {byline}\n"
        f"  {_corrections(page.corrections)}\n"
        f"  {tags}\n"
        f"  {_officials(page.officials)}\n"
        f"  {_resolutions(page.resolutions)}\n"
        "</article>\n"
        f"{_related(page.related)}\n"
        "</div>\n"
    )
