"""The embedded default's cache: diskcache's Django backend with its connections kept open,
and the invalidation generation (tags.generation) in a memory-mapped file beside it."""

import contextlib
import fcntl
import functools
import mmap
import os
import secrets
from pathlib import Path

from diskcache import DjangoCache


class SharedCounter:
    """8 bytes in a memory-mapped file that every process on this machine reads without a
    system call or a query; `bump` is serialised across processes by a lock on the file. A new
    file starts at a random 48-bit value, so no process mistakes it for a counter it has seen."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        with self._locked() as fd:
            if os.fstat(fd).st_size < 8:
                os.pwrite(fd, secrets.randbits(48).to_bytes(8, "little"), 0)
        # Mapped through an open file never locked: the map keeps a duplicate of it open, and
        # a lock taken through that file would be held for as long as the map lives.
        fd = os.open(path, os.O_RDWR)
        self.map = mmap.mmap(fd, 8)
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
        return int.from_bytes(self.map[:8], "little")

    def bump(self) -> int:
        with self._locked():
            value = (self.read() + 1) % 2**63
            self.map[:8] = value.to_bytes(8, "little")
        return value


@functools.cache
def shared_counter(path: Path) -> SharedCounter:
    """One counter per file and process (Django makes a cache backend per thread)."""
    return SharedCounter(path)


class KeptOpenDiskCache(DjangoCache):
    """Connections stay open per thread (Django closes caches after each request, and closing
    a WAL SQLite database checkpoints it: ~10 ms a shard). The generation is read on every hit:
    from SQLite that took 40 of a hit's 100 µs."""

    def __init__(self, directory, params):
        super().__init__(directory, params)
        self._generation = shared_counter(Path(directory).resolve() / "tag-generation")

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
