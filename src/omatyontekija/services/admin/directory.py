"""Finding a worker as a spreadsheet names them: by login, e-mail or exact name.

"Mäntylä Sari", "Sari Mäntylä" and "MÄNTYLÄ, Sari" are the same exact name
(the same words in any order); a name two workers share is ambiguous and never
guessed. A worker not found is a problem for the row, never silently dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from omatyontekija.domain.errors import UserError
from omatyontekija.domain.worker import Worker


def name_words(name: str) -> tuple[str, ...]:
    return tuple(sorted(w for w in re.split(r"[\s,]+", name.casefold()) if w))


class WorkerDirectory:
    """The unit's workers, looked up by what a file says about them."""

    def __init__(self, workers: Iterable[Worker]) -> None:
        self.workers = list(workers)
        self._by_key: dict[str, set[int]] = {}
        self._by_id = {w.id: w for w in self.workers}
        for w in self.workers:
            for key in self._keys(w):
                self._by_key.setdefault(key, set()).add(w.id)

    @staticmethod
    def _keys(worker: Worker) -> set[str]:
        keys = {"name:" + " ".join(name_words(worker.name))}
        if worker.login:
            keys.add("login:" + worker.login.casefold())
        if worker.email:
            keys.add("email:" + worker.email.strip().casefold())
        return keys

    def add(self, worker: Worker) -> None:
        """Known from now on (a worker added earlier in the same file)."""
        self.workers.append(worker)
        self._by_id[worker.id] = worker
        for key in self._keys(worker):
            self._by_key.setdefault(key, set()).add(worker.id)

    def find(self, text: str) -> Worker:
        """The one worker ``text`` names; UserError (a ValueError) saying why not."""
        text = text.strip()
        folded = text.casefold()
        found: set[int] = set()
        for key in ("login:" + folded, "email:" + folded, "name:" + " ".join(name_words(text))):
            found |= self._by_key.get(key, set())
        if not found:
            raise UserError("no_worker_named", text=text)
        if len(found) > 1:
            names = ", ".join(sorted(self._by_id[i].name for i in found))
            raise UserError("ambiguous_worker", text=text, names=names)
        return self._by_id[found.pop()]
