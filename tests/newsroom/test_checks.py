"""The project's deploy checks (newsroom/checks.py): each refuses a wrong production setting
and passes a right one; and production settings built from a real environment pass or fail
``manage.py check --deploy`` as a whole."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsroom import checks

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k7Qm-production-secret-Zx9_ưa8Lp2Rt5Vb3Nc6Hd1Jf4Gs0Wy7Eu-toasoan"
LOCMEM = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
REDIS = {"BACKEND": "newsroom.redis_cache.TolerantRedisCache", "LOCATION": "redis://cache:6379/1"}
S3 = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {"bucket_name": "toasoan-anh"}}
DISK = {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def ids(errors):
    return [error.id for error in errors]


@pytest.mark.parametrize(
    ("cache", "single_process", "expected"),
    [
        (LOCMEM, False, ["newsroom.E001"]),  # several workers, each with its own pages
        (LOCMEM, True, []),  # declared: one process serves the site
        ({"BACKEND": "django.core.cache.backends.dummy.DummyCache"}, False, ["newsroom.E001"]),
        (REDIS, False, []),
    ],
)
def test_a_per_process_cache_is_refused_when_more_than_one_worker_may_run(
    settings, cache, single_process, expected
):
    settings.CACHES = {"default": cache}
    settings.SINGLE_PROCESS = single_process
    assert ids(checks.check_shared_cache()) == expected


def test_a_redis_cache_without_its_client_library_is_refused(settings, monkeypatch):
    settings.CACHES = {"default": REDIS}
    real_find_spec = checks.importlib.util.find_spec
    monkeypatch.setattr(
        checks.importlib.util,
        "find_spec",
        lambda name: None if name == "redis" else real_find_spec(name),
    )
    assert ids(checks.check_shared_cache()) == ["newsroom.E002"]


def test_the_redis_client_is_installed_as_a_dependency(settings):
    settings.CACHES = {"default": REDIS}
    assert checks.check_shared_cache() == []


@pytest.mark.parametrize(
    ("storage", "media_root", "expected"),
    [
        (DISK, ROOT / "var" / "media", ["newsroom.E004"]),  # wiped by the next deploy
        (DISK, ROOT, ["newsroom.E004"]),
        (DISK, Path("/srv/toasoan/media"), []),
        (S3, ROOT / "var" / "media", []),  # MEDIA_ROOT unused with a bucket
        ({**S3, "OPTIONS": {"bucket_name": ""}}, Path("/srv/toasoan/media"), ["newsroom.E003"]),
        ({"BACKEND": "somewhere.Else"}, Path("/srv/toasoan/media"), ["newsroom.E005"]),
    ],
)
def test_media_storage_is_a_bucket_or_a_folder_outside_the_checkout(
    settings, storage, media_root, expected
):
    settings.STORAGES = {**settings.STORAGES, "default": storage}
    settings.MEDIA_ROOT = media_root
    assert ids(checks.check_media_storage()) == expected


@pytest.mark.parametrize(
    ("site_url", "expected"),
    [
        ("http://127.0.0.1:8000", ["newsroom.E006"]),  # base.py's default
        ("https://localhost", ["newsroom.E006"]),
        ("http://toasoan.example.vn", ["newsroom.E006"]),
        ("toasoan.example.vn", ["newsroom.E006"]),
        ("https://toasoan.example.vn", []),
        ("https://báo.example.vn", []),
    ],
)
def test_site_url_is_the_public_https_address(settings, site_url, expected):
    settings.SITE_URL = site_url
    assert ids(checks.check_site_url()) == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("dev-only-insecure-key-change-me", ["newsroom.E007"]),
        ("test-only-key", ["newsroom.E007"]),
        ("short-but-random-Zx9_8Lp2", ["newsroom.E007"]),
        ("a" * 60, ["newsroom.E007"]),
        (GOOD_KEY, []),
    ],
)
def test_secret_key_is_neither_a_repository_key_nor_weak(settings, key, expected):
    settings.SECRET_KEY = key
    assert ids(checks.check_secret_key()) == expected


def deploy_check(tmp_path, **environment):
    inherited = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL", "MEDIA_BUCKET", "SINGLE_PROCESS"}
    }
    env = {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.prod",
        "SECRET_KEY": GOOD_KEY,
        "ALLOWED_HOSTS": "toasoan.example.vn",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **environment,
    }
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_documented_setup_without_redis_fails_the_deploy_check(tmp_path):
    """Finding 1: `gunicorn --workers 4` with REDIS_URL "optional" passed `check --deploy`."""
    result = deploy_check(
        tmp_path, MEDIA_ROOT="/srv/toasoan/media", SITE_URL="https://toasoan.example.vn"
    )
    assert result.returncode != 0
    assert "newsroom.E001" in result.stderr
    assert "REDIS_URL" in result.stderr


def test_development_defaults_fail_every_project_rule(tmp_path):
    result = deploy_check(tmp_path, SECRET_KEY="dev-only-insecure-key-change-me")
    for check_id in ("E001", "E004", "E006", "E007"):
        assert f"newsroom.{check_id}" in result.stderr, result.stderr


def test_photos_in_a_bucket_are_allowed_by_the_content_security_policy(tmp_path):
    """Readers' browsers load renditions from the bucket's origin, not the site's own."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.prod",
        "SECRET_KEY": GOOD_KEY,
        "ALLOWED_HOSTS": "toasoan.example.vn",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "MEDIA_BUCKET": "toasoan-anh",
        "MEDIA_PUBLIC_URL": "https://anh.toasoan.example.vn/goc",
    }
    script = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']); "
        "print(s.CONTENT_SECURITY_POLICY_ADMIN['DIRECTIVES']['img-src'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    public, admin = result.stdout.splitlines()
    assert "'https://anh.toasoan.example.vn'" in public
    assert "'https://anh.toasoan.example.vn'" in admin
