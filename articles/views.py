"""Public article pages. Every queryset starts from ``Article.objects.published()``.

Pages are cached for anonymous readers (newsroom/cache.py) and carry Last-Modified from the
newest ``updated_at`` they show; ETag and 304 answers come from ConditionalGetMiddleware.
"""

import datetime

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import urlencode

from articles import article_page, structured_data
from articles.front_page import TEASER_DEFERRED, front_page
from articles.models import Article, Section, Tag
from articles.search import search_articles
from newsroom.cache import cache_public_page, set_last_modified

PAGE_SIZE = 20
UPDATE_SHOWN_AFTER = datetime.timedelta(minutes=5)  # saves right after publishing are not news
LOGO = {"path": "img/logo.png", "width": 600, "height": 60}
DEFAULT_SOCIAL_IMAGE = {"path": "img/og-default.png", "width": 1200, "height": 630}


def _listing_page(request, stories):
    stories = stories.for_listing().defer(*TEASER_DEFERRED).newest_first()
    return Paginator(stories, PAGE_SIZE).get_page(request.GET.get("trang"))


@cache_public_page
def home(request):
    sections = list(Section.objects.filter(in_menu=True))
    page = front_page(sections=sections)
    response = render(request, "articles/home.html", {"front": page, "menu_sections": sections})
    return set_last_modified(response, *(story.updated_at for story in page.stories()))


@cache_public_page
def section_detail(request, slug):
    section = get_object_or_404(Section, slug=slug)
    page = _listing_page(request, Article.objects.published().in_section(section))
    response = render(
        request,
        "articles/section_detail.html",
        {"section": section, "page": page, "current_section_slug": section.slug},
    )
    return set_last_modified(response, *(story.updated_at for story in page))


@cache_public_page
def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    page = _listing_page(request, Article.objects.published().filter(tags=tag))
    if not page.paginator.count:
        raise Http404("Thẻ chưa có bài viết nào được xuất bản.")  # drafts' tags stay private
    response = render(request, "articles/tag_detail.html", {"tag": tag, "page": page})
    return set_last_modified(response, *(story.updated_at for story in page))


@cache_public_page
def article_detail(request, slug):
    article = get_object_or_404(article_page.article_queryset(), slug=slug)
    article_page.corrections(article)
    officials = article_page.officials_with_titles(article)
    related = article_page.related_stories(  # also reads the article's photos
        article,
        tag_ids=[tag.pk for tag in article.tags.all()],
        person_ids=[person.pk for person, _ in officials],
    )
    site_url = settings.SITE_URL
    url = site_url + article.get_absolute_url()
    photos = [caption.photo for caption in article.captions.all()]
    if photos:
        social_image = {
            "url": site_url + photos[0].image.url,
            "width": photos[0].width,
            "height": photos[0].height,
            "alt": article.lead_caption.alt,
        }
    else:
        social_image = {
            "url": site_url + static(DEFAULT_SOCIAL_IMAGE["path"]),
            "width": DEFAULT_SOCIAL_IMAGE["width"],
            "height": DEFAULT_SOCIAL_IMAGE["height"],
            "alt": settings.SITE_NAME,
        }
    schema = structured_data.news_article(
        article,
        url=url,
        images=[site_url + photo.image.url for photo in photos] or [social_image["url"]],
        site_name=settings.SITE_NAME,
        site_url=site_url,
        officials=[person for person, _ in officials],
        logo={
            "url": site_url + static(LOGO["path"]),
            "width": LOGO["width"],
            "height": LOGO["height"],
        },
    )
    response = render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "canonical_url": url,
            "body_parts": article.body_with_figures(),
            "officials": officials,
            "resolutions": article_page.resolutions(article),
            "updated_at": article.updated_at
            if article.updated_at - article.published_at > UPDATE_SHOWN_AFTER
            else None,
            "related": related,
            "social_image": social_image,
            "json_ld": structured_data.json_ld(schema),
            "current_section_slug": article.section.slug,
        },
    )
    return set_last_modified(
        response, article.updated_at, *(person.updated_at for person, _ in officials)
    )


def robots_txt(request):
    sitemaps = [
        request.build_absolute_uri(reverse(name))
        for name in ("articles:sitemap", "articles:sitemap_news")
    ]
    return render(
        request, "robots.txt", {"sitemaps": sitemaps}, content_type="text/plain; charset=utf-8"
    )


def search(request):
    """``/tim-kiem/?q=...&trang=N``: ranked, highlighted, paginated; never cached (one page per
    query would crowd out the pages every reader shares)."""
    results = search_articles(request.GET.get("q", ""))
    page = Paginator(results, PAGE_SIZE).get_page(request.GET.get("trang"))
    return render(
        request,
        "articles/search.html",
        {
            "results": results,
            "page": page,
            "search_query": results.query.text,
            "query_string": urlencode({"q": results.query.text}),
        },
    )
