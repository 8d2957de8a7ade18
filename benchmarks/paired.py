"""Two versions of the code answering the same questions, alternately, in two processes: paired numbers.

    python benchmarks/paired.py OLD NEW [--rounds 4] [--stages] [--out benchmarks/out/paired.json]

OLD and NEW are git revisions (exported with `git archive`) or folders holding `assistant/` and
`corpus/`. Each is loaded once in its own process (its own copy of CARTQA_DATA_DIR, or a fresh folder
when there is no index to copy); then every question of evals/questions.jsonl is asked of both, one
right after the other (which goes first alternates), the embedder's cache emptied before each, for
--rounds rounds in a new order each. On a shared machine a load that comes and goes hits both sides
alike: compare the paired differences (NEW minus OLD, per question), not two runs' p50s. --stages also
times the stages below, net of the embedding runs inside them. It says how many answers differ.
"""
from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "evals" / "questions.jsonl"
# (stage, module, class or None, function): each timed from its outermost call
STAGES = (("embed", "assistant.index.onnx", "OnnxEmbeddings", "_run"), ("guard", "assistant.answering.guards", "Guards", "guard"),
          ("route", "assistant.answering.routing", "Router", "route"), ("evidence", "assistant.answering.composer", "Composer", "evidence"),
          ("planner", "assistant.answering.planner", "Planner", "answer"), ("compose", "assistant.answering.composer", "Composer", "compose"))


def paired(old: list[float], new: list[float]) -> dict:
    """NEW minus OLD, question by question: median and mean; and each side's p50, p95 and mean."""
    diffs = [b - a for a, b in zip(old, new)]

    def side(ms):
        ordered = sorted(ms)
        return {"p50": round(statistics.median(ms), 2), "p95": round(ordered[min(len(ms) - 1, int(0.95 * len(ms)))], 2),
                "mean": round(statistics.fmean(ms), 2)}
    return {"n": len(diffs), "old": side(old), "new": side(new),
            "diff_median": round(statistics.median(diffs), 3), "diff_mean": round(statistics.fmean(diffs), 3)}


def _timed(acc: dict, name: str, f):
    depth = [0]

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        if depth[0]:
            return f(*args, **kwargs)
        depth[0] += 1
        embedded, started = acc["embed"], time.perf_counter()
        try:
            return f(*args, **kwargs)
        finally:
            spent = time.perf_counter() - started
            acc[name] += spent if name == "embed" else spent - (acc["embed"] - embedded)
            depth[0] -= 1
    return wrapper


def worker(tree: str, stages: bool) -> None:
    """Answer the questions whose numbers come on stdin, one JSON line each on stdout."""
    sys.path.insert(0, tree)
    import assistant
    from assistant.answering.pipeline import Assistant
    from assistant.settings import Settings

    assert assistant.__file__.startswith(tree), assistant.__file__
    acc = {name: 0.0 for name, *_ in STAGES}
    for name, module, owner, function in STAGES if stages else ():
        try:
            holder = importlib.import_module(module)
            holder = getattr(holder, owner) if owner else holder
            setattr(holder, function, _timed(acc, name, getattr(holder, function)))
        except (ImportError, AttributeError):
            acc.pop(name)  # (a stage this version does not have)
    rows = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    bot = Assistant.load(Settings())
    for row in rows:  # warm-up: every question once
        bot.ask(row["question"], row.get("history", []))
    print(json.dumps({"ready": len(rows)}), flush=True)
    for line in sys.stdin:
        row = rows[int(line)]
        bot.embedder._embed_query.cache_clear()
        acc.update({name: 0.0 for name in acc})
        started = time.perf_counter()
        reply = bot.ask(row["question"], row.get("history", []))
        ms = (time.perf_counter() - started) * 1000
        print(json.dumps({"ms": ms, "reply": [reply.kind, reply.answer], "stages": {k: v * 1000 for k, v in acc.items()}}), flush=True)


def _tree(version: str, into: Path) -> str:
    if Path(version, "assistant").is_dir():
        return str(Path(version).resolve())
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", version, "assistant", "corpus"], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return str(into)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("old", help="git revision or folder")
    p.add_argument("new", help="git revision or folder")
    p.add_argument("--rounds", type=int, default=4, help="times each question is asked of each version")
    p.add_argument("--stages", action="store_true", help="also time the stages (net of embedding)")
    p.add_argument("--out", default=str(ROOT / "benchmarks" / "out" / "paired.json"), help="where to write the JSON")
    p.add_argument("--worker", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.worker:
        worker(args.worker, args.stages)
        return 0
    data = Path(os.environ.get("CARTQA_DATA_DIR", ""))
    with tempfile.TemporaryDirectory(prefix="cartqa-paired-") as tmp:
        procs = []
        for label in ("old", "new"):
            tree = _tree(getattr(args, label), Path(tmp, label))
            # (each version reads its own corpus/ and keeps its own index: a corpus changed between them is rebuilt)
            env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CARTQA_CORPUS_DIR")}
            env["CARTQA_DATA_DIR"] = str(Path(tmp, f"{label}-data"))
            if (data / "index").is_dir():
                shutil.copytree(data, env["CARTQA_DATA_DIR"])
            command = [sys.executable, __file__, args.old, args.new, "--worker", tree] + (["--stages"] if args.stages else [])
            procs.append((label, subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=tree)))
        n = [json.loads(proc.stdout.readline())["ready"] for _, proc in procs][0]
        got = {label: [] for label, _ in procs}
        order = random.Random(0)
        for round_ in range(args.rounds):
            questions = list(range(n))
            order.shuffle(questions)
            for k, i in enumerate(questions):
                for label, proc in procs if (k + round_) % 2 == 0 else procs[::-1]:
                    proc.stdin.write(f"{i}\n")
                    proc.stdin.flush()
                    got[label].append(json.loads(proc.stdout.readline()))
        for _, proc in procs:
            proc.stdin.close()
            proc.wait()
    old, new = got["old"], got["new"]
    result = {"old": args.old, "new": args.new, "rounds": args.rounds, "load_average": os.getloadavg(),
              "ask_ms": paired([r["ms"] for r in old], [r["ms"] for r in new]),
              "answers_different": sum(a["reply"] != b["reply"] for a, b in zip(old, new)),
              "stages_ms": {name: paired([r["stages"].get(name, 0.0) for r in old], [r["stages"].get(name, 0.0) for r in new])
                            for name in old[0]["stages"] if args.stages}}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2))
    ask = result["ask_ms"]
    print(f"ask, {ask['n']} pairs: old p50 {ask['old']['p50']} p95 {ask['old']['p95']} ms; new p50 {ask['new']['p50']} p95 "
          f"{ask['new']['p95']} ms; new - old {ask['diff_median']:+} ms median, {ask['diff_mean']:+} mean")
    for name, s in result["stages_ms"].items():
        print(f"  {name:9s} mean per ask {s['old']['mean']:7.2f} -> {s['new']['mean']:7.2f} ms ({s['diff_mean']:+.3f} mean, {s['diff_median']:+.3f} median)")
    print(f"answers different: {result['answers_different']} of {ask['n']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
