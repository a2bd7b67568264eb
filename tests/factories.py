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
from newsroom.text import normalize_inline
from people.models import Organization, Person, Position, Resolution

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thanh", "Quốc", "Hữu", "Ngọc"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hùng", "Lan", "Mai", "Tuấn", "Yến"]


_image_serial = itertools.count(1)


def image_file(name="anh.jpg", *, size=(640, 427), fmt="JPEG", color=(150, 30, 30)):
    """A real image; each call gives different bytes (photos are de-duplicated by content)."""
    image = Image.new("RGB", size, color)
    serial = next(_image_serial)
    for bit in range(24):  # the serial number as black/white 8x8 blocks, which JPEG keeps
        x, y = bit % 8 * 8, bit // 8 * 8
        image.paste((255, 255, 255) if serial >> bit & 1 else (0, 0, 0), (x, y, x + 8, y + 8))
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{fmt.lower()}")


class NormalizedNameMixin:
    """get_or_create by name must look up the stored (normalised) spelling of the name."""

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        if "name" in kwargs:
            kwargs["name"] = normalize_inline(kwargs["name"])
        return kwargs


class OrganizationFactory(NormalizedNameMixin, factory.django.DjangoModelFactory):
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


class SectionFactory(NormalizedNameMixin, factory.django.DjangoModelFactory):
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


# --- Newsroom users and the editorial record ---------------------------------------------------

REPORTER = "Phóng viên"
EDITOR = "Biên tập viên"
PUBLISHER = "Thư ký tòa soạn / Tổng biên tập"


class UserFactory(factory.django.DjangoModelFactory):
    """A newsroom account; ``UserFactory(role=REPORTER)`` puts it in that role's group."""

    class Meta:
        model = "auth.User"
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"nhanvien{n}")
    first_name = factory.Sequence(lambda n: f"{MIDDLE[n % len(MIDDLE)]} {GIVEN[n % len(GIVEN)]}")
    last_name = factory.Sequence(lambda n: FAMILY[n % len(FAMILY)])
    email = factory.LazyAttribute(lambda u: f"{u.username}@toasoan.vn")
    is_staff = True
    password = factory.django.Password("mat-khau-toa-soan")

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if create and extracted:
            from django.contrib.auth.models import Group

            ensure_role_groups()
            user.groups.add(Group.objects.get(name=extracted))


def ensure_role_groups():
    """The groups the role data migrations create (``articles/migrations/*_roles.py``), again if
    a live-server test flushed the tables."""
    import importlib
    import pkgutil

    from django.apps import apps
    from django.contrib.auth.models import Group
    from django.db.migrations import RunPython

    if Group.objects.filter(name=REPORTER).exists():
        return
    package = importlib.import_module("articles.migrations")
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.endswith("_roles"):
            migration = importlib.import_module(f"articles.migrations.{info.name}").Migration
            for operation in migration.operations:
                if isinstance(operation, RunPython):
                    operation.code(apps, None)


class CorrectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "articles.Correction"

    article = factory.SubFactory(ArticleFactory)
    text = "Bài đã sửa chức danh của đồng chí Nguyễn Văn An: Phó Chủ tịch, không phải Chủ tịch."
