"""Create (or reset) the demo logins, one per newsroom role plus an administrator, and print
them. For `make run` on a local machine: the passwords are fixed and published here, so the
command refuses to run with DEBUG off or the production settings unless ``--force``."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

PRODUCTION_SETTINGS = "newsroom.settings.prod"


@dataclass(frozen=True)
class DemoLogin:
    username: str
    password: str  # demo only: printed, and the same on every run
    role: str  # a group of the roles migrations (articles/migrations/*_roles.py); "" for admin
    first_name: str
    last_name: str


DEMO_LOGINS = [
    DemoLogin("phongvien", "phongvien-demo", "Phóng viên", "Thị Lan", "Nguyễn"),
    DemoLogin("bientap", "bientap-demo", "Biên tập viên", "Văn Hùng", "Trần"),
    DemoLogin("thuky", "thuky-demo", "Thư ký tòa soạn / Tổng biên tập", "Minh Thu", "Lê"),
    DemoLogin("quantri", "quantri-demo", "", "Quản trị", "Hệ thống"),
]


class Command(BaseCommand):
    help = (
        "Tạo (hoặc đặt lại) các tài khoản dùng thử: phóng viên, biên tập viên, thư ký tòa soạn "
        "và quản trị viên, với mật khẩu cố định, rồi in ra. Chỉ dùng trên máy phát triển."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="chạy cả khi DEBUG tắt hoặc với cấu hình production (mật khẩu ai cũng biết)",
        )

    def handle(self, *args, force, **options):
        production = settings.SETTINGS_MODULE == PRODUCTION_SETTINGS
        if (production or not settings.DEBUG) and not force:
            raise CommandError(
                "demo_logins tạo tài khoản với mật khẩu công khai, chỉ dùng trên máy phát triển "
                "(DEBUG=True, không phải newsroom.settings.prod). Thêm --force nếu thật sự cần."
            )
        roles = {group.name: group for group in Group.objects.all()}
        missing = [login.role for login in DEMO_LOGINS if login.role and login.role not in roles]
        if missing:
            raise CommandError(f"Thiếu nhóm {', '.join(missing)}: hãy chạy manage.py migrate.")
        with transaction.atomic():
            for login in DEMO_LOGINS:
                self._reset(login, roles.get(login.role))
        self.stdout.write(self.style.SUCCESS("Tài khoản dùng thử (chỉ cho máy phát triển):"))
        for login in DEMO_LOGINS:
            self.stdout.write(
                f"  {login.role or 'Quản trị viên':<32} tên đăng nhập {login.username!r:<12} "
                f"mật khẩu {login.password!r}"
            )

    def _reset(self, login: DemoLogin, group):
        user, _ = get_user_model().objects.get_or_create(username=login.username)
        user.first_name, user.last_name = login.first_name, login.last_name
        user.email = f"{login.username}@toasoan.test"
        user.is_staff = user.is_active = True
        user.is_superuser = group is None
        user.set_password(login.password)
        user.save()
        user.groups.set([group] if group else [])
