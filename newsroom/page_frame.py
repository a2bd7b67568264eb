"""Public pages rendered as their own blocks inside a frame of ready strings.

Every public page extends ``base.html``: the ``<head>``, the header with the section menu, the
footer. Rendering that frame through the template engine (about thirty variables, the menu tag,
the date tags, the block machinery of ``{% extends %}``) cost about as much CPU as a list page's
own content, and it is the same for every request that reads the same values. So
:func:`render_page` renders only the blocks the page template overrides (``title``,
``content``...) and puts them into the frame, kept as strings between them.

The frame is ``base.html`` itself, rendered once by the engine with a marker in each of the page
template's blocks and cut at the markers: the same markup, nothing written twice. It is kept per
process under every value ``base.html`` reads from the page's context (:data:`FRAME_INPUTS`,
:func:`frame_key`): the header menu's sections (read from the cache with the public pages'
generation on every request, so a section renamed or added shows on the next request), the
current section, the page's URL name, today's date (the header's date and the footer's year)
and the site's name and address. The search words, different on nearly every search page, are
not in the key but a slot of the frame (:data:`FRAME_SLOTS`): the frame is rendered with a
marker for them and each request puts in its own, escaped as the variable tag would.
``tests/newsroom/test_page_frame.py`` checks that every name ``base.html`` reads is among them,
and that the pages come out as the engine renders them whole.

A page template is framed only if it is a direct child of ``base.html`` that does not use
``{{ block.super }}``; any other is rendered whole, as ``django.shortcuts.render`` does.
"""

from __future__ import annotations

import re
import sys
import threading

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpResponse
from django.template.base import TextNode, VariableNode, render_value_in_context
from django.template.context import make_context
from django.template.loader import get_template
from django.template.loader_tags import ExtendsNode
from django.utils import timezone
from django.utils.autoreload import file_changed

FRAME_TEMPLATE = "base.html"
#: The context names ``base.html`` reads (with ``request.resolver_match.url_name`` and today's
#: date): the frame is kept per their values.
FRAME_INPUTS = (
    "SITE_NAME",
    "SITE_URL",
    "site_links",
    "menu_sections",
    "current_section_slug",
    "search_query",
)
#: Of those, the names ``base.html`` only prints (``{{ name|default:'' }}``, escaped): a slot in
#: the frame filled on each request; the key holds only whether the value is empty.
FRAME_SLOTS = ("search_query",)
#: Frames kept at most (per page template, section, URL name, date, menu): a few dozen in use.
KEPT_AT_MOST = 256
_MARK = "\x00frame:"
_MARKS = re.compile("\x00frame:(=?[a-z_]+)\x00")

_frames: dict[tuple, tuple] = {}
_children: dict[str, tuple | None] = {}
_lock = threading.Lock()


@receiver(setting_changed)
def _forget_frames(**kwargs):
    """Tests change the site's name, address, static storage or URLs: build the frames again."""
    _frames.clear()
    _children.clear()


@receiver(file_changed)
def _forget_frames_of_changed_templates(sender, file_path, **kwargs):
    """``runserver`` reloads a template that changed (Django empties its cached loader): so are
    the frames and blocks taken from it. Returns None: the reloader goes on as it would."""
    if file_path.suffix == ".html":
        _forget_frames()


def _uses_block_super(nodelist) -> bool:
    return any(
        node.filter_expression.token.startswith("block.super")
        for node in nodelist.get_nodes_by_type(VariableNode)
    )


def _child(template_name: str, template):
    """The page template's own blocks (name, node) in order, or None if it is not framed."""
    if template_name in _children:
        return _children[template_name]
    found = None
    nodes = [node for node in template.nodelist if not isinstance(node, TextNode)]
    if nodes and isinstance(nodes[0], ExtendsNode):
        extends = nodes[0]
        parent = extends.parent_name
        if (
            not parent.filters
            and parent.var == FRAME_TEMPLATE
            and not _uses_block_super(extends.nodelist)
        ):
            found = tuple(extends.blocks.items())
    _children[template_name] = found
    return found


def frame_key(template_name: str, context, request) -> tuple:
    """What the frame of ``template_name`` depends on, from the page's context."""
    menu = context.get("menu_sections")
    match = getattr(request, "resolver_match", None)
    site_links = context.get("site_links")
    return (
        template_name,
        # What the menu tag shows of each section (not the rows: a model instance is equal to
        # itself renamed).
        None if menu is None else tuple((s.name, s.get_absolute_url(), s.slug) for s in menu),
        context.get("current_section_slug"),
        # A slot: only whether it is empty (and how: None or "").
        *(context.get(name) and True for name in FRAME_SLOTS),
        getattr(match, "url_name", None),
        timezone.localdate(),
        context.get("SITE_NAME"),
        context.get("SITE_URL"),
        tuple(site_links.items()) if site_links else None,
    )


def _frame(blocks, context) -> tuple:
    """``base.html`` rendered with a marker in each block of the page template, cut at the
    markers: (text, block name, text, block name, ..., text)."""
    marked_blocks = "".join(
        f"{{% block {name} %}}{_MARK}{name}\x00{{% endblock %}}" for name, _node in blocks
    )
    source = f'{{% extends "{FRAME_TEMPLATE}" %}}{marked_blocks}'
    marked = context.template.engine.from_string(source)
    slots = {name: f"{_MARK}={name}\x00" for name in FRAME_SLOTS if context.get(name)}
    with context.push(slots):
        return tuple(_MARKS.split(marked.render(context)))


def _tell_the_test_client(template, context) -> None:
    """What the engine's instrumented render does under tests (``response.context`` and
    ``response.templates``), for the page template whose blocks are rendered; ``django.test``
    is not imported for it outside tests."""
    signals = sys.modules.get("django.test.signals")
    if signals is not None and signals.template_rendered.receivers:
        signals.template_rendered.send(sender=template, template=template, context=context)


def render_page(request, template_name: str, context=None, *, status=None, content_type=None):
    """``django.shortcuts.render``, with the frame kept (see the module's docstring)."""
    backend = get_template(template_name)
    template = backend.template
    blocks = _child(template_name, template)
    if blocks is None:
        return HttpResponse(
            backend.render(context, request), content_type=content_type, status=status
        )
    bound = make_context(context, request, autoescape=backend.backend.engine.autoescape)
    with bound.render_context.push_state(template), bound.bind_template(template):
        bound.template_name = template.name
        _tell_the_test_client(template, bound)
        key = frame_key(template_name, bound, request)
        frame = _frames.get(key)
        if frame is None:
            frame = _frame(blocks, bound)
            with _lock:
                if len(_frames) >= KEPT_AT_MOST:
                    _frames.clear()
                _frames[key] = frame
        rendered = {name: node.render(bound) for name, node in blocks}
        for name in FRAME_SLOTS:
            if bound.get(name):
                rendered[f"={name}"] = render_value_in_context(bound[name], bound)
    pieces = [rendered[part] if n % 2 else part for n, part in enumerate(frame)]
    return HttpResponse("".join(pieces), content_type=content_type, status=status)
