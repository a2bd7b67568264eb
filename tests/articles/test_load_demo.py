"""``manage.py load_demo``: a believable newsroom, kept off the site where due, re-runnable.

Each load takes a few seconds, so the tests are few and each checks a whole area.
"""

import copy
import datetime
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.utils.html import escape

from articles.demo import content, load_demo
from articles.models import Article, Section
from media.models import Caption, Photo
from newsroom.html_blocks import split_blocks
from newsroom.text import normalize_inline
from people.models import Organization, Person, Resolution

pytestmark = pytest.mark.django_db


def run_command() -> str:
    out = StringIO()
    call_command("load_demo", "--force", stdout=out)  # test settings run with DEBUG=False
    return out.getvalue()


@pytest.fixture
def demo():
    cache.clear()  # a page another test cached must not answer for the demo
    return run_command()


def media_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return sorted(path.relative_to(root) for path in root.rglob("*") if path.is_file())


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models(include_auto_created=True)
    }


def test_rerunning_changes_nothing_and_redraws_only_a_lost_photo_file(demo):
    assert "Bài viết: 41" in demo
    counts, files = row_counts(), media_files()
    stamps = list(Article.objects.order_by("pk").values_list("pk", "updated_at", "version"))
    assert len(files) == len(content.PHOTOS)

    output = run_command()

    assert "Không có gì thay đổi" in output
    assert row_counts() == counts  # every model, revisions and editorial record included
    assert media_files() == files
    after = list(Article.objects.order_by("pk").values_list("pk", "updated_at", "version"))
    assert after == stamps

    photo = Photo.objects.get(original_filename="demo-07.jpg")
    Path(photo.image.path).unlink()

    result = load_demo()

    photo.refresh_from_db()
    assert Path(photo.image.path).is_file()
    assert result["files_written"] == 1
    assert (result["created"], result["deleted"], result["linked"]) == (0, 0, 0)
    assert row_counts()["media.Photo"] == counts["media.Photo"]
    assert photo.captions.count() == 2  # still the photo of the same two stories


def test_an_edited_content_file_updates_the_demo_in_place(demo, monkeypatch):
    articles, people = copy.deepcopy(content.ARTICLES), copy.deepcopy(content.PEOPLE)
    story = articles[1]  # published two months ago, with two photos
    story["body"] = [*story["body"], "Đoạn bổ sung của biên tập viên."]
    story["photos"] = story["photos"][:1]
    official = people[0]
    official["positions"] = official["positions"][:-1]
    monkeypatch.setattr(content, "ARTICLES", articles)
    monkeypatch.setattr(content, "PEOPLE", people)
    counts = row_counts()

    result = load_demo()

    assert (result["created"], result["updated"], result["deleted"]) == (0, 1, 2)
    article = Article.objects.get(title=normalize_inline(story["title"]))
    assert "Đoạn bổ sung của biên tập viên." in article.body
    assert "doan bo sung cua bien tap vien" in article.search_text  # derived fields follow
    assert article.captions.count() == 1
    assert article.transitions.filter(action="minor_edit").count() == 1
    person = Person.objects.get(full_name=normalize_inline(official["full_name"]))
    assert person.positions.count() == len(official["positions"])
    assert row_counts()["articles.Article"] == counts["articles.Article"]


def test_readers_see_published_stories_and_nothing_else(demo, client):
    published = Article.objects.published()
    assert published.count() >= 30
    hidden = Article.objects.exclude(pk__in=published)
    assert sorted(hidden.values_list("status", flat=True)) == [
        "draft",
        "draft",
        "published",  # scheduled: published, its time still ahead
        "review",
    ]
    scheduled = hidden.get(status=Article.Status.PUBLISHED)
    assert scheduled.is_scheduled()
    assert 1 <= published.filter(is_featured=True).count() <= 3

    home = client.get("/")
    assert home.status_code == 200
    lead = published.filter(is_featured=True).newest_first().first()
    assert escape(lead.title) in home.content.decode()

    story = published.get(title=normalize_inline("Quảng Ninh xúc tiến đầu tư tại Nhật Bản"))
    page = client.get(story.get_absolute_url())
    assert page.status_code == 200
    assert escape(story.title) in page.content.decode()
    draft_resolution = Resolution.objects.get(status=Resolution.Status.DRAFT)
    mentioning = published.get(resolutions=draft_resolution)
    assert (
        escape(draft_resolution.title)
        not in client.get(mentioning.get_absolute_url()).content.decode()
    )
    for article in hidden:
        assert client.get(article.get_absolute_url()).status_code == 404
    assert escape(scheduled.title) not in home.content.decode()


