"""Packaging: the wheel holds every subpackage, the ui package, the prompts and the corpus; resources resolve."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from assistant import resources

ROOT = Path(__file__).resolve().parent.parent


def test_checkout_resources_are_the_repo_dirs() -> None:
    assert resources.in_checkout()
    assert resources.resource_dir("prompts") == ROOT / "prompts"
    assert resources.resource_dir("corpus") == ROOT / "corpus"
    assert resources.default_data_dir() == ROOT / "data"
    with pytest.raises(ValueError, match="resource 'models'"):
        resources.resource_dir("models")


def test_installed_resources_are_found_under_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside a checkout: prompts and corpus from <prefix>/share/planvis, data in the user's data home."""
    monkeypatch.setattr(resources, "CHECKOUT", tmp_path / "site-packages")
    monkeypatch.setattr(resources, "_installed_roots", lambda: [tmp_path / "prefix"])
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    (tmp_path / "prefix" / "share" / "planvis" / "prompts").mkdir(parents=True)
    assert not resources.in_checkout()
    assert resources.resource_dir("prompts") == tmp_path / "prefix" / "share" / "planvis" / "prompts"
    assert resources.resource_dir("corpus") == tmp_path / "site-packages" / "corpus"  # missing: named in the error that follows
    assert resources.default_data_dir() == tmp_path / "xdg" / "planvis"
    assert resources.default_models_dir() == tmp_path / "xdg" / "planvis" / "models"


def _subpackages(top: str) -> list[str]:
    return sorted(str(p.parent.relative_to(ROOT)) for p in (ROOT / top).rglob("__init__.py") if "__pycache__" not in p.parts)


@pytest.mark.slow
def test_wheel_ships_subpackages_ui_prompts_and_corpus(tmp_path: Path) -> None:
    """Build a wheel from a copy of the sources (the checkout is not touched) and look inside."""
    src = tmp_path / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("assistant", "ui", "prompts", "corpus"):
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path / "dist"), str(src)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    (wheel,) = (tmp_path / "dist").glob("planvis-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    packages = _subpackages("assistant") + _subpackages("ui")
    assert {"assistant", "assistant/evaluate", "ui"} <= set(packages)
    for package in packages:
        assert f"{package}/__init__.py" in names, package
    assert "assistant/evaluate/ablation.py" in names and "assistant/resources.py" in names
    data = next(n.split("/data/", 1)[0] for n in names if ".data/data/" in n) + "/data/share/planvis"
    for prompt in (ROOT / "prompts").glob("*.txt"):
        assert f"{data}/prompts/{prompt.name}" in names, prompt.name
    assert f"{data}/corpus/manifest.toml" in names
    for doc in (ROOT / "corpus").iterdir():
        if doc.is_file():
            assert f"{data}/corpus/{doc.name}" in names, doc.name
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "planvis = assistant.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
