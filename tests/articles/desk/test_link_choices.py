"""Fields that take ids (related stories) accept only stories the user may see: a reporter
posting the id of someone else's draft or of an embargoed story learns nothing from it."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.desk import workflow
from articles.models import Article
from tests.articles.desk.test_admin import change_url, draft_by, form_data
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

SECRET = "Bí mật: dự kiến nhân sự Ban Chấp hành Trung ương"


def related_search(client, term):
    response = client.get(
        reverse("admin:autocomplete"),
        {"term": term, "app_label": "articles", "model_name": "article", "field_name": "related"},
    )
    return {result["text"] for result in response.json()["results"]}


@pytest.fixture
def hidden_stories(editor, other_reporter):
    """Stories a reporter may not see: another reporter's draft, an editor's draft, a story
    published under an embargo still running, one scheduled for tomorrow."""
    now = timezone.now()
    return [
        draft_by(other_reporter, title=f"{SECRET} (nháp phóng viên)"),
        draft_by(editor, title=f"{SECRET} (nháp biên tập)"),
        ArticleFactory(
            title=f"{SECRET} (cấm đăng)", embargo_until=now + datetime.timedelta(days=1)
        ),
        ArticleFactory(title=f"{SECRET} (hẹn giờ)", published_at=now + datetime.timedelta(days=1)),
    ]


def test_reporter_posting_a_hidden_story_as_related_is_refused(client, reporter, hidden_stories):
    client.force_login(reporter)
    article = draft_by(reporter)
    for hidden in hidden_stories:
        response = client.post(change_url(article), form_data(article, related=[hidden.pk]))
        assert response.status_code == 200  # the form again, with an error, nothing saved
        errors = response.context["adminform"].form.errors
        assert "related" in errors, hidden.title
        assert SECRET not in response.text
        assert not article.related.exists()


def test_reporter_links_published_stories_and_their_own(client, reporter):
    client.force_login(reporter)
    article = draft_by(reporter)
    published = ArticleFactory(title="Quốc hội thông qua Luật Đất đai (sửa đổi)")
    own = draft_by(reporter, title="Bài nháp khác của chính mình")
    response = client.post(change_url(article), form_data(article, related=[published.pk, own.pk]))
    assert response.status_code == 302
    assert set(article.related.all()) == {published, own}


def test_autocomplete_does_not_reveal_hidden_stories(client, reporter, hidden_stories):
    ArticleFactory(title=f"{SECRET} đã đăng")
    client.force_login(reporter)
    assert related_search(client, "Bí mật") == {f"{SECRET} đã đăng"}


def test_links_an_editor_made_survive_a_reporters_save(client, reporter, editor, hidden_stories):
    """A link chosen by someone who could see the story is kept when the reporter saves
    (a refusal would block their every save; dropping it would lose the editor's choice)."""
    article = draft_by(reporter)
    article.related.add(hidden_stories[1])
    client.force_login(reporter)
    data = form_data(article, related=[hidden_stories[1].pk], sapo="Sapo sửa lại.")
    response = client.post(change_url(article), data)
    assert response.status_code == 302
    assert list(article.related.all()) == [hidden_stories[1]]


def test_editor_may_link_any_story(client, reporter, editor, hidden_stories):
    article = draft_by(reporter)
    workflow.article_submit(article=article, by=reporter)
    article.refresh_from_db()
    client.force_login(editor)
    response = client.post(change_url(article), form_data(article, related=[hidden_stories[0].pk]))
    assert response.status_code == 302
    assert list(Article.objects.get(pk=article.pk).related.all()) == [hidden_stories[0]]
