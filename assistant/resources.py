"""Where the shipped files are: prompts and corpus in a checkout or an installed package, and the data dir.

In a checkout (``pyproject.toml`` beside ``assistant/``) the prompts, corpus and models are the repo's
own ``prompts/``, ``corpus/`` and ``models/``, and data goes to ``./data``. An installed package
(``pip install .``) ships ``prompts/`` and ``corpus/`` as data files under
``<prefix>/share/planvis/``; data and models go to ``$XDG_DATA_HOME/planvis`` (``~/.local/share/planvis``).
Every one of these is only a default: the ``PLANVIS_*`` settings win.

    >>> resource_dir("prompts").name
    'prompts'
"""

from __future__ import annotations

import os
import sys
import sysconfig
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent
CHECKOUT = PACKAGE_ROOT.parent
SHARE = Path("share") / "planvis"  # where pyproject's data-files put prompts/ and corpus/
RESOURCES = ("prompts", "corpus")


def in_checkout() -> bool:
    """Is this the source tree (not an installed copy)?"""
    return (CHECKOUT / "pyproject.toml").is_file() and (CHECKOUT / "assistant").is_dir()


def _installed_roots() -> list[Path]:
    roots = [Path(sysconfig.get_path("data")), Path(sys.prefix), Path(sys.base_prefix)]
    user = sysconfig.get_path("data", f"{os.name}_user") if f"{os.name}_user" in sysconfig.get_scheme_names() else None
    if user:
        roots.append(Path(user))
    return list(dict.fromkeys(roots))


def resource_dir(name: str) -> Path:
    """The directory of a shipped resource (``prompts`` or ``corpus``): the checkout's, else the installed one.

    When neither exists, the checkout path is returned, so the error that follows names it.
    """
    if name not in RESOURCES:
        raise ValueError(f"resource {name!r}: use one of {', '.join(RESOURCES)}")
    checkout = CHECKOUT / name
    if in_checkout() and checkout.is_dir():
        return checkout
    for root in _installed_roots():
        candidate = root / SHARE / name
        if candidate.is_dir():
            return candidate
    return checkout


def user_data_home() -> Path:
    """``$XDG_DATA_HOME/planvis``, by default ``~/.local/share/planvis``."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "planvis"


def default_data_dir() -> Path:
    """``data/`` in a checkout, else the user's data home (index, eval output, plans)."""
    return CHECKOUT / "data" if in_checkout() else user_data_home()


def default_models_dir() -> Path:
    """``models/`` in a checkout, else ``models/`` under the user's data home."""
    return CHECKOUT / "models" if in_checkout() else user_data_home() / "models"
