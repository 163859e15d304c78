"""Is a file on a network share? SQLite's locking is not safe over SMB or NFS."""

from __future__ import annotations

import os
from pathlib import Path, PureWindowsPath

NETWORK_FILESYSTEMS = frozenset(
    {"cifs", "smb3", "smbfs", "nfs", "nfs4", "afs", "ncpfs", "9p", "fuse.sshfs", "davfs"}
)
MOUNTS = Path("/proc/mounts")


class NetworkShareRefused(RuntimeError):
    """An SQLite database on a network share; take PostgreSQL for shared use."""

    def __init__(self, path: Path, fstype: str) -> None:
        self.path = path
        self.fstype = fstype
        super().__init__(
            f"The database file {path} is on a network share ({fstype}). SQLite is not safe on "
            "a network share; for shared use take PostgreSQL: "
            "--database postgresql+psycopg://server/omatyontekija"
        )


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes.
    return (
        field.replace("\\040", " ")
        .replace("\\011", "\t")
        .replace("\\012", "\n")
        .replace("\\134", "\\")
    )


def network_filesystem(path: Path | str, *, mounts: str | None = None) -> str | None:
    """The network file system type the file would be on, or None for a local disk.

    Windows: a UNC path (\\\\server\\share) is a share. Linux: the mount holding
    the path, by the longest mount point in /proc/mounts (``mounts`` for tests).
    """
    text = str(path)
    if text.startswith(("\\\\", "//")) or PureWindowsPath(text).drive.startswith("\\\\"):
        return "smb"
    if mounts is None:
        if os.name != "posix" or not MOUNTS.exists():
            return None
        mounts = MOUNTS.read_text(encoding="utf-8", errors="replace")
    resolved = os.path.abspath(text)
    best, best_type = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape(fields[1]), fields[2]
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fstype
    return best_type if best_type in NETWORK_FILESYSTEMS else None
