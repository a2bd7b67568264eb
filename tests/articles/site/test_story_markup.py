"""The story page's own part built from plain values (articles.site.article_page and
story_markup): the same figures as from the models, no model instance per render, one statement
per list, one write, and the preview made by the same code as readers' pages."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.db.models import Model
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.desk.views import preview_context
from articles.models import Article, ArticleRendering
from articles.site import article_page, renderings, story_markup
from media.models import Caption, Photo
from tests.factories import ArticleFactory, CorrectionFactory, PersonFactory, PositionFactory
from tests.public_data import add_captions

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(django_capture_on_commit_callbacks):
    """A published story with two photos, an official with a title, tags, a public correction
    and a related story, everything kept (rankings, teasers) as after its save committed."""
    official = PersonFactory(full_name="Lê Minh Hưng")
    PositionFactory(
        person=official, title="Trưởng Ban Tổ chức Trung ương", start_date=datetime.date(2024, 5, 1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticleFactory(
            title="Hội nghị cán bộ toàn quốc quán triệt nghị quyết",
            byline="Thu Hằng",
            body="<p>Sáng nay, hội nghị khai mạc tại Hà Nội.</p><p>Các đại biểu thảo luận.</p>",
        )
        article.tags.add("Công tác cán bộ", "Hà Nội")
        article.officials.add(official)
        other = ArticleFactory(title="Các tỉnh chuẩn bị nhân sự đại hội")
        other.tags.add("Công tác cán bộ")
        add_captions(other, 1)
    add_captions(article, 2)
    CorrectionFactory(article=article, text="Bài đã sửa giờ khai mạc.\nXin lỗi bạn đọc.")
    return Article.objects.get(pk=article.pk)


def test_a_figure_from_the_rows_is_the_figure_from_the_models(story):
    caption = Caption.objects.filter(article=story).order_by("order").first()
    Caption.objects.filter(pk=caption.pk).update(text="", credit="")  # the photo's own apply
    Photo.objects.filter(pk=caption.photo_id).update(alt_text="", caption="Toàn cảnh hội nghị")
    storage = Photo._meta.get_field("image").storage
    for renditions_stored in (True, False):
        if not renditions_stored:  # computed as the model computes them
            Photo.objects.filter(pk=caption.photo_id).update(renditions={})
        row = article_page.CAPTIONS.rows(story.pk, timezone.now(), limit=10)[0]
        from_rows, address = article_page._figure(row, storage)
        loaded = Caption.objects.select_related("photo").get(pk=caption.pk)
        assert from_rows == article_page.figure_of(loaded)
        assert address == loaded.photo.image.url
        assert from_rows.text == from_rows.alt == "Toàn cảnh hội nghị"
        assert story_markup.figure(from_rows).count("<figcaption>") == 1


def test_a_render_makes_no_model_instance_and_writes_once(story, monkeypatch):
    made = []
    from_db = Model.from_db.__func__
    monkeypatch.setattr(
        Model, "from_db", classmethod(lambda cls, *a: made.append(cls) or from_db(cls, *a))
    )
    renderings.mark_stale([story.pk])
    with CaptureQueriesContext(connection) as queries:
        page = renderings.render(story.pk)
    assert page.is_current and made == []
    # The story, its tags, officials, photos, related stories, public corrections; the write.
    assert len(queries) == 7
    assert [q["sql"].split()[0] for q in queries].count("UPDATE") == 1
    assert queries[-1]["sql"].startswith("UPDATE")
    assert "Lê Minh Hưng" in page.content and "Trưởng Ban Tổ chức Trung ương" in page.content
    assert "Bài đã sửa giờ khai mạc.<br>Xin lỗi bạn đọc." in page.content
    assert "Các tỉnh chuẩn bị nhân sự đại hội" in page.content
    assert page.content.count('<figure class="photo">') == 2


def test_the_preview_shows_the_story_part_readers_get(story, client, django_assert_num_queries):
    cache.clear()
    assert client.get(story.get_absolute_url()).status_code == 200
    kept = ArticleRendering.objects.get(pk=story.pk)
    story.related.add(Article.objects.get(title="Các tỉnh chuẩn bị nhân sự đại hội"))
    loaded = (
        Article.objects.select_related("section")
        .with_corrections()
        .prefetch_related(
            "captions__photo", "tags", "resolutions", "related__section", "related__captions__photo"
        )
        .get(pk=story.pk)
    )
    with django_assert_num_queries(1):  # the officials with their titles
        context = preview_context(loaded)
    assert context["rendering"]["content"] == kept.content
    assert context["rendering"]["head"] == kept.head


def test_every_value_from_the_database_is_escaped_in_the_story_markup(
    client, django_capture_on_commit_callbacks
):
    """The story's markup is string formatting, not the template engine's autoescape: markup
    typed into any plain field (title, sapo, byline, source, tag, official's name and post,
    resolution, caption, credit, photo text, correction) reaches readers as text."""
    from tests.factories import CaptionFactory, PhotoFactory, ResolutionFactory

    hostile = '<script>alert("x")</script>'
    official = PersonFactory(full_name=f"Nguyễn Văn A {hostile}")
    PositionFactory(
        person=official, title=f"Bí thư {hostile}", start_date=datetime.date(2024, 1, 1)
    )
    resolution = ResolutionFactory(number="57-NQ/TW", title=f"Về đột phá {hostile}")
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticleFactory(
            title=f"Tiêu đề {hostile}",
            sapo=f"Sapo {hostile}",
            byline=f"Thu Hằng {hostile}",
            source=f"TTXVN {hostile}",
        )
        article.tags.add(f"Thẻ {hostile}")
        article.officials.add(official)
        article.resolutions.add(resolution)
        photo = PhotoFactory(alt_text=f"Ảnh {hostile}", caption=f"Chú thích ảnh {hostile}")
        CaptionFactory(article=article, photo=photo, text=f"Chú thích {hostile}", credit=hostile)
    CorrectionFactory(article=article, text=f"Đính chính {hostile}")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert" not in html
    shown = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
    for field in ("Tiêu đề", "Sapo", "Thu Hằng", "TTXVN", "Thẻ", "Nguyễn Văn A", "Bí thư",
                  "Về đột phá", "Chú thích", "(Ảnh:", "Đính chính"):  # fmt: skip
        assert f"{field} {shown}" in html, field
