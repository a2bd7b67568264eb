"""Parsing ahead in worker processes: the items of a batch read, parsed and linked in order.

With ``jobs``, the pure stage (``articles.wire.analyse``) runs in forked worker processes that
inherit the batch's indexes, a bounded number of items ahead of the importing process, which
alone touches the database (docs/import.md, "Worker processes"). A worker that dies outright
fails only the item that killed it: the pool is started afresh and the unfinished items are
read again one at a time.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from articles.wire.analyse import Analysis, Batch, analyse
from articles.wire.sources import Read, WireSource, read_item

__all__ = ["CHUNK_ITEMS", "POOL_MIN_ITEMS", "default_jobs", "read_and_analyse"]

logger = logging.getLogger(__name__)

#: Below this many items (when the number is known) no worker process is started.
POOL_MIN_ITEMS = 50
#: Items handed to a worker at once, and chunks kept in flight per worker: enough to keep the
#: workers busy while this process writes, few enough for memory to stay flat.
CHUNK_ITEMS = 8
CHUNKS_AHEAD_PER_JOB = 2
#: Fresh pools a batch may start to find, one item at a time, the items that kill their worker;
#: past this many, the items in flight when a worker dies fail without being read again.
POOL_RESTARTS_MAX = 5

_WORKER_DIED = (
    "tiến trình đọc tin bị dừng đột ngột khi xử lý tin này (lỗi nghiêm trọng trong thư viện "
    "đọc tin, hết bộ nhớ hoặc bị hệ thống dừng); tin chưa được đọc (worker process died)"
)
_WORKERS_KEPT_DYING = (
    "tiến trình đọc tin bị dừng đột ngột nhiều lần trong đợt nhập này nên tin chưa được đọc; "
    "hãy nhập lại tin này (worker processes kept dying)"
)


def default_jobs() -> int:
    """One worker per core beyond the one this process writes with (at most 4)."""
    return max(0, min(4, (os.cpu_count() or 1) - 1))


def _read(source: WireSource, batch: Batch) -> Read:
    return read_item(
        source, max_bytes=batch.max_bytes, format=batch.format, encoding=batch.encoding
    )


def read_and_analyse(
    sources: Iterable[WireSource], batch: Batch, jobs: int
) -> Iterator[tuple[Read, Analysis | None]]:
    """Each item read, then parsed and linked, in the order given.

    With ``jobs``, parsing and linking (the costly pure stage) run in forked worker
    processes that inherit the batch's indexes, a bounded number of items ahead (memory
    stays flat), while this process writes: only this process touches the database, so each
    item keeps its own transaction and the report its order. A worker that dies outright
    fails only the item that killed it (:class:`_Workers`).
    """
    if jobs <= 0:
        for source in sources:
            read = _read(source, batch)
            yield read, analyse(read.data, source.name, batch) if read.to_parse else None
        return
    workers = _Workers(batch, jobs)
    ahead: deque[tuple[list[Read], list[tuple[bytes, str]], Future]] = deque()

    def submit(chunk: list[tuple[Read, str]]) -> None:
        wanted = [(read.data, name) for read, name in chunk if read.to_parse]
        ahead.append(([read for read, _ in chunk], wanted, workers.submit(wanted)))

    def collect() -> Iterator[tuple[Read, Analysis | None]]:
        if isinstance(ahead[0][2].exception(), BrokenProcessPool):
            # The pool broke: the chunks it had not finished are read again, item by item.
            workers.restart("a worker process died")
            for n, (reads, wanted, future) in enumerate(ahead):
                if isinstance(future.exception(), BrokenProcessPool):
                    ahead[n] = (reads, wanted, _done(workers.analyse_alone(wanted)))
        reads, _, future = ahead.popleft()
        analyses = iter(future.result())
        for read in reads:
            yield read, next(analyses) if read.to_parse else None

    try:
        chunk: list[tuple[Read, str]] = []
        for source in sources:
            chunk.append((_read(source, batch), source.name))
            if len(chunk) == CHUNK_ITEMS:
                submit(chunk)
                chunk = []
                if len(ahead) > jobs * CHUNKS_AHEAD_PER_JOB:
                    yield from collect()
        if chunk:
            submit(chunk)
        while ahead:
            yield from collect()
    finally:
        for reads, _, _ in ahead:  # stopped early: close what was opened
            for read in reads:
                if read.rest is not None:
                    read.rest.close()
        workers.pool.shutdown(wait=True, cancel_futures=True)


class _Workers:
    """The batch's pool of forked worker processes, started afresh when one dies outright
    (a crash in a C extension, the kernel's out-of-memory killer): the chunks it had not
    finished are read again one item at a time, never in this process, so that an item that
    kills a worker again on its own fails alone. Past ``POOL_RESTARTS_MAX`` fresh pools such
    chunks fail without another try (each chunk is sent once, so the batch always ends)."""

    def __init__(self, batch: Batch, jobs: int) -> None:
        self.batch, self.jobs, self.restarts = batch, jobs, 0
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_worker_start,
            initargs=(self.batch,),
        )

    def submit(self, items: list[tuple[bytes, str]]) -> Future:
        try:
            return self.pool.submit(_worker_analyse, items)
        except BrokenProcessPool as exc:  # it broke since the last chunk: handled on collect
            future = Future()
            future.set_exception(exc)
            return future

    def restart(self, why: str) -> None:
        self.pool.shutdown(wait=True)
        self.restarts += 1
        logger.warning(
            "Wire import: %s; starting a fresh worker pool (restart %d; items are read again "
            "one by one for the first %d)", why, self.restarts, POOL_RESTARTS_MAX,
        )  # fmt: skip
        self.pool = self._start()

    def analyse_alone(self, items: list[tuple[bytes, str]]) -> list[Analysis]:
        """Each item in a task of its own, one at a time (so a death names its item)."""
        analyses: list[Analysis] = []
        for data, name in items:
            if self.restarts > POOL_RESTARTS_MAX:
                analyses.append((None, None, None, None, _WORKERS_KEPT_DYING))
                continue
            try:
                analyses += self.pool.submit(_worker_analyse, [(data, name)]).result()
            except BrokenProcessPool:
                analyses.append((None, None, None, None, _WORKER_DIED))
                self.restart(f"a worker process died reading {name} on its own")
        return analyses


def _done(result: list[Analysis]) -> Future:
    future = Future()
    future.set_result(result)
    return future


_worker_batch: Batch | None = None


def _worker_start(batch: Batch) -> None:
    """In a forked worker: keep the batch's indexes (inherited, not copied through a pipe).
    The database connection inherited from the parent is never used here."""
    global _worker_batch
    _worker_batch = batch


def _worker_analyse(items: list[tuple[bytes, str]]) -> list[Analysis]:
    return [analyse(data, name, _worker_batch) for data, name in items]
