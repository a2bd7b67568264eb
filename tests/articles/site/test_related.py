"""Related stories: ranked and stored when stories are published or relinked, read in one query."""

import datetime

import pytest
from django.db import transaction
from django.utils import timezone

from articles import stale
from articles.models import Article, RelatedStory
from articles.site import related, renderings
from tests.factories import ArticleFactory, PersonFactory
from tests.public_data import related_titles

pytestmark = pytest.mark.django_db


def hours_ago(hours):
    return timezone.now() - datetime.timedelta(hours=hours)


def story(title, *, tags=(), officials=(), hours=1, **fields):
    article = ArticleFactory(title=title, published_at=hours_ago(hours), **fields)
    article.tags.add(*tags)
    article.officials.add(*officials)
    return article


def rendered(client, article):
    """The story's page rendered from the rows now (not the page kept when its save committed)."""
    renderings.mark_stale([article.pk])
    return client.get(article.get_absolute_url())


def stored(article) -> list[str]:
    rows = RelatedStory.objects.filter(article=article).select_related("story")
    return [row.story.title for row in sorted(rows, key=lambda r: (-r.shared, r.story.title))]


@pytest.fixture
def newsroom(django_capture_on_commit_callbacks):
    leader = PersonFactory(full_name="Trần Thanh Mẫn")
    with django_capture_on_commit_callbacks(execute=True):
        main = story("Quốc hội khai mạc kỳ họp", tags=["Quốc hội", "Kỳ họp"], officials=[leader])
        both = story("Kỳ họp thứ 8: thảo luận luật", tags=["Quốc hội", "Kỳ họp"], hours=30)
        person = story("Chủ tịch Quốc hội tiếp đoàn", officials=[leader], hours=5)
        tag = story("Quốc hội giám sát", tags=["Quốc hội"], hours=50)
        story("Tin không liên quan", tags=["Thời tiết"], hours=2)
        story("Bản nháp cùng thẻ", tags=["Quốc hội", "Kỳ họp"], status=Article.Status.DRAFT)
    return {"main": main, "both": both, "person": person, "tag": tag, "leader": leader}


def test_most_shared_links_first_then_newest(newsroom, client):
    main = newsroom["main"]
    response = rendered(client, main)
    assert related_titles(response) == [
        "Kỳ họp thứ 8: thảo luận luật",  # both tags
        "Chủ tịch Quốc hội tiếp đoàn",  # 1 shared, newer
        "Quốc hội giám sát",  # 1 shared, older
    ]


def test_a_newly_published_story_joins_the_rows_of_the_stories_it_relates_to(
    newsroom, django_capture_on_commit_callbacks
):
    tag_story = newsroom["tag"]
    assert "Quốc hội thông qua luật" not in stored(tag_story)
    with django_capture_on_commit_callbacks(execute=True):
        new = story("Quốc hội thông qua luật", tags=["Quốc hội"], status=Article.Status.DRAFT)
    assert not RelatedStory.objects.filter(article=new).exists()  # drafts are not ranked
    with django_capture_on_commit_callbacks(execute=True):
        new.status = Article.Status.PUBLISHED
        new.save()
    assert "Quốc hội thông qua luật" in stored(tag_story)
    assert stored(new)[0] in {"Quốc hội khai mạc kỳ họp", "Kỳ họp thứ 8: thảo luận luật"}


def test_changing_links_ranks_again(newsroom, django_capture_on_commit_callbacks):
    main = newsroom["main"]
    with django_capture_on_commit_callbacks(execute=True):
        main.tags.remove("Kỳ họp")
        main.officials.clear()
    assert stored(main) == ["Kỳ họp thứ 8: thảo luận luật", "Quốc hội giám sát"]


def test_an_unpublished_story_leaves_the_page_at_once(newsroom, client):
    main, both = newsroom["main"], newsroom["both"]
    Article.objects.filter(pk=both.pk).update(status=Article.Status.UNPUBLISHED)
    titles = related_titles(rendered(client, main))
    assert titles == ["Chủ tịch Quốc hội tiếp đoàn", "Quốc hội giám sát"]


def test_a_story_never_ranked_is_ranked_on_the_spot(newsroom, client):
    main = newsroom["main"]
    RelatedStory.objects.all().delete()
    response = rendered(client, main)
    assert related_titles(response) == [
        "Kỳ họp thứ 8: thảo luận luật",
        "Chủ tịch Quốc hội tiếp đoàn",
        "Quốc hội giám sát",
    ]
    assert not RelatedStory.objects.exists()  # a reader's request writes nothing


def test_the_command_ranks_every_story_as_publishing_does(newsroom):
    expected = {a.pk: stored(a) for a in Article.objects.all()}
    RelatedStory.objects.all().delete()
    assert stale.rank_every_story() == Article.objects.filter(status="published").count()
    assert {a.pk: stored(a) for a in Article.objects.all()} == expected
    for article in Article.objects.published():
        computed = [pk for pk, _ in related.ranked_for(article)]
        rows = RelatedStory.objects.filter(article=article)
        assert set(computed) == set(rows.values_list("story_id", flat=True))


def test_only_the_newest_candidates_are_counted(newsroom, monkeypatch):
    monkeypatch.setattr(related, "RELATED_CANDIDATES", 2)
    ids = {pk for pk, _ in related.ranked_for(newsroom["main"])}
    titles = set(Article.objects.filter(pk__in=ids).values_list("title", flat=True))
    assert "Quốc hội giám sát" not in titles  # the oldest story carrying the tag


def test_a_rolled_back_transaction_does_not_stop_later_ranking(
    newsroom, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                story("Bị huỷ", tags=["Quốc hội"])
                raise RuntimeError
        except RuntimeError:
            pass
        later = story("Quốc hội bế mạc kỳ họp", tags=["Quốc hội", "Kỳ họp"])
    assert stored(later)[:2] == ["Kỳ họp thứ 8: thảo luận luật", "Quốc hội khai mạc kỳ họp"]
    assert "Quốc hội bế mạc kỳ họp" in stored(newsroom["main"])
