"""Which answer engines can run here (the llama_cpp import and the server probe stay behind this check)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

OPENAI_PROBE_S = 2.0


def engine_available(settings: Any, engine: str) -> tuple[bool, str]:
    """Whether an answer engine can run here, and why not."""
    if engine == "extractive":
        return True, ""
    if engine == "local":
        if not Path(settings.local_model_path).is_file():
            return False, f"local model not found at {settings.local_model_path} (run `make models`)"
        try:
            import llama_cpp  # noqa: F401
        except Exception as exc:  # ImportError or a broken native build
            return False, f"llama_cpp does not import ({type(exc).__name__}: {str(exc)[:80]})"
        return True, ""
    if engine == "openai":
        import urllib.error
        import urllib.request

        url = str(settings.llm_base_url).rstrip("/") + "/models"
        req = urllib.request.Request(url, headers={"Authorization": f"Bearer {settings.llm_api_key}"})
        try:
            with urllib.request.urlopen(req, timeout=OPENAI_PROBE_S) as resp:  # noqa: S310 - URL from our settings
                if resp.status == 200:
                    return True, ""
                return False, f"GET {url} answered {resp.status}"
        except (urllib.error.URLError, OSError, ValueError) as exc:
            return False, f"GET {url} did not answer within {OPENAI_PROBE_S:.0f} s ({str(getattr(exc, 'reason', exc))[:80]})"
    return False, f"unknown engine {engine!r}"
