"""``people/list_items.py`` writes what the template loops of the officials and resolutions
lists wrote: compared here with those loops, on rows that take every branch."""

import datetime

import pytest
from django.template import engines

from people.list_items import person_cards, resolution_items
from people.models import Resolution
from tests.factories import OrganizationFactory, PersonFactory, ResolutionFactory
from tests.public_data import make_photo

pytestmark = pytest.mark.django_db

PERSON_LOOP = (
    "{% for entry in entries %}{% with person=entry.person %}\n"
    '  <li class="person-card">\n'
    '    {% if person.portrait %}{% with photo=person.portrait %}<img class="person-thumb" '
    'src="{{ photo.src|default:photo.image.url }}" alt="" width="{{ photo.width }}" '
    'height="{{ photo.height }}" loading="lazy" decoding="async">{% endwith %}{% else %}'
    '<span class="person-thumb person-thumb--empty" aria-hidden="true">{{ entry.initial }}'
    "</span>{% endif %}\n"
    "    <div>\n"
    '      <h2 class="person-name"><a href="{{ person.get_absolute_url }}">'
    "{{ person.full_name }}</a></h2>\n"
    '      {% if entry.titles %}<p class="meta">{{ entry.titles|join:"; " }}</p>{% endif %}\n'
    "    </div>\n"
    "  </li>\n"
    "  {% endwith %}{% empty %}\n"
    '  <li class="empty">Chưa có nhân vật nào.</li>\n'
    "  {% endfor %}"
)
RESOLUTION_LOOP = (
    "{% load vietnamese %}{% for resolution in page %}\n"
    "  <li>\n"
    '    <p class="kicker">{{ resolution.get_kind_display }}{% if resolution.number %} số '
    '{{ resolution.number }}{% endif %}{% if resolution.status == "superseded" %} · '
    '<span class="status">{{ resolution.get_status_display }}</span>{% endif %}</p>\n'
    '    <h2 class="resolution-title"><a href="{{ resolution.get_absolute_url }}">'
    "{{ resolution.title }}</a></h2>\n"
    '    <p class="meta">{% if resolution.issuer %}{{ resolution.issuer.name }}{% endif %}'
    "{% if resolution.issuer and resolution.adopted_on %} · {% endif %}"
    "{% if resolution.adopted_on %}Ngày {{ resolution.adopted_on|vn_date }}{% endif %}</p>\n"
    "  </li>\n"
    "  {% empty %}\n"
    '  <li class="empty">Không có văn bản nào phù hợp.</li>\n'
    "  {% endfor %}"
)


def loop(source, context) -> str:
    return engines["django"].from_string(source).render(context)


def test_official_cards_are_what_the_template_loop_wrote():
    pictured = PersonFactory(full_name="Phạm Minh Chính", portrait=make_photo())
    unsized = PersonFactory(full_name="Trần Thanh Mẫn", portrait=make_photo())
    unsized.portrait.width = None  # a photo whose size is not known yet
    plain = PersonFactory(full_name="Lương Cường <Chủ tịch & cộng sự>")
    entries = [
        {"person": pictured, "titles": ["Thủ tướng Chính phủ", "Ủy viên Bộ Chính trị"],
         "initial": "C"},
        {"person": unsized, "titles": [], "initial": "M"},
        {"person": plain, "titles": ["Chủ tịch nước <tạm>"], "initial": "<"},
    ]  # fmt: skip
    written = person_cards(entries)
    assert written == loop(PERSON_LOOP, {"entries": entries})
    assert 'width="None"' in written and "&lt;Chủ tịch &amp; cộng sự&gt;" in written
    assert person_cards([]) == loop(PERSON_LOOP, {"entries": []})


def test_resolution_items_are_what_the_template_loop_wrote():
    issuer = OrganizationFactory(name="Ban Chấp hành Trung ương & Bộ Chính trị")
    resolutions = [
        ResolutionFactory(number="18-NQ/TW", issuer=issuer, status=Resolution.Status.SUPERSEDED,
                          title="Về tiếp tục đổi mới <sắp xếp> tổ chức bộ máy"),
        ResolutionFactory(number="", issuer=None, adopted_on=None,
                          kind=Resolution.Kind.DIRECTIVE, title="Chỉ thị về phòng, chống lãng phí"),
        ResolutionFactory(number="57-NQ/TW", issuer=issuer, adopted_on=datetime.date(2024, 12, 22)),
        ResolutionFactory(number="66/NQ-CP", issuer=None, adopted_on=datetime.date(2025, 3, 26),
                          kind=Resolution.Kind.DECISION),
    ]  # fmt: skip
    written = resolution_items(resolutions)
    assert written == loop(RESOLUTION_LOOP, {"page": resolutions})
    assert '<span class="status">Đã được thay thế</span>' in written
    assert "Ngày 22/12/2024" in written and "&lt;sắp xếp&gt;" in written
    assert resolution_items([]) == loop(RESOLUTION_LOOP, {"page": []})
