"""Editorial workflow: one service function for each thing an editor does to an article.

draft ─submit→ review ─approve→ approved ─publish/schedule→ published ─unpublish→ unpublished
  ↑                │ send_back      │ send_back                              (publish again)
  └── sent_back ←──┴────────────────┘

Every function takes keyword-only arguments, runs in one transaction with the article's row
locked (``select_for_update``; SQLite's IMMEDIATE transactions serialise writers anyway), checks
the user's permission itself, keeps a reversion revision, and writes a ``Transition`` row: the
admin is only one caller among others (shell, import, tests). Roles and who may do what:
docs/editors.md.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import reversion
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from articles.desk.revisions import body_text, last_save, tag_names_in, user_label
from articles.models import (
    Article,
    Correction,
    CorrectionRequired,
    Section,
    Transition,
    reader_text,
)
from people.mentions.index import load_people_index, load_resolution_index
from people.mentions.officials import find_officials
from people.mentions.resolutions import find_resolutions
from people.models import Person, Resolution

S = Article.Status
Action = Transition.Action


class InvalidTransition(ValidationError):
    """The article is not in a state this action applies to."""


class StaleArticle(ValidationError):
    """Someone saved the article after the editor opened it (optimistic concurrency)."""

    def __init__(self, message, *, current_version: int):
        super().__init__(message)
        self.current_version = current_version


class PublishCheckFailed(ValidationError):
    """A publish check (credits, content …) found problems; the messages say which."""


# --- Permissions ------------------------------------------------------------------------------

DENIED = {
    "articles.submit_article": "Bạn không có quyền gửi bài đi duyệt.",
    "articles.review_article": (
        "Bạn không có quyền duyệt hoặc trả lại bài. Việc này dành cho Biên tập viên."
    ),
    "articles.publish_article": (
        "Bạn không có quyền xuất bản, hẹn giờ hoặc gỡ bài. Việc này dành cho Thư ký tòa soạn "
        "hoặc Tổng biên tập."
    ),
}


@dataclass(frozen=True)
class Rule:
    action: str
    label: str
    sources: frozenset[str]
    target: str
    permission: str
    comment_required: bool = False


RULES = {
    rule.action: rule
    for rule in [
        Rule(Action.SUBMIT, "Gửi duyệt", frozenset({S.DRAFT, S.SENT_BACK}), S.REVIEW,
             "articles.submit_article"),
        Rule(Action.SEND_BACK, "Trả lại phóng viên", frozenset({S.REVIEW, S.APPROVED}),
             S.SENT_BACK, "articles.review_article", comment_required=True),
        Rule(Action.APPROVE, "Duyệt bài", frozenset({S.REVIEW}), S.APPROVED,
             "articles.review_article"),
        Rule(Action.PUBLISH, "Xuất bản ngay", frozenset({S.APPROVED, S.UNPUBLISHED, S.PUBLISHED}),
             S.PUBLISHED, "articles.publish_article"),
        Rule(Action.SCHEDULE, "Hẹn giờ đăng", frozenset({S.APPROVED, S.UNPUBLISHED, S.PUBLISHED}),
             S.PUBLISHED, "articles.publish_article"),
        Rule(Action.UNPUBLISH, "Gỡ bài", frozenset({S.PUBLISHED}), S.UNPUBLISHED,
             "articles.publish_article"),
    ]
}  # fmt: skip


#: With ``settings.FOUR_EYES``, the author of a story may not do these to it (docs/decisions.md).
FOUR_EYES_ACTIONS = frozenset({Action.APPROVE, Action.PUBLISH, Action.SCHEDULE})
FOUR_EYES_DENIED = (
    "Tòa soạn áp dụng nguyên tắc “bốn mắt”: không tự duyệt, xuất bản hay hẹn giờ bài do chính "
    "mình viết. Hãy nhờ một biên tập viên hoặc thư ký tòa soạn khác."
)


def _refuse_unless_allowed(rule: Rule, article: Article, user, now) -> None:
    if not user.has_perm(rule.permission):
        raise PermissionDenied(DENIED[rule.permission])
    if (
        rule.action == Action.SUBMIT
        and article.created_by_id != user.pk
        and not user.has_perm("articles.edit_others_article")
    ):
        raise PermissionDenied("Phóng viên chỉ gửi duyệt được bài của chính mình.")
    if (
        settings.FOUR_EYES
        and rule.action in FOUR_EYES_ACTIONS
        and article.created_by_id is not None
        and article.created_by_id == user.pk
    ):
        raise PermissionDenied(FOUR_EYES_DENIED)
    if article.status not in rule.sources or (
        # Publishing again, or rescheduling, only applies to a story readers have not seen yet.
        article.status == S.PUBLISHED
        and rule.action in (Action.PUBLISH, Action.SCHEDULE)
        and not article.is_scheduled(now)
    ):
        raise InvalidTransition(
            f"Không thể “{rule.label.lower()}” khi bài đang ở trạng thái "
            f"“{article.get_status_display()}”."
        )


def allowed_actions(article: Article, user, now=None) -> list[Rule]:
    """The transitions ``user`` may apply to ``article`` now: what the admin offers as buttons."""
    now = now or timezone.now()
    result = []
    for rule in RULES.values():
        try:
            _refuse_unless_allowed(rule, article, user, now)
        except (PermissionDenied, ValidationError):
            continue
        result.append(rule)
    return result


def _require_edit(article: Article, user) -> None:
    if not article.can_edit(user):
        if article.status in (S.PUBLISHED, S.UNPUBLISHED):
            raise PermissionDenied(
                "Bài đã đăng chỉ Thư ký tòa soạn hoặc Tổng biên tập được sửa, kèm đính chính "
                "hoặc đánh dấu sửa nhỏ."
            )
        raise PermissionDenied(
            "Bạn không có quyền sửa bài này: phóng viên chỉ sửa bài nháp của chính mình, "
            "bài đã gửi duyệt do biên tập viên xử lý."
        )


# --- Publish checks (a hook other apps plug into) ----------------------------------------------

PublishCheck = Callable[[Article], Iterable[str]]
_registered_checks: list[PublishCheck] = []


def register_publish_check(check: PublishCheck) -> PublishCheck:
    """Add ``check(article) -> problems`` to what publishing and scheduling verify.

    Apps that ``articles`` must not import (``media``) list theirs by dotted path in the
    ``ARTICLE_PUBLISH_CHECKS`` setting instead. Problems are Vietnamese sentences.
    """
    _registered_checks.append(check)
    return check


def publish_checks() -> list[PublishCheck]:
    configured = [import_string(path) for path in getattr(settings, "ARTICLE_PUBLISH_CHECKS", [])]
    return [*_registered_checks, *configured]


@register_publish_check
def has_text(article: Article) -> list[str]:
    problems = []
    if not article.title.strip():
        problems.append("Bài chưa có tiêu đề.")
    if not article.body.strip():
        problems.append("Bài chưa có nội dung.")
    return problems


def publish_problems(article: Article) -> list[str]:
    return [problem for check in publish_checks() for problem in check(article)]


# --- Helpers ------------------------------------------------------------------------------------


def _locked(article: Article) -> Article:
    return (
        Article.objects.select_for_update(of=("self",))
        .select_related("created_by", "section")
        .get(pk=article.pk)
    )


def _sync(target: Article, source: Article, fields=("status", "published_at", "version")) -> None:
    for field in (*fields, "updated_at"):
        setattr(target, field, getattr(source, field))


def _record(*, article, by, action, from_status, comment="", bulk=False, label="") -> Transition:
    reversion.set_user(by)
    label = label or Action(action).label
    reversion.set_comment(f"{label}: {comment}" if comment else label)
    return Transition.objects.create(
        article=article,
        action=action,
        from_status=from_status,
        to_status=article.status,
        by=by,
        comment=comment,
        bulk=bulk,
    )


def _apply(
    *, action, article, by, comment="", bulk=False, published_at=None, now=None
) -> Transition:
    rule = RULES[action]
    comment = (comment or "").strip()
    now = now or timezone.now()
    with transaction.atomic(), reversion.create_revision():
        current = _locked(article)
        _refuse_unless_allowed(rule, current, by, now)
        if rule.comment_required and not comment:
            raise ValidationError("Hãy ghi rõ lý do để phóng viên biết cần sửa gì.")
        if rule.target == S.PUBLISHED:
            problems = publish_problems(current)
            if problems:
                raise PublishCheckFailed(problems)
        from_status = current.status
        current.status = rule.target
        if published_at is not None:
            current.published_at = published_at
        current.save(update_fields=["status", "published_at"])
        transition = _record(
            article=current, by=by, action=action, from_status=from_status, comment=comment,
            bulk=bulk,
        )  # fmt: skip
    _sync(article, current)
    return transition


# --- Transitions --------------------------------------------------------------------------------


def article_create(*, article: Article, by) -> Article:
    """Save a new article as ``by``'s draft."""
    if not by.has_perm("articles.add_article"):
        raise PermissionDenied("Bạn không có quyền viết bài mới.")
    with transaction.atomic(), reversion.create_revision():
        article.created_by = by
        article.status = S.DRAFT
        article.published_at = None
        article.save()
        _record(article=article, by=by, action=Action.CREATE, from_status="")
    return article


