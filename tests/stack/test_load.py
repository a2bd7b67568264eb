"""The stack under load: 64 readers across both servers while an import runs and an editor
publishes and unpublishes; one server killed with SIGKILL; Redis killed and restarted.

Figures (req/s, errors, the longest stale read, what the kill cost) are printed and written to
var/stack-figures.json. STACK_LOAD_SECONDS sets the main run's length (default 30 s).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest

from scripts.stack import ROOT, free_port, wait_until
from tests.stack.client import Reader
from tests.stack.load import EditorAction, read_pages, stale_reads
from tests.stack.stories import act, live_stories

pytestmark = pytest.mark.stack

READERS = 64
LOAD_SECONDS = float(os.environ.get("STACK_LOAD_SECONDS", "30"))
EDITOR_PAUSE = 1.5  # seconds between two actions of the editor


@pytest.fixture
def reading(stack_db):
    """What the readers ask for: the front page, feeds, sections and stories."""
    sections = [row[0] for row in stack_db.execute("SELECT slug FROM articles_section LIMIT 4")]
    stories = live_stories(stack_db, 8, skip=2)
    watched = live_stories(stack_db, 1, skip=1)[0]
    paths = ["/", "/rss/", "/nhan-vat/", *(f"/chuyen-muc/{s}/" for s in sections)]
    paths += [story.url for story in stories]
    return paths, watched


def wire_items(folder, count: int) -> None:
    """``count`` wire stories in the agencies' plain-text form, each different."""
    provinces = ["Ninh Bình", "Thanh Hóa", "Nghệ An", "Quảng Ninh", "Đắk Lắk", "Cần Thơ"]
    for n in range(count):
        province = provinces[n % len(provinces)]
        (folder / f"tin-{n:03d}.txt").write_text(
            f"HĐND tỉnh {province} khai mạc kỳ họp thứ {n + 10} khóa XV\n\n"
            f"(TTXVN) - Sáng {n % 28 + 1}/11, HĐND tỉnh {province} khai mạc kỳ họp thứ {n + 10},"
            " xem xét báo cáo kinh tế - xã hội và dự toán ngân sách năm 2026.\n\n"
            f"Kỳ họp dự kiến thông qua {n % 9 + 3} nghị quyết về đầu tư công, giải phóng mặt "
            "bằng và chính sách hỗ trợ người dân vùng bị ảnh hưởng bởi bão lũ.\n\n"
            "Phát biểu khai mạc, Chủ tịch HĐND tỉnh đề nghị các đại biểu tập trung thảo luận, "
            "chất vấn thẳng thắn những vấn đề cử tri quan tâm.\n",
            encoding="utf-8",
        )


def editor_loop(editor, story, run, stop, *, until=None):
    """Unpublish and publish ``story`` on server A in turn until ``stop``; log each action."""
    visible = True
    while not stop.is_set() and (until is None or time.monotonic() < until):
        stop.wait(EDITOR_PAUSE)
        sent = time.monotonic()
        act(editor, story, "unpublish" if visible else "publish", "Kiểm tra tải")
        visible = not visible
        run.actions.append(EditorAction(sent, time.monotonic(), visible))
    if not visible:  # leave the story as it was
        sent = time.monotonic()
        act(editor, story, "publish")
        run.actions.append(EditorAction(sent, time.monotonic(), True))


