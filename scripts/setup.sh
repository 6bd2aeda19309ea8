#!/usr/bin/env bash
# Install everything Planvis needs on a fresh Debian machine; a second run does no work.
# Steps: Debian packages -> .venv -> Python deps (torch CPU first) -> llama-cpp-python -> models.
set -euo pipefail
cd "$(dirname "$0")/.."

# python3-venv: a bare Debian's python3 has no venv module; build-essential (gcc/g++, make) and cmake
# build llama-cpp-python from source; pkg-config and git are what its CMake build looks for.
APT_PACKAGES=(hunspell-no chromium chromium-driver libreoffice-writer-nogui poppler-utils python3 python3-venv python3-dev build-essential cmake pkg-config git ca-certificates)
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

# Built without Intel AMX: a native build uses AMX on this CPU and segfaults on the first
# generation. --no-cache-dir because pip would reuse a cached wheel whatever the flags.
AMX_OFF="-mno-amx-tile -mno-amx-int8 -mno-amx-bf16"
if ! .venv/bin/python -c 'import sys, llama_cpp, llama_cpp.server; sys.exit("AMX_INT8 = 1" in llama_cpp.llama_print_system_info().decode())' >/dev/null 2>&1; then
  say "building llama-cpp-python from source without AMX (about 6 minutes on 2 cores)"
  .venv/bin/pip uninstall -y -q llama-cpp-python >/dev/null 2>&1 || true
  CFLAGS="$AMX_OFF" CXXFLAGS="$AMX_OFF" CMAKE_BUILD_PARALLEL_LEVEL=2 .venv/bin/pip install -q --no-cache-dir "$LLAMA_SPEC"
fi

.venv/bin/python scripts/fetch_models.py