def article_submit(*, article: Article, by, comment: str = "") -> Transition:
    return _apply(action=Action.SUBMIT, article=article, by=by, comment=comment)


def article_send_back(*, article: Article, by, comment: str) -> Transition:
    return _apply(action=Action.SEND_BACK, article=article, by=by, comment=comment)


def article_approve(*, article: Article, by, comment: str = "") -> Transition:
    return _apply(action=Action.APPROVE, article=article, by=by, comment=comment)


def article_publish(*, article: Article, by, at=None, comment: str = "", bulk=False) -> Transition:
    """Publish now, or at ``at``: a time ahead is scheduling (see ``article_schedule``)."""
    now = timezone.now()
    if at is not None and at > now:
        return article_schedule(article=article, by=by, at=at, comment=comment, bulk=bulk)
    return _apply(
        action=Action.PUBLISH, article=article, by=by, comment=comment, bulk=bulk,
        published_at=at or now, now=now,
    )  # fmt: skip


def article_schedule(*, article: Article, by, at, comment: str = "", bulk=False) -> Transition:
    """Publish at ``at``: the story shows by itself when the time comes, no cron job needed."""
    now = timezone.now()
    if at is None or at <= now:
        raise ValidationError("Thời điểm hẹn giờ phải ở tương lai.")
    return _apply(
        action=Action.SCHEDULE, article=article, by=by, comment=comment, bulk=bulk,
        published_at=at, now=now,
    )  # fmt: skip


