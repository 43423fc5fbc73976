"""The embedded default's cache backend: diskcache's Django backend, connections kept, and the
invalidation generation in a memory-mapped file beside it."""

import contextlib
import fcntl
import mmap
import os
import secrets
import threading
from pathlib import Path

from diskcache import DjangoCache

_COUNTER_BYTES = 8


class SharedCounter:
    """A number in a memory-mapped file that every process on this machine reads without a
    system call or a query. `bump` is serialised across processes by a lock on the file.

    A new file starts at a random 48-bit value, so a process never mistakes a recreated
    counter for one it has already seen."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._locked() as fd:
            if os.fstat(fd).st_size < _COUNTER_BYTES:
                os.pwrite(fd, secrets.randbits(48).to_bytes(_COUNTER_BYTES, "little"), 0)
        # Mapped through a descriptor never locked: mmap keeps a duplicate of it open, and a
        # lock taken through a duplicate would be held for as long as the map lives.
        fd = os.open(self.path, os.O_RDWR)
        try:
            self.map = mmap.mmap(fd, _COUNTER_BYTES)
        finally:
            os.close(fd)

    @contextlib.contextmanager
    def _locked(self):
        # A descriptor of its own each time: flock belongs to an open file, which a forked
        # worker would otherwise share with its parent.
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield fd
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def read(self) -> int:
        return int.from_bytes(self.map[:_COUNTER_BYTES], "little")

    def bump(self) -> int:
        with self._locked():
            value = (self.read() + 1) % 2**63
            self.map[:_COUNTER_BYTES] = value.to_bytes(_COUNTER_BYTES, "little")
        return value


_counters: dict[Path, SharedCounter] = {}
_counters_lock = threading.Lock()


def shared_counter(path: Path) -> SharedCounter:
    """One counter per file and process (Django makes a cache backend per thread)."""
    path = Path(path).resolve()
    with _counters_lock:
        if path not in _counters:
            _counters[path] = SharedCounter(path)
        return _counters[path]


class KeptOpenDiskCache(DjangoCache):
    """Django closes every cache at the end of each request (`close_caches`). For diskcache
    that closes each shard's SQLite connection, and closing the last connection to a WAL
    database checkpoints it: about 10 ms per shard per request, on every request. Connections
    are per thread and stay open instead, as a database connection does (DB_CONN_MAX_AGE).

    It also keeps the cache tags' invalidation generation (caching/tags.py) in a memory-mapped
    file: every page-cache hit reads it, and reading it from SQLite took 40 of a hit's 100 µs."""

    def __init__(self, directory, params):
        super().__init__(directory, params)
        self._generation = shared_counter(Path(directory) / "tag-generation")

    def close(self, **kwargs):
        pass

    def clear(self):
        # Every version is gone, so everything stored is stale: processes must re-check.
        cleared = super().clear()
        self._generation.bump()
        return cleared

    def tag_generation(self) -> int:
        return self._generation.read()

    def bump_tag_generation(self) -> int:
        return self._generation.bump()
