"""Editorial workflow services (articles/desk/workflow.py): roles, transitions, scheduling, embargo,
corrections, optimistic concurrency, revisions."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from reversion.models import Version

from articles.desk import workflow
from articles.models import Article, Correction, CorrectionRequired, Transition
from tests.factories import (
    EDITOR,
    PUBLISHER,
    REPORTER,
    ArticleFactory,
    CorrectionFactory,
    SectionFactory,
    ensure_role_groups,
)

pytestmark = pytest.mark.django_db

S = Article.Status
A = Transition.Action
TITLE = "Quốc hội thông qua Luật Đất đai (sửa đổi) với 432 đại biểu tán thành"
BODY = (
    "<p>Chiều 18/1, tại kỳ họp bất thường lần thứ 5, Quốc hội khóa XV đã biểu quyết thông qua "
    "Luật Đất đai (sửa đổi).</p><p>Luật có hiệu lực thi hành từ ngày 1/1/2025.</p>"
)


def draft_by(user, **fields):
    article = Article(
        title=fields.pop("title", TITLE),
        sapo="Luật Đất đai (sửa đổi) gồm 16 chương, 260 điều.",
        body=fields.pop("body", BODY),
        section=SectionFactory(name="Chính trị"),
        byline="Nguyễn Thị Lan",
        **fields,
    )
    return workflow.article_create(article=article, by=user)


def approved(reporter, editor):
    article = draft_by(reporter)
    workflow.article_submit(article=article, by=reporter)
    workflow.article_approve(article=article, by=editor)
    return article


def live(reporter, editor, publisher):
    article = approved(reporter, editor)
    workflow.article_publish(article=article, by=publisher)
    return article


# --- Roles --------------------------------------------------------------------------------------


def test_roles_are_created_by_a_data_migration():
    from django.db import connection
    from django.db.migrations.recorder import MigrationRecorder

    applied = MigrationRecorder(connection).applied_migrations()
    assert ("articles", "0004_editorial_roles") in applied


def test_roles_exist_with_their_permissions_after_migrate():
    ensure_role_groups()  # a live-server test elsewhere may have flushed the tables

    def perms(name):
        return set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))

    reporter, editor, publisher = perms(REPORTER), perms(EDITOR), perms(PUBLISHER)
    assert {"add_article", "change_article", "view_article", "submit_article"} <= reporter
    assert not {"review_article", "publish_article", "edit_others_article"} & reporter
    assert {"review_article", "edit_others_article"} <= editor
    assert "publish_article" not in editor
    assert {"publish_article", "add_correction"} <= publisher
    assert reporter < editor < publisher
    # Autocomplete on the change form needs to read what it links to.
    assert {"view_person", "view_resolution", "view_section"} <= reporter
    assert "delete_article" not in publisher


# --- The whole path, recorded ------------------------------------------------------------------


def test_whole_path_is_recorded_with_who_when_and_comments(reporter, editor, publisher):
    article = draft_by(reporter)
    assert article.status == S.DRAFT and article.created_by == reporter
    workflow.article_submit(article=article, by=reporter)
    workflow.article_send_back(
        article=article, by=editor, comment="Bổ sung số đại biểu tán thành, kiểm tra chức danh."
    )
    assert article.status == S.SENT_BACK
    workflow.article_submit(article=article, by=reporter, comment="Đã bổ sung.")
    workflow.article_approve(article=article, by=editor)
    at = timezone.now() + datetime.timedelta(hours=2)
    workflow.article_schedule(article=article, by=publisher, at=at)
    article.refresh_from_db()
    assert article.status == S.PUBLISHED and article.published_at == at
    steps = list(
        article.transitions.order_by("at", "id").values_list(
            "action", "from_status", "to_status", "by__username", "comment"
        )
    )
    assert steps == [
        (A.CREATE, "", S.DRAFT, "pv.lan", ""),
        (A.SUBMIT, S.DRAFT, S.REVIEW, "pv.lan", ""),
        (A.SEND_BACK, S.REVIEW, S.SENT_BACK, "btv.minh",
         "Bổ sung số đại biểu tán thành, kiểm tra chức danh."),
        (A.SUBMIT, S.SENT_BACK, S.REVIEW, "pv.lan", "Đã bổ sung."),
        (A.APPROVE, S.REVIEW, S.APPROVED, "btv.minh", ""),
        (A.SCHEDULE, S.APPROVED, S.PUBLISHED, "tkts.ha", ""),
    ]  # fmt: skip


# --- Forbidden actions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "action"),
    [
        (REPORTER, "approve"),
        (REPORTER, "send_back"),
        (REPORTER, "publish"),
        (REPORTER, "schedule"),
        (EDITOR, "publish"),
        (EDITOR, "schedule"),
    ],
)
def test_each_role_is_refused_what_it_may_not_do(reporter, editor, role, action):
    article = draft_by(reporter)
    workflow.article_submit(article=article, by=reporter)
    if action in ("publish", "schedule"):
        workflow.article_approve(article=article, by=editor)
    user = reporter if role == REPORTER else editor
    at = timezone.now() + datetime.timedelta(hours=1)
    with pytest.raises(PermissionDenied) as refused:
        workflow.perform(action, article=article, by=user, comment="Thử vượt quyền", at=at)
    assert "không có quyền" in str(refused.value)
    article.refresh_from_db()
    assert article.status in (S.REVIEW, S.APPROVED)
    assert not article.transitions.filter(by=user, action=action).exists()


def test_editor_may_not_unpublish_and_reporter_may_not_submit_someone_elses(
    reporter, other_reporter, editor, publisher
):
    article = live(reporter, editor, publisher)
    with pytest.raises(PermissionDenied, match="Thư ký tòa soạn"):
        workflow.article_unpublish(article=article, by=editor)
    draft = draft_by(other_reporter)
    with pytest.raises(PermissionDenied, match="của chính mình"):
        workflow.article_submit(article=draft, by=reporter)


def test_who_may_edit_depends_on_state(reporter, other_reporter, editor, publisher):
    article = draft_by(reporter)
    assert article.can_edit(reporter) and not article.can_edit(other_reporter)
    assert article.can_edit(editor)
    workflow.article_submit(article=article, by=reporter)
    assert not article.can_edit(reporter), "submitted: the reporter's hands are off"
    assert article.can_edit(editor)
    workflow.article_approve(article=article, by=editor)
    workflow.article_publish(article=article, by=publisher)
    assert not article.can_edit(editor) and article.can_edit(publisher)
    article.title = "Tiêu đề do phóng viên tự sửa sau khi đăng"
    with pytest.raises(PermissionDenied):
        workflow.article_edit(article=article, by=reporter, minor_edit=True)


def test_transition_from_the_wrong_state_is_refused(reporter, editor, publisher):
    article = draft_by(reporter)
    with pytest.raises(workflow.InvalidTransition, match="Bản nháp"):
        workflow.article_approve(article=article, by=editor)
    with pytest.raises(workflow.InvalidTransition):
        workflow.article_publish(article=article, by=publisher)
    assert Article.objects.get(pk=article.pk).status == S.DRAFT


def test_sending_back_needs_a_reason(reporter, editor):
    article = draft_by(reporter)
    workflow.article_submit(article=article, by=reporter)
    with pytest.raises(ValidationError, match="lý do"):
        workflow.article_send_back(article=article, by=editor, comment="   ")
    assert Article.objects.get(pk=article.pk).status == S.REVIEW


def test_available_actions_follow_state_and_role(reporter, editor, publisher):
    article = draft_by(reporter)

    def names(user):
        return [rule.action for rule in workflow.allowed_actions(article, user)]

    assert names(reporter) == [A.SUBMIT]
    workflow.article_submit(article=article, by=reporter)
    assert names(reporter) == []
    assert names(editor) == [A.SEND_BACK, A.APPROVE]
    workflow.article_approve(article=article, by=editor)
    assert names(editor) == [A.SEND_BACK]
    assert names(publisher) == [A.SEND_BACK, A.PUBLISH, A.SCHEDULE]
    workflow.article_publish(article=article, by=publisher)
    assert names(publisher) == [A.UNPUBLISH], "a live story cannot be rescheduled"


# --- Scheduling and embargo --------------------------------------------------------------------


def test_schedule_in_the_past_is_refused(reporter, editor, publisher):
    article = approved(reporter, editor)
    with pytest.raises(ValidationError, match="tương lai"):
        workflow.article_schedule(
            article=article, by=publisher, at=timezone.now() - datetime.timedelta(minutes=1)
        )


def test_scheduled_story_goes_live_by_itself_at_its_time(reporter, editor, publisher):
    article = approved(reporter, editor)
    at = timezone.now() + datetime.timedelta(hours=3)
    workflow.article_schedule(article=article, by=publisher, at=at)
    assert not Article.objects.published().filter(pk=article.pk).exists()
    assert Article.objects.scheduled().filter(pk=article.pk).exists()
    later = at + datetime.timedelta(seconds=1)
    assert list(Article.objects.published(now=later)) == [article]


def test_embargo_keeps_a_published_story_out_of_published(reporter, editor, publisher):
    until = timezone.now() + datetime.timedelta(hours=6)
    article = approved(reporter, editor)
    Article.objects.filter(pk=article.pk).update(embargo_until=until)
    workflow.article_publish(article=article, by=publisher)
    article.refresh_from_db()
    assert article.status == S.PUBLISHED and article.published_at <= timezone.now()
    assert not Article.objects.published().filter(pk=article.pk).exists()
    assert not article.is_live() and article.is_embargoed()
    assert list(Article.objects.published(now=until)) == [article]
    assert article.is_live(until)


def test_publish_checks_from_other_apps_can_refuse(settings, reporter, editor, publisher):
    settings.ARTICLE_PUBLISH_CHECKS = ["tests.articles.desk.test_workflow.needs_lead_photo"]
    article = approved(reporter, editor)
    with pytest.raises(workflow.PublishCheckFailed) as refused:
        workflow.article_publish(article=article, by=publisher)
    assert refused.value.messages == ["Bài chưa có ảnh đầu bài có ghi nguồn."]
    assert Article.objects.get(pk=article.pk).status == S.APPROVED


def needs_lead_photo(article):
    return [] if article.captions.exists() else ["Bài chưa có ảnh đầu bài có ghi nguồn."]


# --- Corrections -------------------------------------------------------------------------------


def test_silent_change_to_a_published_story_is_refused_on_every_path(reporter, editor, publisher):
    article = live(reporter, editor, publisher)
    article.title = "Quốc hội thông qua Luật Đất đai (sửa đổi) với 423 đại biểu tán thành"
    with pytest.raises(CorrectionRequired):
        article.save()  # shell or importer
    with pytest.raises(CorrectionRequired):
        workflow.article_edit(article=article, by=publisher)
    assert Article.objects.get(pk=article.pk).title == TITLE
    assert not Correction.objects.exists()


def test_correction_note_is_stored_public_and_recorded(reporter, editor, publisher):
    article = live(reporter, editor, publisher)
    article.body = BODY.replace("lần thứ 5", "lần thứ 5 (bổ sung)")
    workflow.article_edit(
        article=article, by=publisher, correction="Bài sửa lại tên kỳ họp bất thường."
    )
    correction = Correction.objects.get(article=article)
    assert correction.public and correction.created_by == publisher
    assert article.transitions.filter(action=A.CORRECT, by=publisher).exists()
    page_article = Article.objects.with_corrections().get(pk=article.pk)
    assert [c.text for c in page_article.corrections_for_readers] == [
        "Bài sửa lại tên kỳ họp bất thường."
    ]


def test_minor_edit_needs_no_note_but_is_in_the_record(reporter, editor, publisher):
    article = live(reporter, editor, publisher)
    article.sapo = "Luật Đất đai (sửa đổi) gồm 16 chương và 260 điều."
    workflow.article_edit(article=article, by=publisher, minor_edit=True)
    assert Article.objects.get(pk=article.pk).sapo.endswith("16 chương và 260 điều.")
    assert not Correction.objects.exists()
    assert article.transitions.filter(action=A.MINOR_EDIT).exists()


def test_markup_only_change_and_drafts_need_no_correction(reporter, editor, publisher):
    article = live(reporter, editor, publisher)
    article.body = BODY.replace("<p>", "<p> ").replace("Luật Đất đai", "Luật Đất đai", 1)
    article.save()  # same words, same links
    draft = draft_by(reporter)
    draft.title = "Tiêu đề nháp đổi thoải mái"
    draft.save()


def test_correction_and_minor_flag_together_are_refused(reporter, editor, publisher):
    article = live(reporter, editor, publisher)
    article.title = "Một tiêu đề khác"
    with pytest.raises(CorrectionRequired, match="một trong hai"):
        workflow.article_edit(article=article, by=publisher, correction="Sửa", minor_edit=True)


def test_standalone_correction_needs_publisher(reporter, editor, publisher):
    article = live(reporter, editor, publisher)
    with pytest.raises(PermissionDenied):
        workflow.article_add_correction(article=article, by=editor, text="Sai ngày họp.")
    workflow.article_add_correction(article=article, by=publisher, text="Sai ngày họp.")
    assert article.corrections.get().text == "Sai ngày họp."


def test_with_corrections_keeps_query_count_fixed(django_assert_num_queries):
    for n in range(3):
        article = ArticleFactory()
        CorrectionFactory.create_batch(n + 1, article=article)
        CorrectionFactory(article=article, public=False, text="Ghi chú nội bộ")
    with django_assert_num_queries(2):
        stories = list(Article.objects.published().with_corrections())
        shown = [len(story.corrections_for_readers) for story in stories]
    assert sorted(shown) == [1, 2, 3]


# --- Optimistic concurrency --------------------------------------------------------------------


def test_stale_edit_is_refused_and_the_newer_text_kept(reporter, editor):
    article = draft_by(reporter)
    opened = article.version
    first = Article.objects.get(pk=article.pk)
    first.sapo = "Bản của biên tập viên thứ nhất."
    workflow.article_edit(article=first, by=editor, expected_version=opened)
    second = Article.objects.get(pk=article.pk)
    second.version = opened
    second.sapo = "Bản của phóng viên, mở trước khi người kia lưu."
    with pytest.raises(workflow.StaleArticle) as stale:
        workflow.article_edit(article=second, by=reporter, expected_version=opened)
    assert "Bài đã được Lê Văn Minh lưu lúc" in stale.value.messages[0]
    assert Article.objects.get(pk=article.pk).sapo == "Bản của biên tập viên thứ nhất."


def test_every_save_bumps_the_version(reporter, editor):
    article = draft_by(reporter)
    assert article.version == 1
    workflow.article_submit(article=article, by=reporter)
    assert article.version == 2 == Article.objects.get(pk=article.pk).version
    article.sapo = "Sửa sapo"
    workflow.article_edit(article=article, by=editor, expected_version=2)
    assert Article.objects.get(pk=article.pk).version == 3


# --- Revisions ---------------------------------------------------------------------------------


def test_every_save_keeps_a_revision_whatever_the_path(reporter):
    article = draft_by(reporter)
    article.sapo = "Sửa từ dòng lệnh"
    article.save()
    versions = Version.objects.get_for_object(article).order_by("pk")
    assert versions.count() == 2
    assert versions[0].revision.user == reporter
    assert versions[1].field_dict["sapo"] == "Sửa từ dòng lệnh"


def test_restore_brings_back_text_and_tags_but_not_the_state(reporter, editor, publisher):
    article = draft_by(reporter)
    article.tags.add("Luật Đất đai", "Quốc hội")
    workflow.article_edit(article=article, by=reporter)  # revision with tags
    first = Version.objects.get_for_object(article).first()
    article.refresh_from_db()
    article.title = "Tiêu đề sai, sẽ được khôi phục"
    workflow.article_edit(article=article, by=editor)
    article.tags.set(["Khác"])
    workflow.article_submit(article=article, by=reporter)
    workflow.article_approve(article=article, by=editor)
    workflow.article_publish(article=article, by=publisher)
    article.refresh_from_db()
    with pytest.raises(CorrectionRequired):
        workflow.article_restore(article=article, version=first, by=publisher)
    workflow.article_restore(
        article=article, version=first, by=publisher, correction="Khôi phục tiêu đề đúng."
    )
    article.refresh_from_db()
    assert article.title == TITLE
    assert sorted(article.tags.names()) == ["Luật Đất đai", "Quốc hội"]
    assert article.status == S.PUBLISHED, "restoring text never rolls the workflow back"
    assert article.transitions.filter(action=A.RESTORE).exists()


# --- No public surface shows what is not published ---------------------------------------------


def public_surfaces(client, *, section, tag, person):
    """Every public page that lists or shows stories, with what each answered."""
    from django.urls import reverse

    urls = [
        reverse("articles:home"),
        reverse("articles:section", args=[section.slug]),
        reverse("articles:tag", args=[tag.slug]),
        reverse("articles:search") + "?q=Bắc+Ninh",
        reverse("articles:search") + "?q=bac+ninh",
        reverse("articles:rss"),
        reverse("articles:section_rss", args=[section.slug]),
        reverse("articles:sitemap"),
        reverse("articles:sitemap_news"),
        reverse("articles:corrections"),
        person.get_absolute_url(),
    ]
    index = client.get(reverse("articles:sitemap")).content.decode()
    urls += [urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", index)]
    pages = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content.decode()
    return pages


def test_drafts_scheduled_and_embargoed_stories_appear_on_no_public_surface(
    client, reporter, editor, publisher
):
    from tests.factories import PersonFactory

    section = SectionFactory(name="Chính trị")
    person = PersonFactory(full_name="Nguyễn Văn Bắc Ninh")
    now = timezone.now()

    def story(title, slug):
        article = draft_by(reporter, title=title, slug=slug)
        article.section = section
        article.body = f"<p>{title}: tỉnh Bắc Ninh công bố quy hoạch.</p>"
        article.save()
        article.tags.add("Bắc Ninh")
        article.officials.add(person)
        return article

    shown = story("Bắc Ninh công bố quy hoạch tỉnh thời kỳ 2021-2030", "bac-ninh-hien-thi")
    workflow.article_submit(article=shown, by=reporter)
    workflow.article_approve(article=shown, by=editor)
    workflow.article_publish(article=shown, by=publisher)
    CorrectionFactory(article=shown, text="Đính chính của bài đang hiển thị.")

    hidden = {}
    hidden["draft"] = story("Bản nháp Bắc Ninh chưa duyệt", "bac-ninh-ban-nhap")
    hidden["review"] = story("Bài Bắc Ninh đang chờ duyệt", "bac-ninh-cho-duyet")
    workflow.article_submit(article=hidden["review"], by=reporter)
    hidden["approved"] = story("Bài Bắc Ninh đã duyệt chưa đăng", "bac-ninh-da-duyet")
    workflow.article_submit(article=hidden["approved"], by=reporter)
    workflow.article_approve(article=hidden["approved"], by=editor)
    hidden["scheduled"] = story("Bài Bắc Ninh hẹn giờ đăng", "bac-ninh-hen-gio")
    workflow.article_submit(article=hidden["scheduled"], by=reporter)
    workflow.article_approve(article=hidden["scheduled"], by=editor)
    workflow.article_schedule(
        article=hidden["scheduled"], by=publisher, at=now + datetime.timedelta(hours=5)
    )
    hidden["embargoed"] = story("Bài Bắc Ninh đang cấm đăng", "bac-ninh-cam-dang")
    workflow.article_submit(article=hidden["embargoed"], by=reporter)
    workflow.article_approve(article=hidden["embargoed"], by=editor)
    hidden["embargoed"].embargo_until = now + datetime.timedelta(hours=5)
    workflow.article_edit(article=hidden["embargoed"], by=editor)
    workflow.article_publish(article=hidden["embargoed"], by=publisher)
    hidden["unpublished"] = story("Bài Bắc Ninh đã gỡ", "bac-ninh-da-go")
    workflow.article_submit(article=hidden["unpublished"], by=reporter)
    workflow.article_approve(article=hidden["unpublished"], by=editor)
    workflow.article_publish(article=hidden["unpublished"], by=publisher)
    workflow.article_unpublish(article=hidden["unpublished"], by=publisher, comment="Sai số liệu")
    for article in hidden.values():
        CorrectionFactory(article=article, text=f"Đính chính của {article.slug}")

    tag = shown.tags.get()
    pages = public_surfaces(client, section=section, tag=tag, person=person)
    for url, text in pages.items():
        for state, article in hidden.items():
            assert article.slug not in text, f"{state} story leaked on {url}"
            assert article.title not in text, f"{state} story leaked on {url}"
    # The pages work: the published story is there (the news sitemap and corrections too).
    for url, text in pages.items():
        if url.endswith("sitemap.xml") or ("sitemap-" in url and "bai-viet" not in url):
            continue  # the index and the sitemaps of sections, tags, people list no stories
        assert shown.slug in text, url
    assert client.get(shown.get_absolute_url()).status_code == 200
    for article in hidden.values():
        assert client.get(article.get_absolute_url()).status_code == 404

    # When the embargo and the schedule pass, both appear without anyone touching them.
    later = now + datetime.timedelta(hours=5, seconds=1)
    visible = set(Article.objects.published(now=later).values_list("slug", flat=True))
    assert visible == {shown.slug, "bac-ninh-hen-gio", "bac-ninh-cam-dang"}
