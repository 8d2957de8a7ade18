"""Torch-free sentence embeddings: the packaged all-MiniLM-L6-v2 exported to ONNX, run by onnxruntime.

The export is made here, on this machine, from the packaged weights (never downloaded), once per
data folder: data_dir/models/<fingerprint>/model.onnx. The exported graph holds the whole
sentence-transformers pipeline (BERT, mean pooling over the attention mask, L2 normalisation), so
embedding a question needs only the `tokenizers` library and onnxruntime: no torch import, which
saves seconds at startup and hundreds of MB of memory. Making the export needs torch and the `onnx`
package, once.

The vectors equal the sentence-transformers ones (cosine > 0.9999, checked when exporting), so both
embedders carry the same fingerprint and an index built by either serves the other.
"""
from __future__ import annotations

import fcntl
import json
import logging
import os
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.index.embedders import (EmbeddingError, MiniLMEmbeddings, RecentQueries, _text, model_fingerprint,
                                       packaged_model_path)
from assistant.settings import Settings

log = logging.getLogger("cartqa.embeddings")
Progress = Callable[[str], None]

MODEL_FILE = "model.onnx"
EXPORT_INFO = "export.json"
EXPORT_VERSION = "1"  # bump when the exported graph changes; names the cache folder
OPSET = 17
MIN_COSINE = 0.9999  # least cosine between the export and sentence-transformers on the probe texts
_PROBES = [
    "warm up",
    "Did the patients in the first group go into remission?",
    "A treatment tried in a small group of patients: a case series with follow-up. " * 30,  # > max tokens
]
_PIPELINE = [
    "sentence_transformers.models.Transformer",
    "sentence_transformers.models.Pooling",
    "sentence_transformers.models.Normalize",
]


def _quiet(_: str) -> None:
    pass


def unsupported(model_path: Path) -> str | None:
    """Why the model cannot be exported as Transformer -> mean pooling -> normalise; None if it can."""
    try:
        modules = json.loads((model_path / "modules.json").read_text())
        pooling = json.loads((model_path / modules[1]["path"] / "config.json").read_text())
    except (OSError, ValueError, IndexError, KeyError) as exc:
        return f"cannot read its sentence-transformers configuration ({type(exc).__name__})"
    if [m.get("type") for m in modules] != _PIPELINE:
        return "its modules are not Transformer, Pooling, Normalize"
    modes = {k: v for k, v in pooling.items() if k.startswith("pooling_mode")}
    if modes.get("pooling_mode_mean_tokens") is not True or any(v for k, v in modes.items() if k != "pooling_mode_mean_tokens"):
        return "its pooling is not mean pooling"
    if not (model_path / "tokenizer.json").exists():
        return "it has no tokenizer.json"
    return None


def max_tokens(model_path: Path) -> int:
    """The truncation length sentence-transformers uses for this model."""
    try:
        return int(json.loads((model_path / "sentence_bert_config.json").read_text())["max_seq_length"])
    except (OSError, ValueError, KeyError, TypeError):
        tokenizer = json.loads((model_path / "tokenizer_config.json").read_text())
        config = json.loads((model_path / "config.json").read_text())
        return min(int(tokenizer.get("model_max_length", 512)), int(config.get("max_position_embeddings", 512)))


def export_dir(settings: Settings, model_path: Path) -> Path:
    """Where the export of this model is kept: under the models folder, named by its fingerprint."""
    name = model_fingerprint(model_path).replace(":", "-").replace("/", "-")
    return (settings.models_dir or settings.data_dir / "models") / f"{name}-onnx{EXPORT_VERSION}"