def test_update_times_are_the_newsrooms_not_the_loads(demo, client):
    """ "Cập nhật" shows only on a demo story that was updated after publication, with the
    time its content gives; the others were never updated: no line, not the load's time."""
    now = datetime.datetime.now(datetime.UTC)
    updated = {
        normalize_inline(s["title"]): s["updated_at"] for s in content.ARTICLES if "updated_at" in s
    }
    assert updated
    for article in Article.objects.published():
        assert article.updated_at < now - datetime.timedelta(hours=1)
        page = client.get(article.get_absolute_url()).content.decode()
        if article.title in updated:
            local = updated[article.title]  # "2026-11-24 16:20"
            day, time = local.split()
            shown = f"{day[8:10]}/{day[5:7]}/{day[:4]} {time}"
            assert "Cập nhật: <time" in page and shown in page.split("Cập nhật:")[1][:200]
        else:
            assert article.updated_at == article.published_at
            assert "Cập nhật:" not in page


def test_content_looks_like_a_political_newsroom_with_its_photos(demo):
    assert set(Section.objects.values_list("name", flat=True)) >= {
        normalize_inline(name)
        for name in [
            "Thời sự",
            "Chính trị",
            "Xây dựng Đảng",
            "Quốc hội",
            "Địa phương",
            "Pháp luật",
            "Quốc tế",
        ]
    }
    assert Organization.objects.count() >= 12
    hanoi = Organization.objects.get(short_name="UBND TP Hà Nội")
    assert hanoi.parent.short_name == "HĐND TP Hà Nội"
    assert Organization.objects.get(name="Bộ Chính trị").parent.name == normalize_inline(
        "Ban Chấp hành Trung ương"
    )
    assert Person.objects.count() >= 12
    assert Resolution.objects.count() >= 8

    old = Resolution.objects.get(number="09-NQ/TU")
    assert old.status == Resolution.Status.SUPERSEDED
    assert old.superseded_by.number == "24-NQ/TU"
    draft = Resolution.objects.get(status=Resolution.Status.DRAFT)
    assert draft not in Resolution.objects.public()

    for article in Article.objects.prefetch_related("tags", "captions"):
        assert article.sapo and article.byline
        blocks = split_blocks(article.body)
        assert 3 <= len([b for b in blocks if b.startswith("<p>")]) <= 6
        assert 3 <= len(article.tags.all()) <= 5
        for caption in article.captions.all():
            assert caption.text and caption.credit
            assert caption.position <= len(blocks)
    assert Article.objects.filter(body__contains="<h2>").count() >= 10
    dates = Article.objects.published().values_list("published_at", flat=True)
    assert max(dates) - min(dates) > datetime.timedelta(days=2 * 365)

    photo = Photo.objects.get(original_filename="demo-07.jpg")
    assert (photo.width, photo.height) == (1200, 800)
    assert photo.image.name.startswith("anh/")  # the model's dated, generated file name
    assert photo.credit and photo.alt_text and photo.content_hash
    captions = list(photo.captions.values_list("text", flat=True))
    assert len(captions) == 2 and captions[0] != captions[1]

    with_photos = Article.objects.filter(captions__isnull=False).distinct().count()
    assert with_photos >= 0.8 * Article.objects.count()
    assert Caption.objects.filter(order__gt=0).exists()
    assert Person.objects.filter(portrait__isnull=False).count() >= 4
    assert Photo.objects.get(original_filename="demo-03.jpg").credit == "VGP/Nhật Bắc"


def test_titles_change_with_the_date_and_stack_by_rank(demo):
    def person(name):
        return Person.objects.get(full_name=normalize_inline(name))

    def titles(name, day):
        return person(name).title_on(datetime.date.fromisoformat(day))

    assert titles("Trịnh Quốc Hưng", "2019-06-01") == [
        normalize_inline("Phó Bí thư Thường trực Thành ủy Hà Nội")
    ]
    assert titles("Trịnh Quốc Hưng", "2024-06-01") == [
        normalize_inline(title)
        for title in [
            "Ủy viên Trung ương Đảng",
            "Bí thư Thành ủy Hà Nội",
            "Trưởng Đoàn đại biểu Quốc hội thành phố Hà Nội",
        ]
    ]
    assert normalize_inline("Chủ tịch UBND tỉnh Quảng Ninh") in titles(
        "Ninh Văn Cảnh", "2019-06-01"
    )
    assert normalize_inline("Bí thư Tỉnh ủy Quảng Ninh") in titles("Ninh Văn Cảnh", "2024-06-01")
    changed = [
        p
        for p in Person.objects.all()
        if p.title_on(datetime.date(2019, 6, 1)) != p.title_on(datetime.date(2024, 6, 1))
    ]
    assert len(changed) >= 5

    # A story shows the titles its officials held on the day it ran.
    story = Article.objects.get(title__startswith=normalize_inline("Thành ủy Hà Nội triển khai"))
    (official, held), *_ = story.officials_with_titles()
    assert official.pk == person("Trịnh Quốc Hưng").pk
    assert normalize_inline("Bí thư Thành ủy Hà Nội") in held


def test_refuses_to_load_fake_news_outside_development():
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("load_demo", stdout=StringIO())
    assert not Article.objects.exists()
