"""Drive a server on 127.0.0.1 and measure it: start it and time it to a healthy /healthz, POST
questions from N client threads for a bounded number of requests and seconds, read its memory.
Used by bench.py; every run stops by itself.
"""
from __future__ import annotations

import itertools
import math
import signal
import socket
import statistics
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, math.ceil(q / 100 * len(ordered)) - 1))]


def summary(ms: list[float]) -> dict:
    return {"n": len(ms), "p50": round(percentile(ms, 50), 2), "p95": round(percentile(ms, 95), 2),
            "mean": round(statistics.fmean(ms), 2), "max": round(max(ms), 2)} if ms else {"n": 0}


class BenchError(RuntimeError):
    """A step of the benchmark failed; the message says which and where its log is."""


def rss_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) in MB of pid and all its descendants."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    rss = hwm = 0.0
    todo = [pid]
    while todo:
        p = todo.pop()
        todo += children.get(p, [])
        try:
            status = dict(line.split(":", 1) for line in Path(f"/proc/{p}/status").read_text().splitlines() if ":" in line)
        except OSError:
            continue
        rss += int(status.get("VmRSS", "0 kB").split()[0]) / 1024
        hwm += int(status.get("VmHWM", "0 kB").split()[0]) / 1024
    return round(rss, 1), round(hwm, 1)


def torch_loaded(pid: int) -> bool:
    try:
        return "libtorch" in Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def drive(base: str, payloads: list[dict], start: int, clients: int, requests: int, seconds: float) -> dict:
    """POST /api/ask from `clients` threads until `requests` are done or `seconds` have passed."""
    import httpx

    counter = itertools.count()
    deadline = time.perf_counter() + seconds

    def client_loop() -> tuple[list[float], int]:
        latencies, errors = [], 0
        with httpx.Client(base_url=base, timeout=30.0) as client:
            while (i := next(counter)) < requests and time.perf_counter() < deadline:
                t = time.perf_counter()
                try:
                    ok = client.post("/api/ask", json=payloads[(start + i) % len(payloads)]).status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies.append((time.perf_counter() - t) * 1000)
                errors += not ok
        return latencies, errors

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(lambda _: client_loop(), range(clients)))
    wall = time.perf_counter() - started
    latencies = [ms for lat, _ in results for ms in lat]
    stats = summary(latencies)
    return {"clients": clients, "requests": len(latencies), "errors": sum(e for _, e in results),
            "seconds": round(wall, 2), "rps": round(len(latencies) / wall, 1), "p50_ms": stats.get("p50"), "p95_ms": stats.get("p95")}


class Server:
    """One server process on 127.0.0.1, started and stopped by the benchmark."""

    def __init__(self, cmd: list[str], env: dict, port: int, log_path: Path, label: str, cwd: Path | None = None):
        self.base, self.log_path, self.label = f"http://127.0.0.1:{port}", log_path, label
        self.log = open(log_path, "a")
        started = time.perf_counter()
        self.proc = subprocess.Popen(cmd, env=env, stdout=self.log, stderr=subprocess.STDOUT, cwd=cwd)
        self.startup_s = self._wait_healthy(started)

    def _wait_healthy(self, started: float) -> float:
        import httpx

        while time.perf_counter() - started < 180 and self.proc.poll() is None:
            try:
                if httpx.get(f"{self.base}/healthz", timeout=2.0).status_code == 200:
                    return round(time.perf_counter() - started, 2)
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        state = "still starting" if self.proc.poll() is None else f"exited with code {self.proc.returncode}"
        self.stop()
        raise BenchError(f"{self.label} did not become healthy ({state}); see {self.log_path}:\n{self.log_path.read_text()[-2000:]}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)  # uvicorn shuts down cleanly on Ctrl-C
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.log.close()


__all__ = ["BenchError", "Server", "drive", "free_port", "percentile", "rss_mb", "summary", "torch_loaded"]
