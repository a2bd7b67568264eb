import functools

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.templatetags.static import static
from django.urls import reverse


@functools.cache
def site_links() -> dict[str, str]:
    """The addresses every page's header and footer link to, resolved once per process
    (reversing them on each page cost more than the rest of the frame)."""
    return {
        "home": reverse("articles:home"),
        "search": reverse("articles:search"),
        "rss": reverse("articles:rss"),
        "sitemap": reverse("articles:sitemap"),
        "people": reverse("people:person_list"),
        "resolutions": reverse("people:resolution_list"),
        "corrections": reverse("articles:corrections"),
        "stylesheet": static("css/site.css"),
        "favicon": static("img/favicon.ico"),
        "social_image": static("img/og-default.png"),
    }


@receiver(setting_changed)
def _forget_site_links(**kwargs):
    """Tests change the URLs, static storage or script prefix: resolve the links again."""
    site_links.cache_clear()


def site(request):
    """Site name, absolute base URL (canonical links, Open Graph) and the frame's links."""
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "site_links": site_links(),
    }
