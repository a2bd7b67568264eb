"""Official and resolution pages."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from articles.models import Article
from people.models import Person, Resolution, sorted_positions


def person_detail(request, slug):
    person = get_object_or_404(
        Person.objects.select_related("portrait").prefetch_related("positions__organization"),
        slug=slug,
    )
    stories = Article.objects.published().filter(officials=person).for_listing().newest_first()
    page = Paginator(stories, 20).get_page(request.GET.get("trang"))
    return render(
        request,
        "people/person_detail.html",
        {"person": person, "positions": sorted_positions(person.positions.all()), "page": page},
    )


def resolution_detail(request, slug):
    resolution = get_object_or_404(
        Resolution.objects.public().select_related("issuer", "superseded_by"), slug=slug
    )
    stories = (
        Article.objects.published().filter(resolutions=resolution).for_listing().newest_first()
    )
    page = Paginator(stories, 20).get_page(request.GET.get("trang"))
    return render(
        request, "people/resolution_detail.html", {"resolution": resolution, "page": page}
    )
