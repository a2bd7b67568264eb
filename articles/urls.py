from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from articles.desk import views as editorial_views
from articles.site import views
from articles.site.feeds import LatestArticlesFeed, SectionFeed
from articles.site.sitemaps import NEWS_SITEMAPS, SITEMAPS
from newsroom.cache import cache_public_page

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("chuyen-muc/<slug:slug>/", views.section_detail, name="section"),
    path("the/<slug:slug>/", views.tag_detail, name="tag"),
    path("bai-viet/<slug:slug>/", views.article_detail, name="detail"),
    path("dinh-chinh/", editorial_views.correction_list, name="corrections"),
    path("xem-truoc/<str:token>/", editorial_views.preview, name="preview"),
    path(
        "bien-tap/tai-tep/",
        editorial_views.editor_upload_refused,
        name="editor_upload_refused",
    ),
    path("tim-kiem/", views.search, name="search"),
    path("rss/", cache_public_page(LatestArticlesFeed()), name="rss"),
    path("rss/<slug:slug>/", cache_public_page(SectionFeed()), name="section_rss"),
    path(
        "sitemap.xml",
        cache_public_page(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "articles:sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-news.xml",
        cache_public_page(sitemap_views.sitemap),
        {"sitemaps": NEWS_SITEMAPS, "template_name": "articles/sitemap_news.xml"},
        name="sitemap_news",
    ),
    path(
        "sitemap-<slug:section>.xml",
        cache_public_page(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path("robots.txt", views.robots_txt, name="robots"),
]