def article_unpublish(*, article: Article, by, comment: str = "", bulk=False) -> Transition:
    return _apply(action=Action.UNPUBLISH, article=article, by=by, comment=comment, bulk=bulk)


def perform(action: str, *, article: Article, by, comment: str = "", at=None) -> Transition:
    """Dispatch by action name (the admin's workflow buttons post one)."""
    services = {
        Action.SUBMIT: lambda: article_submit(article=article, by=by, comment=comment),
        Action.SEND_BACK: lambda: article_send_back(article=article, by=by, comment=comment),
        Action.APPROVE: lambda: article_approve(article=article, by=by, comment=comment),
        Action.PUBLISH: lambda: article_publish(article=article, by=by, comment=comment),
        Action.SCHEDULE: lambda: article_schedule(article=article, by=by, at=at, comment=comment),
        Action.UNPUBLISH: lambda: article_unpublish(article=article, by=by, comment=comment),
    }
    if action not in services:
        raise InvalidTransition("Thao tác không hợp lệ.")
    return services[action]()


# --- Edits --------------------------------------------------------------------------------------


def stale_message(current: Article, expected_version: int) -> str:
    saved = last_save(current)
    who = user_label(saved.revision.user) if saved else "một người khác"
    when = f" lúc {timezone.localtime(saved.revision.date_created):%H:%M %d/%m/%Y}" if saved else ""
    return (
        f"Bài đã được {who} lưu{when} (phiên bản {current.version}) sau khi bạn mở nó "
        f"(phiên bản {expected_version}). Nội dung bạn vừa nhập chưa được lưu và vẫn còn "
        f"nguyên dưới đây: hãy xem “Lịch sử” để so sánh; bấm Lưu lần nữa sẽ ghi đè bản của họ."
    )


