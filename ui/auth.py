"""Optional login: ``PLANVIS_AUTH`` as ``user:password,...`` or ``@PATH`` to ``user:hash`` lines.

Hashes are argon2id (argon2-cffi), written by ``planvis user add NAME``. Without PLANVIS_AUTH
there is no login and one local user.

    >>> users = parse_auth("anne:hemmelig,bo:passord")
    >>> check_password(users, "anne", "hemmelig"), check_password(users, "anne", "feil")
    (True, False)
"""

from __future__ import annotations

import re
from pathlib import Path

_NAME_RE = re.compile(r"^[A-Za-z0-9ÆØÅæøå][A-Za-z0-9ÆØÅæøå_.-]{0,39}$")


class AuthError(ValueError):
    """PLANVIS_AUTH or a users file cannot be used; the message names which and why."""


def check_name(name: str) -> str:
    if not _NAME_RE.match(name or ""):
        raise AuthError(f"user name {name!r}: use 1-40 letters, digits, '-', '_' or '.'")
    return name


def parse_auth(value: str) -> dict[str, str]:
    """Users from PLANVIS_AUTH: name -> plain password, or -> argon2 hash when read from ``@PATH``."""
    value = (value or "").strip()
    if not value:
        return {}
    if value.startswith("@"):
        path = Path(value[1:]).expanduser()
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise AuthError(f"PLANVIS_AUTH={value}: cannot read {path} ({exc.strerror or exc})") from exc
        pairs = [(no, line) for no, line in enumerate(lines, start=1) if line.strip() and not line.startswith("#")]
        where = f"{path} line"
    else:
        pairs = list(enumerate(value.split(","), start=1))
        where = "PLANVIS_AUTH entry"
    users: dict[str, str] = {}
    for no, item in pairs:
        name, sep, secret = item.strip().partition(":")
        if not sep or not secret:
            raise AuthError(f"{where} {no}: expected user:{'hash' if value.startswith('@') else 'password'}")
        users[check_name(name.strip())] = secret.strip()
    return users


def hash_password(password: str) -> str:
    from argon2 import PasswordHasher

    return PasswordHasher().hash(password)


def check_password(users: dict[str, str], name: str, password: str) -> bool:
    """Whether ``password`` is right for ``name`` (argon2 hash or plain entry)."""
    secret = users.get(name)
    if secret is None or not password:
        return False
    if secret.startswith("$argon2"):
        from argon2 import PasswordHasher
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            return PasswordHasher().verify(secret, password)
        except (VerificationError, InvalidHashError):
            return False
    import hmac

    return hmac.compare_digest(secret.encode(), password.encode())


def add_user(path: Path, name: str, password: str) -> bool:
    """Write ``name:hash`` into the users file (replacing an earlier line); True if the user is new."""
    check_name(name)
    if len(password) < 8:
        raise AuthError("password: use at least 8 characters")
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    kept = [line for line in lines if line.partition(":")[0].strip() != name]
    kept.append(f"{name}:{hash_password(password)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    path.chmod(0o600)
    return len(kept) > len(lines)
