"""IPTC NITF 3.x and NewsML-G2 ``newsItem`` → :class:`WireStory`.

XML is parsed with defusedxml: entity declarations (billion laughs, external entities such
as ``<!ENTITY x SYSTEM "file:///etc/passwd">``), external references and a DOCTYPE that
points at a local file are refused with :class:`WireParseError`. A DOCTYPE naming the public
NITF DTD is tolerated, since it is never loaded.
"""

from __future__ import annotations

import re
from html.entities import name2codepoint
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import DefusedXmlException, DTDForbidden
from defusedxml.ElementTree import DefusedXMLParser

from newsroom.text import normalize, normalize_inline

from .assemble import Item, build_story
from .credits import clean_credit, parse_byline, tidy_name
from .dates import parse_datetime
from .errors import WireParseError
from .markup import (
    MAX_DEPTH,
    build_html_tree,
    element_text,
    iter_local,
    local_name,
    markup_items,
    too_deep,
)
from .parse_text import split_units
from .structure import WireStory

__all__ = ["parse_newsml", "parse_nitf", "parse_xml_root"]


class _DepthLimitedBuilder(TreeBuilder):
    """Refuses elements nested deeper than ``MAX_DEPTH`` while the tree is built (the body
    readers recurse once per level)."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0

    def start(self, tag, attrs):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise too_deep("XML")
        return super().start(tag, attrs)

    def end(self, tag):
        self.depth -= 1
        return super().end(tag)


class _SafeParser(DefusedXMLParser):
    """defusedxml's parser, also refusing a DOCTYPE whose DTD is a local file and nesting
    deeper than ``MAX_DEPTH``."""

    def __init__(self) -> None:
        super().__init__(
            target=_DepthLimitedBuilder(),
            forbid_dtd=False,
            forbid_entities=True,
            forbid_external=True,
        )
        self.parser.StartDoctypeDeclHandler = self._check_doctype

    def _check_doctype(self, name, sysid, pubid, has_internal_subset):
        if sysid and re.match(r"^\s*(?:file:|/|\\|[a-zA-Z]:[\\/])", sysid):
            raise DTDForbidden(name, sysid, pubid)


_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
_NAMED_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")


def _html_entities_to_numeric(data: bytes) -> bytes:
    """``&nbsp;``, ``&ocirc;``… (HTML entities that CMS exports leave in XML, which XML does
    not define) → numeric character references; unknown names are left for the parser."""

    def replace(match: re.Match[bytes]) -> bytes:
        name = match.group(1).decode("ascii")
        if name in _XML_ENTITIES or name not in name2codepoint:
            return match.group(0)
        return b"&#%d;" % name2codepoint[name]

    return _NAMED_ENTITY.sub(replace, data)


def parse_xml_root(data: bytes | str) -> Element:
    """Parse XML safely; :class:`WireParseError` for unsafe or malformed documents."""
    if isinstance(data, str):
        data = re.sub(r"^\s*<\?xml[^>]*\?>", "", data).encode("utf-8")
    data = _html_entities_to_numeric(data)
    parser = _SafeParser()
    try:
        parser.feed(data)
        return parser.close()
    except DefusedXmlException as exc:
        raise WireParseError(
            "Tệp XML bị từ chối vì lý do an toàn: tệp khai báo thực thể (ENTITY) hoặc tham "
            "chiếu tới tệp/địa chỉ bên ngoài "
            f"(XML refused for safety: entity declarations and external references are not "
            f"allowed: {exc})"
        ) from None
    except ParseError as exc:
        raise WireParseError(f"Tệp XML không hợp lệ (malformed XML: {exc})") from None


def _child(element: Element | None, *names: str) -> Element | None:
    """First descendant following the path of local names (each step: any depth one level)."""
    node = element
    for name in names:
        if node is None:
            return None
        node = next((c for c in node if local_name(c.tag) == name.lower()), None)
    return node


def _first(element: Element | None, name: str) -> Element | None:
    if element is None:
        return None
    return next(iter_local(element, name), None)


def _text(element: Element | None) -> str:
    return element_text(element) if element is not None else ""


_ESCAPED_MARKUP = re.compile(
    r"<\s*(?:p|div|br|h[1-6]|figure|img|table|ul|ol|li|strong|b|em|span)\b[^>]*>", re.IGNORECASE
)


def _markup_root(element: Element) -> Element:
    """``element``, or the HTML it carries as text (a CDATA section or escaped ``&lt;p&gt;``)
    parsed into a tree, when it has no paragraph elements but its text is markup."""
    if next(iter_local(element, "p", "hl2", "table", "media"), None) is not None:
        return element
    text = "".join(element.itertext())
    if not _ESCAPED_MARKUP.search(text):
        return element
    return build_html_tree(text)


def _text_without(element: Element, name: str) -> str:
    """Text of ``element`` leaving out its ``name`` children (e.g. ``<byttl>``, the writer's
    job title beside the name in a NITF byline)."""
    parts = [element.text or ""]
    for child in element:
        if local_name(child.tag) != name:
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return normalize_inline("".join(parts))


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _lang(element: Element) -> str:
    return (element.get(_XML_LANG) or "").split("-")[0].lower()


def _item_language(item: Element, content_meta: Element | None) -> str:
    """The item's language (``xml:lang``, else ``<language tag>``); Vietnamese by default.
    A headline or description in another language (an English translation sent alongside)
    is used only when there is nothing in this one."""
    language = _child(content_meta, "language")
    tag = language.get("tag", "") if language is not None else ""
    return _lang(item) or tag.split("-")[0].lower() or "vi"


def _int(value: str | None) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


# --------------------------------------------------------------------------------------
# NITF
# --------------------------------------------------------------------------------------


def parse_nitf(data: bytes | str) -> WireStory:
    """Parse an IPTC NITF 3.x document."""
    root = parse_xml_root(data)
    nitf = root if local_name(root.tag) == "nitf" else _first(root, "nitf")
    if nitf is None:
        raise WireParseError(
            f"Không phải tệp NITF: phần tử gốc là <{local_name(root.tag)}> "
            "(not a NITF document: no <nitf> element)"
        )
    return _story_from_nitf(nitf, WireStory(source_format="nitf"))


def _fill(story: WireStory, attr: str, value: object) -> None:
    if value and not getattr(story, attr):
        setattr(story, attr, value)


def _clean_byline(text: str) -> str | None:
    text = re.sub(r"^\s*(?:by|bởi|bài)\s*:?\s+", "", text, flags=re.IGNORECASE).strip()
    if not text:
        return None
    return parse_byline(text) or tidy_name(text)


def _story_from_nitf(nitf: Element, story: WireStory) -> WireStory:
    head = _child(nitf, "head")
    body = _child(nitf, "body")
    docdata = _child(head, "docdata")
    body_head = _child(body, "body.head")

    title = _text(_first(_child(body_head, "hedline"), "hl1")) or _text(_child(head, "title"))
    _fill(story, "title", title or None)
    doc_id = _child(docdata, "doc-id")
    if doc_id is not None:
        _fill(story, "guid", (doc_id.get("id-string") or "").strip() or None)
        _fill(story, "source", (doc_id.get("regsrc") or "").strip() or None)
    for name in ("date.issue", "date.release"):  # issued, else cleared for release
        issued = _child(docdata, name)
        if issued is not None:
            _fill(story, "published_at", parse_datetime(issued.get("norm")))
    du_key = _child(docdata, "du-key")
    if du_key is not None:
        _fill(story, "version", _int(du_key.get("version")))
    copyright_ = _child(docdata, "doc.copyright")
    if copyright_ is not None:
        _fill(story, "source", (copyright_.get("holder") or "").strip() or None)

    byline = _child(body_head, "byline")
    if byline is not None:
        person = _first(byline, "person")
        text = _text_without(byline, "byttl")
        cleaned = parse_byline(re.sub(r"^\s*(?:by|bởi|bài)\s*:?\s+", "", text, flags=re.I))
        if cleaned is None and person is not None:
            cleaned = _clean_byline(_text(person))
        _fill(story, "byline", cleaned or _clean_byline(text))
    dateline = _child(body_head, "dateline")
    if dateline is not None:
        _fill(story, "dateline", _text(dateline) or None)
    distributor = _child(body_head, "distributor")
    if distributor is not None:
        _fill(story, "source", _text(distributor) or None)
    abstract = _child(body_head, "abstract")
    if abstract is not None:
        _fill(story, "sapo", _text(abstract))
    if not story.sapo:
        subtitle = _first(_child(body_head, "hedline"), "hl2")
        if subtitle is not None:
            story.sapo = _text(subtitle)

    items: list[Item] = []
    content = _child(body, "body.content")
    if content is not None:
        items = markup_items(_markup_root(content))
    tagline = _first(_child(body, "body.end"), "tagline")
    if tagline is not None and _text(tagline):
        items.append(Item("paragraph", _text(tagline)))
    if content is None:
        story.warnings.append("Tệp NITF không có phần <body.content>.")
    return build_story(items, story, detect_title=story.title is None)


# --------------------------------------------------------------------------------------
# NewsML-G2
# --------------------------------------------------------------------------------------


def parse_newsml(data: bytes | str) -> WireStory:
    """Parse a NewsML-G2 ``newsItem`` (alone or the first one of a ``newsMessage``)."""
    root = parse_xml_root(data)
    story = WireStory(source_format="newsml")
    if local_name(root.tag) == "newsitem":
        item = root
    else:
        found = list(iter_local(root, "newsItem"))
        if not found and local_name(root.tag) == "packageitem":
            raise WireParseError(
                "Tệp là gói tin NewsML-G2 (packageItem): chỉ có danh sách tham chiếu tới các "
                "tin khác, không có nội dung để nhập; hãy nhập các tệp newsItem của gói "
                "(a NewsML-G2 package only references other items)"
            )
        if not found:
            raise WireParseError(
                "Không phải tệp NewsML-G2: không có <newsItem> "
                f"(phần tử gốc <{local_name(root.tag)}>) (not a NewsML-G2 news item)"
            )
        item = found[0]
        if len(found) > 1:
            story.warnings.append(f"Tệp có {len(found)} tin (newsItem); chỉ nhập tin đầu tiên.")

    story.guid = (item.get("guid") or "").strip() or None
    story.version = _int(item.get("version"))
    item_meta = _child(item, "itemMeta")
    content_meta = _child(item, "contentMeta")

    story.published_at = (
        parse_datetime(_text(_child(item_meta, "firstCreated")))
        or parse_datetime(_text(_child(item_meta, "versionCreated")))
        or parse_datetime(_text(_child(content_meta, "contentCreated")))
    )
    provider = _child(item_meta, "provider")
    if provider is not None:
        name = provider.get("literal") or _text(_child(provider, "name"))
        if not name and provider.get("qcode"):
            name = provider.get("qcode", "").split(":", 1)[-1]
        story.source = clean_credit(name) if name else None

    language = _item_language(item, content_meta)
    meta_children = [
        node
        for node in (content_meta if content_meta is not None else [])
        if _lang(node) in ("", language)
    ] or list(content_meta if content_meta is not None else [])
    headlines = [h for h in meta_children if local_name(h.tag) == "headline"]
    main = [h for h in headlines if not re.search(r"sub|short", h.get("role", ""), re.I)]
    chosen = (main or headlines or [None])[0]
    story.title = _text(chosen) or _text(_child(item_meta, "title")) or None
    # A drol:caption description is a photo's caption, not the story's lead.
    descriptions = [
        d
        for d in meta_children
        if local_name(d.tag) == "description" and "caption" not in d.get("role", "").lower()
    ]
    summary = [
        d for d in descriptions if re.search(r"summary|abstract|lead", d.get("role", ""), re.I)
    ]
    chosen = (summary or descriptions or [None])[0]
    story.sapo = _text(chosen)
    by = _child(content_meta, "by")
    if by is not None:
        story.byline = _clean_byline(_text(by))
    if not story.byline:
        creator = _child(content_meta, "creator")
        if creator is not None:
            story.byline = _clean_byline(creator.get("literal") or _text(_child(creator, "name")))
    dateline = _child(content_meta, "dateline")
    if dateline is not None:
        story.dateline = _text(dateline) or None

    content_set = _child(item, "contentSet")
    items: list[Item] = []
    found_content = False
    if content_set is not None:
        # The markup rendition carries headings and captions that the plain one has lost.
        renditions = sorted(content_set, key=lambda node: local_name(node.tag) != "inlinexml")
        for node in renditions:
            kind = local_name(node.tag)
            if kind == "inlinexml":
                nitf = _first(node, "nitf")
                if nitf is not None:
                    return _story_from_nitf(nitf, story)
                content = _first(node, "body.content")
                if content is None:
                    content = _first(node, "body")
                items = markup_items(_markup_root(content if content is not None else node))
                found_content = True
                break
            if kind == "inlinedata":
                markup = _markup_root(node)
                if markup is not node:
                    items = markup_items(markup)
                else:
                    text = normalize((node.text or "").strip())
                    items = [Item("line", unit) for unit in split_units(text)]
                found_content = True
                break
    if not found_content:
        story.warnings.append("Tin NewsML-G2 không có nội dung (inlineXML/inlineData).")
    story.title = normalize_inline(story.title) if story.title else None
    return build_story(items, story, detect_title=story.title is None)
