"""The lists of officials and of resolutions: the public pages of ``people`` that show no story.

An official's profile and a resolution's page list stories, so they are
``articles.site.people_pages`` (``people`` never imports ``articles``). Draft resolutions stay
internal (``Resolution.objects.public()``). Cached for anonymous readers like every public page.
"""

from django.core.paginator import Paginator
from django.utils import timezone

from newsroom.cache import cache_public_page, depends_on, scope, set_last_modified
from newsroom.page_frame import render_page
from people.forms import ResolutionFilterForm
from people.models import Person, Resolution

PAGE_SIZE = 20
PEOPLE_PAGE_SIZE = 30


@cache_public_page
def person_list(request):
    """Officials by given name (Person.sort_key: "Đinh Tiến Dũng" sorts under D for Dũng)."""
    depends_on(request, scope("officials"))  # no story: only a change to people empties it
    people = Person.objects.select_related("portrait").prefetch_related("positions")
    page = Paginator(people.order_by("sort_key", "id"), PEOPLE_PAGE_SIZE).get_page(
        request.GET.get("trang")
    )
    today = timezone.localdate()
    response = render_page(
        request,
        "people/person_list.html",
        {
            "page": page,
            "entries": [
                {
                    "person": person,
                    "titles": person.title_on(today),
                    "initial": person.full_name.split()[-1][:1] if person.full_name else "",
                }
                for person in page
            ],
        },
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
        {"filters": form.html(), "page": page, "query_string": form.query_string()},
    )
    return set_last_modified(response, *(resolution.updated_at for resolution in page))
