"""The benchmark's arithmetic and report; the benchmark itself is run by hand (`make bench`)."""
from __future__ import annotations

import os
import re

from benchmarks.harness import machine, table
from benchmarks.loadtest import percentile, rss_mb, summary
from benchmarks.paired import paired


def test_percentiles_are_nearest_rank():
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 95) == 95.0
    assert percentile([7.0], 95) == 7.0
    assert summary([3.0, 1.0, 2.0]) == {"n": 3, "p50": 2.0, "p95": 3.0, "mean": 2.0, "max": 3.0}
    assert summary([]) == {"n": 0}


def test_paired_numbers_are_differences_question_by_question():
    # (the load that slows one question slows both versions' answers to it: the difference stays)
    old, new = [10.0, 30.0, 12.0, 50.0], [9.0, 26.0, 11.5, 45.0]
    result = paired(old, new)
    assert result["n"] == 4 and result["diff_median"] == -2.5 and result["diff_mean"] == -2.625
    assert result["old"]["p50"] == 21.0 and result["new"]["p95"] == 45.0


def test_machine_and_memory_are_read_from_proc():
    info = machine()
    assert info["nproc"] >= 1 and info["ram_gb"] > 0 and info["python"]
    rss, peak = rss_mb(os.getpid())
    assert 0 < rss <= peak


def test_table_shows_every_backend_and_a_dash_for_what_was_not_measured():
    http = [{"clients": c, "questions": q, "rps": 50.0, "p50_ms": 20.0, "p95_ms": 40.0, "errors": 0}
            for c, q in ((1, "new"), (4, "new"), (16, "new"), (16, "repeated"))]
    backend = {
        "index_build": {"embedder_s": 1.0, "build_s": 2.0},
        "ask": {"cold_ms": {"p50": 9.0, "p95": 20.0}, "cached_ms": {"p50": 2.0, "p95": 4.0}},
        "server": {"startup_s": 5.0, "startup_runs_s": [5.0], "http": http, "rss_mb": 400.0, "peak_rss_mb": 410.0,
                   "torch_loaded": False},
    }
    text = table({"backends": {"onnx": backend}})
    assert "onnx" in text and "9.0 / 20.0" in text and "50.0 req/s" in text
    assert re.search(r"index rebuild, model exported \(s\) +-", text)


def test_the_assistant_keeps_numpy_to_one_blas_thread(bot):
    # A question's vector products are small; BLAS worker threads only add waits (see one_blas_thread).
    from threadpoolctl import threadpool_info

    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)
