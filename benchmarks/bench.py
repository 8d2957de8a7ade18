"""Measure index build time, `ask` latency, HTTP throughput, startup time and memory.

    python benchmarks/bench.py [--quick] [--embedder both|onnx|sentence-transformers] [--profile]

Writes benchmarks/out/bench.json and, for a full run, benchmarks/results.json
(the committed numbers). See README, "Performance".
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import main_bench  # noqa: E402
from assistant.settings import Settings  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", default="benchmarks/out/bench.json", help="where to write the JSON")
    p.add_argument("--quick", action="store_true", help="fewer requests (300 per level, 10 s cap); results.json is not touched")
    p.add_argument("--embedder", choices=["both", "onnx", "sentence-transformers"], default="both", help="which embedding backends to measure")
    p.add_argument("--profile", action="store_true", help="also write a pyinstrument profile of the measured asks next to --out")
    args = p.parse_args(argv)
    return main_bench(args, Settings())


if __name__ == "__main__":
    sys.exit(main())
