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
    article, *, url: str, images: list[str], site_name: str, site_url: str, logo, officials=None
):
    """The NewsArticle dict for ``article`` (its section and tags prefetched).

    ``officials`` (with ``full_name`` and ``get_absolute_url``) default to the article's.

    ``url`` is the canonical URL, ``images`` absolute image URLs, ``logo`` a dict with the
    absolute ``url``, ``width`` and ``height`` of the publisher's logo.
    """
    authors = [{"@type": "Person", "name": name} for name in byline_authors(article.byline)]
    if not authors:
        authors = [{"@type": "Organization", "name": article.source or site_name}]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": article.title,
        "description": article.sapo,
        "inLanguage": "vi",
        "datePublished": _iso(article.published_at),
        "dateModified": _iso(max(article.updated_at, article.published_at)),
        "author": authors,
        "image": images,
        "articleSection": article.section.name,
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": site_name,
            "url": site_url + "/",
            "logo": {"@type": "ImageObject", **logo},
        },
    }
    keywords = [tag.name for tag in article.tags.all()]
    if keywords:
        data["keywords"] = keywords
    mentions = [
        {"@type": "Person", "name": person.full_name, "url": site_url + person.get_absolute_url()}
        for person in (article.officials.all() if officials is None else officials)
    ]
    if mentions:
        data["mentions"] = mentions
    return data


def _iso(moment) -> str:
    return timezone.localtime(moment).isoformat(timespec="seconds")


def json_ld(data: dict) -> SafeString:
    """``data`` as JSON safe to place inside <script type="application/ld+json">."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES))
