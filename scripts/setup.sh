#!/usr/bin/env bash
# Install everything Planvis needs on a fresh Debian machine; a second run does no work.
# Steps: Debian packages -> .venv -> Python deps (torch CPU first) -> llama-cpp-python -> models.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(hunspell-no chromium chromium-driver libreoffice-writer-nogui poppler-utils)
LLAMA_SPEC='llama-cpp-python[server]==0.3.36'
PYTHON=${PYTHON:-python3.11}

say() { printf '[setup] %s\n' "$*" >&2; }

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  say "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  say "creating .venv with $PYTHON"
  "$PYTHON" -m venv .venv
  .venv/bin/pip install -q --upgrade pip
fi

deps_hash=$(sha256sum pyproject.toml | cut -c1-16)
if [ "$(cat .venv/.planvis-deps 2>/dev/null)" != "$deps_hash" ]; then
  say "installing Python packages (torch CPU wheel first)"
  .venv/bin/pip install -q torch==2.13.0
  .venv/bin/pip install -q -e '.[dev]'
  echo "$deps_hash" > .venv/.planvis-deps
fi

if ! .venv/bin/python -c 'import llama_cpp, llama_cpp.server' >/dev/null 2>&1; then
  say "building llama-cpp-python from source (about 6 minutes on 2 cores)"
  CMAKE_BUILD_PARALLEL_LEVEL=2 .venv/bin/pip install -q "$LLAMA_SPEC"
fi

.venv/bin/python scripts/fetch_models.py
