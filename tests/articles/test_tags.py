"""Tags are one per folded form, keep their first spelling, and list in Vietnamese order."""

import html
import unicodedata

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from articles.desk.forms import tags_edit_string
from articles.models import Article, Tag
from newsroom.text import normalize_inline
from tests.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db

SPELLINGS_OF_HA_NOI = [
    "HÀ NỘI",
    "hà nội",
    "Ha Noi",
    unicodedata.normalize("NFD", "Hà Nội"),
    "  Hà   Nội ",
]


@pytest.mark.parametrize("typed", SPELLINGS_OF_HA_NOI)
def test_any_spelling_reuses_the_existing_tag(typed):
    first = ArticleFactory()
    first.tags.add("Hà Nội")
    other = ArticleFactory()
    other.tags.add(typed)
    assert Tag.objects.count() == 1
    tag = Tag.objects.get()
    assert (tag.name, tag.slug) == ("Hà Nội", "ha-noi")
    assert list(other.tags.names()) == ["Hà Nội"]


def test_tone_placement_and_case_do_not_make_a_second_tag():
    story = ArticleFactory()
    story.tags.set(["Thành ủy Hà Nội", "THÀNH UỶ HÀ NỘI", "thành uỷ hà nội"])
    assert list(story.tags.names()) == [normalize_inline("Thành ủy Hà Nội")]  # house placement
    assert Tag.objects.count() == 1


def test_set_keeps_existing_links_and_remove_matches_by_folded_form():
    story = ArticleFactory()
    story.tags.set(["Quốc hội", "Đà Nẵng"])
    story.tags.set(["QUỐC HỘI", "da nang", "Ấn Độ"])
    assert list(story.tags.names()) == ["Ấn Độ", "Đà Nẵng", "Quốc hội"]
    story.tags.remove("an do")
    assert list(story.tags.names()) == ["Đà Nẵng", "Quốc hội"]
    story.tags.remove(Tag.objects.get(name="Quốc hội"))
    assert list(story.tags.names()) == ["Đà Nẵng"]
    assert Tag.objects.count() == 3


def test_tags_sort_in_vietnamese_order():
    names = ["Quốc hội", "Đà Nẵng", "Dân chủ", "Ấn Độ", "Anh", "Ăn uống", "Bầu cử", "Zambia"]
    story = ArticleFactory()
    story.tags.add(*names)
    expected = ["Anh", "Ăn uống", "Ấn Độ", "Bầu cử", "Dân chủ", "Đà Nẵng", "Quốc hội", "Zambia"]
    assert list(Tag.objects.values_list("name", flat=True)) == expected
    assert list(story.tags.names()) == expected
    prefetched = Article.objects.prefetch_related("tags").get(pk=story.pk)
    assert [tag.name for tag in prefetched.tags.all()] == expected
    assert tags_edit_string(Tag.objects.order_by("-id")) == (
        'Anh, "Ăn uống", "Ấn Độ", "Bầu cử", "Dân chủ", "Đà Nẵng", "Quốc hội", Zambia'
    )


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.vn", "mat-khau-123")
    client.force_login(user)
    return client


def test_admin_form_reuses_tags_and_lists_them_in_vietnamese_order(editor_client):
    ArticleFactory().tags.add("Hà Nội", "Đảng bộ")
    section = SectionFactory(name="Chính trị")
    data = {
        "title": "Hà Nội bầu bổ sung Phó Chủ tịch",
        "slug": "",
        "section": section.pk,
        "sapo": "Sáng 20/5.",
        "body": "<p>Nội dung</p>",
        "status": "draft",
        "published_at_0": "",
        "published_at_1": "",
        "byline": "Ánh Sáng",
        "source": "",
        "tags": "HÀ NỘI, đảng bộ, Bầu cử",
        "captions-TOTAL_FORMS": "0",
        "captions-INITIAL_FORMS": "0",
        "captions-MIN_NUM_FORMS": "0",
        "captions-MAX_NUM_FORMS": "1000",
    }
    response = editor_client.post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(title=data["title"])
    assert list(article.tags.names()) == ["Bầu cử", "Đảng bộ", "Hà Nội"]
    assert sorted(Tag.objects.values_list("slug", flat=True)) == ["bau-cu", "dang-bo", "ha-noi"]

    change = editor_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert '"Bầu cử", "Đảng bộ", "Hà Nội"' in html.unescape(change.text)
    changelist = editor_client.get(reverse("admin:articles_tag_changelist"))
    text = changelist.text
    assert text.index("Bầu cử") < text.index("Đảng bộ") < text.index("Hà Nội")


def test_tag_page_lists_under_the_first_spelling(client):
    story = ArticleFactory(status=Article.Status.PUBLISHED)
    story.tags.add("Hà Nội")
    ArticleFactory(status=Article.Status.PUBLISHED).tags.add("HÀ NỘI")
    response = client.get("/the/ha-noi/")
    assert response.status_code == 200
    assert "Hà Nội" in response.text
    assert len(response.context["page"].object_list) == 2
    assert client.get("/the/ha-noi-1/").status_code == 404


# -- The migration merging tags that fold alike ------------------------------------------------


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_migration_merges_duplicate_tags_without_losing_a_story_link():
    old = _migrate([("articles", "0010_article_rendering")])
    Section = old.get_model("articles", "Section")
    OldArticle = old.get_model("articles", "Article")
    OldTag = old.get_model("articles", "Tag")
    Tagged = old.get_model("articles", "TaggedArticle")
    section = Section.objects.create(name="Thời sự", slug="thoi-su")
    stories = [
        OldArticle.objects.create(title=f"Bài {n}", slug=f"bai-{n}", section=section)
        for n in range(3)
    ]
    ha_noi = OldTag.objects.create(name="Hà Nội", slug="ha-noi")
    upper = OldTag.objects.create(name="HÀ NỘI", slug="ha-noi-1")
    plain = OldTag.objects.create(name="ha noi", slug="ha-noi-2")
    other = OldTag.objects.create(name="Đà Nẵng", slug="da-nang")
    Tagged.objects.create(tag=ha_noi, content_object=stories[0])
    Tagged.objects.create(tag=upper, content_object=stories[0])  # same story, both spellings
    Tagged.objects.create(tag=upper, content_object=stories[1])
    Tagged.objects.create(tag=plain, content_object=stories[2])
    Tagged.objects.create(tag=other, content_object=stories[2])

    new = _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    NewTag = new.get_model("articles", "Tag")
    NewTagged = new.get_model("articles", "TaggedArticle")
    assert list(NewTag.objects.values_list("name", "slug", "folded")) == [
        ("Đà Nẵng", "da-nang", "da nang"),
        ("Hà Nội", "ha-noi", "ha noi"),
    ]
    links = sorted(NewTagged.objects.values_list("content_object_id", "tag__name"))
    assert links == sorted(
        [
            (stories[0].pk, "Hà Nội"),
            (stories[1].pk, "Hà Nội"),
            (stories[2].pk, "Hà Nội"),
            (stories[2].pk, "Đà Nẵng"),
        ]
    )
