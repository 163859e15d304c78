"""Batch printing: one PDF per document into a folder, on all cores, cancellable.

A plain function with a progress-and-cancel handle (the orange3 pattern of
STYLE.md): the GUI calls it from a QThread and turns ``progress`` into a
signal; it never touches Qt itself. reportlab is not thread-safe, so the
parallelism is processes, each making one document at a time. Processes are
started with "spawn", never "fork": forking a process that runs Qt threads
copies locks held by other threads and can hang the child.

Every file is written atomically (``write_pdf_atomically``), so a cancelled or
failed batch leaves only whole files behind. Nothing here logs: printing is an
access to client data, and the services layer records who printed what.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import (
    FIRST_COMPLETED,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from dataclasses import dataclass, field
from pathlib import Path

from omatyontekija.documents.model import Document
from omatyontekija.documents.output import (
    document_filename,
    render,
    write_document,
    write_pdf_atomically,
)

# Below this many documents the ~0.3–0.5 s it takes to start spawned Python
# processes costs more than the second core saves (benchmarks/bench_documents.py).
IN_PROCESS_LIMIT = 16
# How often the pool loop looks at is_cancelled while no chunk finishes.
_POLL_SECONDS = 0.05

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class BatchFailure:
    """A document that could not be made; the file name says which, without client data."""

    filename: str
    error: str


@dataclass(slots=True)
class BatchResult:
    written: list[Path]
    cancelled: bool
    failed: list[BatchFailure] = field(default_factory=list)


def write_batch(
    jobs: Sequence[Document],
    out_dir: Path | str,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    workers: int | None = None,
    in_process_limit: int = IN_PROCESS_LIMIT,
) -> BatchResult:
    """Write one PDF per job into ``out_dir`` and report what was written.

    ``progress(done, total)`` is called in the caller's thread as documents
    finish; ``is_cancelled()`` is polled there, and once it returns True no new
    document is started. ``written`` lists the files made, in job order; each
    is complete. A document that fails is listed in ``failed`` and the rest go
    on. Raises ValueError before writing anything if two jobs would get the
    same file name, and FileNotFoundError / NotADirectoryError for a bad folder.
    """
    out = Path(out_dir)
    if not out.exists():
        raise FileNotFoundError(f"no such folder: {out}")
    if not out.is_dir():
        raise NotADirectoryError(f"not a folder: {out}")
    names = [document_filename(job) for job in jobs]
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise ValueError(f"two documents would both be written as {name}")
        seen.add(name)
    if not jobs:
        return BatchResult(written=[], cancelled=False)
    count = max(1, workers if workers is not None else os.cpu_count() or 1)
    if count == 1 or len(jobs) <= in_process_limit:
        return _in_process(jobs, names, out, progress, is_cancelled)
    return _in_pool(jobs, out, count, progress, is_cancelled)


def _in_process(
    jobs: Sequence[Document],
    names: list[str],
    out: Path,
    progress: Progress | None,
    is_cancelled: IsCancelled | None,
) -> BatchResult:
    result = BatchResult(written=[], cancelled=False)
    for done, (job, name) in enumerate(zip(jobs, names, strict=True), start=1):
        if is_cancelled is not None and is_cancelled():
            result.cancelled = True
            break
        try:
            result.written.append(write_document(job, out))
        except Exception as exc:  # one bad record must not stop the others
            result.failed.append(BatchFailure(name, _describe(exc)))
        if progress is not None:
            progress(done, len(jobs))
    return result


def _in_pool(
    jobs: Sequence[Document],
    out: Path,
    count: int,
    progress: Progress | None,
    is_cancelled: IsCancelled | None,
) -> BatchResult:
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    # Chunks amortise the pickling round trip; small enough that progress moves
    # often and a cancel waits for at most a few documents per process.
    size = max(1, min(8, len(jobs) // (count * 4)))
    indexed = list(enumerate(jobs))
    chunks = [indexed[i : i + size] for i in range(0, len(indexed), size)]
    outcomes: list[tuple[int, str | None, BatchFailure | None]] = []
    cancelled = False
    executor = ProcessPoolExecutor(
        max_workers=min(count, len(chunks)),
        mp_context=context,
        initializer=_start_worker,
        initargs=(stop, os.getpid()),
    )
    try:
        pending: set[Future] = {executor.submit(_write_chunk, chunk, str(out)) for chunk in chunks}
        while pending:
            if not cancelled and is_cancelled is not None and is_cancelled():
                cancelled = True
                stop.set()  # running chunks stop after their current document
                for future in pending:
                    future.cancel()
            finished, pending = wait(pending, timeout=_POLL_SECONDS, return_when=FIRST_COMPLETED)
            for future in finished:
                if future.cancelled():
                    continue
                outcomes.extend(future.result())
                if progress is not None and not cancelled:
                    progress(len(outcomes), len(jobs))
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    outcomes.sort(key=lambda outcome: outcome[0])
    return BatchResult(
        written=[Path(path) for _, path, _ in outcomes if path is not None],
        cancelled=cancelled,
        failed=[failure for _, _, failure in outcomes if failure is not None],
    )


_stop_event = None  # set in each pool process by _start_worker


def _start_worker(stop, parent: int) -> None:  # type: ignore[no-untyped-def]
    global _stop_event
    _stop_event = stop
    die_with_parent(parent)
    from omatyontekija.documents.fonts import register_fonts  # reportlab, in the worker only

    register_fonts()  # once per process, before the first document


_writer: ThreadPoolExecutor | None = None  # a pool process's file writer


def _write_chunk(
    chunk: list[tuple[int, Document]], out_dir: str
) -> list[tuple[int, str | None, BatchFailure | None]]:
    """In a pool process: write the chunk's documents until done or told to stop.

    Each file is written and flushed to disk (``write_pdf_atomically``: an fsync,
    milliseconds of waiting on the disk) by a writer thread while the next document
    is rendered, so the process's core is not idle meanwhile; the chunk returns once
    all its files are on disk.
    """
    global _writer
    if _writer is None:
        _writer = ThreadPoolExecutor(1, thread_name_prefix="pdf-writer")
    outcomes: list[tuple[int, str | None, BatchFailure | None]] = []
    writing: list[tuple[int, Document, Future]] = []
    for index, job in chunk:
        if _stop_event is not None and _stop_event.is_set():
            break
        try:
            data = render(job)
        except Exception as exc:  # reported to the caller, who decides what to tell
            outcomes.append((index, None, BatchFailure(document_filename(job), _describe(exc))))
            continue
        path = Path(out_dir) / document_filename(job)
        writing.append((index, job, _writer.submit(write_pdf_atomically, path, data)))
    for index, job, future in writing:
        try:
            outcomes.append((index, str(future.result()), None))
        except Exception as exc:
            outcomes.append((index, None, BatchFailure(document_filename(job), _describe(exc))))
    return outcomes


def die_with_parent(parent: int) -> None:
    """End this pool process when the process that started it dies (killed, say): its
    documents hold client data and nobody would collect them. Linux: the kernel sends
    SIGKILL (PR_SET_PDEATHSIG); elsewhere a watchdog thread checks the parent's pid."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
        else:
            if os.getppid() != parent:  # it died before the request took effect
                os._exit(1)
            return
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


_PR_SET_PDEATHSIG = 1


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


def _describe(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"
