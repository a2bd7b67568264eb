"""Kept article renderings (articles.site.renderings): read in one query, never stale or private.

Each test renders a story's page once (kept), changes one row the page shows the way editors do
(model saves, relation changes), and reads the page again with the page cache emptied, so what
comes back is the kept rendering or a new one, never the page cache.
"""

import datetime
import functools

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.desk import workflow
from articles.models import Article, ArticleRendering, ArticleTeaser, Section
from articles.site import renderings
from tests.factories import (
    ArticleFactory,
    CaptionFactory,
    CorrectionFactory,
    PersonFactory,
    PositionFactory,
    ResolutionFactory,
)

pytestmark = pytest.mark.django_db


def page(client, story) -> str:
    cache.clear()
    response = client.get(story.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def is_kept(story) -> bool:
    row = ArticleRendering.objects.filter(pk=story.pk).first()
    return bool(row and row.content and row.version == renderings.version())


@pytest.fixture
def story(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticleFactory(title="Hội nghị Thành uỷ bàn về chuyển đổi số")
        article.tags.add("Chuyển đổi số")
    return article


def test_a_page_is_kept_after_its_first_reader_and_read_in_one_query(
    client, story, django_assert_num_queries
):
    first = page(client, story)
    assert is_kept(story)
    cache.clear()
    with django_assert_num_queries(2):  # the story with its rendering; the header menu
        again = client.get(story.get_absolute_url()).content.decode()
    assert again == first


def test_an_official_title_changed_after_the_story_shows_on_its_page(client, story):
    official = PersonFactory(full_name="Nguyễn Văn Quang")
    position = PositionFactory(
        person=official, title="Phó Bí thư Tỉnh uỷ", start_date=datetime.date(2020, 1, 1)
    )
    story.officials.add(official)
    assert "Phó Bí thư Tỉnh ủy" in page(client, story)
    position.title = "Phó Bí thư Thường trực Tỉnh uỷ"
    position.save()
    assert "Phó Bí thư Thường trực Tỉnh ủy" in page(client, story)
    official.full_name = "Nguyễn Văn Quảng"
    official.save()
    assert "Nguyễn Văn Quảng" in page(client, story)
    official.articles.clear()  # from the official's side
    assert "Nguyễn Văn Quảng" not in page(client, story)


def test_a_caption_a_photo_credit_a_tag_and_a_correction_show_when_changed(client, story):
    caption = CaptionFactory(article=story, text="Quang cảnh phiên khai mạc", credit="")
    assert "Quang cảnh phiên khai mạc" in page(client, story)
    caption.text = "Toàn cảnh phiên bế mạc"
    caption.save()
    html = page(client, story)
    assert "Toàn cảnh phiên bế mạc" in html and "Quang cảnh phiên khai mạc" not in html
    photo = caption.photo
    photo.credit = "Hoàng Hiếu"
    photo.save()
    assert "Hoàng Hiếu" in page(client, story)
    tag = story.tags.get()
    tag.name = "Chuyển đổi số quốc gia"
    tag.save()
    assert "Chuyển đổi số quốc gia" in page(client, story)
    CorrectionFactory(article=story, text="Đã sửa tên điểm cầu.", public=True)
    assert "Đã sửa tên điểm cầu." in page(client, story)


def test_a_resolution_made_a_draft_again_leaves_the_page(client, story):
    resolution = ResolutionFactory(number="88-NQ/TU", title="Về phát triển kinh tế số")
    story.resolutions.add(resolution)
    assert "88-NQ/TU" in page(client, story)
    resolution.status = "draft"
    resolution.save()
    assert "88-NQ/TU" not in page(client, story)


def test_a_related_story_unpublished_or_retitled_changes_the_pages_that_list_it(
    client, story, publisher, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ranked = ArticleFactory(title="Tỉnh đẩy mạnh chuyển đổi số cấp xã")
        ranked.tags.add("Chuyển đổi số")
        picked = ArticleFactory(title="Kết quả cải cách hành chính năm nay")
        story.related.add(picked)
    html = page(client, story)
    assert "Tỉnh đẩy mạnh chuyển đổi số cấp xã" in html
    assert "Kết quả cải cách hành chính năm nay" in html
    with django_capture_on_commit_callbacks(execute=True):
        ranked.title = "Các xã hoàn thành chuyển đổi số"
        workflow.article_edit(article=ranked, by=publisher, minor_edit=True)
    assert "Các xã hoàn thành chuyển đổi số" in page(client, story)
    with django_capture_on_commit_callbacks(execute=True):
        picked.status = Article.Status.UNPUBLISHED
        picked.save()
        ranked.status = Article.Status.UNPUBLISHED
        ranked.save()
    html = page(client, story)
    assert "Kết quả cải cách hành chính năm nay" not in html
    assert "Các xã hoàn thành chuyển đổi số" not in html


def test_a_section_renamed_shows_on_every_kept_page(client, story):
    page(client, story)
    section = Section.objects.get(pk=story.section_id)
    section.name = "Chính trị"
    section.save()
    assert not is_kept(story)
    assert 'class="kicker"><a href="/chuyen-muc/thoi-su/">Chính trị</a>' in page(client, story)


def test_the_story_edited_shows_its_new_text(client, story, publisher):
    page(client, story)
    story.sapo = "Sáng nay, Thành uỷ tổ chức hội nghị chuyên đề về chuyển đổi số."
    workflow.article_edit(article=story, by=publisher, correction="Đã bổ sung thời gian.")
    html = page(client, story)
    assert "Sáng nay, Thành ủy tổ chức hội nghị chuyên đề" in html
    assert "Đã bổ sung thời gian." in html


@pytest.mark.parametrize(
    "change",
    [
        {"status": Article.Status.UNPUBLISHED},
        {"published_at": timezone.now() + datetime.timedelta(days=1)},
        {"embargo_until": timezone.now() + datetime.timedelta(days=1)},
    ],
    ids=["unpublished", "scheduled", "embargoed"],
)
def test_a_kept_rendering_is_never_shown_for_a_story_readers_may_not_see(client, story, change):
    page(client, story)
    kept = ArticleRendering.objects.get(pk=story.pk)
    Article.objects.filter(pk=story.pk).update(**change)  # no signal: the rendering stays
    assert ArticleRendering.objects.get(pk=story.pk).content == kept.content
    cache.clear()
    assert client.get(story.get_absolute_url()).status_code == 404


def test_a_rendering_begun_before_the_story_changed_is_not_kept(story):
    started = timezone.now()
    renderings.mark_stale([story.pk])  # an edit committed while the page was being built
    renderings.store(story.pk, head="<old>", content="<old>", modified=started, started=started)
    assert ArticleRendering.objects.get(pk=story.pk).content == ""
    later = timezone.now()
    renderings.store(story.pk, head="<new>", content="<new>", modified=later, started=later)
    assert ArticleRendering.objects.get(pk=story.pk).content == "<new>"


def test_new_code_or_templates_make_every_rendering_stale(client, story, monkeypatch):
    first = page(client, story)
    assert is_kept(story)
    monkeypatch.setattr(renderings, "version", functools.cache(lambda: "a-new-deploy"))
    assert renderings.read(story.slug).content is None
    assert page(client, story) == first  # rendered again
    assert ArticleRendering.objects.get(pk=story.pk).version == "a-new-deploy"


def test_drafts_get_no_rendering_and_their_edits_write_none(client):
    draft = ArticleFactory(status=Article.Status.DRAFT, published_at=None)
    draft.title = "Bản nháp sửa lại"
    draft.save()
    assert not ArticleRendering.objects.filter(pk=draft.pk).exists()
    assert renderings.render(draft.pk) is None
    assert client.get(f"/bai-viet/{draft.slug}/").status_code == 404


def test_render_article_pages_renders_the_published_stories_without_a_current_one(capsys):
    stories = ArticleFactory.create_batch(3)
    draft = ArticleFactory(status=Article.Status.DRAFT, published_at=None)
    renderings.mark_stale([stories[0].pk])
    call_command("render_article_pages")
    assert "3 bài" in capsys.readouterr().out
    assert all(is_kept(story) for story in stories)
    assert not is_kept(draft)
    teasers_kept = ArticleTeaser.objects.values_list("article", flat=True)
    assert set(teasers_kept) == {story.pk for story in stories}  # for the lists, drafts aside
    call_command("render_article_pages")
    out = capsys.readouterr().out
    assert "trang của 0 bài" in out and "tóm tắt của 0 bài" in out


def test_render_article_pages_all_renders_again_what_changed_without_signals(client, capsys):
    story = ArticleFactory(title="Tỉnh uỷ họp phiên thường kỳ")
    call_command("render_article_pages")
    Article.objects.filter(pk=story.pk).update(title="Tỉnh uỷ họp phiên bất thường")  # bulk SQL
    assert "phiên thường kỳ" in page(client, story)  # no signal: the kept page is stale
    call_command("render_article_pages", "--all")
    assert "1 bài" in capsys.readouterr().out.splitlines()[-1]
    assert "phiên bất thường" in page(client, story)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="server-prepared on PostgreSQL")
def test_the_page_statements_are_prepared_on_the_server_and_nothing_else(client, story):
    renderings.mark_stale([story.pk])
    page(client, story)  # read, rendered and kept
    with CaptureQueriesContext(connection) as queries:
        assert renderings.read(story.slug).is_current
        assert renderings.read(story.slug).is_current
    assert len(queries) == 2
    assert "articles_articlerendering" in queries[0]["sql"]  # logged as usual
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [statement for (statement,) in cursor.fetchall()]
    # The kept page's read; the story, its tags, officials, photos and related stories; the
    # rendering's write.
    assert len(prepared) == 7
    assert sum(statement.startswith("UPDATE") for statement in prepared) == 1
    tables = ("articlerendering", "article", "tag", "person", "caption", "relatedstory")
    assert all(any(f"_{table}" in statement for statement in prepared) for table in tables)


def test_a_story_saved_is_rendered_again_when_its_save_commits(
    client, django_capture_on_commit_callbacks, django_assert_num_queries
):
    """After a change, the story's first reader gets a kept page, not the render."""
    story = ArticleFactory(title="Tỉnh uỷ họp phiên thường kỳ")
    with django_capture_on_commit_callbacks(execute=True):
        story.is_featured = True
        story.save()
    assert is_kept(story)
    with django_assert_num_queries(2):  # the story with its rendering; the header menu
        assert client.get(story.get_absolute_url()).status_code == 200
