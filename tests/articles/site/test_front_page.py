import datetime

import pytest
from django.utils import timezone

from articles.models import Article, Section
from articles.site import front_page as front_page_module
from articles.site.front_page import front_page
from articles.site.teasers import build_missing
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def _stories(section, count, *, start_hours=0, step_hours=1):
    now = timezone.now()
    return [
        ArticleFactory(
            title=f"{section.name}: tin số {n + 1}",
            section=section,
            published_at=now - datetime.timedelta(hours=start_hours + n * step_hours),
        )
        for n in range(count)
    ]


def test_lead_is_the_newest_featured_story_and_top_stories_prefer_featured():
    politics = Section.objects.create(name="Chính trị")
    newest, second, third, fourth, fifth, sixth = _stories(politics, 6)
    for story in (third, fifth):
        Article.objects.filter(pk=story.pk).update(is_featured=True)
    page = front_page(sections=[politics], top_count=3, per_section=4)
    assert page.lead.pk == third.pk
    assert [story.pk for story in page.top] == [fifth.pk, newest.pk, second.pk]
    assert [story.pk for story in page.sections[0].stories] == [fourth.pk, sixth.pk]


def test_without_featured_stories_the_newest_leads():
    section = Section.objects.create(name="Thời sự")
    stories = _stories(section, 3)
    page = front_page(sections=[section], top_count=1)
    assert page.lead.pk == stories[0].pk
    assert [story.pk for story in page.top] == [stories[1].pk]
    assert [story.pk for story in page.sections[0].stories] == [stories[2].pk]


def test_sections_without_stories_are_left_out_and_order_follows_the_menu():
    economy = Section.objects.create(name="Kinh tế", order=2)
    politics = Section.objects.create(name="Chính trị", order=1)
    empty = Section.objects.create(name="Quốc phòng", order=3)
    _stories(economy, 3)
    _stories(politics, 3, start_hours=10)
    page = front_page(sections=[politics, economy, empty], top_count=0, per_section=2)
    assert [block.section for block in page.sections] == [politics, economy]
    assert all(len(block.stories) == 2 for block in page.sections)


def test_a_quiet_section_still_shows_its_latest_beyond_the_recent_window(
    monkeypatch, django_assert_max_num_queries
):
    """Only the newest RECENT_WINDOW stories are ranked in the first query; a section with no
    story among them gets a second, bounded query instead of disappearing from the home page."""
    monkeypatch.setattr(front_page_module, "RECENT_WINDOW", 5)
    busy = Section.objects.create(name="Thời sự", order=1)
    quiet = Section.objects.create(name="Biển đảo", order=2)
    _stories(busy, 8)
    old = _stories(quiet, 3, start_hours=24 * 30)
    build_missing(Article.objects.all())
    with django_assert_max_num_queries(3):
        page = front_page(sections=[busy, quiet], top_count=0, per_section=2)
    blocks = {block.section.name: [story.pk for story in block.stories] for block in page.sections}
    assert blocks["Biển đảo"] == [story.pk for story in old[:2]]
    assert len(blocks["Thời sự"]) == 2


@pytest.mark.parametrize(("window", "queries"), [(12, 2), (11, 3)])
def test_a_short_section_looks_further_back_only_when_the_window_was_full(
    monkeypatch, django_assert_num_queries, window, queries
):
    """The window query says how many stories the window held (the shown ones included): with
    fewer than ``RECENT_WINDOW`` it held every published story, and a short section has no
    older story to look for; a full window (11 stories here) may have left some out."""
    monkeypatch.setattr(front_page_module, "RECENT_WINDOW", window)
    busy = Section.objects.create(name="Thời sự", order=1)
    quiet = Section.objects.create(name="Biển đảo", order=2)
    _stories(busy, 10)
    lone = _stories(quiet, 1, start_hours=24 * 30)
    build_missing(Article.objects.all())
    with django_assert_num_queries(queries):
        page = front_page(sections=[busy, quiet], top_count=2, per_section=3)
    blocks = {block.section.name: [story.pk for story in block.stories] for block in page.sections}
    assert blocks == {"Thời sự": blocks["Thời sự"], "Biển đảo": [lone[0].pk]}
    assert len(blocks["Thời sự"]) == 3


def test_nothing_published_gives_an_empty_front_page():
    section = Section.objects.create(name="Thời sự")
    ArticleFactory(section=section, status=Article.Status.DRAFT)
    page = front_page(sections=[section])
    assert page.lead is None and page.top == [] and page.sections == []


def test_the_home_pages_queries_are_compiled_once(monkeypatch):
    """The newest stories and the window query are compiled by the ORM once per process
    (``newsroom.statements``), whatever stories the next request shows above the sections."""
    from django.db.models.sql.compiler import SQLCompiler

    politics = Section.objects.create(name="Chính trị", order=1)
    economy = Section.objects.create(name="Kinh tế", order=2)
    _stories(politics, 8)
    _stories(economy, 8, start_hours=1)
    build_missing(Article.objects.all())
    first = front_page(sections=[politics, economy])
    compiled = []
    as_sql = SQLCompiler.as_sql
    monkeypatch.setattr(
        SQLCompiler, "as_sql", lambda self, *a, **k: compiled.append(1) or as_sql(self, *a, **k)
    )
    Article.objects.filter(pk=first.lead.pk).update(is_featured=True)  # the same shape
    again = front_page(sections=[politics, economy])
    assert compiled == []
    assert [story.pk for story in again.stories()] == [story.pk for story in first.stories()]
    assert [len(block.stories) for block in again.sections] == [4, 4]
