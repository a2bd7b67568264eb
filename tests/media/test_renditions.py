"""Renditions: sizes and formats, srcset markup on the article page, built once after upload
(never on a reader's request), rebuilt by a command."""

import io
import re

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image

from articles.site import story_markup
from articles.site.article_page import figure_of
from media import renditions
from media.models import Caption, Photo
from tests.factories import ArticleFactory, CaptionFactory
from tests.media.images import encode, picture, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def built(django_capture_on_commit_callbacks):
    """Create a photo and run what happens after the upload's transaction commits."""

    def make(size=(2400, 1600), seed=1, **fields):
        fields.setdefault("caption", "Quốc hội biểu quyết thông qua Luật Đất đai (sửa đổi)")
        fields.setdefault("alt_text", "Các đại biểu Quốc hội giơ tay biểu quyết")
        fields.setdefault("credit", "Doãn Tấn/TTXVN")
        with django_capture_on_commit_callbacks(execute=True):
            return Photo.objects.create(
                image=upload(encode(picture(size, seed=seed), "JPEG", quality=90), "dsc.jpg"),
                **fields,
            )

    return make


def opened(file) -> Image.Image:
    with file.storage.open(file.name, "rb") as stored:
        return Image.open(io.BytesIO(stored.read()))


def test_every_width_in_webp_and_jpeg(built):
    photo = built(size=(2400, 1600))
    for fmt, (pil_format, _) in renditions.RENDITION_FORMATS.items():
        for width in renditions.RENDITION_WIDTHS:
            image = opened(getattr(photo, renditions.field_name(fmt, width)))
            assert image.format == pil_format
            assert image.size == (width, round(1600 * width / 2400))


def test_a_small_photo_is_never_upscaled_and_srcset_says_its_real_width(built):
    photo = built(size=(1000, 750))
    assert opened(photo.rendition_jpeg_1600).size == (1000, 750)
    widths = [int(w) for w in re.findall(r" (\d+)w", photo.srcset_jpeg)]
    assert widths == [480, 800, 1000]
    assert re.findall(r" (\d+)w", photo.srcset_webp) == ["480", "800", "1000"]
    assert photo.rendition_jpeg_1200.url in photo.srcset_jpeg
    assert photo.rendition_jpeg_1600.url not in photo.srcset_jpeg


def test_figure_markup_costs_no_query_and_no_storage_call(built, django_assert_num_queries):
    photo = built(size=(2400, 1600))
    lead = CaptionFactory(photo=photo, position=0, order=0, text="", credit="")
    later = CaptionFactory(
        article=lead.article, photo=photo, position=2, order=1, text="Đại biểu bỏ phiếu"
    )
    captions = list(Caption.objects.select_related("photo").filter(article=lead.article))
    storage = type(photo.image.storage._wrapped)
    calls = []
    original_exists = storage.exists
    storage.exists = lambda self, name: calls.append(name) or original_exists(self, name)
    try:
        with django_assert_num_queries(0):
            first, second = (story_markup.figure(figure_of(c)) for c in captions)
    finally:
        storage.exists = original_exists
    assert calls == []

    img = re.search(r"<img [^>]+>", first).group(0)
    assert f'src="{photo.rendition_jpeg_800.url}"' in img
    assert f'srcset="{photo.srcset_jpeg}"' in img
    assert 'sizes="(min-width: 50rem) 46rem, 100vw"' in img
    assert 'width="2400" height="1600"' in img
    assert 'alt="Các đại biểu Quốc hội giơ tay biểu quyết"' in img
    assert 'loading="eager"' in img
    assert f'<source type="image/webp" srcset="{photo.srcset_webp}"' in first
    assert photo.rendition_webp_1600.url + " 1600w" in first
    assert "<figcaption>Quốc hội biểu quyết" in first  # the photo's caption when none is set
    assert "(Ảnh: Doãn Tấn/TTXVN)" in first
    assert 'loading="lazy"' in second
    assert "<figcaption>Đại biểu bỏ phiếu" in second
    assert later.pk


