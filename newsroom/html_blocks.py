"""Split sanitised rich text into its top-level blocks.

An article body is stored as HTML cleaned by ``newsroom.sanitize.clean_html``. Photos are not in
that HTML: a ``media.Caption`` says how many blocks stand before it (``position``), so the page
interleaves figures and blocks. A block is one top-level block element (``<p>``, ``<h2>``,
``<blockquote>``, a list, a table …) or a run of loose inline content between them
("Hà Nội <b>sáng nay</b>" typed without a paragraph). Whitespace, and line breaks with no text,
between blocks are dropped. This is the slot numbering the wire import uses for photo positions.

Blocks are slices of the original string, so entities and attributes come out exactly as they
went in.
"""

import re
from html.parser import HTMLParser

BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "table", "ul",
    }
)  # fmt: skip
VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)


_NEWLINE = re.compile("\n")


class _BlockSplitter(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=False)
        self.html = html
        self.line_starts = [0, *(match.end() for match in _NEWLINE.finditer(html))]
        self.blocks: list[str] = []
        self.depth = 0  # open elements inside the current top-level block element
        self.block_start: int | None = None  # start of the open top-level block element
        self.inline_start: int | None = None  # start of a run of loose inline content
        self.inline_has_text = False  # a run of only <br> between blocks is not a block

    def _position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _emit(self, start: int, end: int) -> None:
        chunk = self.html[start:end].strip()
        if chunk:
            self.blocks.append(chunk)

    def _close_inline_run(self, end: int) -> None:
        if self.inline_start is not None and self.inline_has_text:
            self._emit(self.inline_start, end)
        self.inline_start, self.inline_has_text = None, False

    def _inline_here(self) -> None:
        if self.block_start is None and self.inline_start is None:
            self.inline_start = self._position()

    def handle_starttag(self, tag, attrs):
        start = self._position()
        end = start + len(self.get_starttag_text() or "")
        if self.block_start is not None:
            if tag not in VOID_TAGS:
                self.depth += 1
            return
        if tag not in BLOCK_TAGS:
            self._inline_here()
            return
        self._close_inline_run(start)
        if tag in VOID_TAGS:  # <hr> stands alone
            self._emit(start, end)
        else:
            self.block_start, self.depth = start, 1

    def handle_startendtag(self, tag, attrs):
        if self.block_start is not None:
            return
        start = self._position()
        if tag in BLOCK_TAGS:
            self._close_inline_run(start)
            self._emit(start, start + len(self.get_starttag_text() or ""))
        else:
            self._inline_here()

    def handle_endtag(self, tag):
        if self.block_start is None:
            return  # a stray end tag inside loose inline content stays part of it
        self.depth -= 1
        if self.depth == 0:
            start = self._position()
            close = self.html.find(">", start)
            end = len(self.html) if close == -1 else close + 1
            self._emit(self.block_start, end)
            self.block_start = None

    def handle_data(self, data):
        if data.strip():
            self._text_here()

    def handle_entityref(self, name):
        self._text_here()

    def handle_charref(self, name):
        self._text_here()

    def _text_here(self) -> None:
        if self.block_start is None:
            self._inline_here()
            self.inline_has_text = True

    def close(self):
        super().close()
        if self.block_start is not None:  # an unclosed element runs to the end
            self._emit(self.block_start, len(self.html))
            self.block_start = None
        self._close_inline_run(len(self.html))


def split_blocks(html: str) -> list[str]:
    """The top-level blocks of ``html``, in order (see the module docstring)."""
    if not html or not html.strip():
        return []
    splitter = _BlockSplitter(html)
    splitter.feed(html)
    splitter.close()
    return splitter.blocks
