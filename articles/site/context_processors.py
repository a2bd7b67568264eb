from typing import NamedTuple

from django.core.cache import cache
from django.utils.functional import SimpleLazyObject

from articles.models import Section
from newsroom.cache import current_generation

#: The menu is read again with every new generation; this only bounds an unused one's life.
MENU_SECONDS = 600


class MenuSection(NamedTuple):
    pk: int
    name: str
    slug: str
    url: str

    def get_absolute_url(self):
        return self.url


def menu_sections() -> list[MenuSection]:
    """The header's sections, shared by every page (and the home page's blocks): kept in the
    cache under the public pages' generation, so any change to a section (or anything public)
    reads them again."""
    key = f"menu-sections:{current_generation()}"
    sections = cache.get(key)
    if sections is None:
        sections = [
            MenuSection(section.pk, section.name, section.slug, section.get_absolute_url())
            for section in Section.objects.filter(in_menu=True)
        ]
        cache.set(key, sections, MENU_SECONDS)
    return sections


def navigation(request):
    """Sections for the header menu (read only if a template uses them)."""
    return {"menu_sections": SimpleLazyObject(menu_sections)}
