"""The embedded default's cache backend: diskcache's Django backend, connections kept."""

from diskcache import DjangoCache


class KeptOpenDiskCache(DjangoCache):
    """Django closes every cache at the end of each request (`close_caches`). For diskcache
    that closes each shard's SQLite connection, and closing the last connection to a WAL
    database checkpoints it: about 10 ms per shard per request, on every request. Connections
    are per thread and stay open instead, as a database connection does (DB_CONN_MAX_AGE)."""

    def close(self, **kwargs):
        pass
