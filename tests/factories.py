"""factory-boy factories with realistic Vietnamese data."""

import datetime
import io
import itertools

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from articles.models import Article, Section
from media.models import Caption, Credit, Photo
from people.models import Organization, Person, Position, Resolution

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thanh", "Quốc", "Hữu", "Ngọc"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hùng", "Lan", "Mai", "Tuấn", "Yến"]


_image_serial = itertools.count(1)


def image_file(name="anh.jpg", *, size=(640, 427), fmt="JPEG", color=(150, 30, 30)):
    """A real image; each call gives different bytes (photos are de-duplicated by content)."""
    image = Image.new("RGB", size, color)
    serial = next(_image_serial)
    image.paste((serial % 256, serial // 256 % 256, 200), (0, 0, 8, 8))
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{fmt.lower()}")


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Uỷ ban nhân dân tỉnh số {n}")
    kind = Organization.Kind.GOVERNMENT


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    full_name = factory.Sequence(
        lambda n: f"{FAMILY[n % len(FAMILY)]} {MIDDLE[n % len(MIDDLE)]} {GIVEN[n % len(GIVEN)]}"
    )
    birth_year = 1968


class PositionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Position

    person = factory.SubFactory(PersonFactory)
    title = "Chủ tịch UBND tỉnh"
    organization = factory.SubFactory(OrganizationFactory)
    start_date = datetime.date(2020, 10, 1)
    end_date = None


class ResolutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Resolution

    number = factory.Sequence(lambda n: f"{n + 1}-NQ/TU")
    title = "Về đẩy mạnh chuyển đổi số trong các cơ quan Đảng"
    issuer = factory.SubFactory(OrganizationFactory, name="Thành uỷ Hà Nội", kind="party")
    adopted_on = datetime.date(2021, 6, 15)
    status = Resolution.Status.ADOPTED


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section
        django_get_or_create = ["name"]

    name = "Thời sự"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Hà Nội triển khai nghị quyết về phát triển đô thị, số {n}")
    sapo = "Thành uỷ Hà Nội tổ chức hội nghị quán triệt, triển khai nghị quyết chuyên đề."
    body = "<p>Hội nghị được tổ chức trực tuyến tới 30 điểm cầu quận, huyện, thị xã.</p>"
    section = factory.SubFactory(SectionFactory)
    byline = "Minh Châu"
    source = "TTXVN"
    status = Article.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))


class CreditFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Credit
        django_get_or_create = ["short_name"]

    name = "Anh Sơn"
    short_name = "AS"
    kind = Credit.Kind.PHOTOGRAPHER


class PhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Photo

    image = factory.LazyFunction(image_file)
    caption = "Quang cảnh hội nghị"
    credit = "TTXVN"
    alt_text = "Các đại biểu dự hội nghị tại hội trường"


class CaptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Caption

    article = factory.SubFactory(ArticleFactory)
    photo = factory.SubFactory(PhotoFactory)
    text = "Đại biểu biểu quyết thông qua nghị quyết"
    credit = "Anh Sơn"
