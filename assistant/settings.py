"""One Settings object: every knob of the assistant, read from CARTQA_* environment variables.

This is the only module that reads the environment.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_CORPUS_DIR = PACKAGE_DIR.parent / "corpus"
# A phone number as people write it: digits, +, spaces, dots, dashes, parentheses (it becomes a tel: link).
PHONE = r"^[0-9+() .-]{0,32}$"


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "cartqa"


class Settings(BaseSettings):
    """Configuration of the assistant. Each field maps to the environment variable CARTQA_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="CARTQA_", extra="ignore", frozen=True)

    corpus_dir: Path = Field(DEFAULT_CORPUS_DIR, description="Folder of .md/.txt study files to index.")
    data_dir: Path = Field(
        default_factory=_default_data_dir, description="Where the index and its manifest are kept."
    )
    chroma_url: str | None = Field(
        None, description="URL of a Chroma server (e.g. http://127.0.0.1:8000); empty means an embedded store."
    )
    collection_prefix: str = Field("cartqa", description="Prefix of the Chroma collection names.")
    embedding_model_path: Path | None = Field(
        None, description="Local folder of a sentence-transformers model; empty means the packaged all-MiniLM-L6-v2."
    )
    embedding_backend: Literal["auto", "onnx", "sentence-transformers"] = Field(
        "auto",
        description="How text is embedded: auto (an ONNX export of the model, made once under the models folder, "
        "run without torch; sentence-transformers if that fails), onnx (fail instead), sentence-transformers (torch).",
    )
    models_dir: Path | None = Field(
        None, description="Where the ONNX export of the embedding model is kept; empty means <data_dir>/models."
    )
    chunk_max_chars: int = Field(500, ge=80, le=4000, description="Largest chunk, in characters (whole sentences only).")
    retrieval_k: int = Field(4, ge=1, le=50, description="Passages returned by the retriever.")
    rrf_k: int = Field(20, ge=1, description="Reciprocal-rank-fusion constant used to fuse BM25 and dense rankings.")
    answer_max_sentences: int = Field(2, ge=1, le=6, description="Most study sentences quoted in one answer.")
    rerank: bool = Field(True, description="Order a question's sentences by the fitted re-ranker (off: by the fused score).")
    min_support: float = Field(
        0.25, ge=0.0, le=1.0, description="Least evidence score for answering; below it the assistant says the study does not say."
    )
    max_question_chars: int = Field(2000, ge=10, description="Longest question accepted, in characters.")
    max_history_turns: int = Field(20, ge=0, description="Most earlier chat turns considered for follow-ups.")
    llm_backend: Literal["none", "openai", "llamacpp", "fake"] = Field(
        "none",
        description="Who writes answers: none (grounded composer), openai (any OpenAI-compatible server), "
        "llamacpp (local GGUF), fake (offline stand-in that quotes passage [1]).",
    )
    llm_base_url: str = Field("http://127.0.0.1:11434/v1", description="Base URL of the OpenAI-compatible server.")
    llm_model: str = Field("llama3.2", description="Model name sent to the OpenAI-compatible server.")
    llm_api_key: str = Field("not-needed", description="API key for the OpenAI-compatible server, if it wants one.")
    llm_gguf_path: Path | None = Field(None, description="Path of a local GGUF model file for the llamacpp backend.")
    llm_timeout: float = Field(30.0, gt=0, description="Seconds to wait for the openai backend's answer before falling back.")
    host: str = Field("127.0.0.1", description="Address `cartqa serve` listens on.")
    port: int = Field(7860, ge=0, le=65535, description="Port `cartqa serve` listens on.")
    frame_ancestors: str = Field(
        "*", description="Sites allowed to frame the widget (CSP frame-ancestors), space-separated; * allows all."
    )
    trusted_proxies: str = Field(
        "",
        description="Addresses of reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed "
        "(comma-separated IPs or networks); empty believes no one.",
    )
    max_connections: int = Field(512, ge=8, description="Most open connections `cartqa serve` keeps; more are closed at once.")
    idle_timeout: float = Field(
        10.0, gt=0, le=300, description="Seconds a connection may sit idle, or take to send a request's headers, before it is closed."
    )
    rate_limit_per_minute: int = Field(120, ge=0, description="Requests per minute per client on the HTTP API; 0 turns it off.")
    max_request_bytes: int = Field(65536, ge=1024, description="Largest HTTP request body accepted.")
    reload_seconds: float = Field(
        0.0,
        ge=0,
        description="Check the index against the corpus and store this often, rebuilding and reloading it in the background; 0 turns it off.",
    )
    log_questions: bool = Field(False, description="Write question text to the logs (off by default for privacy).")
    feedback_dir: Path | None = Field(None, description="Opt-in folder for anonymous answer feedback; empty keeps none.")
    root_path: str = Field(
        "",
        pattern=r"^(/[A-Za-z0-9._~-]+)*$",
        description="Path prefix of the public address when a reverse proxy serves cartqa under a sub-path and "
        "removes it (e.g. /cartqa); empty means the site root.",
    )
    emergency_number: str = Field(
        "",
        pattern=PHONE,
        description="Emergency phone number shown as a tap-to-call link with urgent replies (e.g. 112); "
        "empty shows the common ones (911, 112, 999).",
    )
    care_team_number: str = Field(
        "",
        pattern=PHONE,
        description="The treatment centre's 24-hour phone number, a tap-to-call link with replies about a "
        "treatment reaction; empty asks people to call the number their care team gave them.",
    )
    crisis_number: str = Field(
        "", pattern=PHONE, description="Crisis line shown with replies about self-harm (e.g. 988); empty shows 988 (US)."
    )

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"
