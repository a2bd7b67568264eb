"""Login throttling (django-axes): wrong passwords lock the account and the address out, the
right password included, from fresh sessions too; the answer says why in Vietnamese."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.urls import reverse

from tests.factories import REPORTER, UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "mat-khau-toa-soan"


@pytest.fixture
def reporter():
    return UserFactory(username="pv.lan", role=REPORTER)


def attempt(username, password, *, address="203.113.131.5", client=None):
    """One login from a fresh browser session (a new client: no cookie) unless given one."""
    client = client or Client(REMOTE_ADDR=address)
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"})


def logged_in(response) -> bool:
    return response.status_code == 302 and response.url == "/admin/"


def test_the_right_password_logs_in(reporter):
    assert logged_in(attempt("pv.lan", PASSWORD))


def test_after_the_limit_the_right_password_is_refused_from_fresh_sessions(settings, reporter):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt("pv.lan", "doan-mo-1234").status_code == 200  # the form again
    assert attempt("pv.lan", "doan-mo-1234").status_code == 429  # the last one allowed
    locked = attempt("pv.lan", PASSWORD)
    assert locked.status_code == 429
    text = locked.content.decode()
    assert "Tạm khóa đăng nhập" in text
    assert f"Đã đăng nhập sai {settings.AXES_FAILURE_LIMIT} lần" in text
    assert "thử lại sau 15 phút" in text
    # The account is locked whatever the address; the address whatever the account.
    assert attempt("pv.lan", PASSWORD, address="14.160.32.7").status_code == 429
    other = UserFactory(username="btv.minh")
    assert attempt(other.username, PASSWORD).status_code == 429
    assert logged_in(attempt(other.username, PASSWORD, address="14.160.32.7"))


def test_failures_spread_over_accounts_lock_the_address(settings, reporter):
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(f"nguoi-dung-{n}", "doan-mo-1234")
    assert attempt("pv.lan", PASSWORD).status_code == 429
    assert logged_in(attempt("pv.lan", PASSWORD, address="14.160.32.7"))


def test_the_lockout_ends_after_the_cool_off(settings, reporter):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt("pv.lan", "doan-mo-1234")
    assert attempt("pv.lan", PASSWORD).status_code == 429
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.first().attempt_time
        - settings.AXES_COOLOFF_TIME
        - datetime.timedelta(seconds=1)
    )
    assert logged_in(attempt("pv.lan", PASSWORD))


def test_behind_the_proxy_each_client_counts_for_itself(settings, reporter):
    """With nginx in front every request comes from 127.0.0.1: the address nginx appended
    to X-Forwarded-For is the client's, and whatever the client wrote before it is not."""
    settings.TRUSTED_PROXY_COUNT = 1

    def via_proxy(username, password, forwarded):
        client = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
        return attempt(username, password, client=client)

    for n in range(settings.AXES_FAILURE_LIMIT):
        # The attacker forges a different address in front of the real one each time.
        via_proxy(f"nguoi-dung-{n}", "doan-mo-1234", f"10.0.0.{n}, 203.113.131.5")
    assert via_proxy("pv.lan", PASSWORD, "203.113.131.5").status_code == 429
    assert logged_in(via_proxy("pv.lan", PASSWORD, "14.160.32.7"))


def test_a_refused_next_lands_on_the_admin_not_a_404(reporter):
    client = Client()
    response = client.post(
        LOGIN, {"username": "pv.lan", "password": PASSWORD, "next": "https://evil.example/"}
    )
    assert response.status_code == 302
    assert response.url == reverse("admin:index")
    assert client.get(response.url).status_code == 200
