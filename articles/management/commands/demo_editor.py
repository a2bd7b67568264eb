"""Create (or reset) the demo editor login and print it. For `make run` on a local machine."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Tạo tài khoản biên tập viên dùng thử và in thông tin đăng nhập."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="bientap")
        parser.add_argument("--password", help="default: a new random password each run")

    def handle(self, *args, username, password, **options):
        if not settings.DEBUG:
            raise CommandError("demo_editor chỉ dùng cho máy phát triển (DEBUG=True).")
        password = password or secrets.token_urlsafe(9)
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.is_staff = True
        user.is_superuser = True
        user.first_name = "Biên tập viên"
        user.set_password(password)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Đăng nhập quản trị: tên đăng nhập {username!r}, mật khẩu {password!r}"
            )
        )
