"""``{% teaser %}``: the markup of one story in a list."""

import datetime
import re

import pytest
from django.template import engines
from django.utils import timezone

from articles.models import Article
from tests.factories import ArticleFactory
from tests.public_data import add_captions

pytestmark = pytest.mark.django_db


def render(story, args=""):
    story = Article.objects.for_listing().get(pk=story.pk)
    template = engines["django"].from_string("{% load teasers %}{% teaser story " + args + " %}")
    return template.render({"story": story})


@pytest.fixture
def story():
    story = ArticleFactory(
        title='Quốc hội thông qua Luật <Đất đai> & "sửa đổi"',
        sapo=" ".join(["từ"] * 60),
        published_at=timezone.make_aware(datetime.datetime(2024, 1, 18, 9, 5)),
    )
    add_captions(story, 1)
    return story


def test_lead_story_with_photo_section_and_sapo(story):
    html = render(story, 'large=True level="3" show_section=True sizes="(min-width: 1024px) 660px"')
    photo = story.captions.get().photo
    assert html.startswith('<article class="teaser teaser--lead">')
    assert f'<a class="teaser-image" href="{story.get_absolute_url()}" tabindex="-1"' in html
    assert (
        f'src="{photo.src}" srcset="{photo.srcset_jpeg}" sizes="(min-width: 1024px) 660px"' in html
    )
    assert f'width="{photo.width}" height="{photo.height}" fetchpriority="high"' in html
    assert f'<p class="kicker"><a href="{story.section.get_absolute_url()}">' in html
    assert '<h3 class="teaser-title">' in html and html.count("</h3>") == 1
    assert "Luật &lt;Đất đai&gt; &amp; &quot;sửa đổi&quot;" in html  # escaped
    assert '<time datetime="2024-01-18T09:05:00+07:00">Thứ Năm, 18/01/2024 09:05</time>' in html
    sapo = re.search(r'<p class="teaser-sapo">(.*?)</p>', html).group(1)
    assert sapo.count("từ") == 50 and sapo.endswith(" …")


def test_plain_teaser_defaults(story):
    html = render(story)
    assert html.startswith('<article class="teaser">')
    assert 'sizes="(min-width: 760px) 240px, 100vw"' in html
    assert 'loading="lazy"' in html and "fetchpriority" not in html
    assert '<h2 class="teaser-title">' in html
    assert "kicker" not in html and "teaser-sapo" not in html


def test_text_only_teaser_and_story_without_photo(story):
    html = render(story, "no_image=1 show_sapo=True")
    assert 'class="teaser teaser--text"' in html and "<img" not in html
    assert "teaser-sapo" in html
    bare = ArticleFactory(sapo="")
    html = render(bare, "show_sapo=True")
    assert "<img" not in html and "teaser-sapo" not in html


# -- Kept teasers (articles.site.teasers) ---------------------------------------------------------


def kept(story):
    from articles.models import ArticleTeaser

    return ArticleTeaser.objects.filter(pk=story.pk).first()


def test_a_published_story_has_its_teaser_built_when_its_save_commits(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        story = ArticleFactory(title="Quốc hội khai mạc kỳ họp thứ 10")
    teaser = kept(story)
    assert teaser is not None and teaser.stamp == story.updated_at
    assert teaser.parts["title"] == "Quốc hội khai mạc kỳ họp thứ 10"
    with django_capture_on_commit_callbacks(execute=True):
        draft = ArticleFactory(title="Bản nháp", status=Article.Status.DRAFT, published_at=None)
    assert kept(draft) is None  # no list shows a draft


def test_the_kept_teaser_gives_the_markup_of_the_story_read_from_its_models(story):
    from articles.site import teasers

    teasers.build([story.pk])
    [kept_teaser] = teasers.rows(Article.objects.filter(pk=story.pk).values_list(*teasers.COLUMNS))
    options = {"level": "3", "show_section": True, "show_sapo": True}
    assert kept_teaser.html(**options) == render(
        story, 'level="3" show_section=True show_sapo=True'
    )


def test_an_edited_story_is_not_listed_with_its_old_teaser(client, story):
    from articles.site import teasers

    teasers.build([story.pk])
    story.refresh_from_db()
    story.title = "Quốc hội thông qua Luật Đất đai (sửa đổi) với đa số phiếu tán thành"
    story.save(text_change_recorded=True)  # a minor edit; the stamp tells the list
    html = client.get(story.section.get_absolute_url()).content.decode()
    assert "với đa số phiếu tán thành" in html


def test_a_new_lead_photo_and_a_renamed_section_show_in_the_lists(client, story):
    from articles.site import teasers

    teasers.build([story.pk])
    photo = story.captions.get().photo
    assert photo.src in client.get(story.section.get_absolute_url()).content.decode()
    story.captions.all().delete()
    assert kept(story) is None
    page = client.get(story.section.get_absolute_url()).content.decode()
    assert photo.src not in page and "teaser-image" not in page
    teasers.build([story.pk])
    story.section.name = "Thời sự trong nước"
    story.section.save()
    assert kept(story) is None
    kicker = f'<p class="kicker"><a href="{story.section.get_absolute_url()}">Thời sự trong nước'
    assert kicker in client.get("/").content.decode()  # the lead shows its section
