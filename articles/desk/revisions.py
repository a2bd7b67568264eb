"""Article revisions for editors: the versions of a story, readable values, word-level diffs.

Storage is reversion's own (``reversion.models.Revision`` / ``Version``); what a revision holds and
when one is written is ``articles.revisions``. What this module adds: readable values of a
revision for people, and a word-level diff between two of them. Restoring goes through
``articles.desk.workflow.article_restore`` so that it obeys the same rules as an edit; reversion's
``revert()`` would also restore the workflow state and skip the correction rule.
"""

import difflib
import re
from html import unescape

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from reversion.models import Version

from articles.models import Article, Section, Tag, TaggedArticle
from people.models import Person, Resolution

#: Fields a revision restores and the history compares, in the order editors read them.
CONTENT_FIELDS = ["title", "sapo", "body", "section", "byline", "source", "embargo_until"]
M2M_FIELDS = ["officials", "resolutions", "related"]
LABELS = {
    "title": "Tiêu đề",
    "sapo": "Sapo",
    "body": "Nội dung",
    "section": "Chuyên mục",
    "byline": "Tác giả",
    "source": "Nguồn",
    "embargo_until": "Cấm đăng đến",
    "officials": "Nhân vật",
    "resolutions": "Văn bản",
    "related": "Bài liên quan",
    "tags": "Thẻ",
}


def versions_of(article):
    """Reversion's versions of ``article``, newest first, with the revision and its author."""
    return (
        Version.objects.get_for_object(article)
        .select_related("revision", "revision__user")
        .order_by("-revision__date_created", "-pk")
    )


def last_save(article) -> Version | None:
    return versions_of(article).first()


def user_label(user) -> str:
    """Family name first, as Vietnamese names are written ("Lê Văn Minh")."""
    if user is None:
        return "hệ thống"
    name = " ".join(part for part in (user.last_name, user.first_name) if part)
    return name or user.get_username()


def tag_names_in(version: Version) -> list[str]:
    """Tags the article had in ``version``'s revision (from the followed TaggedArticle rows)."""
    tag_ids = [
        tagged.field_dict["tag_id"]
        for tagged in version.revision.version_set.get_for_model(TaggedArticle)
    ]
    return sorted(Tag.objects.filter(pk__in=tag_ids).values_list("name", flat=True))


def body_text(html: str) -> str:
    """Body HTML as plain paragraphs, one a line, for reading and diffing."""
    html = re.sub(
        r"(?i)</(p|h[1-6]|li|blockquote|tr|figcaption|table)>|<br\s*/?>", "\n", html or ""
    )
    lines = (" ".join(unescape(strip_tags(line)).split()) for line in html.split("\n"))
    return "\n".join(line for line in lines if line)


def readable_values(version: Version) -> dict[str, str]:
    """Field label → text of one revision, as an editor would read it."""
    data = version.field_dict
    section = Section.objects.filter(pk=data.get("section_id")).first()
    embargo = data.get("embargo_until")
    names = {
        "officials": Person.objects.filter(pk__in=data.get("officials") or []),
        "resolutions": Resolution.objects.filter(pk__in=data.get("resolutions") or []),
        "related": Article.objects.filter(pk__in=data.get("related") or []),
    }
    values = {
        "title": data.get("title") or "",
        "sapo": data.get("sapo") or "",
        "body": body_text(data.get("body") or ""),
        "section": str(section) if section else "",
        "byline": data.get("byline") or "",
        "source": data.get("source") or "",
        "embargo_until": embargo.strftime("%H:%M %d/%m/%Y") if embargo else "",
        **{field: "\n".join(sorted(str(obj) for obj in qs)) for field, qs in names.items()},
        "tags": ", ".join(tag_names_in(version)),
    }
    return {LABELS[key]: value for key, value in values.items()}


_TOKEN_RE = re.compile(r"\n|[^\S\n]+|[^\s]+")


def word_diff(old: str, new: str) -> SafeString:
    """``new`` with removed words in ``<del>`` and added words in ``<ins>``; lines kept."""
    a, b = _TOKEN_RE.findall(old), _TOKEN_RE.findall(new)
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(_html(a[i1:i2]))
            continue
        if op in ("delete", "replace"):
            parts.append(f"<del>{_html(a[i1:i2])}</del>")
        if op in ("insert", "replace"):
            parts.append(f"<ins>{_html(b[j1:j2])}</ins>")
    return mark_safe("".join(parts))


def _html(tokens: list[str]) -> str:
    return "".join("<br>" if token == "\n" else escape(token) for token in tokens)


def compare(older: Version, newer: Version) -> list[dict]:
    """Per field: label, whether it changed, and the word diff from ``older`` to ``newer``."""
    before, after = readable_values(older), readable_values(newer)
    return [
        {
            "label": label,
            "changed": before[label] != after[label],
            "diff": word_diff(before[label], after[label]),
        }
        for label in before
    ]
