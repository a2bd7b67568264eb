"""A saved article page (HTML) → :class:`WireStory`.

The page is read with the standard library's :mod:`html.parser` into an ElementTree (lxml is
not a dependency). Site furniture is dropped (``<script>``, ``<style>``, ``<nav>``,
``<header>``, ``<footer>``, ``<aside>``, forms, comments), the main text is the
``<article>`` (or, without one, the element with the most paragraph text), and the result
goes through the same caption/credit/byline rules as plain-text copy.
"""

from __future__ import annotations

import json
import re
from xml.etree.ElementTree import Element

from newsroom.text import fold, normalize_inline

from .assemble import build_story
from .credits import parse_byline, tidy_name
from .dates import parse_datetime
from .errors import WireParseError
from .markup import (
    SKIPPED_TAGS,
    build_html_tree,
    element_text,
    iter_local,
    local_name,
    markup_items,
)
from .structure import WireStory

__all__ = ["parse_html"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_LEAD_CLASS = re.compile(
    r"(?:^|[\s_-])(sapo|lead|chapeau|summary|description|excerpt|abstract|intro|"
    r"article-sapo|detail-sapo|sapo-detail)(?:$|[\s_-])",
    re.IGNORECASE,
)
_CAPTION_CLASS = re.compile(r"caption", re.IGNORECASE)
_AUTHOR_CLASS = re.compile(r"author|byline|tac-gia|tacgia", re.IGNORECASE)


def _meta(root: Element, *keys: str) -> str | None:
    wanted = {key.lower() for key in keys}
    for node in iter_local(root, "meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower()
        if key in wanted and (node.get("content") or "").strip():
            return normalize_inline(node.get("content", ""))
    return None


def _visible(element: Element, skipped: set[int]) -> bool:
    return id(element) not in skipped


def _skipped_ids(root: Element) -> set[int]:
    """Ids of every element inside site furniture (nav, header, footer, aside, forms…)."""
    skipped: set[int] = set()

    def walk(node: Element, inside: bool) -> None:
        inside = inside or local_name(node.tag) in SKIPPED_TAGS
        if inside:
            skipped.add(id(node))
        for child in node:
            walk(child, inside)

    walk(root, False)
    return skipped


_FURNITURE_WORDS = _words(
    "tag tags keyword keywords social share sharing related relate comment comments ads ad "
    "adv advertisement banner breadcrumb breadcrumbs quangcao print toolbar rating vote "
    "newsletter subscribe"
)
# "video": an embedded player and its title (VideoCMS_Caption); the video is not imported.
_FURNITURE_PREFIXES = (
    "related",
    "social",
    "share",
    "advert",
    "banner",
    "comment",
    "breadcrumb",
    "video",
)


def _is_furniture(element: Element) -> bool:
    """Class, id or CMS ``type`` naming a box of tags, share buttons, related links,
    comments, ads or an embedded video (``article__tag``, ``box_comment_vne``,
    ``type="RelatedOneNews"``, ``type="VideoStream"``)."""
    names = " ".join(str(element.get(a, "")) for a in ("class", "id", "type")).lower()
    for token in re.split(r"[\s_-]+", names):
        if token in _FURNITURE_WORDS or token.startswith(_FURNITURE_PREFIXES):
            return True
        if "lienquan" in token or "binhluan" in token:
            return True
    return False


def _furniture_ids(root: Element, skipped: set[int]) -> set[int]:
    """Ids of every element inside a furniture box (see :func:`_is_furniture`), leaving out
    a box that holds half the page's paragraph text: that is a wrapper with an odd class."""
    total = sum(len(element_text(p)) for p in iter_local(root, "p") if _visible(p, skipped))
    found: set[int] = set()
    for node in root.iter():
        if id(node) in found or local_name(node.tag) in ("document", "html", "body"):
            continue
        if not _is_furniture(node):
            continue
        text = sum(len(element_text(p)) for p in iter_local(node, "p"))
        if total and text >= 0.5 * total:
            continue
        found.update(id(inner) for inner in node.iter())
    return found


def _paragraph_score(element: Element) -> int:
    """Text in the element's own ``<p>`` children, plus its loose prose: old CMS pages (and
    table layouts) set the story as text runs split by ``<br><br>`` in a ``<td>``/``<div>``."""
    score = sum(len(element_text(child)) for child in element if local_name(child.tag) == "p")
    runs = [element.text or ""] + [child.tail or "" for child in element]
    return score + sum(len(run.strip()) for run in runs if len(run.strip()) >= 40)


def _main_element(root: Element, skipped: set[int]) -> Element:
    articles = [a for a in iter_local(root, "article") if _visible(a, skipped)]
    if articles:
        return max(articles, key=lambda a: sum(len(element_text(p)) for p in iter_local(a, "p")))
    candidates = [
        node
        for node in root.iter()
        if _visible(node, skipped) and local_name(node.tag) not in ("document", "p")
    ]
    best = max(candidates, key=_paragraph_score, default=None)
    if best is None or _paragraph_score(best) == 0:
        body = next(iter_local(root, "body"), None)
        return body if body is not None else root
    return best


_LD_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting"}


def _linked_data(root: Element) -> dict[str, str]:
    """``headline``, ``datePublished``, ``author``, ``publisher``, ``description`` and ``url``
    of the first schema.org NewsArticle in the page's JSON-LD (``@graph`` and lists too)."""

    def objects(value: object):
        if isinstance(value, list):
            for entry in value:
                yield from objects(entry)
        elif isinstance(value, dict):
            yield value
            yield from objects(value.get("@graph"))

    def name(value: object) -> str:
        if isinstance(value, list):
            return ", ".join(filter(None, (name(entry) for entry in value)))
        if isinstance(value, dict):
            value = value.get("name")
        return value.strip() if isinstance(value, str) else ""

    for script in iter_local(root, "script"):
        if "ld+json" not in str(script.get("type", "")).lower():
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for entry in objects(data):
            types = entry.get("@type")
            types = types if isinstance(types, list) else [types]
            if not any(str(kind).lower() in _LD_TYPES for kind in types):
                continue
            page = entry.get("mainEntityOfPage")
            found = {
                "headline": name(entry.get("headline")),
                "datePublished": name(entry.get("datePublished")),
                "author": name(_people(entry.get("author"))),
                "publisher": name(entry.get("publisher")),
                "description": name(entry.get("description")),
                "url": name(entry.get("url"))
                or name(page.get("@id") if isinstance(page, dict) else page),
            }
            return {key: normalize_inline(value) for key, value in found.items() if value}
    return {}


def _people(value: object) -> object:
    """JSON-LD authors without the ``Organization`` ones (the paper itself, not a writer)."""
    entries = value if isinstance(value, list) else [value]
    return [
        entry
        for entry in entries
        if not (isinstance(entry, dict) and str(entry.get("@type", "")).lower() == "organization")
    ]


def _title(
    root: Element, main: Element, skipped: set[int], linked: dict[str, str]
) -> tuple[str | None, Element | None]:
    """The article's ``<h1>``, else JSON-LD ``headline``, a page ``<h1>`` outside the site
    furniture, ``og:title``, ``<title>``; an ``<h1>`` in the site header (the logo on many
    CMS) comes last."""
    heading = next((h for h in iter_local(main, "h1") if element_text(h)), None)
    if heading is not None:
        return element_text(heading), heading
    if linked.get("headline"):
        return linked["headline"], None
    titled = _title_element(main, skipped)
    if titled is not None:
        return element_text(titled), titled
    headings = [h for h in iter_local(root, "h1") if element_text(h)]
    heading = next((h for h in headings if id(h) not in skipped), None)
    if heading is not None:
        return element_text(heading), None
    og = _meta(root, "og:title", "twitter:title")
    if og:
        return og, None
    title = next(iter_local(root, "title"), None)
    if title is not None and element_text(title):
        # "Tiêu đề bài - Tên báo" → "Tiêu đề bài"
        return re.split(r"\s+[|–—-]\s+[^|–—-]+$", element_text(title))[0], None
    return (element_text(headings[0]) if headings else None), None


_TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:title|tieu-?de|headline)(?:$|[\s_-])", re.IGNORECASE)


def _title_element(main: Element, skipped: set[int]) -> Element | None:
    """Without an ``<h1>``, a title-classed element (``span.tieude``, ``div.post-title``,
    ``h2.title``) ahead of the story text in the main element: the old CMS way."""
    for node in main.iter():
        name = local_name(node.tag)
        if node is main or id(node) in skipped:
            continue
        if name == "p" or (node.tail or "").strip():
            return None  # the story text has started
        if _TITLE_CLASS.search(str(node.get("class", ""))) and 15 <= len(element_text(node)) <= 250:
            return node
    return None


def _lead(
    main: Element, root: Element, skipped: set[int], linked: dict[str, str]
) -> tuple[str, Element | None]:
    """The sapo and the element it came from (to leave out of the body)."""
    in_photos = {
        id(node)
        for box in root.iter()
        if local_name(box.tag) in ("figure", "figcaption")
        or _CAPTION_CLASS.search(str(box.get("class", "")))
        for node in box.iter()
    }
    for scope in (main, root):
        for node in scope.iter():
            if node is scope or not _visible(node, skipped) or local_name(node.tag) == "meta":
                continue
            if id(node) in in_photos:
                continue  # <figcaption itemprop="description"> describes the photo
            classes = " ".join(str(node.get(a, "")) for a in ("class", "id", "itemprop"))
            if _LEAD_CLASS.search(classes):
                text = element_text(node)
                if text and len(text) > 20:
                    return text, node
    first_p = next((p for p in iter_local(main, "p") if element_text(p)), None)
    if first_p is not None:
        bold = " ".join(element_text(b) for b in iter_local(first_p, "strong", "b"))
        text = element_text(first_p)
        if len(text) > 60 and len(bold.replace(" ", "")) >= 0.9 * len(text.replace(" ", "")):
            return text, first_p
    description = linked.get("description") or _meta(
        root, "description", "og:description", "twitter:description"
    )
    if description:
        # A meta description is often the first paragraph cut short: use the paragraph.
        if first_p is not None:
            stem = fold(description).rstrip(" .…")
            if stem and fold(element_text(first_p)).startswith(stem):
                return element_text(first_p), first_p
        return description, None
    return "", None


def _photo_box_ids(root: Element) -> set[int]:
    """Ids of every element inside a figure, a figcaption or a table (photo boxes)."""
    return {
        id(node)
        for figure in iter_local(root, "figure", "figcaption", "table")
        for node in figure.iter()
    }


def _author_text(node: Element) -> str:
    """The name in an author box: the innermost author-classed element's text (Dân trí's
    ``div.author-wrap`` holds ``div.author-name`` and the date), without ``<time>``."""
    for inner in node.iter():
        if inner is node:
            continue
        classes = " ".join(str(inner.get(a, "")) for a in ("class", "id", "itemprop", "rel"))
        if _AUTHOR_CLASS.search(classes) and element_text(inner):
            return _author_text(inner)
    text = element_text(node)
    for time in iter_local(node, "time"):
        text = text.replace(element_text(time), " ") if element_text(time) else text
    return normalize_inline(text)


def _byline(
    root: Element, main: Element, skipped: set[int], linked: dict[str, str], furniture: set[int]
) -> tuple[str | None, Element | None]:
    # Credits inside a figure are photographers, not the author.
    in_figures = _photo_box_ids(root)
    for scope in (main, root):
        for node in scope.iter():
            if node is scope or local_name(node.tag) in ("meta", "link", "html", "body"):
                continue
            if (id(node) in skipped and scope is main) or id(node) in in_figures:
                continue
            if id(node) in furniture:  # e.g. span.comment-author in the readers' comments
                continue
            classes = " ".join(str(node.get(a, "")) for a in ("class", "id", "itemprop", "rel"))
            if _AUTHOR_CLASS.search(classes):
                text = _author_text(node)
                if text and len(text) <= 80:
                    return parse_byline(text) or tidy_name(text), node
    author = linked.get("author") or _meta(root, "author", "article:author", "dc.creator")
    if author and not re.match(r"https?://", author):
        return parse_byline(author) or tidy_name(author), None
    return None, None


def parse_html(data: str) -> WireStory:
    """Parse a saved article page."""
    if not data or not data.strip():
        raise WireParseError("Trang HTML trống (the HTML page is empty).")
    root = build_html_tree(data)
    if root.get("data-wire-error"):
        story_warning = "Trang HTML bị lỗi cấu trúc; chỉ đọc được phần trước chỗ lỗi."
    else:
        story_warning = None
    skipped = _skipped_ids(root)
    furniture = _furniture_ids(root, skipped)
    skipped |= furniture
    main = _main_element(root, skipped)
    story = WireStory(source_format="html")
    if story_warning:
        story.warnings.append(story_warning)
    linked = _linked_data(root)
    story.title, title_node = _title(root, main, skipped, linked)
    sapo, lead_node = _lead(main, root, skipped, linked)
    story.sapo = sapo
    story.byline, byline_node = _byline(root, main, skipped, linked, furniture)
    published = _meta(root, "article:published_time", "datepublished", "pubdate", "date")
    published = published or linked.get("datePublished")
    if not published:
        time = next((t for t in iter_local(main, "time") if t.get("datetime")), None)
        published = time.get("datetime") if time is not None else None
    story.published_at = parse_datetime(published)
    story.source = _meta(root, "og:site_name") or linked.get("publisher")
    canonical = next(
        (link.get("href") for link in iter_local(root, "link") if link.get("rel") == "canonical"),
        None,
    )
    story.guid = canonical or _meta(root, "og:url") or linked.get("url")

    leave_out = {id(node) for node in (lead_node, byline_node, title_node) if node is not None}
    items = markup_items(main, skip=leave_out | skipped, plain_lines=True)
    if not items and not story.sapo:
        story.warnings.append("Không tìm thấy nội dung bài trong trang HTML.")
    return build_story(items, story, detect_title=story.title is None)
