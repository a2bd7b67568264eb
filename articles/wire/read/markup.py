"""Body items from markup trees (XHTML inside NewsML-G2, NITF ``body.content``, HTML pages).

Works on :mod:`xml.etree.ElementTree` elements, whatever built them: the XML parsers, or
:func:`build_html_tree` here (HTML pages, and HTML carried as text inside NITF/NewsML).
Namespaces are ignored (local names).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from xml.etree.ElementTree import Element, SubElement

from newsroom.text import normalize, normalize_inline

from .assemble import Item
from .credits import clean_credit, is_layout_artefact, say_once, split_credit
from .errors import WireParseError

__all__ = [
    "MAX_DEPTH",
    "SKIPPED_TAGS",
    "build_html_tree",
    "element_text",
    "iter_local",
    "local_name",
    "markup_items",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Elements whose content is never article text.
SKIPPED_TAGS = _words(
    "script style noscript template svg math iframe object embed canvas video audio "
    "nav header footer aside form button select textarea input label dialog menu head "
    "title meta link"
)
_HEADINGS = {"h2", "h3", "h4", "h5", "h6", "hl2", "hl3"}
_INLINE = _words(
    "a abbr b big cite code em font i mark q s small span strong sub sup time u "
    "person location org chron money num virtloc classifier"
)
_BLOCKS = _words(
    "address article aside blockquote block bq div dl figure footer form h1 h2 h3 h4 "
    "h5 h6 header hl1 hl2 hr li media nav ol p pre section table ul"
)
_LISTS = {"ul", "ol"}
_CAPTION_CLASS = re.compile(r"caption|chu-?thich", re.IGNORECASE)
_CREDIT_CLASS = re.compile(r"author|credit|source|photographer|byline|copyright", re.IGNORECASE)


def local_name(tag: object) -> str:
    """``{ns}name`` → ``name`` (lower case); non-element nodes (comments, PIs) → ``""``."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def iter_local(element: Element, *names: str) -> Iterator[Element]:
    """Descendants (and self) whose local name is one of ``names``."""
    wanted = {name.lower() for name in names}
    for node in element.iter():
        if local_name(node.tag) in wanted:
            yield node


def element_text(element: Element, *, keep_lines: bool = False) -> str:
    """Visible text of an element (skipping scripts etc.); ``<br>`` is a line break."""
    parts: list[str] = []

    def walk(node: Element) -> None:
        name = local_name(node.tag)
        if name in SKIPPED_TAGS and node is not element:
            if node.tail:
                parts.append(node.tail)
            return
        if name == "br" or (name in ("p", "div", "li") and node is not element):
            parts.append("\n")
        if node.text and name:
            parts.append(node.text)
        for child in node:
            walk(child)
        if node is not element and node.tail:
            parts.append(node.tail)

    walk(element)
    text = "".join(parts)
    return normalize(text) if keep_lines else normalize_inline(text)


def _classes(element: Element) -> str:
    return " ".join(
        str(element.get(attr, "")) for attr in ("class", "id", "itemprop", "role", "rel")
    )


def _caption_from(element: Element) -> tuple[str, str | None]:
    """Caption text and credit from a ``<figure>``/``<media>``/image table."""
    credit = None
    caption_parts: list[str] = []
    for node in element.iter():
        name = local_name(node.tag)
        if node is element:
            continue
        if name in ("media-producer",) or (
            name in ("span", "p", "div", "small", "cite", "em")
            and _CREDIT_CLASS.search(_classes(node))
        ):
            text = element_text(node)
            if text:
                credit = split_credit(text)[1] or clean_credit(text)
                node.set("data-wire-used", "1")
    for node in element.iter():
        name = local_name(node.tag)
        if name in ("figcaption", "media-caption", "caption") and not node.get("data-wire-used"):
            caption_parts.append(_text_without_used(node))
    if not caption_parts:
        # An image table: text cells beside the image.
        for cell in iter_local(element, "td", "th", "p", "em", "span"):
            if not list(iter_local(cell, "img")):
                text = _text_without_used(cell)
                if text:
                    caption_parts.append(text)
                    break
    text = normalize_inline(" ".join(part for part in caption_parts if part))
    text = say_once(text)
    inner, found = split_credit(text)
    return (inner, credit or found) if found else (text, credit)


def _text_without_used(element: Element) -> str:
    parts: list[str] = []

    def walk(node: Element) -> None:
        if node.get("data-wire-used"):
            if node.tail and node is not element:
                parts.append(node.tail)
            return
        if local_name(node.tag) in SKIPPED_TAGS:
            if node.tail and node is not element:
                parts.append(node.tail)
            return
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if node is not element and node.tail:
            parts.append(node.tail)

    walk(element)
    return normalize_inline("".join(parts))