@contextmanager
def _lock(folder: Path):
    """One export at a time per folder: two servers starting together export once."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def export_onnx(model_path: Path, target: Path, progress: Progress = _quiet) -> Path:
    """Export the sentence-transformers model at model_path to target/model.onnx (needs torch, onnx).

    The file appears only when complete and checked against sentence-transformers.
    """
    model_path, target = Path(model_path), Path(target)
    reason = unsupported(model_path)
    if reason:
        raise EmbeddingError(f"cannot export {model_path} to ONNX: {reason}")
    with _lock(target):
        onnx_path = target / MODEL_FILE
        if onnx_path.exists():
            return onnx_path
        try:
            import onnx  # noqa: F401  (torch.onnx.export needs it to write the file)
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbeddingError(f"cannot export the embedding model to ONNX ({exc.name} missing): pip install onnx") from exc
        started = time.perf_counter()
        progress(f"exporting the embedding model to {onnx_path} (once)")
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        st = SentenceTransformer(str(model_path), device="cpu", local_files_only=True)
        tmp = target / f".{MODEL_FILE}.{os.getpid()}.tmp"
        try:
            with torch.no_grad(), warnings.catch_warnings():
                warnings.simplefilter("ignore")  # tracer and deprecation warnings say nothing actionable here
                # The TorchScript exporter (dynamo=False) needs only `onnx`, not onnxscript, and
                # handles BERT with dynamic batch and sequence axes.
                # Traced with a padded row, so that any "no padding, no mask" shortcut in the
                # model's code is not what gets recorded.
                ids = torch.full((2, 8), 1000, dtype=torch.long)
                mask = torch.ones(2, 8, dtype=torch.long)
                mask[1, 5:] = 0
                torch.onnx.export(
                    _pipeline(st[0].auto_model).eval(),
                    (ids, mask),
                    str(tmp),
                    dynamo=False,
                    input_names=["input_ids", "attention_mask"],
                    output_names=["embedding"],
                    dynamic_axes={
                        "input_ids": {0: "batch", 1: "tokens"},
                        "attention_mask": {0: "batch", 1: "tokens"},
                        "embedding": {0: "batch"},
                    },
                    opset_version=OPSET,
                    do_constant_folding=True,
                )
            probes = _PROBES + ["x"]  # "x" pads in a batch with long texts
            expected = st.encode(probes, batch_size=8, normalize_embeddings=True, show_progress_bar=False)
            got = np.asarray(OnnxEmbeddings(model_path, tmp).embed_documents(probes), dtype=np.float32)
            cosine = float((expected * got).sum(axis=1).min())
            if cosine < MIN_COSINE:
                raise EmbeddingError(f"the ONNX export disagrees with sentence-transformers (cosine {cosine:.5f})")
            info = {
                "source": str(model_path),
                "fingerprint": model_fingerprint(model_path),
                "torch": torch.__version__,
                "opset": OPSET,
                "min_cosine": round(cosine, 7),
                "seconds": round(time.perf_counter() - started, 2),
                "exported_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            }
            (target / EXPORT_INFO).write_text(json.dumps(info, indent=2))
            os.replace(tmp, onnx_path)
        finally:
            tmp.unlink(missing_ok=True)
        progress(f"exported in {time.perf_counter() - started:.1f}s (cosine to sentence-transformers {cosine:.6f})")
        return onnx_path


def _pipeline(bert):
    """BERT -> mean pooling over real tokens -> L2 normalisation, as one torch module."""
    import torch

    class Pipeline(torch.nn.Module):
        def __init__(self, model):
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask):
            hidden = self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    return Pipeline(bert)


class OnnxEmbeddings(Embeddings):
    """A LangChain Embeddings over an ONNX export of a sentence-transformers model: normalised
    mean-pooled vectors, the same as MiniLMEmbeddings gives, without torch.

    threads is onnxruntime's intra-op thread count: 1 is fastest for one short question and lets
    two requests run side by side on two cores; more helps only large batches.
    """

    backend = "onnx"

    def __init__(self, model_path: Path | None, onnx_path: Path, threads: int = 1, batch_size: int = 32):
        import onnxruntime as ort

        ort.disable_telemetry_events()  # also off by ORT_DISABLE_TELEMETRY, set before the import
        from tokenizers import Tokenizer

        self.model_path = Path(model_path) if model_path else packaged_model_path()
        self.onnx_path = Path(onnx_path)
        self.fingerprint = model_fingerprint(self.model_path)
        self.batch_size = batch_size
        self.tokenizer = Tokenizer.from_file(str(self.model_path / "tokenizer.json"))
        # tokenizer.json pads and truncates at 128; sentence-transformers truncates at
        # max_seq_length (256 here) and pads to the longest text of a batch.
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_tokens(self.model_path))
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        # Idle worker threads must not spin: a server shares its two cores with the web stack.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(str(self.onnx_path), options, providers=["CPUExecutionProvider"])
        self._embed_query = RecentQueries(self._embed_one)

    def _run(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch([_text(t) for t in texts])
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = 1
        return self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        texts = list(texts)
        # Batches of similar length waste little work on padding.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        vectors = np.empty((len(texts), 0), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            picked = order[start : start + self.batch_size]
            batch = self._run([texts[i] for i in picked])
            if vectors.shape[1] == 0:
                vectors = np.empty((len(texts), batch.shape[1]), dtype=np.float32)
            vectors[picked] = batch
        return [v.tolist() for v in vectors]

    def _embed_one(self, text: str) -> tuple[float, ...]:
        return tuple(self._run([text])[0].tolist())  # (the same floats as float(x) for each, converted in C)

    def embed_query(self, text: str) -> list[float]:
        return list(self._embed_query(text))


def export_in_child(model_path: Path, target: Path, progress: Progress = _quiet) -> Path:
    """export_onnx in a separate Python process: torch's hundreds of MB are freed when it exits."""
    code = "import sys; from assistant.index.onnx import export_onnx; export_onnx(sys.argv[1], sys.argv[2], print)"
    progress(f"exporting the embedding model to ONNX under {target} (once, about 10 s)")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, str(model_path), str(target)], capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise EmbeddingError(f"exporting the model to ONNX failed: {last}")
    progress(f"exported in {time.perf_counter() - started:.1f}s")
    return target / MODEL_FILE


