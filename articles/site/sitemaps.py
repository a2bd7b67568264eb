"""sitemap.xml (an index of one sitemap per kind of page) and the Google News sitemap.

Stories come from ``Article.objects.published()`` like every public page; tags are listed only
when a published story carries them.
"""

import datetime

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Section, Tag, TaggedArticle
from people.sitemaps import PersonSitemap, ResolutionSitemap

NEWS_WINDOW = datetime.timedelta(days=2)
NEWS_LIMIT = 1000  # Google News reads at most 1,000 stories per sitemap


class HomeSitemap(Sitemap):
    changefreq = "always"
    priority = 1.0

    def items(self):
        return ["articles:home", "people:person_list", "people:resolution_list"]

    def location(self, name):
        return reverse(name)


class ArticleSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.8
    limit = 10_000

    def items(self):
        return Article.objects.published().only("slug", "updated_at").newest_first()

    def lastmod(self, article):
        return article.updated_at

    def get_latest_lastmod(self):
        # Django's default reads every item's lastmod; one aggregate does for the index.
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class SectionSitemap(Sitemap):
    changefreq = "hourly"
    priority = 0.7

    def items(self):
        return Section.objects.order_by("order", "name")


class TagSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.4

    def items(self):
        tagged = TaggedArticle.objects.filter(content_object__in=Article.objects.published())
        return Tag.objects.filter(pk__in=tagged.values("tag_id")).order_by("name")


class NewsSitemap(Sitemap):
    """Stories of the last two days, for Google News (rendered by articles/sitemap_news.xml)."""

    limit = NEWS_LIMIT

    def items(self):
        since = timezone.now() - NEWS_WINDOW
        return (
            Article.objects.published()
            .filter(published_at__gte=since)
            .only("slug", "title", "published_at", "updated_at")
            .newest_first()
        )

    def lastmod(self, article):
        return article.updated_at


SITEMAPS = {
    "trang-chu": HomeSitemap,
    "chuyen-muc": SectionSitemap,
    "bai-viet": ArticleSitemap,
    "the": TagSitemap,
    "nhan-vat": PersonSitemap,
    "van-ban": ResolutionSitemap,
}
NEWS_SITEMAPS = {"tin-moi": NewsSitemap}