def text_change_problem(*, current: Article, article: Article, correction: str, minor_edit: bool):
    """The refusal message for editing text readers have seen without a note, else None."""
    if correction and minor_edit:
        return "Chọn một trong hai: ghi đính chính hoặc đánh dấu sửa nhỏ, không chọn cả hai."
    if not current.has_been_public():
        return None
    if _reader_text(current) == _reader_text(article):
        return None
    if correction or minor_edit:
        return None
    return (
        "Bài đã đăng: sửa tiêu đề, sapo hoặc nội dung cần ghi đính chính công khai, hoặc đánh "
        "dấu “sửa nhỏ” nếu chỉ là lỗi chính tả không làm đổi nghĩa."
    )


def _reader_text(article: Article):
    return reader_text({field: getattr(article, field) for field in Article.TEXT_FIELDS})


def article_edit(
    *,
    article: Article,
    by,
    expected_version: int | None = None,
    correction: str = "",
    minor_edit: bool = False,
    comment: str = "",
) -> Article:
    """Save ``article``'s edited text and links.

    Refused when ``by`` may not edit it, when someone saved since ``expected_version``, or
    when it changes what readers saw without a public ``correction`` or ``minor_edit``.
    Workflow fields (status, publication time, author) never change here.
    """
    correction = (correction or "").strip()
    with transaction.atomic(), reversion.create_revision():
        current = _locked(article)
        _require_edit(current, by)
        if expected_version is not None and expected_version != current.version:
            raise StaleArticle(
                stale_message(current, expected_version), current_version=current.version
            )
        article.prepare_text()
        problem = text_change_problem(
            current=current, article=article, correction=correction, minor_edit=minor_edit
        )
        if problem:
            raise CorrectionRequired(problem)
        text_changed = _reader_text(current) != _reader_text(article)
        # The slug is the editor's (``Article.slug_follows_title`` says when it follows).
        for field in ("status", "published_at", "created_by_id"):
            setattr(article, field, getattr(current, field))
        article.save(text_change_recorded=True)
        reversion.set_user(by)
        reversion.set_comment(comment or "Sửa bài")
        if correction:
            Correction.objects.create(article=article, text=correction, created_by=by)
            _record(
                article=article, by=by, action=Action.CORRECT, from_status=current.status,
                comment=correction,
            )  # fmt: skip
        elif text_changed and current.has_been_public():
            _record(
                article=article, by=by, action=Action.MINOR_EDIT, from_status=current.status,
                comment=comment or "Sửa nhỏ, không đính chính",
            )  # fmt: skip
    return article


def article_add_correction(*, article: Article, by, text: str, public: bool = True) -> Correction:
    """A correction note on its own (the text was already fixed, or a fact outside it was wrong)."""
    text = (text or "").strip()
    if not by.has_perm("articles.publish_article") or not by.has_perm("articles.add_correction"):
        raise PermissionDenied(DENIED["articles.publish_article"])
    if not text:
        raise ValidationError("Nội dung đính chính không được để trống.")
    with transaction.atomic(), reversion.create_revision():
        current = _locked(article)
        if not current.has_been_public():
            raise InvalidTransition("Chỉ ghi đính chính cho bài đã đăng.")
        correction = Correction.objects.create(
            article=current, text=text, created_by=by, public=public
        )
        reversion.add_to_revision(current)
        _record(
            article=current, by=by, action=Action.CORRECT, from_status=current.status, comment=text
        )
    return correction


