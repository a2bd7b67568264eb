"""Officials and resolutions: lists, profiles and resolution pages.

Stories listed here come from ``Article.objects.published()``; draft resolutions stay internal
(``Resolution.objects.public()``). Cached for anonymous readers like every public page.
"""

import datetime

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from articles.models import Article
from articles.site.front_page import TEASER_DEFERRED
from newsroom.cache import cache_public_page, set_last_modified
from people.forms import ResolutionFilterForm
from people.models import Person, Resolution, sorted_positions

PAGE_SIZE = 20
PEOPLE_PAGE_SIZE = 30


def _stories_page(request, stories):
    stories = stories.for_listing().defer(*TEASER_DEFERRED).newest_first()
    return Paginator(stories, PAGE_SIZE).get_page(request.GET.get("trang"))


@cache_public_page
def person_list(request):
    """Officials by given name (Person.sort_key: "Đinh Tiến Dũng" sorts under D for Dũng)."""
    people = Person.objects.select_related("portrait").prefetch_related("positions")
    page = Paginator(people.order_by("sort_key", "id"), PEOPLE_PAGE_SIZE).get_page(
        request.GET.get("trang")
    )
    today = timezone.localdate()
    response = render(
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
def person_detail(request, slug):
    person = get_object_or_404(
        Person.objects.select_related("portrait").prefetch_related("positions__organization"),
        slug=slug,
    )
    today = timezone.localdate()
    positions = sorted_positions(person.positions.all())
    page = _stories_page(request, Article.objects.published().filter(officials=person))
    response = render(
        request,
        "people/person_detail.html",
        {
            "person": person,
            "current_positions": [p for p in positions if p.is_held_on(today)],
            "timeline": sorted(
                positions,
                key=lambda p: (p.start_date or datetime.date.min, -p.rank),
                reverse=True,
            ),
            "page": page,
        },
    )
    return set_last_modified(response, person.updated_at, *(story.updated_at for story in page))


@cache_public_page
def resolution_list(request):
    resolutions = Resolution.objects.public()
    form = ResolutionFilterForm(request.GET, resolutions=resolutions)
    chosen = form.filter(resolutions.select_related("issuer").order_by("-adopted_on", "-id"))
    page = Paginator(chosen, PAGE_SIZE).get_page(request.GET.get("trang"))
    response = render(
        request,
        "people/resolution_list.html",
        {"form": form, "page": page, "query_string": form.query_string()},
    )
    return set_last_modified(response, *(resolution.updated_at for resolution in page))


@cache_public_page
def resolution_detail(request, slug):
    resolution = get_object_or_404(
        Resolution.objects.public().select_related("issuer", "superseded_by"), slug=slug
    )
    supersedes = list(resolution.supersedes.public())
    page = _stories_page(request, Article.objects.published().filter(resolutions=resolution))
    response = render(
        request,
        "people/resolution_detail.html",
        {"resolution": resolution, "supersedes": supersedes, "page": page},
    )
    return set_last_modified(response, resolution.updated_at, *(story.updated_at for story in page))
