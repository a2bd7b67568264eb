"""Public article pages. Every queryset starts from ``Article.objects.published()``.

Pages are cached for anonymous readers (newsroom/cache.py) and carry Last-Modified from the
newest ``updated_at`` they show; ETag and 304 answers come from ConditionalGetMiddleware.
"""

from django.core.paginator import Paginator
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode

from articles.models import Article, Section, Tag
from articles.site import renderings
from articles.site.context_processors import menu_sections
from articles.site.front_page import front_page
from articles.site.search_hits import hits_html
from articles.site.search_results import search_articles
from articles.site.story_lists import StoryList
from articles.site.teasers import joined
from newsroom.cache import cache_public_page, depends_on, scope, set_last_modified
from newsroom.page_frame import render_page
from newsroom.statements import ModelBySlug

PAGE_SIZE = 20
#: A section's and a tag's row by slug, the query compiled once (``newsroom.statements``).
SECTION = ModelBySlug(Section)
TAG = ModelBySlug(Tag)
#: How each list shows its teasers (``articles.site.teasers.assemble``'s options).
SECTION_TEASERS = {"show_sapo": True}
TAG_TEASERS = {"show_sapo": True, "show_section": True}
HOME_LEAD = {
    "large": True,
    "level": "3",
    "show_section": True,
    "sizes": "(min-width: 1024px) 660px, 100vw",
}
HOME_TOP = {"level": "3", "show_section": True, "no_image": True}
HOME_SECTION = {"level": "3", "no_image": True}
HOME_SECTION_FIRST = {
    "level": "3",
    "sizes": "(min-width: 1024px) 360px, (min-width: 760px) 50vw, 100vw",
}


def listing_page(request, lookup, pk, *, counted_as=None):
    """The page that ``?trang=`` asks for of the published stories whose ``lookup`` is ``pk``
    (teasers, newest first): a count (kept under the page cache scope ``counted_as``) and one
    query for the page's teasers, both compiled once (``articles.site.story_lists``)."""
    stories = StoryList(lookup, pk, counted_as=counted_as)
    return Paginator(stories, PAGE_SIZE).get_page(request.GET.get("trang"))


@cache_public_page
def home(request):
    depends_on(request, scope("stories"))
    sections = menu_sections()  # kept with the header's menu: no query once read
    page = front_page(sections=sections)
    response = render_page(
        request,
        "articles/home.html",
        {
            "front": page,
            "lead": joined([page.lead], **HOME_LEAD) if page.lead else "",
            "top": joined(page.top, first={**HOME_TOP, "no_image": False}, **HOME_TOP),
            "blocks": [
                (block.section, joined(block.stories, first=HOME_SECTION_FIRST, **HOME_SECTION))
                for block in page.sections
            ],
            "menu_sections": sections,
        },
    )
    return set_last_modified(response, *(story.updated_at for story in page.stories()))


@cache_public_page
def section_detail(request, slug):
    depends_on(request, scope("section", slug))
    section = SECTION.get(slug)
    if section is None:
        raise Http404("Không tìm thấy chuyên mục.")
    page = listing_page(request, "section", section.pk, counted_as=scope("section", slug))
    response = render_page(
        request,
        "articles/section_detail.html",
        {
            "section": section,
            "page": page,
            "teasers": joined(page, **SECTION_TEASERS),
            "current_section_slug": section.slug,
        },
    )
    return set_last_modified(response, *(story.updated_at for story in page))


@cache_public_page
def tag_detail(request, slug):
    depends_on(request, scope("tag", slug))
    tag = TAG.get(slug)
    if tag is None:
        raise Http404("Không tìm thấy thẻ.")
    page = listing_page(request, "tags", tag.pk, counted_as=scope("tag", slug))
    if not page.paginator.count:
        raise Http404("Thẻ chưa có bài viết nào được xuất bản.")  # drafts' tags stay private
    response = render_page(
        request,
        "articles/tag_detail.html",
        {"tag": tag, "page": page, "teasers": joined(page, **TAG_TEASERS)},
    )
    return set_last_modified(response, *(story.updated_at for story in page))


@cache_public_page
def article_detail(request, slug):
    depends_on(request, scope("story", slug))
    page = renderings.read(slug)
    if page is None:
        return redirect_old_address(slug)
    if not page.is_current:
        page = renderings.render(page.pk) or page
    if not page.is_current:  # unpublished between the two reads
        raise Http404("Không tìm thấy bài viết.")
    response = render(
        request,
        "articles/article_detail.html",
        {"article": page, "rendering": page, "current_section_slug": page.section.slug},
    )
    return set_last_modified(response, page.last_modified)


def redirect_old_address(slug):
    """A public story's address before its slug was changed (``OldSlug``): 301 to its
    address now, in one query; anything else (a draft's old slug too) is not found."""
    current = (
        Article.objects.published().filter(old_slugs__slug=slug).values_list("slug", flat=True)
    )
    for new_slug in current[:1]:
        return HttpResponsePermanentRedirect(reverse("articles:detail", kwargs={"slug": new_slug}))
    raise Http404("Không tìm thấy bài viết.")


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
    return render_page(
        request,
        "articles/search.html",
        {
            "results": results,
            "page": page,
            "hits": hits_html(page),
            "search_query": results.query.text,
            "query_string": urlencode({"q": results.query.text}),
        },
    )
