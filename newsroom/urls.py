from django.conf import settings
from django.conf.urls.static import static as serve_from
from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView


class FaviconView(RedirectView):
    """Browsers and crawlers ask for /favicon.ico whatever the page links: send them to the icon
    in static files (hashed and cached for a year in production)."""

    permanent = False  # the hashed address changes whenever the icon does

    def get_redirect_url(self, *args, **kwargs):
        return static("img/favicon.ico")


urlpatterns = [
    path("admin/", admin.site.urls),
    path("favicon.ico", FaviconView.as_view()),
    path("", include("articles.site.people_urls")),
    path("", include("articles.urls")),
]

if settings.DEBUG:
    urlpatterns += serve_from(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
