"""Public article pages. Every queryset starts from ``Article.objects.published()``."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from articles.models import Article, Section, Tag
from people.models import Person, Resolution

PAGE_SIZE = 20


def home(request):
    stories = Article.objects.published().for_listing().newest_first()
    lead = stories.filter(is_featured=True).first() or stories.first()
    latest = list(stories.exclude(pk=lead.pk)[:12]) if lead else []
    return render(request, "articles/home.html", {"lead": lead, "latest": latest})


def section_detail(request, slug):
    section = get_object_or_404(Section, slug=slug)
    stories = Article.objects.published().in_section(section).for_listing().newest_first()
    page = Paginator(stories, PAGE_SIZE).get_page(request.GET.get("trang"))
    return render(request, "articles/section_detail.html", {"section": section, "page": page})


def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    stories = Article.objects.published().filter(tags=tag).for_listing().newest_first()
    page = Paginator(stories, PAGE_SIZE).get_page(request.GET.get("trang"))
    return render(request, "articles/tag_detail.html", {"tag": tag, "page": page})


def article_detail(request, slug):
    article = get_object_or_404(
        Article.objects.published()
        .for_listing()
        .prefetch_related(
            "tags",
            Prefetch("officials", queryset=Person.objects.prefetch_related("positions")),
            Prefetch("resolutions", queryset=Resolution.objects.public()),
        ),
        slug=slug,
    )
    return render(request, "articles/article_detail.html", {"article": article})
