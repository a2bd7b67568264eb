"""An official's profile and a resolution's page: the public pages of ``people`` that list
stories, so they live with the site rather than in ``people`` (which never imports
``articles``). The lists of officials and resolutions, which show no story, stay in
``people.views``; both are served under the ``people`` namespace (``articles.site.people_urls``).

Stories listed here come from ``Article.objects.published()``; draft resolutions stay internal
(``Resolution.objects.public()``). Cached for anonymous readers like every public page.
"""

import datetime

from django.shortcuts import get_object_or_404
from django.utils import timezone

from articles.site.teasers import joined
from articles.site.views import listing_page
from newsroom.cache import cache_public_page, depends_on, scope, set_last_modified
from newsroom.page_frame import render_page
from people.models import Person, Resolution, sorted_positions

#: How the profile and resolution pages show their stories (``teasers.assemble``'s options).
STORY_TEASERS = {"level": "3", "show_section": True}


@cache_public_page
def person_detail(request, slug):
    depends_on(request, scope("official", slug))
    person = get_object_or_404(
        Person.objects.select_related("portrait").prefetch_related("positions__organization"),
        slug=slug,
    )
    today = timezone.localdate()
    positions = sorted_positions(person.positions.all())
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
    resolution = get_object_or_404(
        Resolution.objects.public().select_related("issuer", "superseded_by"), slug=slug
    )
    supersedes = list(resolution.supersedes.public())
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
