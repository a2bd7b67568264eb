"""articles.stale: each row of its table "change -> what becomes stale" has a test.

Rows tested elsewhere, through what readers and editors touch (tests/articles/site/):

- story saved, published before or after: pages in test_page_cache.py
  (test_publishing_a_story_shows_it_at_once, test_changes_to_a_published_story_empty_the_cache
  [edit, unpublish], test_scheduled_story_appears_when_its_time_comes_without_any_write);
  renderings in test_renderings.py (test_the_story_edited_shows_its_new_text,
  test_a_related_story_unpublished_or_retitled_changes_the_pages_that_list_it); related in
  test_related.py (test_a_newly_published_story_joins_the_rows_of_the_stories_it_relates_to);
  search in test_search.py (test_index_follows_edits_to_a_story_and_its_mentions,
  test_saving_other_fields_only_does_not_rebuild_the_document);
- story saved, unpublished before and after: test_work_on_a_draft_keeps_the_cached_pages,
  test_drafts_get_no_rendering_and_their_edits_write_none, and drafts not ranked in
  test_a_newly_published_story_joins_the_rows_of_the_stories_it_relates_to;
- officials, resolutions, from either side: test_mentioning_an_official_changes_the_profile_at_once,
  test_an_official_title_changed_after_the_story_shows_on_its_page (cleared from the
  official's side), test_a_resolution_made_a_draft_again_leaves_the_page,
  test_changing_links_ranks_again, test_index_follows_edits_to_a_story_and_its_mentions;
- tags: test_changes_to_a_published_story_empty_the_cache[tag], test_changing_links_ranks_again;
- caption, correction, photo, tag, official, position, resolution:
  test_a_caption_a_photo_credit_a_tag_and_a_correction_show_when_changed,
  test_an_official_title_changed_after_the_story_shows_on_its_page,
  test_a_new_title_for_an_official_shows_on_the_stories_that_mention_them,
  test_resolution_change_shows_at_once,
  test_index_follows_a_renamed_official_and_a_renumbered_resolution;
- anything else readers see, bookkeeping: test_a_section_renamed_shows_on_every_kept_page,
  test_newsroom_bookkeeping_does_not_empty_the_cache.

Here: the rows without a test of their own before (deletion, picks and tags on a kept page,
ranking every story), the correction flag of ``Article.save``, and how receivers are connected.
"""

import pytest
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.test import Client

from articles import stale
from articles.models import (
    Article,
    ArticleRendering,
    CorrectionRequired,
    RelatedStory,
    Transition,
)
from articles.site import renderings
from articles.wire.models import PersonSuggestion
from newsroom import cache as page_cache
from tests.factories import ArticleFactory, CaptionFactory, CorrectionFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_page_cache():
    cache.clear()


