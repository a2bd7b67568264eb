"""FOUR_EYES: with it on, nobody approves, publishes or schedules a story they wrote; with it
off (the default, docs/decisions.md) an editor may, and the audit trail says who did."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from articles.desk import workflow
from articles.models import Article, Transition
from tests.articles.desk.test_admin import action_url, change_url, draft_by
from tests.factories import PUBLISHER, UserFactory

pytestmark = pytest.mark.django_db

S = Article.Status


@pytest.fixture
def second_publisher():
    return UserFactory(username="tbt.son", first_name="Sơn", last_name="Vũ", role=PUBLISHER)


def test_with_four_eyes_an_editor_cannot_approve_their_own_story(settings, editor, second_editor):
    settings.FOUR_EYES = True
    article = draft_by(editor)
    workflow.article_submit(article=article, by=editor)
    with pytest.raises(PermissionDenied, match="bốn mắt"):
        workflow.article_approve(article=article, by=editor)
    assert Article.objects.get(pk=article.pk).status == S.REVIEW
    assert "approve" not in [rule.action for rule in workflow.allowed_actions(article, editor)]
    workflow.article_approve(article=article, by=second_editor)
    assert Article.objects.get(pk=article.pk).status == S.APPROVED


def test_with_four_eyes_a_publisher_cannot_publish_or_schedule_their_own_story(
    settings, publisher, second_publisher, editor
):
    settings.FOUR_EYES = True
    article = draft_by(publisher)
    workflow.article_submit(article=article, by=publisher)
    workflow.article_approve(article=article, by=editor)
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    with pytest.raises(PermissionDenied, match="bốn mắt"):
        workflow.article_publish(article=article, by=publisher)
    with pytest.raises(PermissionDenied, match="bốn mắt"):
        workflow.article_schedule(article=article, by=publisher, at=tomorrow)
    assert Article.objects.get(pk=article.pk).status == S.APPROVED
    workflow.article_publish(article=article, by=second_publisher)
    assert Article.objects.get(pk=article.pk).is_live()


def test_with_four_eyes_a_forged_post_and_a_bulk_publish_are_refused(
    settings, client, publisher, editor
):
    settings.FOUR_EYES = True
    article = draft_by(publisher)
    workflow.article_submit(article=article, by=publisher)
    workflow.article_approve(article=article, by=editor)
    client.force_login(publisher)
    page = client.get(change_url(article)).text
    assert "Xuất bản ngay" not in page  # the button is not offered
    assert client.post(action_url(article, "publish")).status_code == 403
    bulk = client.post(
        "/admin/articles/article/",
        {"action": "publish_selected", "_selected_action": [article.pk]},
        follow=True,
    )
    assert "bốn mắt" in bulk.text  # named among the refused
    assert Article.objects.get(pk=article.pk).status == S.APPROVED
    assert not Transition.objects.filter(action=Transition.Action.PUBLISH).exists()


def test_without_four_eyes_an_editor_may_approve_their_own_story_on_the_record(editor):
    article = draft_by(editor)
    workflow.article_submit(article=article, by=editor)
    workflow.article_approve(article=article, by=editor)
    approval = Transition.objects.get(article=article, action=Transition.Action.APPROVE)
    assert approval.by == editor == article.created_by
