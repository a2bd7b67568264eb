"""A small, realistic public site for the page, feed and sitemap tests.

Stories that must never reach readers carry "KHÔNG ĐƯỢC HIỆN" in their title so that one
assertion can look for them on any page.
"""

import datetime
import html
import io
import re
from dataclasses import dataclass, field

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image, ImageDraw

from articles.models import Article, Section
from tests.factories import (
    ArticleFactory,
    CaptionFactory,
    OrganizationFactory,
    PersonFactory,
    PhotoFactory,
    PositionFactory,
    ResolutionFactory,
)

HIDDEN = "KHÔNG ĐƯỢC HIỆN"
RELATED_TITLE = re.compile(r'<h3 class="teaser-title"><a href="[^"]*">(.*?)</a></h3>')

_photo_seed = iter(range(1, 1_000_000))


def related_titles(response) -> list[str]:
    """The titles of the related stories a story page shows, in order."""
    page = response.content.decode()
    if '<aside class="related"' not in page:
        return []
    aside = page.split('<aside class="related"', 1)[1].split("</aside>", 1)[0]
    return [html.unescape(title) for title in RELATED_TITLE.findall(aside)]


def photo_file(seed: int, *, size=(720, 480)) -> SimpleUploadedFile:
    """A JPEG that looks a little like a photo and differs for every seed (no duplicates)."""
    width, height = size
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(image)
    for k in range(5):
        x = (seed * 97 + k * 173) % width
        y = (seed * 61 + k * 89) % height
        colour = ((seed * 37 + 40 * k) % 256, (200 - 30 * k) % 256, (seed * 11) % 256)
        draw.ellipse((x, y, x + width // 5, y + height // 5), fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return SimpleUploadedFile(f"anh-{seed}.jpg", buffer.getvalue(), content_type="image/jpeg")


def make_photo(**kwargs):
    return PhotoFactory(image=photo_file(next(_photo_seed)), **kwargs)


def add_captions(article, count: int, *, start_position: int = 0):
    return [
        CaptionFactory(
            article=article,
            photo=make_photo(),
            text=f"Đại biểu dự hội nghị, ảnh {n + 1}",
            credit="Anh Sơn",
            position=start_position + n,
            order=n,
        )
        for n in range(count)
    ]


def hidden_articles(section, *, official=None, resolution=None, tag=None):
    """One story in every state readers must not see, all mentioning the same things."""
    now = timezone.now()
    hour = datetime.timedelta(hours=1)
    states = [
        {"status": Article.Status.DRAFT, "published_at": now - hour},
        {"status": Article.Status.REVIEW, "published_at": None},
        {"status": Article.Status.APPROVED, "published_at": now - hour},
        {"status": Article.Status.UNPUBLISHED, "published_at": now - 2 * hour},
        {"status": Article.Status.PUBLISHED, "published_at": now + hour},  # scheduled
        {"status": Article.Status.PUBLISHED, "published_at": None},
        {
            "status": Article.Status.PUBLISHED,
            "published_at": now - hour,
            "embargo_until": now + 2 * hour,
        },
    ]
    stories = []
    for n, state in enumerate(states):
        story = ArticleFactory(
            title=f"{HIDDEN} {state['status']} {n}: Bộ Chính trị cho ý kiến về đề án",
            section=section,
            is_featured=True,
            **state,
        )
        if official is not None:
            story.officials.add(official)
        if resolution is not None:
            story.resolutions.add(resolution)
        if tag:
            story.tags.add(tag)
        stories.append(story)
    return stories


@dataclass
class PublicSite:
    sections: list = field(default_factory=list)
    official: object = None
    resolution: object = None
    lead: object = None
    story: object = None
    stories: list = field(default_factory=list)
    hidden: list = field(default_factory=list)


def build_public_site(*, with_hidden=True) -> PublicSite:
    """Four sections, an official with a career, a resolution, and a dozen live stories."""
    now = timezone.now()
    site = PublicSite()
    names = ["Chính trị", "Thời sự", "Kinh tế", "Pháp luật"]
    site.sections = [Section.objects.create(name=name, order=n) for n, name in enumerate(names)]
    politics = site.sections[0]

    city_party = OrganizationFactory(name="Thành uỷ Hà Nội", kind="party")
    site.official = PersonFactory(full_name="Đinh Tiến Dũng", birth_year=1961)
    PositionFactory(
        person=site.official,
        title="Bộ trưởng Bộ Tài chính",
        organization=OrganizationFactory(name="Bộ Tài chính", kind="ministry"),
        start_date=datetime.date(2016, 4, 9),
        end_date=datetime.date(2021, 2, 4),
        term="khóa XIV",
    )
    PositionFactory(
        person=site.official,
        title="Bí thư Thành ủy Hà Nội",
        organization=city_party,
        start_date=datetime.date(2021, 2, 5),
        term="khóa XVII",
        rank=10,
    )
    site.resolution = ResolutionFactory(
        number="15-NQ/TU",
        title="Về phát triển kinh tế tập thể trên địa bàn Thủ đô",
        issuer=city_party,
        adopted_on=datetime.date(2022, 5, 10),
        summary="<p>Nghị quyết đặt mục tiêu đến năm 2030 có 3.000 hợp tác xã.</p>",
    )

    site.story = ArticleFactory(
        title="Bí thư Thành ủy Hà Nội Đinh Tiến Dũng làm việc với quận Hoàn Kiếm",
        sapo="Chiều 12/3, đồng chí Đinh Tiến Dũng làm việc với Ban Thường vụ Quận ủy Hoàn Kiếm.",
        body=(
            "<p>Báo cáo tại buổi làm việc cho biết quận đã hoàn thành các chỉ tiêu.</p>"
            "<p>Phát biểu kết luận, Bí thư Thành ủy đề nghị quận tiếp tục cải cách hành chính.</p>"
            "<h2>Chỉnh trang đô thị</h2>"
            "<p>Quận cần hoàn thành việc chỉnh trang các tuyến phố quanh hồ Hoàn Kiếm.</p>"
        ),
        section=politics,
        byline="Minh Châu - Anh Sơn",
        published_at=now - datetime.timedelta(hours=3),
    )
    site.story.officials.add(site.official)
    site.story.resolutions.add(site.resolution)
    site.story.tags.add("Hà Nội", "Đại hội Đảng")
    add_captions(site.story, 2, start_position=0)

    titles = [
        "Quốc hội thảo luận dự án Luật Đất đai (sửa đổi)",
        "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 3",
        "Hà Nội công bố quy hoạch Thủ đô thời kỳ 2021-2030",
        "Giá xăng dầu giảm nhẹ từ 15 giờ chiều nay",
        "Xét xử vụ án liên quan đến Công ty Việt Á",
        "Ủy ban Kiểm tra Trung ương kỷ luật nhiều cán bộ",
        "Kiều hối về Thành phố Hồ Chí Minh tăng mạnh",
        "Bộ Công an đề xuất sửa đổi Luật Cư trú",
        "Thành ủy Hà Nội sơ kết công tác quý I",
        "Xuất khẩu nông sản đạt kỷ lục trong tháng 2",
        "Tòa án nhân dân tối cao hướng dẫn áp dụng án lệ",
    ]
    for n, title in enumerate(titles):
        story = ArticleFactory(
            title=title,
            section=site.sections[n % len(site.sections)],
            published_at=now - datetime.timedelta(hours=4 + n),
            is_featured=(n == 2),
        )
        if n % 3 == 0:
            story.tags.add("Hà Nội")
        if n % 4 == 0:
            story.officials.add(site.official)
        add_captions(story, 1)
        site.stories.append(story)
    site.lead = site.stories[2]
    if with_hidden:
        site.hidden = hidden_articles(
            politics, official=site.official, resolution=site.resolution, tag="Hà Nội"
        )
    return site
