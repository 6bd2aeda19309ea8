"""Block every outgoing socket connection except to loopback (and Unix sockets) in the test process.

Installed for the whole pytest session by ``conftest.py``. The check runs before the real ``connect``, so a
blocked address never sees a packet. Subprocesses (e.g. the llama.cpp server) are not covered; they only
listen on 127.0.0.1.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

import pytest

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})


class BlockedConnection(OSError):
    """A test tried to connect somewhere other than loopback."""


def is_loopback(host: Any) -> bool:
    """True for 127.0.0.0/8, ::1 (also v4-mapped) and the usual localhost names; names are never resolved."""
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    name = host.strip().lower().strip("[]").split("%", 1)[0]
    if name in LOOPBACK_NAMES:
        return True
    try:
        ip = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


def allowed(family: int, address: Any) -> bool:
    if family == getattr(socket, "AF_UNIX", object()):
        return True
    if isinstance(address, tuple) and address:
        return is_loopback(address[0])
    return False


def _blocked(address: Any) -> BlockedConnection:
    return BlockedConnection(f"network access blocked in tests: only loopback is allowed, not {address!r}")


def install(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_create_connection = socket.create_connection

    def connect(self: socket.socket, address: Any) -> None:
        if not allowed(self.family, address):
            raise _blocked(address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not allowed(self.family, address):
            raise _blocked(address)
        return real_connect_ex(self, address)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        if not (isinstance(address, tuple) and address and is_loopback(address[0])):
            raise _blocked(address)
        return real_create_connection(address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