def test_alt_falls_back_to_the_caption_in_the_article():
    caption = CaptionFactory(photo__alt_text="x", text="Thủ tướng phát biểu")
    Photo.objects.filter(pk=caption.photo_id).update(alt_text="")
    caption = Caption.objects.select_related("photo").get(pk=caption.pk)
    html = story_markup.figure(figure_of(caption))
    assert 'alt="Thủ tướng phát biểu"' in html


def article_with_photos(built, count, seed):
    article = ArticleFactory(
        body="".join(f"<p>Đoạn {k + 1} của bài tường thuật phiên họp.</p>" for k in range(4))
    )
    for k in range(count):
        CaptionFactory(
            article=article,
            photo=built(size=(1800, 1200), seed=seed + k),
            position=k,
            order=k,
            text=f"Ảnh {k + 1}: đại biểu thảo luận tại tổ",
            credit="Anh Sơn" if k % 2 else "",
        )
    return article


def test_article_page_shows_figures_with_srcset_at_a_fixed_query_count(client, built):
    one = article_with_photos(built, 1, seed=10)
    three = article_with_photos(built, 3, seed=20)
    counts = []
    pages = []
    client.get("/tim-kiem/")  # the header menu, shared by every page, is read once and kept
    for article in (one, three):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(article.get_absolute_url())
        assert response.status_code == 200
        counts.append(len(queries))
        pages.append(response.content.decode())
    assert counts[0] == counts[1]

    page = pages[1]
    figures = re.findall(r'<figure class="photo">.*?</figure>', page, re.S)
    assert len(figures) == 3
    for number, (figure, caption) in enumerate(
        zip(figures, three.captions.order_by("order"), strict=True), start=1
    ):
        photo = caption.photo
        assert f'srcset="{photo.srcset_jpeg}"' in figure
        assert f'srcset="{photo.srcset_webp}"' in figure
        assert re.search(r'srcset="[^"]+480w, [^"]+800w, [^"]+1200w, [^"]+1600w"', figure)
        assert f"Ảnh {number}: đại biểu thảo luận tại tổ" in figure
        expected_credit = "Anh Sơn" if number == 2 else "Doãn Tấn/TTXVN"
        assert f'<span class="credit">(Ảnh: {expected_credit})</span>' in figure
    assert page.index("Ảnh 1:") < page.index("Đoạn 1 của") < page.index("Ảnh 2:")


def test_a_reader_never_builds_a_rendition(client):
    caption = CaptionFactory()  # inside the test transaction: on_commit has not run
    photo = caption.photo
    assert not photo.image.storage.exists(photo.rendition_jpeg_800.name)
    response = client.get(caption.article.get_absolute_url())
    assert photo.rendition_jpeg_800.url in response.content.decode()
    assert not photo.image.storage.exists(photo.rendition_jpeg_800.name)


