"""`cartqa bench`: index build time, in-process `ask` latency, HTTP throughput, startup time and
memory, for each embedding backend, written to JSON and printed as a table.

Every step runs in its own process on 127.0.0.1, against a fresh temporary data folder, and is
bounded in requests and seconds. Latencies are reported for new questions (the embedder's query
cache cleared before each one, or, over HTTP, a text the server has not seen) and for repeated ones.
Since 2026-12-05 a question's vectors are kept only while it is answered (assistant/index/embedders.py,
private_queries), so a repeated question costs what a new one does; only the page's suggested
questions stay cached.
"""
from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from benchmarks.loadtest import BenchError, Server, drive, free_port, rss_mb, summary, torch_loaded
from assistant.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "evals" / "questions.jsonl"
RESULTS = ROOT / "benchmarks" / "results.json"
BACKENDS = ("sentence-transformers", "onnx")
TARGETS = {"ask_p50_ms": 25, "ask_p95_ms": 60, "rps_16": 40, "startup_s": 12, "rss_mb": 700, "crafted_ms": 100}
# Lead-ins that keep a question's meaning but change its text, so that a long run of requests
# does not just replay the server's query cache (14 x 150 questions > its 1024 entries).
LEADS = ("", "Please tell me: ", "Quick question: ", "I'd like to know: ", "Could you tell me: ",
         "One more question: ", "I was wondering: ", "Can you explain: ", "Another question: ",
         "My question is: ", "Help me understand: ", "Just curious: ", "Question: ", "I want to ask: ")

NOTES = ("ask cold_ms: the embedder's query cache cleared before each question; cached_ms: the same questions "
         "again. HTTP 'new': eval questions with one of 14 lead-ins, no text repeated within 2,100 requests; "
         "'repeated': the 150 plain questions again and again (no longer cache hits: a question's vectors are kept only while it is answered). Client and server share the "
         "machine's CPUs; load_average_* says how busy the machine was.")


def load_questions(path: Path = QUESTIONS) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{"question": r["question"], "history": r.get("history", [])} for r in rows]