def test_64_readers_while_an_import_runs_and_an_editor_publishes(
    stack, reading, publisher_on_a, tmp_path, figures
):
    paths, watched = reading
    wire_items(tmp_path, 150)
    importer = subprocess.Popen(
        [sys.executable, "manage.py", "import_wire", str(tmp_path), "--report", "json"],
        cwd=ROOT,
        env=stack.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    import_started = time.monotonic()

    def during(run, stop):
        editor_loop(publisher_on_a, watched, run, stop, until=time.monotonic() + LOAD_SECONDS)

    run = read_pages(
        stack.servers, paths, readers=READERS, seconds=LOAD_SECONDS, during=during,
        watched=watched.url,
    )  # fmt: skip
    out, err = importer.communicate(timeout=600)
    import_seconds = time.monotonic() - import_started
    stale = stale_reads(run, watched.url)
    summary = run.summary()
    figures["readers_import_editor"] = {
        **summary,
        "readers": READERS,
        "editor_actions": len(run.actions),
        "watched_answers": sum(1 for s in run.samples if s.path == watched.url),
        "stale_reads": len(stale),
        "longest_stale_read_s": round(max((lag for _, lag in stale), default=0.0), 3),
        "import": {"items": 150, "seconds": round(import_seconds, 1), "exit": importer.returncode},
    }
    print(figures["readers_import_editor"])
    assert importer.returncode == 0, err[-2000:]
    assert '"created": 150' in out
    assert summary["errors"] == 0, run.errors[:5]
    assert len(run.actions) >= 4
    assert stale == [], stale[:5]


def test_kill_9_of_one_server_under_load(stack, reading, figures):
    paths, _ = reading
    killed_at = {}

    def during(run, stop):
        stop.wait(5)
        killed_at["t"] = time.monotonic()
        stack.processes["A"].kill()  # the master and its workers: a machine gone

    try:
        run = read_pages(stack.servers, paths, readers=READERS, seconds=15, during=during)
    finally:
        stack.start_server("A")
        stack.wait_for_server("A")
    after = [s for s in run.samples if s.started > killed_at["t"]]
    summary = run.summary()
    figures["kill_9_server_a"] = {
        **summary,
        "answers_after_kill_by_A": sum(1 for s in after if s.server == "A"),
        "answers_after_kill_by_B": sum(1 for s in after if s.server == "B"),
        "failed_attempts_on_A": run.failed_attempts.get("A", 0),
        "longest_answer_after_kill_ms": round(max(s.finished - s.started for s in after) * 1000, 1),
    }
    print(figures["kill_9_server_a"])
    assert summary["errors"] == 0, run.errors[:5]
    assert summary["per_server"]["B"]["errors"] == 0
    assert run.failed_attempts.get("B", 0) == 0
    assert figures["kill_9_server_a"]["answers_after_kill_by_B"] > 100
    assert not [s for s in after if s.server == "A" and s.started > killed_at["t"] + 1]


def test_redis_killed_and_restarted_under_load(stack, reading, publisher_on_a, figures):
    paths, watched = reading
    outage = {}

    def during(run, stop):
        stop.wait(3)
        stack.processes["redis"].kill()
        outage["start"] = time.monotonic()
        stop.wait(1)
        sent = time.monotonic()  # an unpublish while Redis is down
        act(publisher_on_a, watched, "unpublish", "Gỡ khi bộ nhớ đệm ngừng")
        run.actions.append(EditorAction(sent, time.monotonic(), False))
        stop.wait(2)
        outage["end"] = time.monotonic()
        stack.restart_redis()  # empty: nothing kept
        stop.wait(2)
        sent = time.monotonic()
        act(publisher_on_a, watched, "publish")
        run.actions.append(EditorAction(sent, time.monotonic(), True))

    run = read_pages(
        stack.servers, paths, readers=READERS, seconds=12, during=during, watched=watched.url
    )
    down = [s for s in run.samples if outage["start"] < s.started < outage["end"]]
    back = [s for s in run.samples if s.started > outage["end"] + 2]
    stale = stale_reads(run, watched.url)
    summary = run.summary()
    figures["redis_restart"] = {
        **summary,
        "answers_while_down": len(down),
        "cache_hits_while_down": sum(1 for s in down if s.cache == "hit"),
        "cache_hits_after_restart": sum(1 for s in back if s.cache == "hit"),
        "stale_reads": len(stale),
    }
    print(figures["redis_restart"])
    assert summary["errors"] == 0, run.errors[:5]
    assert len(down) > 20 and all(s.status in (200, 404) for s in down)
    assert figures["redis_restart"]["cache_hits_after_restart"] > 0
    assert stale == [], stale[:5]


def answers(port: int) -> bool:
    return Reader(f"http://127.0.0.1:{port}", timeout=10).get("/healthz").status == 200


def stalled_by_slow_clients(port: int, connections: int = 8) -> bool:
    """Whether a normal request to the server on ``port`` goes unanswered for 5 s while
    ``connections`` clients send their headers a line a second and never finish (slowloris)."""
    slow = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(connections)]
    stop = threading.Event()
    for sock in slow:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")

    def trickle():
        while not stop.wait(1):
            for sock in slow:
                sock.sendall(b"X-Chua-Xong: 1\r\n")

    trickler = threading.Thread(target=trickle, daemon=True)
    trickler.start()
    try:
        time.sleep(2)  # every slow connection has been accepted and is being read
        for path in ("/", "/rss/"):
            try:
                answer = Reader(f"http://127.0.0.1:{port}", timeout=5).get(path)
            except TimeoutError:
                return True
            assert answer.status == 200
        return False
    finally:
        stop.set()
        trickler.join()
        for sock in slow:
            sock.close()


def test_slow_clients_do_not_stall_a_server(stack, tmp_path):
    """Finding 6: 8 connections sending incomplete headers stalled the documented server
    (`gunicorn --workers 4`, sync workers); the stack's servers (gunicorn.conf.py: threaded
    workers) still answer at once."""
    documented = tmp_path / "sync.conf.py"  # gunicorn's defaults: sync workers
    documented.write_text("")
    port = free_port()
    old = subprocess.Popen(
        [
            sys.executable, "-m", "gunicorn", "newsroom.wsgi:application",
            "--config", str(documented), "--workers", "4",
            "--bind", f"127.0.0.1:{port}",
        ],
        cwd=ROOT, env=stack.env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        wait_until(lambda: answers(port), timeout=60, what="sync gunicorn", interval=0.5)
        assert stalled_by_slow_clients(port), "the check sees the stall of sync workers"
    finally:
        os.killpg(old.pid, signal.SIGKILL)
        old.wait()
    assert not stalled_by_slow_clients(stack.ports["B"])
