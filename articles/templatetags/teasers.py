"""``{% teaser story ... %}``: one story in a list (home, section, tag, profile, related).

``story`` is a :class:`articles.site.teasers.Teaser` (the pieces kept per story, as the lists
read them) or an ``Article`` with its section and captions with their photos prefetched (the
related stories of a story page, rendered once and kept); both go through
``articles.site.teasers.assemble``, so the markup is the same.

Parameters: ``level`` (heading level, default 2), ``large`` (the lead story: large photo,
fetched first, with its sapo), ``show_section``, ``show_sapo``, ``no_image``, ``sizes`` (the
image's ``sizes``).
"""

from django import template

from articles.site.teasers import Teaser, assemble, parts_of

register = template.Library()


@register.simple_tag
def teaser(
    story,
    *,
    level="2",
    large=False,
    show_section=False,
    show_sapo=False,
    no_image=False,
    sizes="",
):
    parts = story.parts if isinstance(story, Teaser) else parts_of(story)
    return assemble(
        parts,
        level=level,
        large=large,
        show_section=show_section,
        show_sapo=show_sapo,
        no_image=no_image,
        sizes=sizes,
    )