def _version(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def machine() -> dict:
    """What the numbers were measured on (package versions without importing them)."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
    return {"nproc": len(os.sched_getaffinity(0)), "cpu": cpu, "ram_gb": round(mem / 2**20, 1),
            "python": platform.python_version(), "os": platform.platform(), "torch": _version("torch"),
            "onnxruntime": _version("onnxruntime"), "sentence_transformers": _version("sentence-transformers")}


# ---- workers: each step in a fresh process -----------------------------------------------------


def _embedder(backend: str, settings: Settings):
    if backend == "onnx":
        from assistant.index.onnx import make_embedder

        return make_embedder(settings, backend="onnx")
    from assistant.index.embedders import MiniLMEmbeddings

    return MiniLMEmbeddings(settings.embedding_model_path)


def _assistant(backend: str, settings: Settings):
    from assistant.answering.pipeline import Assistant
    from assistant.index.store import open_index

    embedder = _embedder(backend, settings)
    bot = Assistant(settings, open_index(settings, embedder), embedder)
    bot.embedder.embed_query("warm up")  # as Assistant.load does
    return bot


def _work_build(backend: str, settings: Settings) -> dict:
    started = time.perf_counter()
    embedder = _embedder(backend, settings)
    embedder.embed_query("load the model")
    ready = time.perf_counter()
    from assistant.index.store import build_index

    index = build_index(settings, embedder)
    done = time.perf_counter()
    return {"embedder_s": round(ready - started, 2), "build_s": round(done - ready, 2),
            "chunks": len(index.chunks), "sentences": len(index.sentences)}


def _work_latency(backend: str, settings: Settings, profile: str | None) -> dict:
    started = time.perf_counter()
    bot = _assistant(backend, settings)
    load_s = time.perf_counter() - started
    questions = load_questions()
    for q in questions:  # warm-up: every question once
        bot.ask(q["question"], q["history"])
    clear = bot.embedder._embed_query.cache_clear
    profiler = None
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.001)
        profiler.start()
    cold = []
    for q in questions:
        clear()  # a question nobody asked before: the embedder runs
        t = time.perf_counter()
        bot.ask(q["question"], q["history"])
        cold.append((time.perf_counter() - t) * 1000)
    if profiler:
        profiler.stop()
        Path(profile).write_text(profiler.output_text(color=False, unicode=False))
    for q in questions:  # fill the cache, then measure repeats
        bot.ask(q["question"], q["history"])
    cached = []
    for q in questions:
        t = time.perf_counter()
        bot.ask(q["question"], q["history"])
        cached.append((time.perf_counter() - t) * 1000)
    crafted = {kind: summary(times) for kind, times in _crafted_latency(bot).items()}
    rss, hwm = rss_mb(os.getpid())
    return {"load_s": round(load_s, 2), "cold_ms": summary(cold), "cached_ms": summary(cached), "crafted_ms": crafted,
            "rss_mb": rss, "peak_rss_mb": hwm, "torch_imported": "torch" in sys.modules}


def _work_serve(backend: str, settings: Settings) -> None:
    """`cartqa serve` itself (api.run: logging, watcher, uvicorn), with Assistant.load building the
    Assistant on the chosen embedder: for measuring a backend before it is wired in."""
    from assistant.serving import api
    from assistant.answering.pipeline import Assistant

    def load(cls, settings=None, progress=lambda _: None, llm=None):
        return _assistant(backend, settings or Settings())

    Assistant.load = classmethod(load)
    api.run(settings)


def _worker(argv: list[str]) -> int:
    mode, backend = argv[0], argv[1]
    settings = Settings()
    if mode == "serve":
        _work_serve(backend, settings)
        return 0
    result = _work_build(backend, settings) if mode == "build" else _work_latency(backend, settings, argv[2] or None)
    print(json.dumps(result))
    return 0


# ---- driver ---------------------------------------------------------------------------------------


def _env(settings: Settings, data_dir: Path, backend: str, port: int = 0) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CARTQA_")}
    env.update({"CARTQA_DATA_DIR": str(data_dir), "CARTQA_CORPUS_DIR": str(settings.corpus_dir),
                "CARTQA_HOST": "127.0.0.1", "CARTQA_PORT": str(port), "CARTQA_RATE_LIMIT_PER_MINUTE": "0",
                "CARTQA_LLM_BACKEND": "none", "CARTQA_EMBEDDING_BACKEND": backend})
    if settings.embedding_model_path:
        env["CARTQA_EMBEDDING_MODEL_PATH"] = str(settings.embedding_model_path)
    return env


def _run_worker(env: dict, *argv: str, timeout: float = 900) -> dict:
    code = "import sys; from benchmarks.harness import _worker; sys.exit(_worker(sys.argv[1:]))"
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *argv], env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    if done.returncode != 0:
        raise BenchError(f"{' '.join(argv)} failed:\n{done.stderr[-2000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["process_s"] = round(time.perf_counter() - started, 2)
    return result


def _server_command(backend: str) -> tuple[list[str], str]:
    """The real `cartqa serve` when it can be told which embedder to use (or its default is the one
    wanted); otherwise the same app started by this module with that embedder."""
    wired = "embedding_backend" in Settings.model_fields
    if wired or backend == "sentence-transformers":
        script = Path(sys.executable).with_name("cartqa")
        cmd = [str(script), "serve"] if script.exists() else [sys.executable, "-m", "assistant.cli", "serve"]
        return cmd, "cartqa serve"
    code = "import sys; from benchmarks.harness import _worker; sys.exit(_worker(sys.argv[1:]))"
    return [sys.executable, "-c", code, "serve", backend], "cartqa serve's api.run, Assistant.load patched to this embedder"


def _serve_and_load(settings: Settings, data_dir: Path, backend: str, quick: bool, log_path: Path) -> dict:
    cmd, label = _server_command(backend)
    questions = load_questions()
    fresh = [{"question": lead + q["question"], "history": q["history"]} for lead in LEADS for q in questions]
    plain = [{"question": q["question"], "history": q["history"]} for q in questions]
    starts = []
    for _ in range(1 if quick else 2):  # extra starts only to time them: startup varies on a busy machine
        port = free_port()
        server = Server(cmd, _env(settings, data_dir, backend, port), port, log_path, label, ROOT)
        starts.append(server.startup_s)
        server.stop()
    port = free_port()
    server = Server(cmd, _env(settings, data_dir, backend, port), port, log_path, label, ROOT)
    try:
        starts.append(server.startup_s)
        result = {"command": label, "startup_s": statistics.median(starts), "startup_runs_s": starts,
                  "rss_after_start_mb": rss_mb(server.proc.pid)[0]}
        total, cap = (300, 10.0) if quick else (2000, 40.0)
        drive(server.base, plain, 0, 4, len(plain), 60.0)  # warm-up: every question once
        levels, cursor = [], len(plain)
        for clients in (1, 4, 16):
            level = drive(server.base, fresh, cursor, clients, total, cap)
            cursor += level["requests"]
            levels.append({**level, "questions": "new"})
        # The same 150 questions again and again: answered from the server's query cache.
        levels.append({**drive(server.base, plain, 0, 16, total, cap), "questions": "repeated"})
        rss, hwm = rss_mb(server.proc.pid)
        result.update({"http": levels, "rss_mb": rss, "peak_rss_mb": hwm, "torch_loaded": torch_loaded(server.proc.pid)})
        return result
    finally:
        server.stop()


def bench_backend(settings: Settings, backend: str, root: Path, quick: bool, profile: Path | None, say) -> dict:
    data_dir = root / backend
    out: dict = {}
    say(f"[{backend}] building the index in a fresh data folder")
    out["index_build"] = _run_worker(_env(settings, data_dir, backend), "build", backend)
    if backend == "onnx":
        say(f"[{backend}] rebuilding with the model already exported")
        out["index_rebuild"] = _run_worker(_env(settings, data_dir, backend), "build", backend)
    say(f"[{backend}] in-process ask latency over {len(load_questions())} questions")
    out["ask"] = _run_worker(_env(settings, data_dir, backend), "latency", backend, str(profile or ""))
    say(f"[{backend}] HTTP load on a server")
    out["server"] = _serve_and_load(settings, data_dir, backend, quick, root / f"{backend}-server.log")
    return out


def crafted_questions(seed: int = 7, each: int = 20) -> dict[str, list[str]]:
    """Questions made to be expensive, each under the 2,000-character limit and each new (so no
    cache helps): hundreds of distinct short tokens, hundreds of unknown long words, hundreds of
    ';'- and '?'-separated parts, and long runs of sentences."""
    import random
    import string

    rnd = random.Random(seed)

    def word(n: int) -> str:
        return "".join(rnd.choice(string.ascii_lowercase) for _ in range(n))

    makers = {
        "short_tokens": lambda: ("what does this stand for " + " ".join(word(2) for _ in range(700)))[:2000],
        "unknown_words": lambda: " ".join(word(7) for _ in range(300))[:2000],
        "semicolon_parts": lambda: "; ".join(f"how many {word(5)} patients" for _ in range(150))[:2000],
        "question_parts": lambda: "? ".join(f"what is {word(4)}" for _ in range(200))[:2000],
        "sentences": lambda: ". ".join(" ".join(word(5) for _ in range(6)) for _ in range(60))[:2000],
    }
    return {kind: [make() for _ in range(each)] for kind, make in makers.items()}


def _crafted_latency(bot) -> dict[str, list[float]]:
    out = {}
    for kind, questions in crafted_questions().items():
        times = []
        for question in questions:
            t = time.perf_counter()
            bot.ask(question)
            times.append((time.perf_counter() - t) * 1000)
        out[kind] = times
    return out


def verdict(result: dict) -> dict:
    """Which targets a backend's numbers meet."""
    ask, server = result["ask"]["cold_ms"], result["server"]
    sixteen = next(h for h in server["http"] if h["clients"] == 16 and h["questions"] == "new")
    return {"ask_p50_ms": ask["p50"] <= TARGETS["ask_p50_ms"], "ask_p95_ms": ask["p95"] <= TARGETS["ask_p95_ms"],
            "rps_16": sixteen["rps"] >= TARGETS["rps_16"] and sixteen["errors"] == 0,
            "startup_s": server["startup_s"] <= TARGETS["startup_s"], "rss_mb": server["rss_mb"] <= TARGETS["rss_mb"],
            "crafted_p95_ms": all(v["p95"] <= TARGETS["crafted_ms"] for v in result["ask"].get("crafted_ms", {}).values())}


def table(report: dict) -> str:
    names = list(report["backends"])
    rows: list[tuple[str, ...]] = [("", *names, "target")]

    def row(label, get, target=""):
        values = []
        for name in names:
            try:
                values.append(str(get(report["backends"][name])))
            except (KeyError, StopIteration, TypeError):
                values.append("-")
        rows.append((label, *values, target))

    row("index build, fresh data dir (s)", lambda b: round(b["index_build"]["embedder_s"] + b["index_build"]["build_s"], 2))
    row("  of which model load/export (s)", lambda b: b["index_build"]["embedder_s"])
    row("index rebuild, model exported (s)", lambda b: round(b["index_rebuild"]["embedder_s"] + b["index_rebuild"]["build_s"], 2))
    for kind, label in (("cold_ms", "new question"), ("cached_ms", "repeated question")):
        row(f"ask p50 / p95, {label} (ms)", lambda b, k=kind: f"{b['ask'][k]['p50']} / {b['ask'][k]['p95']}",
            "25 / 60" if kind == "cold_ms" else "")
    row("crafted 2,000-char question, worst p50 / p95 (ms)", lambda b: "{} / {}".format(
        max(v["p50"] for v in b["ask"]["crafted_ms"].values()), max(v["p95"] for v in b["ask"]["crafted_ms"].values())), "100")
    row("serve start -> /healthz 200 (s)", lambda b: f"{b['server']['startup_s']} (runs {b['server']['startup_runs_s']})", "12")
    for clients, kind in ((1, "new"), (4, "new"), (16, "new"), (16, "repeated")):
        def http(b, c=clients, k=kind):
            h = next(x for x in b["server"]["http"] if x["clients"] == c and x["questions"] == k)
            return f"{h['rps']} req/s, {h['p50_ms']} / {h['p95_ms']} ms, {h['errors']} err"
        row(f"HTTP {clients:>2} clients, {kind} questions", http, ">= 40 req/s, 0 err" if (clients, kind) == (16, "new") else "")
    row("server RSS after load (MB)", lambda b: f"{b['server']['rss_mb']} (peak {b['server']['peak_rss_mb']})", "700")
    row("torch loaded in server", lambda b: b["server"]["torch_loaded"])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in rows)


