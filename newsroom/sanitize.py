"""Allow-list HTML sanitising for rich text (article bodies, biographies, summaries).

Every path that writes rich text (admin, wire import, shell) goes through ``clean_html``
in the model's ``save``; templates may then mark the stored value safe.
"""

import re
from html.parser import HTMLParser

import nh3

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "blockquote", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
    "figure", "figcaption", "hr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
# Removed with everything inside them: code, and what word processors and embeds carry
# (Word's <xml> settings block, a <title>, fallback text of iframes and objects).
DROPPED_WITH_CONTENT = {
    "script", "style", "xml", "title", "head", "iframe", "object", "embed", "noscript",
    "template", "svg", "math", "form", "select", "textarea",
}  # fmt: skip


def clean_html(html: str) -> str:
    """Return ``html`` with every tag, attribute and URL scheme outside the allow-list removed.

    Scripts, styles and event handlers go with their content; links get
    ``rel="noopener noreferrer"``. Idempotent.
    """
    if not html:
        return ""
    # First pass: safe, well-formed HTML that still has what pasted formatting hangs on.
    html = nh3.clean(
        html,
        tags=ALLOWED_TAGS | {"span"},
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes={**ALLOWED_ATTRIBUTES, "b": {"id", "style"}, "span": {"style"}},
        url_schemes=ALLOWED_URL_SCHEMES,
        strip_comments=True,
    )
    if _PASTED_TAG_RE.search(html):  # what the rewrite changes; without, it is the identity
        html = _rewrite_pasted_formatting(html)
    html = _EMPTY_PARAGRAPH_RE.sub("", html)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()


# The tags ``_rewrite_pasted_formatting`` rewrites, as the first pass writes them: without
# any, it gives back the first pass's well-formed output unchanged, so it is skipped (it is a
# Python HTML parser: most of the cost of cleaning an imported or re-saved body).
_PASTED_TAG_RE = re.compile(r"<(?:b|span)[\s>/]")
# Paragraphs Word and Google Docs leave empty for spacing.
_EMPTY_PARAGRAPH_RE = re.compile(r"<p>(?:\s|&nbsp;|\xa0|<br>)*</p>")
_VOID = {"br", "hr", "img", "wbr"}


class _PastedFormatting(HTMLParser):
    """Google Docs wraps a whole paste in ``<b style="font-weight:normal" id="docs-internal-
    guid-…">`` and marks bold and italic with styled spans; styles are dropped later, so keep
    the meaning: unwrap the false bold, turn styled spans into ``strong`` / ``em``."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.open: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            self.out.append(self.get_starttag_text())
            return
        attributes = dict(attrs)
        style = re.sub(r"\s+", "", (attributes.get("style") or "").lower())
        if tag == "b" and (
            (attributes.get("id") or "").startswith("docs-internal-guid")
            or re.search(r"font-weight:(normal|[1-4]00)\b", style)
        ):
            replacement = []
        elif tag == "span":
            replacement = []
            if re.search(r"font-weight:(bold|bolder|[6-9]00)\b", style):
                replacement.append("strong")
            if "font-style:italic" in style:
                replacement.append("em")
        else:
            self.out.append(self.get_starttag_text())
            self.open.append((tag, [tag]))
            return
        self.out.extend(f"<{name}>" for name in replacement)
        self.open.append((tag, replacement))

    def handle_endtag(self, tag):
        if tag in _VOID or not any(name == tag for name, _ in self.open):
            return
        while self.open:
            name, emitted = self.open.pop()
            self.out.extend(f"</{inner}>" for inner in reversed(emitted))
            if name == tag:
                return

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_data(self, data):
        self.out.append(data)

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")


def _rewrite_pasted_formatting(html: str) -> str:
    parser = _PastedFormatting()
    parser.feed(html)
    parser.close()
    while parser.open:
        _, emitted = parser.open.pop()
        parser.out.extend(f"</{inner}>" for inner in reversed(emitted))
    return "".join(parser.out)