def page(story) -> str:
    cache.clear()
    response = Client().get(story.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def is_kept(story) -> bool:
    row = ArticleRendering.objects.filter(pk=story.pk).first()
    return bool(row and row.content and row.version == renderings.version())


@pytest.fixture
def linked(django_capture_on_commit_callbacks):
    """A story, and one that lists it as related (ranked, sharing a tag)."""
    with django_capture_on_commit_callbacks(execute=True):
        story = ArticleFactory(title="Tỉnh uỷ tổng kết công tác cán bộ")
        story.tags.add("Công tác cán bộ")
        lister = ArticleFactory(title="Hội nghị cán bộ chủ chốt")
        lister.tags.add("Công tác cán bộ")
    assert RelatedStory.objects.filter(article=lister, story=story).exists()
    return story, lister


@pytest.mark.parametrize("how", ["instance", "queryset"])
def test_a_published_story_deleted_leaves_the_pages_that_listed_it(linked, how):
    story, lister = linked
    assert "Tỉnh ủy tổng kết công tác cán bộ" in page(lister)
    assert is_kept(lister)
    generation = page_cache.current_generation()
    if how == "instance":
        story.delete()
    else:
        Article.objects.filter(pk=story.pk).delete()
    assert not is_kept(lister)
    assert page_cache.current_generation() != generation
    assert "Tỉnh uỷ tổng kết công tác cán bộ" not in page(lister)


@pytest.mark.parametrize("how", ["instance", "queryset"])
def test_deleting_a_published_story_with_its_parts_commits_without_error(
    linked, how, django_capture_on_commit_callbacks
):
    """Its captions, correction and tags go with it, and their signals name the story: what
    runs once the transaction commits must not write for a story that is gone."""
    story, lister = linked
    CaptionFactory(article=story)
    CorrectionFactory(article=story)
    lister.related.add(story)
    page(lister)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        if how == "instance":
            story.delete()
        else:
            Article.objects.filter(pk=story.pk).delete()
    assert callbacks  # the commit-time work ran, and raised nothing
    assert not Article.objects.filter(pk=story.pk).exists()
    assert not ArticleRendering.objects.filter(article_id=story.pk).exists()
    assert not is_kept(lister)
    assert "Tỉnh uỷ tổng kết công tác cán bộ" not in page(lister)


def test_a_draft_deleted_empties_nothing(linked):
    _, lister = linked
    page(lister)
    draft = ArticleFactory(status=Article.Status.DRAFT, published_at=None)
    generation = page_cache.current_generation()
    draft.delete()
    assert page_cache.current_generation() == generation
    assert is_kept(lister)


def test_picks_changed_from_either_side_show_on_the_kept_page(linked):
    story, _ = linked
    picked = ArticleFactory(title="Kết quả cải cách hành chính năm nay")
    page(story)
    story.related.add(picked)
    assert "Kết quả cải cách hành chính năm nay" in page(story)
    story.related.remove(picked)
    assert "Kết quả cải cách hành chính năm nay" not in page(story)
    picked.related_from.add(story)  # from the picked story's side
    assert "Kết quả cải cách hành chính năm nay" in page(story)
    picked.related_from.clear()
    assert "Kết quả cải cách hành chính năm nay" not in page(story)


def test_tags_changed_show_on_the_kept_page(linked):
    story, _ = linked
    page(story)
    story.tags.add("Nhân sự Đại hội")
    assert "Nhân sự Đại hội" in page(story)
    story.tags.remove("Nhân sự Đại hội")
    assert "Nhân sự Đại hội" not in page(story)


def test_ranking_every_story_empties_the_pages_whose_ranking_changed(linked):
    story, lister = linked
    other = ArticleFactory(title="Tin không liên quan")
    # A ranking that went wrong without any signal (bulk SQL): the command puts it right.
    RelatedStory.objects.filter(article=lister).update(story=other)
    renderings.mark_stale([lister.pk])  # its page rendered again from the wrong rows
    assert "Tỉnh uỷ tổng kết công tác cán bộ" not in page(lister)
    page(story)
    generation = page_cache.current_generation()
    assert stale.rank_every_story() == 2
    assert is_kept(story)  # its ranking is as it was
    assert not is_kept(lister)
    assert page_cache.current_generation() != generation
    assert "Tỉnh ủy tổng kết công tác cán bộ" in page(lister)


def test_a_text_change_readers_saw_needs_the_recorded_flag(linked):
    story, _ = linked
    story.title = "Tỉnh uỷ sơ kết công tác cán bộ"
    with pytest.raises(CorrectionRequired):
        story.save()
    story.save(text_change_recorded=True)  # what workflow.article_edit does after recording it
    assert Article.objects.get(pk=story.pk).title == "Tỉnh ủy sơ kết công tác cán bộ"
    story.sapo = "Sapo mới"
    with pytest.raises(CorrectionRequired):
        story.save()  # the flag holds for one save only


def test_receivers_are_connected_per_sender_and_never_for_bookkeeping():
    # A receiver for every model would listen to these too.
    for signal in (post_save, post_delete, pre_delete):
        assert not signal.has_listeners(Transition)
        assert not signal.has_listeners(RelatedStory)  # written by articles.site.related only
        assert not signal.has_listeners(type(UserFactory.build()))
    assert not m2m_changed.has_listeners(PersonSuggestion.articles.through)
    assert m2m_changed.has_listeners(Article.officials.through)
