"""``{% section_menu %}``: the header's section links, the current section marked.

Every page shows them. Looping over them in the template cost more than the rest of the frame, so
the links are built here and kept per list of sections and current section (a few dozen at most;
a renamed or added section is a new list, hence a new entry).
"""

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

CURRENT = mark_safe(' aria-current="page"')
_KEPT_AT_MOST = 256
_built: dict[tuple, str] = {}


@register.simple_tag(takes_context=True)
def section_menu(context) -> str:
    """``<li>`` links of ``menu_sections``, the one at ``current_section_slug`` marked current."""
    sections = tuple(
        (section.name, section.get_absolute_url(), section.slug)
        for section in context.get("menu_sections") or ()
    )
    current = context.get("current_section_slug")
    key = (sections, current)
    html = _built.get(key)
    if html is None:
        if len(_built) >= _KEPT_AT_MOST:
            _built.clear()
        html = format_html_join(
            "\n        ",
            '<li><a href="{}"{}>{}</a></li>',
            ((url, CURRENT if slug == current else "", name) for name, url, slug in sections),
        )
        _built[key] = html
    return html
