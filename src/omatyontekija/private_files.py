"""Files that hold client data are readable by their owner only, whatever the umask.

Every file the program creates with client data in it — the SQLite database and its
copies, backups, exports, PDFs, the application log — is made with mode 0600, and the
folders it creates for them with 0700. A file is written under a ``.part`` name beside
its target and renamed into place only when whole; on any failure (a full disk
included) the partial file is removed, so neither half a file nor a 0-byte leftover
remains. Temporary files of libraries (openpyxl writes whole sheets to temporary
files) go to a private folder of this process, removed on exit and, after a crash, at
the next start.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIRECTORY = 0o700
PART_SUFFIX = ".part"


def private_directory(path: Path) -> Path:
    """Make ``path`` and any missing parents; the folders made here get mode 0700
    (folders that already existed are the user's and are left as they are)."""
    missing = []
    current = Path(path)
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIRECTORY)
            os.chmod(folder, PRIVATE_DIRECTORY)  # mkdir's mode is masked by the umask
    return Path(path)


def create_private_file(path: Path) -> None:
    """Create the empty file ``path`` with mode 0600; FileExistsError if it exists."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, PRIVATE_FILE)  # the umask could have taken bits away
    finally:
        os.close(descriptor)


def make_private(path: Path) -> None:
    """Set mode 0600 on an existing file (one a library created with its own mode)."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, PRIVATE_FILE)


def part_path(target: Path) -> Path:
    return target.with_name(target.name + PART_SUFFIX)


def remove_quietly(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            os.unlink(path)


@contextlib.contextmanager
def private_output(target: Path, *, replace: bool = True) -> Iterator[Path]:
    """Yield a private ``.part`` path beside ``target`` to write; renamed to ``target`` when
    the block ends normally, removed when it raises (anything, a full disk too).

    ``replace=False`` refuses (FileExistsError) when ``target`` exists already."""
    target = Path(target)
    if not replace and target.exists():
        raise FileExistsError(17, "already exists; choose a new name", str(target))
    part = part_path(target)
    remove_quietly(part)  # a leftover of a killed earlier attempt
    try:
        create_private_file(part)
        yield part
        make_private(part)  # a writer that replaced the file may have set its own mode
        if not replace and target.exists():
            raise FileExistsError(17, "already exists; choose a new name", str(target))
        os.replace(part, target)
    except BaseException as error:
        if isinstance(error, OSError) and error.filename in (None, str(part)):
            error.filename = str(target)  # name the file the user asked for
        remove_quietly(part, Path(f"{part}-journal"), Path(f"{part}-wal"), Path(f"{part}-shm"))
        raise


# -- a private folder for temporary files ---------------------------------------------------
_ROOT_NAME = "tmp"
_active: Path | None = None


def _temporary_root() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("omatyontekija", appauthor=False)) / _ROOT_NAME


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but another user's
    return True


def clean_stale_temporary_folders(root: Path | None = None) -> int:
    """Remove the temporary folders of processes that are no longer running (killed before
    they could clean up); returns how many were removed."""
    root = _temporary_root() if root is None else root
    removed = 0
    if not root.is_dir():
        return 0
    for folder in root.iterdir():
        try:
            pid = int(folder.name)
        except ValueError:
            continue
        if not _alive(pid):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def use_private_temporary_folder(root: Path | None = None) -> Path:
    """Send this process's temporary files (``tempfile``) to a private folder of its own,
    removed at exit; first remove what crashed processes left. Returns the folder."""
    global _active
    if _active is not None:
        return _active
    root = _temporary_root() if root is None else root
    try:
        private_directory(root)
        clean_stale_temporary_folders(root)
        folder = root / str(os.getpid())
        shutil.rmtree(folder, ignore_errors=True)  # a recycled pid's leftovers
        private_directory(folder)
    except OSError:
        return Path(tempfile.gettempdir())  # unwritable cache folder: keep the default
    tempfile.tempdir = str(folder)
    os.environ["TMPDIR"] = str(folder)  # child processes (the PDF batch) too
    _active = folder
    atexit.register(_remove_temporary_folder, folder)
    return folder


def _remove_temporary_folder(folder: Path) -> None:
    global _active
    shutil.rmtree(folder, ignore_errors=True)
    if _active == folder:
        _active = None
        tempfile.tempdir = None
