"""RSS feeds for the whole site and for each section. Published stories only.

Titles and sapos are plain text. RSS 2.0's <description> is HTML to feed readers, so the sapo
is escaped before it goes there (the XML writer's own escaping only protects the XML: a reader
unescapes it once and renders what is left as markup). <title> is plain text and stays as it is.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import escape

from articles.models import Article, Section
from articles.site.front_page import TEASER_DEFERRED
from newsroom.cache import depends_on, scope

FEED_SIZE = 30


class LatestArticlesFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "vi"

    def title(self, obj=None):
        return f"{settings.SITE_NAME}: tin mới nhất"

    def description(self, obj=None):
        return "Tin chính trị, thời sự mới nhất."

    def link(self, obj=None):
        return reverse("articles:home")

    def feed_url(self, obj=None):
        return reverse("articles:rss")

    def get_object(self, request, *args, **kwargs):
        depends_on(request, scope("stories"))
        return None

    def items(self, obj=None):
        stories = (
            Article.objects.published()
            .select_related("section")
            .defer(*TEASER_DEFERRED)
            .prefetch_related("tags")
        )
        if obj is not None:
            stories = stories.in_section(obj)
        return stories.newest_first()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return escape(item.sapo)

    def item_author_name(self, item):
        return item.byline or item.source or None

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.section.name, *(tag.name for tag in item.tags.all())]


class SectionFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        depends_on(request, scope("section", slug))
        return get_object_or_404(Section, slug=slug)

    def title(self, obj=None):
        return f"{settings.SITE_NAME}: {obj.name}"

    def description(self, obj=None):
        return obj.description or f"Tin mới nhất chuyên mục {obj.name}."

    def link(self, obj=None):
        return obj.get_absolute_url()

    def feed_url(self, obj=None):
        return reverse("articles:section_rss", kwargs={"slug": obj.slug})
