import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

from django import forms
from django.utils import formats, translation

ROOT = Path(__file__).resolve().parents[2]


def test_production_settings_pass_the_deploy_check(tmp_path):
    inherited = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "MEDIA_BUCKET", "SINGLE_PROCESS"}
    }
    env = {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.prod",
        "SECRET_KEY": "x" * 20 + "-production-like-secret-key-with-enough-entropy-1234567890",
        "ALLOWED_HOSTS": "toasoan.example.vn",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        # What operations.md asks for: a shared cache, media outside the checkout, the address.
        "REDIS_URL": "redis://cache.internal:6379/1",
        "MEDIA_ROOT": "/srv/toasoan/media",
        "SITE_URL": "https://toasoan.example.vn",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_vietnamese_dates_are_entered_day_first():
    with translation.override("vi"):
        field = forms.DateField()
        assert field.clean("29/04/2021") == datetime.date(2021, 4, 29)
        assert field.clean("04/05/2021") == datetime.date(2021, 5, 4)
        assert field.clean("2021-04-29") == datetime.date(2021, 4, 29)
        assert formats.date_format(datetime.date(2021, 4, 29), "SHORT_DATE_FORMAT") == "29/04/2021"
        assert formats.number_format(1234567.5, 1, force_grouping=True) == "1.234.567,5"


def test_timezone_and_language():
    from django.conf import settings

    assert settings.LANGUAGE_CODE == "vi"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    assert settings.USE_TZ is True


def test_uploads_never_land_in_the_media_app():
    from newsroom.settings import base

    media_app = (ROOT / "media").resolve()
    assert media_app not in base.MEDIA_ROOT.resolve().parents
    assert base.MEDIA_ROOT.resolve() != media_app


def test_production_logs_are_json_lines(tmp_path):
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.prod",
        "SECRET_KEY": "x" * 20 + "-production-like-secret-key-with-enough-entropy-1234567890",
        "ALLOWED_HOSTS": "toasoan.example.vn",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    code = (
        "import django, logging; django.setup(); "
        "log = logging.getLogger('articles.desk'); "
        "log.warning('Đã gỡ bài %s', 'Hội nghị Trung ương 10'); "
        "exec('try:\\n 1/0\\nexcept ZeroDivisionError:\\n log.exception(\"Lỗi khi xuất bản\")')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    lines = [json.loads(line) for line in result.stderr.splitlines()]
    assert lines[0]["message"] == "Đã gỡ bài Hội nghị Trung ương 10"
    assert lines[0]["level"] == "WARNING"
    assert lines[0]["logger"] == "articles.desk"
    assert {"time", "process"} <= set(lines[0])
    assert lines[1]["message"] == "Lỗi khi xuất bản"
    assert "ZeroDivisionError" in lines[1]["exc_info"]