def test_a_failed_build_is_logged_and_the_upload_stands(
    monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def broken(self, file, force=False):
        raise OSError("ổ đĩa đầy")

    monkeypatch.setattr("imagekit.cachefiles.backends.Simple.generate", broken)
    with django_capture_on_commit_callbacks(execute=True):
        photo = Photo.objects.create(
            image=upload(encode(picture((900, 600)), "JPEG"), "a.jpg"), alt_text="x"
        )
    assert Photo.objects.filter(pk=photo.pk).exists()
    assert "Không tạo được bản thu nhỏ" in caplog.text


def test_regenerate_renditions_command(built, capsys):
    photo = built(size=(1700, 1100))
    storage = photo.image.storage
    storage.delete(photo.rendition_webp_800.name)
    storage.delete(photo.rendition_jpeg_480.name)

    call_command("regenerate_renditions", "--missing-only")
    assert "1 ảnh, 2 bản thu nhỏ đã tạo, 0 lỗi." in capsys.readouterr().out
    assert opened(photo.rendition_webp_800).size == (800, 518)

    call_command("regenerate_renditions", str(photo.pk))
    assert "1 ảnh, 8 bản thu nhỏ đã tạo, 0 lỗi." in capsys.readouterr().out
    names = [f.name for f in renditions.rendition_files(photo)]
    folder = names[0].rsplit("/", 1)[0]
    assert sorted(storage.listdir(folder)[1]) == sorted(n.rsplit("/", 1)[1] for n in names)


def test_regenerate_reports_a_missing_original(built, capsys):
    photo = built(size=(900, 600))
    photo.image.storage.delete(photo.image.name)
    with pytest.raises(CommandError, match="1 ảnh không tạo được"):
        call_command("regenerate_renditions")
    assert f"ảnh #{photo.pk}" in capsys.readouterr().err


def test_rendition_names_are_stored_on_the_photo_and_pages_never_ask_imagekit(
    built, client, monkeypatch
):
    photo = built(size=(1000, 750))
    stored = Photo.objects.get(pk=photo.pk).renditions
    assert stored["source"] == photo.image.name
    assert stored["jpeg"] == [
        [photo.rendition_jpeg_480.name, 480],
        [photo.rendition_jpeg_800.name, 800],
        [photo.rendition_jpeg_1200.name, 1000],
    ]
    assert stored["default"] == photo.rendition_jpeg_800.name
    expected = (photo.srcset_jpeg, photo.srcset_webp, photo.src)
    caption = CaptionFactory(photo=photo)

    def refuse(*args, **kwargs):
        raise AssertionError("imagekit asked for a rendition name while rendering a page")

    monkeypatch.setattr("imagekit.cachefiles.ImageCacheFile.__init__", refuse)
    fresh = Photo.objects.get(pk=photo.pk)
    assert (fresh.srcset_jpeg, fresh.srcset_webp, fresh.src) == expected
    html = client.get(caption.article.get_absolute_url()).content.decode()
    assert f'srcset="{expected[0]}"' in html


def test_stored_names_of_another_file_are_not_used(built):
    photo = built(size=(900, 600))
    other = built(size=(900, 600), seed=2)
    Photo.objects.filter(pk=photo.pk).update(renditions=other.renditions)
    stale = Photo.objects.get(pk=photo.pk)
    assert stale.srcset_jpeg == photo.srcset_jpeg
    assert other.image.name.rsplit(".", 1)[0] not in stale.srcset_jpeg


def test_regenerate_stores_the_names_again(built):
    photo = built(size=(900, 600))
    Photo.objects.filter(pk=photo.pk).update(renditions={})
    call_command("regenerate_renditions", str(photo.pk))
    assert Photo.objects.get(pk=photo.pk).renditions == renditions.describe(photo)


def test_imagekit_listens_only_to_models_with_image_sources(built):
    """media.apps.limit_imagekit_receivers: no imagekit call for an article or any other row;
    a photo is still followed (source hashes on load, renditions built when saved)."""
    from django.db.models.signals import post_init, post_save
    from imagekit.specs.sourcegroups import signal_router

    from articles.models import Article

    def imagekit_listens(signal, model):
        return any(
            getattr(receiver, "__self__", None) is signal_router
            for receiver in signal._live_receivers(model)[0]
        )

    for signal in (post_init, post_save):
        assert imagekit_listens(signal, Photo)
        assert not imagekit_listens(signal, Article)
        assert not imagekit_listens(signal, Caption)
    assert not hasattr(ArticleFactory.build(), "_ik")
    photo = built(size=(1200, 800))
    loaded = Photo.objects.get(pk=photo.pk)
    assert set(loaded._ik["source_hashes"]) == {"image"}
    assert loaded.rendition_webp_480.storage.exists(loaded.rendition_webp_480.name)
