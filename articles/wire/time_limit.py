"""A ceiling on the processor time one wire item may take in the pure stage.

A pathological item (a parser's slow path on odd input) must fail alone rather than hold
the batch. The limit counts the process's processor time (``ITIMER_PROF``), not the clock:
a busy machine does not make a normal item fail. It is a signal, so it works where the pure
stage runs in a process's main thread (the import command, its worker processes, a task
worker); elsewhere (a web server's request thread) the item runs without a ceiling.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["ItemOverTime", "item_time_limit"]


class ItemOverTime(BaseException):
    """Raised in the item's code when its time is up. A ``BaseException``, like
    ``KeyboardInterrupt``: a parser's ``except Exception`` must not swallow it."""


def _seconds(value: float) -> str:
    return f"{value:g}".replace(".", ",")


@contextmanager
def item_time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ItemOverTime` in the block once it has used ``seconds`` of processor
    time (``None`` or 0: no limit). A timer already running (a caller's own) is put back."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return
    message = (
        f"đọc tin quá {_seconds(seconds)} giây (giới hạn WIRE_ITEM_TIME_LIMIT), đã dừng; tin "
        f"có cấu trúc bất thường, hãy kiểm tra tệp (took over {seconds:g} s of CPU to read)"
    )

    def expire(signum, frame):
        raise ItemOverTime(message)

    previous = signal.signal(signal.SIGPROF, expire)
    outer_delay, outer_interval = signal.setitimer(signal.ITIMER_PROF, seconds)
    started = time.process_time()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        if outer_delay:
            left = outer_delay - (time.process_time() - started)
            signal.setitimer(signal.ITIMER_PROF, max(left, 0.001), outer_interval)
