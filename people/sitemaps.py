"""Sitemap sections for officials' profiles and resolutions (joined in articles.site.sitemaps)."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max

from people.models import Person, Resolution


class PersonSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return Person.objects.only("slug", "updated_at").order_by("sort_key", "id")

    def lastmod(self, person):
        return person.updated_at

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class ResolutionSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return Resolution.objects.public().only("slug", "updated_at").order_by("-adopted_on", "-id")

    def lastmod(self, resolution):
        return resolution.updated_at

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("updated_at"))["latest"]