def main_bench(args, settings: Settings) -> int:
    """Run the benchmark; write args.out (and benchmarks/results.json for a full run); print a table."""
    quick = bool(getattr(args, "quick", False))
    wanted = getattr(args, "embedder", None) or "both"
    backends = BACKENDS if wanted == "both" else (wanted,)
    out = Path(getattr(args, "out", None) or "benchmarks/out/bench.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    profile_dir = out.parent if getattr(args, "profile", False) else None
    settings = settings.model_copy(update={"chroma_url": None})

    def say(message: str) -> None:
        print(f"  {message}", file=sys.stderr, flush=True)

    report = {"recorded_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "quick": quick, "machine": machine(), "notes": NOTES,
              "load_average_before": [round(x, 2) for x in os.getloadavg()], "targets": TARGETS,
              "questions": len(load_questions()), "backends": {}}
    root = Path(tempfile.mkdtemp(prefix="cartqa-bench-"))
    try:
        for backend in backends:
            profile = profile_dir / f"profile-ask-{backend}.txt" if profile_dir else None
            result = bench_backend(settings, backend, root, quick, profile, say)
            result["meets_targets"] = verdict(result)
            report["backends"][backend] = result
    except BenchError as exc:
        print(f"error: {exc}\n(logs and data kept in {root})", file=sys.stderr)
        return 1
    shutil.rmtree(root, ignore_errors=True)
    report["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    text = json.dumps(report, indent=2)
    out.write_text(text)
    if not quick and out.resolve() != RESULTS.resolve():
        RESULTS.write_text(text)
    m = report["machine"]
    print(f"machine: {m['nproc']} CPUs ({m['cpu']}), {m['ram_gb']} GB RAM, Python {m['python']}, torch {m['torch']}, "
          f"onnxruntime {m['onnxruntime']}; load average before/after {report['load_average_before'][0]}/"
          f"{report['load_average_after'][0]}")
    print(table(report))
    print(f"written: {out}" + ("" if quick else f" and {RESULTS}"))
    return 0


__all__ = ["main_bench", "machine", "table"]