def article_move_section(*, article: Article, by, section: Section, bulk=False) -> Transition:
    with transaction.atomic(), reversion.create_revision():
        current = _locked(article)
        _require_edit(current, by)
        previous = current.section
        current.section = section
        current.save(update_fields=["section"])
        transition = _record(
            article=current, by=by, action=Action.MOVE_SECTION, from_status=current.status,
            comment=f"{previous} → {section}", bulk=bulk,
        )  # fmt: skip
    article.section = section
    _sync(article, current, fields=("version",))
    return transition


#: What a restore brings back. The embargo is a publication decision and stays as it is now.
RESTORED_FIELDS = ["title", "sapo", "body", "section", "byline", "source"]


def article_restore(
    *,
    article: Article,
    version,
    by,
    expected_version: int | None = None,
    correction: str = "",
    minor_edit: bool = False,
) -> Article:
    """Bring back the text, links and tags of an earlier revision as a new edit.

    The workflow state stays as it is now (reversion's own ``revert`` would also roll the
    status back). The same rules as ``article_edit`` apply: permission, version, correction.
    """
    if int(version.object_id) != article.pk:
        raise ValidationError("Phiên bản này không thuộc bài viết đang sửa.")
    data = version.field_dict
    when = timezone.localtime(version.revision.date_created)
    with transaction.atomic(), reversion.create_revision():
        for field in RESTORED_FIELDS:
            attname = Article._meta.get_field(field).attname
            setattr(article, attname, data.get(attname))
        article_edit(
            article=article,
            by=by,
            expected_version=expected_version,
            correction=correction,
            minor_edit=minor_edit,
            comment=f"Khôi phục phiên bản lưu lúc {when:%H:%M %d/%m/%Y}",
        )
        for field in ("officials", "resolutions", "related"):
            getattr(article, field).set(data.get(field) or [])
        article.tags.set(tag_names_in(version))
        _record(
            article=article, by=by, action=Action.RESTORE, from_status=article.status,
            comment=f"Phiên bản lưu lúc {when:%H:%M %d/%m/%Y}",
        )  # fmt: skip
    return article


# --- Linking officials and resolutions ----------------------------------------------------------


@dataclass
class LinkSuggestions:
    officials: list  # people.Person named in the text and not linked yet
    resolutions: list  # people.Resolution cited in the text and not linked yet


def article_suggest_links(*, article: Article) -> LinkSuggestions:
    """Officials and resolutions the text and the photo captions mention, found as the wire
    importer finds them (``people.mentions``).

    Read-only: the editor chooses what to link (``article_link``). Namesakes the titles cannot
    tell apart are left out rather than guessed.
    """
    texts = [article.title, article.sapo, *body_text(article.body).splitlines()]
    # Captions too, as the importer reads them: an imported draft's are its photo slots.
    texts += article.captions.values_list("text", flat=True)
    texts += article.photo_slots.values_list("text", flat=True)
    person_ids = [
        match.person_id
        for match in find_officials(texts, load_people_index())
        if match.person_id is not None
    ]
    resolution_ids = [
        match.resolution_id
        for match in find_resolutions(texts, load_resolution_index())
        if match.resolution_id is not None
    ]
    linked_people = set(article.officials.values_list("pk", flat=True))
    linked_resolutions = set(article.resolutions.values_list("pk", flat=True))
    people = Person.objects.in_bulk([pk for pk in person_ids if pk not in linked_people])
    resolutions = Resolution.objects.in_bulk(
        [pk for pk in resolution_ids if pk not in linked_resolutions]
    )
    return LinkSuggestions(
        officials=[people[pk] for pk in dict.fromkeys(person_ids) if pk in people],
        resolutions=[resolutions[pk] for pk in dict.fromkeys(resolution_ids) if pk in resolutions],
    )


def article_link(*, article: Article, by, officials=(), resolutions=()) -> None:
    """Link the chosen officials and resolutions to the article (kept in its revisions)."""
    with transaction.atomic(), reversion.create_revision():
        current = _locked(article)
        _require_edit(current, by)
        current.officials.add(*officials)
        current.resolutions.add(*resolutions)
        reversion.add_to_revision(current)
        reversion.set_user(by)
        names = [str(person) for person in officials] + [str(r) for r in resolutions]
        reversion.set_comment("Thêm liên kết: " + "; ".join(names))
