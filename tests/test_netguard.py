"""The conftest network guard: only loopback may be connected to (checked without sending anything)."""

from __future__ import annotations

import socket

import netguard
import pytest


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "localhost", "::1", "[::1]", "::ffff:127.0.0.1"])
def test_loopback_allowed(host):
    assert netguard.is_loopback(host)


@pytest.mark.parametrize("host", ["10.0.0.1", "192.168.1.1", "8.8.8.8", "pypi.org", "0.0.0.0", "::", "", None])
def test_other_addresses_blocked(host):
    assert not netguard.is_loopback(host)


def test_guard_is_installed():
    # Calls go through the guard functions, not the C methods.
    assert socket.socket.connect.__module__ == "netguard"
    assert socket.create_connection.__module__ == "netguard"


def test_loopback_connection_still_works():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=2):
            pass
