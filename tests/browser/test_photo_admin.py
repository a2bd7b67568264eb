"""End to end in Chromium: an editor uploads a photo, places it in a story with a caption and a
credit, and readers see the figure, its credit and a responsive rendition."""

import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import include, path
from django.views.static import serve

from articles.desk import workflow
from articles.models import Article
from media.models import Photo
from tests.browser.session import log_in
from tests.factories import ArticleFactory, CreditFactory
from tests.media.images import encode, picture


def media(request, path):
    return serve(request, path, document_root=settings.MEDIA_ROOT)


# The site's URLs plus media files, as newsroom/urls.py mounts them under DEBUG.
urlpatterns = [path("media/<path:path>", media), path("", include("newsroom.urls"))]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_photo_from_upload_to_the_public_page(page, live_server, settings, tmp_path):
    settings.ROOT_URLCONF = __name__
    get_user_model().objects.create_superuser("thuky", "tk@example.vn", "mat-khau-123")
    CreditFactory(name="Anh Sơn", short_name="AS")
    article = ArticleFactory(
        title="Quốc hội thảo luận về dự án Luật Đất đai (sửa đổi)",
        body="<p>Sáng 20/11, Quốc hội thảo luận tại hội trường.</p><p>Nhiều ý kiến tâm huyết.</p>",
        status=Article.Status.APPROVED,
        published_at=None,
    )
    photo_file = tmp_path / "Phiên thảo luận tại hội trường.jpg"
    photo_file.write_bytes(encode(picture((2000, 1333), seed=42), "JPEG", quality=90))

    log_in(page, live_server, "thuky", "mat-khau-123")

    # Upload: the alt text follows the caption as it is typed.
    page.goto(f"{live_server.url}/admin/media/photo/add/")
    page.set_input_files("#id_image", str(photo_file))
    page.fill("#id_caption", "Đại biểu Quốc hội thảo luận tại hội trường Diên Hồng")
    assert (
        page.input_value("#id_alt_text") == "Đại biểu Quốc hội thảo luận tại hội trường Diên Hồng"
    )
    page.fill("#id_credit", "(Ảnh: AS)")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    photo = Photo.objects.get()
    assert photo.credit == "Anh Sơn"
    thumbnail = page.locator(f'a[href="/admin/media/photo/{photo.pk}/change/"] img')
    thumbnail.wait_for()
    assert thumbnail.evaluate("img => img.complete && img.naturalWidth") == 480

    # Place it in the story, with the caption and credit this story prints.
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    page.click("#captions-group .add-row a")
    page.click("#captions-0 .select2-selection")
    page.fill(".select2-search__field", "Diên Hồng")
    page.click(".select2-results__option >> text=Diên Hồng")
    page.fill("#id_captions-0-text", "Đại biểu Nguyễn Văn Hiển (Lâm Đồng) phát biểu ý kiến")
    page.fill("#id_captions-0-credit", "AS")
    page.fill("#id_captions-0-position", "1")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")

    editor = get_user_model().objects.get(username="thuky")
    workflow.article_publish(article=Article.objects.get(pk=article.pk), by=editor)

    page.goto(live_server.url + Article.objects.get(pk=article.pk).get_absolute_url())
    figure = page.locator("figure.photo")
    figure.wait_for()
    assert figure.locator("figcaption").inner_text() == (
        "Đại biểu Nguyễn Văn Hiển (Lâm Đồng) phát biểu ý kiến (Ảnh: Anh Sơn)"
    )
    image = figure.locator("img")
    assert image.get_attribute("alt") == "Đại biểu Quốc hội thảo luận tại hội trường Diên Hồng"
    assert re.search(r"480w, .+ 800w, .+ 1200w, .+ 1600w$", image.get_attribute("srcset"))
    image.scroll_into_view_if_needed()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
    )
    current = image.evaluate("img => img.currentSrc")
    webp_urls = [f"{live_server.url}{url}" for url in re.findall(r"(\S+) \d+w", photo.srcset_webp)]
    assert current in webp_urls  # Chromium takes a WebP rendition from the <source>
    # The figure sits after the first paragraph, where position 1 put it.
    body = page.locator(".story .body").inner_html()
    assert body.index("Sáng 20/11") < body.index("<figure") < body.index("Nhiều ý kiến")
