"""One tone placement everywhere (settings.TONE_PLACEMENT, "classic" by default): in the site's
own labels (templates, model and admin labels, messages written in the code) as in stored text.
See "Tone placement" in docs/vietnamese.md."""

import ast
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib import admin
from django.db.models.fields.related import ForeignObjectRel
from django.urls import reverse

from newsroom.text import _WORD_RE, DEFAULT_TONE_PLACEMENT, normalize
from tests.factories import ArticleFactory, PersonFactory, PositionFactory, ResolutionFactory

ROOT = Path(__file__).resolve().parent.parent
OUR_APPS = ("articles", "people", "media")
# Vocabularies that match copy in either placement, so they list both on purpose, and the
# module that states the rule itself.
MATCHING_BOTH = (
    "people/mentions/",
    "articles/wire/read/",
    "media/credits.py",
    "newsroom/text.py",
    "newsroom/search_text.py",
    "/migrations/",
)


def other_form(text: str) -> list[str]:
    """Words of ``text`` whose tones are not where the house style puts them."""
    return [
        word
        for word in _WORD_RE.findall(str(text))
        if not word.isascii() and normalize(word, tone_placement=DEFAULT_TONE_PLACEMENT) != word
    ]


def test_other_form_finds_the_main_vowel_spelling():
    assert other_form("Đại hội / khóa: khoá XIII, Thành uỷ, Ủy ban") == ["khoá", "uỷ"]


def test_templates_use_the_house_placement():
    wrong = {
        str(path.relative_to(ROOT)): words
        for path in sorted((ROOT / "templates").rglob("*"))
        if path.is_file() and (words := other_form(path.read_text(encoding="utf-8")))
    }
    assert wrong == {}


@pytest.mark.django_db
def test_model_labels_use_the_house_placement():
    labels = []
    for model in apps.get_models():
        if model._meta.app_label not in OUR_APPS:
            continue
        labels += [model._meta.verbose_name, model._meta.verbose_name_plural]
        for field in model._meta.get_fields():
            if isinstance(field, ForeignObjectRel):
                continue
            labels += [field.verbose_name, field.help_text]
            labels += [label for _, label in field.flatchoices or ()]
    assert [word for label in labels for word in other_form(label)] == []


def test_admin_labels_use_the_house_placement():
    labels = [admin.site.site_header, admin.site.site_title, admin.site.index_title]
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label not in OUR_APPS:
            continue
        for action in model_admin.actions or ():
            labels.append(getattr(action, "short_description", ""))
        for item in model_admin.list_display:
            labels.append(getattr(getattr(model_admin, str(item), None), "short_description", ""))
        for name, options in model_admin.fieldsets or ():
            labels += [name or "", options.get("description", "")]
    assert [word for label in labels for word in other_form(label)] == []


def _strings_in_code(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            yield node.lineno, node.value


def test_messages_written_in_the_code_use_the_house_placement():
    """Labels, messages and errors the code shows ("xóa ô ảnh", not "xoá ô ảnh")."""
    wrong = []
    for package in (*OUR_APPS, "newsroom"):
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if any(part in f"/{relative}" for part in MATCHING_BOTH):
                continue
            for line, text in _strings_in_code(path):
                wrong += [f"{relative}:{line}: {word}" for word in other_form(text)]
    assert wrong == []


def _visible_text(html: str) -> str:
    html = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html)
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.django_db
def test_pages_readers_and_editors_see_use_one_placement(client, admin_client):
    """What the pages print, labels and stored text alike (copy typed in the other form)."""
    story = ArticleFactory(
        title="Thành uỷ Hà Nội quán triệt nghị quyết về thuỷ lợi",
        sapo="Uỷ ban nhân dân thành phố báo cáo kết quả khoá trước.",
    )
    person = PersonFactory(full_name="Hoàng Thị Thúy Lan")
    PositionFactory(person=person, title="Phó Chủ tịch Uỷ ban nhân dân tỉnh Khánh Hoà")
    resolution = ResolutionFactory(term="khoá XIII")
    pages = {
        "/": client,
        story.get_absolute_url(): client,
        person.get_absolute_url(): client,
        resolution.get_absolute_url(): client,
        "/nhan-vat/": client,
        "/van-ban/": client,
        "/tim-kiem/?q=thanh+uy+ha+noi": client,
        reverse("admin:articles_article_changelist"): admin_client,
        reverse("admin:articles_article_change", args=[story.pk]): admin_client,
        reverse("admin:people_person_change", args=[person.pk]): admin_client,
        reverse("admin:people_resolution_changelist"): admin_client,
    }
    wrong = {}
    for url, reader in pages.items():
        response = reader.get(url)
        assert response.status_code == 200, url
        if words := other_form(_visible_text(response.content.decode())):
            wrong[url] = sorted(set(words))
    assert wrong == {}