def _fully_bold(element: Element) -> bool:
    """A paragraph whose whole text sits in ``<strong>``/``<b>``."""
    total = element_text(element)
    if not total:
        return False
    bold = " ".join(element_text(node) for node in iter_local(element, "strong", "b"))
    return len(bold.replace(" ", "")) >= 0.9 * len(total.replace(" ", ""))


def _lines(text: str | None) -> list[Item]:
    items: list[Item] = []
    for line in normalize(text or "").split("\n"):
        line = line.strip()
        if not line:
            continue
        items.append(Item("artefact", "") if is_layout_artefact(line) else Item("line", line))
    return items


def markup_items(
    root: Element, *, skip: set[int] | None = None, plain_lines: bool = False
) -> list[Item]:
    """Body items of a markup tree, in reading order.

    ``<p>`` → paragraph (a short fully bold one → subheading), ``<h2>``-``<h6>``/``<hl2>`` →
    subheading, ``<figure>``/``<media>``/image tables → caption, list items → paragraphs;
    loose text in containers (``<div>`` text split by ``<br>``) → plain-text lines that go
    through the plain-text rules. Elements whose ``id()`` is in ``skip`` are left out.
    ``plain_lines``: a ``<p>`` of one line is read like a line of plain text (CMS pages set
    inter-titles, captions and bylines as plain ``<p>``), so the plain-text rules decide.
    The item right under an image that has no caption of its own is marked ``after_photo``.
    """
    skip = skip or set()
    items: list[Item] = []
    photos: list[int] = []  # where an image without a caption stood: the next item's index

    def walk(node: Element) -> None:
        name = local_name(node.tag)
        if id(node) in skip or name in SKIPPED_TAGS or not name:
            return
        if name in ("p", "div") and _CAPTION_CLASS.search(str(node.get("class", ""))):
            # <p class="caption"> under a bare <img>, Tuổi Trẻ's div.PhotoCMS_Caption.
            text = element_text(node)
            if text:
                caption, credit = split_credit(say_once(text))
                items.append(Item("caption", caption, credit))
            return
        if name == "p":
            text = element_text(node)
            images = list(iter_local(node, "img"))
            if images and text and len(text) <= 400:
                # A picture with its caption in the same paragraph.
                caption, credit = split_credit(say_once(text))
                items.append(Item("caption", caption, credit))
            elif images and not text:
                photos.append(len(items))
            elif is_layout_artefact(text):
                items.append(Item("artefact", ""))
            elif text:
                if _fully_bold(node) and len(text) <= 150 and text[-1] not in ".!?…:;,":
                    items.append(Item("subheading", text))
                else:
                    lines = [
                        line.strip()
                        for line in element_text(node, keep_lines=True).split("\n")
                        if line.strip()
                    ]
                    # A short plain <p> without final punctuation is read like a line of
                    # plain text (a CMS inter-title, a caption, a byline…) when asked.
                    kind = "line" if plain_lines and len(lines) == 1 else "paragraph"
                    items.extend(Item(kind, line) for line in lines)
            return
        if name in _HEADINGS:
            text = element_text(node)
            if text:
                items.append(Item("subheading", text))
            return
        if name == "h1" or name == "hl1" or name == "hedline":
            return  # the title is read separately
        if name in ("figure", "media"):
            caption, credit = _caption_from(node)
            if caption or credit:
                items.append(Item("caption", caption, credit))
            else:
                photos.append(len(items))
            return
        if name in ("figcaption", "media-caption"):
            text = element_text(node)
            if text:
                caption, credit = split_credit(say_once(text))
                items.append(Item("caption", caption, credit))
            return
        if name == "table":
            if list(iter_local(node, "img")):
                caption, credit = _caption_from(node)
                if caption or credit:
                    items.append(Item("caption", caption, credit))
                return
            for row in iter_local(node, "tr"):
                text = element_text(row)
                if text:
                    items.append(Item("paragraph", text))
            return
        if name in _LISTS:
            if _is_link_list(node):
                return  # "Tin liên quan" links set as a list
            for child in node:
                if local_name(child.tag) == "li":
                    text = element_text(child)
                    if text:
                        items.append(Item("paragraph", text))
                if child.tail:
                    items.extend(_lines(child.tail))
            return
        if name == "pre":
            items.extend(_lines(element_text(node, keep_lines=True)))
            return
        if name == "img":
            photos.append(len(items))
            return
        if name == "hr":
            return
        # A container: runs of loose inline text (split at <br>) between block children.
        buffer: list[str] = [node.text or ""]

        def flush() -> None:
            items.extend(_lines("".join(buffer)))
            buffer.clear()

        for child in node:
            child_name = local_name(child.tag)
            if id(child) in skip:
                pass  # e.g. the title or byline set as a <span> among the loose text
            elif child_name == "br":
                buffer.append("\n")
            elif child_name in _INLINE and not _has_block(child):
                buffer.append(element_text(child, keep_lines=True))
            elif child_name and child_name not in SKIPPED_TAGS:
                flush()
                walk(child)
            buffer.append(child.tail or "")
        flush()

    walk(root)
    for index in photos:  # the plain-text rules decide whether that line describes the image
        if index < len(items) and items[index].kind in ("line", "paragraph"):
            items[index].after_photo = True
    return items


