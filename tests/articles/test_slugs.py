"""A story's address (``Article.slug``): it follows the title until the story is first
published, is frozen from then on, and a hand-changed public address keeps the old one
redirecting (``OldSlug``, ``articles.site.views.article_detail``)."""

import pytest
from django.urls import reverse

from articles.desk import workflow
from articles.models import Article, OldSlug
from articles.wire.batch import wire_import
from articles.wire.sources import WireSource
from newsroom.slugs import slug_made_from
from tests.articles.desk.test_admin import change_url, client_for, form_data
from tests.factories import SectionFactory
from tests.paths import WIRE_DATA

pytestmark = pytest.mark.django_db

S = Article.Status
TITLE = "Thành ủy Hà Nội bế mạc hội nghị lần thứ 12"


@pytest.fixture
def section():
    return SectionFactory(name="Thời sự", slug="thoi-su")


@pytest.fixture
def as_user(client):
    return lambda user: client_for(type(client), user)


def titleless_draft():
    """The sample wire item that came without a title, imported as a draft."""
    report = wire_import(sources=[WireSource.from_path(WIRE_DATA / "thanhuy_city.txt")])
    article = Article.objects.get(pk=report.items[0]["article_id"])
    assert article.slug.startswith("chua-co-tieu-de-")
    return article


def publish(article, *, editor, publisher):
    workflow.article_submit(article=article, by=editor)
    workflow.article_approve(article=article, by=editor)
    workflow.article_publish(article=article, by=publisher)
    article.refresh_from_db()
    return article


def edit(article, *, by, **fields):
    for name, value in fields.items():
        setattr(article, name, value)
    return workflow.article_edit(article=article, by=by, expected_version=article.version)


def test_a_titleless_wire_draft_goes_live_at_the_address_of_its_real_title(
    client, section, editor, publisher
):
    article = titleless_draft()
    edit(article, by=editor, title=TITLE)
    article.photo_slots.all().delete()  # the slots block publication
    article = publish(article, editor=editor, publisher=publisher)

    assert article.slug == "thanh-uy-ha-noi-be-mac-hoi-nghi-lan-thu-12"
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "chua-co-tieu-de" not in response.content.decode()


def test_the_title_set_in_the_admin_moves_the_drafts_slug(as_user, section, editor):
    article = titleless_draft()
    response = as_user(editor).post(change_url(article), form_data(article, title=TITLE))
    assert response.status_code == 302

    article.refresh_from_db()
    assert article.slug == "thanh-uy-ha-noi-be-mac-hoi-nghi-lan-thu-12"


def test_an_editor_may_set_a_drafts_slug_by_hand_and_it_stays(as_user, section, editor):
    article = titleless_draft()
    client = as_user(editor)
    page = client.get(change_url(article)).content.decode()
    assert 'name="slug"' in page  # an input, not a read-only line

    client.post(change_url(article), form_data(article, title=TITLE, slug="hoi-nghi-thanh-uy"))
    article.refresh_from_db()
    assert article.slug == "hoi-nghi-thanh-uy"

    edit(article, by=editor, title="Thành ủy Hà Nội bế mạc Hội nghị Trung ương")
    assert Article.objects.get(pk=article.pk).slug == "hoi-nghi-thanh-uy"


def test_equal_titles_keep_their_suffix_and_the_draft_still_follows(section, editor):
    first = titleless_draft()
    edit(first, by=editor, title=TITLE)
    second = Article.objects.create(title=TITLE, section=section, body="<p>Bài khác.</p>")
    assert second.slug == "thanh-uy-ha-noi-be-mac-hoi-nghi-lan-thu-12-2"

    second.title = "Hà Nội công bố quy hoạch Thủ đô"
    second.save()
    assert second.slug == "ha-noi-cong-bo-quy-hoach-thu-do"


