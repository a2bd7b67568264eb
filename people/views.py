"""The lists of officials and of resolutions: the public pages of ``people`` that show no story.

An official's profile and a resolution's page list stories, so they are
``articles.site.people_pages`` (``people`` never imports ``articles``). Draft resolutions stay
internal (``Resolution.objects.public()``). Cached for anonymous readers like every public page.
"""

from django.core.paginator import Paginator
from django.utils import timezone

from newsroom.cache import cache_public_page, depends_on, scope, set_last_modified
from newsroom.page_frame import render_page
from newsroom.statements import ID_MARKS, Instances, Statement
from people.forms import ResolutionFilterForm
from people.list_items import person_cards, resolution_items
from people.models import Person, Position, Resolution, titles_held_on

PAGE_SIZE = 20
PEOPLE_PAGE_SIZE = 30
#: The officials list's queries, each compiled once (``newsroom.statements``): how many, a
#: page of them with their portraits, and the positions of the page's officials.
PEOPLE_COUNT = Statement(lambda: Person.objects.all())
PEOPLE = Instances(lambda: Person.objects.select_related("portrait").order_by("sort_key", "id"))
POSITIONS_OF = Instances(lambda: Position.objects.filter(person__in=ID_MARKS[:PEOPLE_PAGE_SIZE]))


class _People:
    """The officials by given name, as a ``Paginator`` pages them."""

    def count(self) -> int:
        return PEOPLE_COUNT.count(None, None)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index: slice) -> list:
        start = index.start or 0
        return PEOPLE.all(limit=index.stop - start, offset=start)


def _positions_of(people) -> dict[int, list]:
    """The positions of ``people`` (at most a page of them) by official, in one query."""
    found: dict[int, list] = {person.pk: [] for person in people}
    if found:
        ids = [*found]
        padded = ids + ids[:1] * (PEOPLE_PAGE_SIZE - len(ids))
        for position in POSITIONS_OF.all(ids=padded):
            found[position.person_id].append(position)
    return found


@cache_public_page
def person_list(request):
    """Officials by given name (Person.sort_key: "Đinh Tiến Dũng" sorts under D for Dũng)."""
    depends_on(request, scope("officials"))  # no story: only a change to people empties it
    page = Paginator(_People(), PEOPLE_PAGE_SIZE).get_page(request.GET.get("trang"))
    today = timezone.localdate()
    positions = _positions_of(page)
    entries = [
        {
            "person": person,
            "titles": titles_held_on(positions[person.pk], today),
            "initial": person.full_name.split()[-1][:1] if person.full_name else "",
        }
        for person in page
    ]
    response = render_page(
        request,
        "people/person_list.html",
        {"page": page, "entries": entries, "cards": person_cards(entries)},
    )
    return set_last_modified(response, *(person.updated_at for person in page))


@cache_public_page
def resolution_list(request):
    depends_on(request, scope("resolutions"))  # no story: only a change to people empties it
    form = ResolutionFilterForm(request.GET)
    chosen = form.filter(
        Resolution.objects.public().select_related("issuer").order_by("-adopted_on", "-id")
    )
    page = Paginator(chosen, PAGE_SIZE).get_page(request.GET.get("trang"))
    response = render_page(
        request,
        "people/resolution_list.html",
        {
            "filters": form.html(),
            "items": resolution_items(page),
            "page": page,
            "query_string": form.query_string(),
        },
    )
    return set_last_modified(response, *(resolution.updated_at for resolution in page))
