"""schema.org ``NewsArticle`` JSON-LD for the article page, built as a dict and serialised here.

Search engines read it for article rich results; the required and recommended keys follow
https://developers.google.com/search/docs/appearance/structured-data/article .
"""

import json
import re

from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

# Byline "Minh Châu - Anh Sơn", "Minh Châu, Anh Sơn" or "Minh Châu và Anh Sơn": several authors.
BYLINE_SEPARATORS = re.compile(r"\s*(?:,|;|\s[-–]\s|\svà\s)\s*")
# The characters that could end the <script> element or open a comment inside it.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def byline_authors(byline: str) -> list[str]:
    return [name for name in BYLINE_SEPARATORS.split(byline or "") if name]


def news_article(
    story, *, url: str, images: list[str], site_name: str, site_url: str, logo, mentions, tags
):
    """The NewsArticle dict for ``story``: a mapping of its ``title``, ``sapo``, ``byline``,
    ``source``, ``published_at``, ``updated_at`` and ``section__name``.

    ``mentions`` are the officials' (name, address) pairs; ``tags`` are names. ``url`` is
    the canonical URL, ``images`` absolute image URLs, ``logo`` a dict with the absolute
    ``url``, ``width`` and ``height`` of the publisher's logo.
    """
    authors = [{"@type": "Person", "name": name} for name in byline_authors(story["byline"])]
    if not authors:
        authors = [{"@type": "Organization", "name": story["source"] or site_name}]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": story["title"],
        "description": story["sapo"],
        "inLanguage": "vi",
        "datePublished": _iso(story["published_at"]),
        "dateModified": _iso(max(story["updated_at"], story["published_at"])),
        "author": authors,
        "image": images,
        "articleSection": story["section__name"],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": site_name,
            "url": site_url + "/",
            "logo": {"@type": "ImageObject", **logo},
        },
    }
    if tags:
        data["keywords"] = list(tags)
    if mentions:
        data["mentions"] = [
            {"@type": "Person", "name": name, "url": site_url + address}
            for name, address in mentions
        ]
    return data


def _iso(moment) -> str:
    return timezone.localtime(moment).isoformat(timespec="seconds")


def json_ld(data: dict) -> SafeString:
    """``data`` as JSON safe to place inside <script type="application/ld+json">."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES))
