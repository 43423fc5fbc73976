"""Shared by the Listen tests."""

import socket

import pytest

from ..factories import make_story

SHORT_BODY = [
    ("paragraph", "<p>Penguins at the zoo got a new pool. The keepers filled it with <b>cold</b> water!</p>"),
    ("subheading", "Why cold?"),
    ("paragraph", "<p>Penguins like the cold. They dived in at once.</p>"),
]  # fmt: skip


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a socket fails the test: voices must come from packages."""

    def refuse(*args, **kwargs):
        raise AssertionError("the Listen pipeline tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture
def short_story(tree):
    return make_story(
        tree["stories"],
        title="A pool for penguins",
        slug="penguin-pool",
        summary="The zoo's penguins have somewhere new to swim.",
        body=SHORT_BODY,
    )