def make_embedder(
    settings: Settings,
    progress: Progress = _quiet,
    backend: str | None = None,
    export: bool = True,
    threads: int = 1,
) -> Embeddings:
    """The ONNX embedder when its export exists or can be made now; otherwise MiniLMEmbeddings.

    backend (default: settings.embedding_backend if that setting exists, else "auto"): "auto" falls
    back to sentence-transformers when ONNX is unavailable, "onnx" raises EmbeddingError instead,
    "sentence-transformers" skips ONNX. The first call on a data folder exports the model (about
    10 s, needs torch and onnx) in a child process, so that even a first start leaves torch out of
    this one; later calls load the export in under a second.
    """
    backend = backend or settings.embedding_backend
    model_path = Path(settings.embedding_model_path) if settings.embedding_model_path else packaged_model_path()
    if backend != "sentence-transformers":
        reason = unsupported(model_path)
        onnx_path = export_dir(settings, model_path) / MODEL_FILE
        try:
            if reason:
                raise EmbeddingError(reason)
            if not onnx_path.exists():
                if not export:
                    raise EmbeddingError(f"no ONNX export at {onnx_path}")
                export_in_child(model_path, onnx_path.parent, progress)
            return OnnxEmbeddings(model_path, onnx_path, threads=threads)
        except Exception as exc:  # any failure leaves the slower, equivalent embedder
            if backend == "onnx":
                raise EmbeddingError(f"ONNX embedder unavailable: {exc}") from exc
            log.warning("ONNX embedder unavailable (%s); using sentence-transformers", exc)
            progress(f"ONNX embedder unavailable ({exc}); using sentence-transformers")
    return MiniLMEmbeddings(model_path)


__all__ = ["OnnxEmbeddings", "export_dir", "export_in_child", "export_onnx", "make_embedder", "unsupported"]
