"""``manage.py demo_logins``: one login per newsroom role plus an administrator, printed,
with the same passwords on every run, and never on a production setup unless forced."""

from io import StringIO

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import CommandError, call_command
from django.test import RequestFactory

from articles.management.commands.demo_logins import DEMO_LOGINS
from tests.factories import EDITOR, PUBLISHER, REPORTER, ensure_role_groups

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command("demo_logins", *args, stdout=out)
    return out.getvalue()


def login_request():
    """A login attempt as the login page makes it: django-axes needs the request."""
    return RequestFactory().post("/admin/login/")


@pytest.fixture
def debug(settings):
    ensure_role_groups()
    settings.DEBUG = True
    return settings


def test_one_login_per_role_plus_an_administrator_printed_with_its_password(debug, client):
    out = run()
    users = {user.username: user for user in get_user_model().objects.all()}
    roles = {name: [g.name for g in users[name].groups.all()] for name in users}

    assert roles == {
        "phongvien": [REPORTER],
        "bientap": [EDITOR],
        "thuky": [PUBLISHER],
        "quantri": [],
    }
    assert users["quantri"].is_superuser
    assert not any(users[name].is_superuser for name in ("phongvien", "bientap", "thuky"))
    assert all(user.is_staff and user.is_active for user in users.values())
    for login in DEMO_LOGINS:
        assert login.username in out and login.password in out
        assert authenticate(login_request(), username=login.username, password=login.password)
    # Through the login page, as a demo user signs in (login throttling sees it).
    client.post("/admin/login/", {"username": "phongvien", "password": "phongvien-demo"})
    assert client.get("/admin/articles/article/").status_code == 200


def test_running_again_keeps_the_passwords_and_resets_what_was_changed(debug):
    first = run()
    editor = get_user_model().objects.get(username="bientap")
    editor.set_password("khac")
    editor.is_superuser = True  # the old demo_editor made a superuser of this name
    editor.groups.clear()
    editor.save()

    assert run() == first
    editor.refresh_from_db()
    assert authenticate(login_request(), username="bientap", password="bientap-demo") == editor
    assert not editor.is_superuser and [g.name for g in editor.groups.all()] == [EDITOR]
    assert get_user_model().objects.count() == len(DEMO_LOGINS)


@pytest.mark.parametrize(
    ("debug_on", "module"),
    [(False, "newsroom.settings.dev"), (True, "newsroom.settings.prod")],
)
def test_refuses_a_production_setup_unless_forced(settings, debug_on, module):
    ensure_role_groups()
    settings.DEBUG, settings.SETTINGS_MODULE = debug_on, module
    with pytest.raises(CommandError, match="máy phát triển"):
        run()
    assert not get_user_model().objects.exists()

    assert "quantri-demo" in run("--force")
