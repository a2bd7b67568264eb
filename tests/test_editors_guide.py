"""docs/editors.md names the admin's menus as the admin labels them."""

import re

import pytest
from django.urls import reverse

from tests.paths import PROJECT_ROOT

pytestmark = pytest.mark.django_db

GUIDE = PROJECT_ROOT / "docs" / "editors.md"
#: A menu path as the guide writes it: *Bài viết › Nhật ký biên tập*.
MENU_PATH = re.compile(r"\*([^*›\n]+?) › ([^*\n]+?)\*")


def test_every_admin_menu_the_editors_guide_names_is_in_the_admin_index(admin_client):
    named = MENU_PATH.findall(GUIDE.read_text(encoding="utf-8"))
    assert len(named) >= 3, "the guide's menu paths were not found: has their form changed?"
    index = admin_client.get(reverse("admin:index"))
    add_link = "Thêm vào"
    assert f"{add_link}</a>" in index.text
    menus = {
        app["name"]: {model["name"] for model in app["models"]} | {add_link}
        for app in index.context["app_list"]
    }
    missing = [f"{app} › {item}" for app, item in named if item not in menus.get(app, ())]
    assert missing == [], f"the admin's menus: {menus}"
