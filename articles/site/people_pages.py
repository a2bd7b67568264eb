"""An official's profile and a resolution's page: the public pages of ``people`` that list
stories, so they live with the site rather than in ``people`` (which never imports
``articles``). The lists of officials and resolutions, which show no story, stay in
``people.views``; both are served under the ``people`` namespace (``articles.site.people_urls``).

Stories listed here come from ``Article.objects.published()``; draft resolutions stay internal
(``Resolution.objects.public()``). Cached for anonymous readers like every public page.
"""

import datetime

from django.http import Http404
from django.utils import timezone

from articles.site.teasers import joined
from articles.site.views import listing_page
from newsroom.cache import cache_public_page, depends_on, scope, set_last_modified
from newsroom.page_frame import render_page
from newsroom.statements import ID_MARK, Instances, ModelBySlug
from people.models import Person, Position, Resolution, sorted_positions

#: How the profile and resolution pages show their stories (``teasers.assemble``'s options).
STORY_TEASERS = {"level": "3", "show_section": True}
#: The rows these pages show besides their stories, each query compiled once
#: (``newsroom.statements``): an official with the portrait, the positions with their
#: organisations (one query, not a prefetch of two); a public resolution with its issuer and
#: successor, and the public ones it replaces.
PERSON = ModelBySlug(Person, among=lambda: Person.objects.select_related("portrait"))
POSITIONS = Instances(
    lambda: Position.objects.filter(person=ID_MARK).select_related("organization")
)
RESOLUTION = ModelBySlug(
    Resolution,
    among=lambda: Resolution.objects.public().select_related("issuer", "superseded_by"),
)
SUPERSEDED = Instances(lambda: Resolution.objects.filter(superseded_by=ID_MARK).public())


@cache_public_page
def person_detail(request, slug):
    depends_on(request, scope("official", slug))
    person = PERSON.get(slug)
    if person is None:
        raise Http404("Không tìm thấy nhân vật.")
    today = timezone.localdate()
    positions = sorted_positions(POSITIONS.all(ids=(person.pk,)))
    page = listing_page(request, "officials", person.pk, counted_as=scope("official", slug))
    response = render_page(
        request,
        "people/person_detail.html",
        {
            "person": person,
            "current_positions": [p for p in positions if p.is_current(today)],
            "timeline": sorted(
                positions,
                key=lambda p: (p.start_date or p.seen_on or datetime.date.min, -p.rank),
                reverse=True,
            ),
            "page": page,
            "teasers": joined(page, **STORY_TEASERS),
        },
    )
    return set_last_modified(response, person.updated_at, *(story.updated_at for story in page))


@cache_public_page
def resolution_detail(request, slug):
    depends_on(request, scope("resolution", slug))
    resolution = RESOLUTION.get(slug)
    if resolution is None:
        raise Http404("Không tìm thấy văn bản.")
    supersedes = SUPERSEDED.all(ids=(resolution.pk,))
    page = listing_page(request, "resolutions", resolution.pk, counted_as=scope("resolution", slug))
    response = render_page(
        request,
        "people/resolution_detail.html",
        {
            "resolution": resolution,
            "supersedes": supersedes,
            "page": page,
            "teasers": joined(page, **STORY_TEASERS),
        },
    )
    return set_last_modified(response, resolution.updated_at, *(story.updated_at for story in page))