def test_a_published_storys_title_change_keeps_its_address(section, editor, publisher):
    article = titleless_draft()
    edit(article, by=editor, title=TITLE)
    article.photo_slots.all().delete()
    article = publish(article, editor=editor, publisher=publisher)
    address = article.slug

    article.title = "Thành ủy Hà Nội bế mạc Hội nghị lần thứ mười hai"
    workflow.article_edit(
        article=article, by=publisher, expected_version=article.version, minor_edit=True
    )
    article.refresh_from_db()
    assert article.slug == address
    assert not OldSlug.objects.exists()


def test_a_hand_changed_public_address_redirects_permanently(as_user, client, section, publisher):
    article = Article.objects.create(title=TITLE, section=section, body="<p>Nội dung.</p>")
    article.status, article.published_at = S.PUBLISHED, article.created_at
    article.save()
    old_url = article.get_absolute_url()

    response = as_user(publisher).post(
        change_url(article), form_data(article, slug="thanh-uy-ha-noi-be-mac-hoi-nghi")
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.slug == "thanh-uy-ha-noi-be-mac-hoi-nghi"

    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == reverse("articles:detail", kwargs={"slug": article.slug})
    assert client.get(response["Location"]).status_code == 200

    # Back to the first address: it is the story's own again, the other one redirects.
    edit(article, by=publisher, slug="thanh-uy-ha-noi-be-mac-hoi-nghi-lan-thu-12")
    assert client.get(old_url).status_code == 200
    assert client.get("/bai-viet/thanh-uy-ha-noi-be-mac-hoi-nghi/").status_code == 301
    assert list(OldSlug.objects.values_list("slug", flat=True)) == [
        "thanh-uy-ha-noi-be-mac-hoi-nghi"
    ]


def test_an_old_address_never_reveals_a_story_readers_cannot_see(
    client, section, editor, publisher
):
    draft = titleless_draft()
    draft_address = draft.get_absolute_url()
    edit(draft, by=editor, title=TITLE)
    assert not OldSlug.objects.exists()  # a draft's earlier slug was never public
    assert client.get(draft_address).status_code == 404

    story = Article.objects.create(title="Bài đã gỡ", section=section, body="<p>Nội dung.</p>")
    story.status, story.published_at = S.PUBLISHED, story.created_at
    story.save()
    old = story.get_absolute_url()
    story.slug = "bai-da-go-moi"
    story.save()
    assert client.get(old).status_code == 301
    workflow.article_unpublish(article=story, by=publisher)
    assert client.get(old).status_code == 404


def test_a_public_story_keeps_its_address_when_the_slug_is_emptied(section):
    story = Article.objects.create(title=TITLE, section=section, body="<p>Nội dung.</p>")
    story.status, story.published_at = S.PUBLISHED, story.created_at
    story.save()
    story.slug = ""
    story.save()
    assert story.slug == "thanh-uy-ha-noi-be-mac-hoi-nghi-lan-thu-12"


def test_the_redirect_lookup_costs_one_query(client, django_assert_num_queries, section):
    story = Article.objects.create(title=TITLE, section=section, body="<p>Nội dung.</p>")
    story.status, story.published_at = S.PUBLISHED, story.created_at
    story.save()
    story.slug = "dia-chi-moi"
    story.save()
    with django_assert_num_queries(2):  # the kept-page read misses, then the old slugs
        assert (
            client.get("/bai-viet/thanh-uy-ha-noi-be-mac-hoi-nghi-lan-thu-12/").status_code == 301
        )


@pytest.mark.parametrize(
    ("slug", "title", "made"),
    [
        ("chua-co-tieu-de-do-la-yeu-cau", "[Chưa có tiêu đề] Đó là yêu cầu", True),
        ("chua-co-tieu-de-do-la-yeu-cau-3", "[Chưa có tiêu đề] Đó là yêu cầu", True),
        ("chua-co-tieu-de-do-la-yeu-cau-moi", "[Chưa có tiêu đề] Đó là yêu cầu", False),
        ("hoi-nghi-thanh-uy", "Thành ủy Hà Nội bế mạc hội nghị", False),
        ("article", "!!!", True),
    ],
)
def test_slug_made_from(slug, title, made):
    assert slug_made_from(slug, title, max_length=120, fallback="article") is made
