"""What editors read around a story: its read-only view, the preview, the compare page and the
scheduling field (issue 16, items 9 and 10)."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from articles.desk import workflow
from articles.desk.views import preview_url
from articles.models import Article
from tests.articles.desk.test_admin import change_url, draft_by, form_data, in_state

pytestmark = pytest.mark.django_db

S = Article.Status
BANNER = "Bản xem trước — chưa đăng"


def test_reporter_reads_a_submitted_story_rendered_not_as_html_source(client, reporter):
    article = draft_by(reporter)
    workflow.article_submit(article=article, by=reporter)
    # A row written around save() (a raw update) is still cleaned when shown.
    Article.objects.filter(pk=article.pk).update(
        body="<p>Hội nghị kết nối trực tuyến với <strong>63 tỉnh</strong>.</p>"
        '<script>alert("xss")</script><p onclick="steal()">Thành ủy Hà Nội dự.</p>'
    )
    client.force_login(reporter)
    page = client.get(change_url(article))
    assert page.status_code == 200
    assert 'name="body"' not in page.text, "the reporter may no longer edit it"
    assert (
        '<div class="body-rendered"><p>Hội nghị kết nối trực tuyến với <strong>63 tỉnh</strong>.'
        "</p>" in page.text
    )
    assert "&lt;p&gt;" not in page.text
    assert "alert(" not in page.text and "steal()" not in page.text
    assert "<p>Thành ủy Hà Nội dự.</p>" in page.text


def test_an_editor_still_edits_the_body_in_the_editor(client, reporter, editor):
    article = draft_by(reporter)
    workflow.article_submit(article=article, by=reporter)
    client.force_login(editor)
    page = client.get(change_url(article)).text
    assert 'name="body"' in page and "body-rendered" not in page


def test_preview_says_it_is_a_preview_and_the_public_page_does_not(
    client, reporter, editor, publisher
):
    article = in_state(S.PUBLISHED, reporter, editor, publisher)
    draft = draft_by(reporter, title="Quốc hội thảo luận dự án Luật Đất đai (sửa đổi)")
    client.force_login(editor)
    preview = client.get(preview_url(draft))
    assert preview.status_code == 200
    assert re.search(rf'<p class="preview-banner" role="status">{BANNER}', preview.text)
    client.logout()
    public = client.get(article.get_absolute_url())
    assert public.status_code == 200 and BANNER not in public.text


def _checked(page: str, name: str) -> list[int]:
    return [
        int(value)
        for value in re.findall(
            rf'<input type="radio" name="{name}" value="(\d+)"[^>]* checked', page
        )
    ]


def test_compare_page_keeps_the_two_versions_chosen(client, reporter, editor):
    article = draft_by(reporter)
    client.force_login(editor)
    for body in (
        "<p>Hội nghị kết nối trực tuyến với 63 tỉnh, thành phố.</p>",
        "<p>Hội nghị kết nối trực tuyến với 63 tỉnh, thành phố và các bộ, ngành.</p>",
    ):
        client.post(change_url(article), form_data(article, body=body))
        article.refresh_from_db()
    newest, middle, oldest = Version.objects.get_for_object(article).order_by("-pk")[:3]
    url = reverse("admin:articles_article_history", args=[article.pk])

    unchosen = client.get(url).text
    assert _checked(unchosen, "tu") == [middle.pk] and _checked(unchosen, "den") == [newest.pk]

    compared = client.get(url, {"tu": oldest.pk, "den": newest.pk}).text
    assert "ngành." in compared, "the oldest compared with the newest"
    assert _checked(compared, "tu") == [oldest.pk]
    assert _checked(compared, "den") == [newest.pk]
    # Picked the other way round: compared oldest → newest, and the radios say so.
    swapped = client.get(url, {"tu": newest.pk, "den": oldest.pk}).text
    assert _checked(swapped, "tu") == [oldest.pk] and _checked(swapped, "den") == [newest.pk]


def test_schedule_field_is_day_first_and_shows_the_chosen_time_after(
    client, reporter, editor, publisher
):
    article = in_state(S.APPROVED, reporter, editor, publisher)
    client.force_login(publisher)
    page = client.get(change_url(article)).text
    field = re.search(r'<input type="text" name="at"[^>]*>', page)
    assert field, "a text box, not the browser's locale-dependent datetime-local"
    default = re.search(r'value="(\d\d/\d\d/\d{4} \d\d:\d\d)"', field.group(0)).group(1)
    shown = datetime.datetime.strptime(default, "%d/%m/%Y %H:%M")
    soon = timezone.localtime() + datetime.timedelta(minutes=30)
    assert abs(shown - soon.replace(tzinfo=None)) < datetime.timedelta(minutes=2)

    chosen = (timezone.localtime() + datetime.timedelta(days=2)).replace(
        hour=20, minute=5, second=0, microsecond=0
    )
    response = client.post(
        reverse("admin:articles_article_workflow", args=[article.pk, "schedule"]),
        {"comment": "", "at": f"{chosen:%d/%m/%Y %H:%M}"},
        follow=True,
    )
    assert f"lúc 20:05 {chosen:%d/%m/%Y}" in response.text
    article.refresh_from_db()
    assert article.published_at == chosen
    assert f'value="{chosen:%d/%m/%Y} 20:05"' in response.text, "the chosen time, not a default"


def test_schedule_refuses_a_month_first_date_with_a_clear_message(
    client, reporter, editor, publisher
):
    article = in_state(S.APPROVED, reporter, editor, publisher)
    client.force_login(publisher)
    response = client.post(
        reverse("admin:articles_article_workflow", args=[article.pk, "schedule"]),
        {"comment": "", "at": "05/31/2031 08:30 PM"},
        follow=True,
    )
    assert "Yêu cầu không hợp lệ" in response.text
    article.refresh_from_db()
    assert article.status == S.APPROVED and article.published_at is None