def _is_link_list(element: Element) -> bool:
    """A list whose every item is nothing but a link: related stories, not article text."""
    entries = [li for li in element if local_name(li.tag) == "li" and element_text(li)]
    if not entries:
        return False
    for entry in entries:
        linked = "".join(element_text(a) for a in iter_local(entry, "a"))
        if len(linked.replace(" ", "")) < 0.9 * len(element_text(entry).replace(" ", "")):
            return False
    return True


def _has_block(element: Element) -> bool:
    return any(local_name(node.tag) in _BLOCKS for node in element.iter() if node is not element)


# --------------------------------------------------------------------------------------
# HTML into a tree
# --------------------------------------------------------------------------------------

#: How deep elements may nest. The readers here recurse once per level, and a page nested
#: deeper than any real one (30,000 ``<div>``s) would exhaust the stack and take minutes: it
#: is refused (``too_deep``). Browsers stop nesting at 512 (Blink's HTML parser); real article
#: pages stay under 60.
MAX_DEPTH = 256


def too_deep(kind: str) -> WireParseError:
    return WireParseError(
        f"{kind} lồng quá sâu: hơn {MAX_DEPTH} cấp thẻ lồng nhau, không phải một bài viết "
        f"bình thường; tin không được nhập ({kind} nested more than {MAX_DEPTH} levels deep)"
    )


_VOID = _words("area base br col embed hr img input link meta param source track wbr keygen")
# Opening one of these closes an open <p> (HTML's implied end tags).
_CLOSES_P = _words(
    "address article aside blockquote details dialog div dl fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr main menu nav ol p pre section "
    "table ul"
)


class _TreeBuilder(HTMLParser):
    """Forgiving HTML → ElementTree: implied ``</p>``/``</li>``, stray end tags ignored."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("document")
        self.stack: list[Element] = [self.root]

    def _open_tags(self) -> list[str]:
        return [node.tag for node in self.stack]

    def _close(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag in _CLOSES_P and "p" in self._open_tags():
            self._close("p")
        if tag == "li" and self.stack[-1].tag == "li":
            self._close("li")
        if tag in ("td", "th", "tr") and self.stack[-1].tag in ("td", "th"):
            self._close(self.stack[-1].tag)
        if len(self.stack) > MAX_DEPTH:  # the new element would sit deeper than allowed
            raise too_deep("HTML")
        element = SubElement(
            self.stack[-1], tag, {name: value or "" for name, value in attrs if name}
        )
        if tag not in _VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if len(self.stack) > MAX_DEPTH:
            raise too_deep("HTML")
        SubElement(self.stack[-1], tag.lower(), {n: v or "" for n, v in attrs if n})

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in _VOID:
            return
        if tag in self._open_tags()[1:]:
            self._close(tag)

    def handle_data(self, data: str) -> None:
        parent = self.stack[-1]
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + data
        else:
            parent.text = (parent.text or "") + data


# html.parser gives up (AssertionError) on marked sections other than these.
_BAD_MARKED_SECTION = re.compile(
    r"<!\[(?!\s*(?:cdata\[|if\b|endif\b|else\b|include\b|ignore\b|temp\b|rcdata\b))",
    re.IGNORECASE,
)


def build_html_tree(html: str) -> Element:
    """Parse HTML into an ElementTree rooted at a ``<document>`` element.

    Broken markup does not fail: if :mod:`html.parser` gives up, what was read so far is
    kept and the root gets a ``data-wire-error`` attribute. Elements nested deeper than
    :data:`MAX_DEPTH` (unclosed tags count, as a browser nests them) raise
    :class:`WireParseError`.
    """
    builder = _TreeBuilder()
    try:
        builder.feed(_BAD_MARKED_SECTION.sub("&lt;![", html))
        builder.close()
    except (AssertionError, ValueError, IndexError) as exc:
        builder.root.set("data-wire-error", str(exc) or type(exc).__name__)
    return builder.root
