"""Privacy: a real `cartqa serve` + questions + `cartqa eval` reach nothing beyond this machine and
write no question to disk or to the logs; question text is logged only with
CARTQA_LOG_QUESTIONS=true; feedback is opt-in and anonymous."""
from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from assistant.serving.api import create_app
from assistant.answering.pipeline import Assistant

from conftest import CORPUS, ROOT, free_port

CANARY = "zebra-canary-7731"
QUESTION = f"{CANARY} lupus?"
CARTQA = Path(sys.executable).with_name("cartqa")

# Loaded into every Python process of the audited run (PYTHONPATH=that folder): records every
# socket connection, send and name lookup, and blocks (and records) any that leaves loopback.
AUDIT = r'''
import ipaddress, os, socket, sys

_LOG = os.environ["CARTQA_AUDIT_LOG"]


def _write(line):
    with open(_LOG, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def _local_host(host):
    if host in (None, "", "localhost", b"localhost"):
        return True
    try:
        return ipaddress.ip_address(host.decode() if isinstance(host, bytes) else host).is_loopback
    except ValueError:
        return False


def _local_address(family, address):
    if family == socket.AF_UNIX or not isinstance(address, tuple):
        return True
    host = address[0]
    if isinstance(host, str) and host.startswith("::ffff:"):
        host = host[7:]
    return _local_host(host)


def _hook(event, args):
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        sock, address = args[0], args[1]
        ok = _local_address(sock.family, address)
    elif event == "socket.getaddrinfo":
        address, ok = args[0], _local_host(args[0])
    else:
        return
    _write(f"{'ok' if ok else 'BLOCKED'} {event} {address!r} pid={os.getpid()} {sys.argv[:2]}")
    if not ok:
        raise PermissionError(f"audit: {event} to {address!r} leaves this machine")


sys.addaudithook(_hook)
_write(f"installed pid={os.getpid()} {sys.argv[:2]}")
'''


def _audited_env(tmp_path: Path, **settings: str) -> dict:
    """A clean environment: the audit hook, a private HOME and TMPDIR to scan afterwards, and none
    of the test run's offline or telemetry switches (the package must set its own)."""
    hook = tmp_path / "audit"
    hook.mkdir(exist_ok=True)
    (hook / "sitecustomize.py").write_text(AUDIT, encoding="utf-8")
    for name in ("home", "tmp"):
        (tmp_path / name).mkdir(exist_ok=True)
    drop = ("CARTQA_", "HF_", "TRANSFORMERS_", "GRADIO_", "ANONYMIZED_TELEMETRY", "XDG_", "PYTHON", "TMPDIR")
    env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
    env.update(
        HOME=str(tmp_path / "home"), TMPDIR=str(tmp_path / "tmp"), PYTHONPATH=str(hook),
        CARTQA_AUDIT_LOG=str(tmp_path / "connections.log"), **{f"CARTQA_{k.upper()}": v for k, v in settings.items()},
    )
    return env


def _connections(tmp_path: Path) -> list[str]:
    path = tmp_path / "connections.log"
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def test_the_audit_hook_sees_and_blocks_an_outside_connection(tmp_path):
    code = (
        "import socket\n"
        "for attempt in (lambda: socket.create_connection(('example.org', 80), timeout=2),\n"
        "                lambda: socket.socket().connect(('192.0.2.1', 80))):\n"
        "    try:\n        attempt()\n    except PermissionError as e:\n        print(e)\n"
        "socket.socket().connect_ex(('127.0.0.1', 9))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], env=_audited_env(tmp_path), capture_output=True, text=True, timeout=60)
    assert out.stdout.count("leaves this machine") == 2, out.stderr
    lines = _connections(tmp_path)
    assert any(line.startswith("BLOCKED socket.getaddrinfo 'example.org'") for line in lines)
    assert any(line.startswith("BLOCKED socket.connect ('192.0.2.1', 80)") for line in lines)
    assert any(line.startswith("ok socket.connect ('127.0.0.1', 9)") for line in lines)


def _eval_questions(path: Path) -> Path:
    lines = (ROOT / "evals" / "questions.jsonl").read_text(encoding="utf-8").splitlines()[:2]
    extra = {**json.loads(lines[0]), "id": "privacy-01", "question": "zebra-eval-canary-5512 what was tested?"}
    path.write_text("\n".join(lines + [json.dumps(extra)]) + "\n", encoding="utf-8")
    return path


def _scan(paths: list[Path], needle: str) -> tuple[int, list[str]]:
    """How many files were read, and which hold needle (as UTF-8 or UTF-16 text)."""
    forms = [needle.encode(), needle.encode("utf-16-le")]
    seen, hits = 0, []
    for root in paths:
        for path in [root] if root.is_file() else root.rglob("*"):
            if path.is_file() and not path.is_symlink():
                seen += 1
                data = path.read_bytes()
                if any(form in data for form in forms):
                    hits.append(str(path))
    return seen, hits


@pytest.mark.server
def test_serve_ask_and_eval_stay_on_this_machine_and_write_no_question(tmp_path, settings):
    data = tmp_path / "data"
    shutil.copytree(settings.data_dir, data)  # the session's index: no build, same corpus
    port = free_port()
    env = _audited_env(tmp_path, data_dir=str(data), corpus_dir=str(CORPUS), port=str(port),
                       feedback_dir=str(tmp_path / "feedback"))
    with (tmp_path / "serve.out").open("w") as out, (tmp_path / "serve.err").open("w") as err:
        server = subprocess.Popen([str(CARTQA), "serve"], cwd=ROOT, env=env, stdout=out, stderr=err)
    evaluation = subprocess.Popen(
        [str(CARTQA), "eval", "--questions", str(_eval_questions(tmp_path / "questions.jsonl")), "--out",
         str(tmp_path / "eval-out"), "--baseline", str(tmp_path / "no-baseline.json")],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=2).json()["status"] == "ok":
                    break
            except httpx.HTTPError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, (tmp_path / "serve.err").read_text()[-2000:]
            time.sleep(0.3)
        history = [{"role": "user", "content": QUESTION}, {"role": "assistant", "content": f"about {CANARY}"}]
        asked = httpx.post(f"{base}/api/ask", json={"question": QUESTION, "history": history}, timeout=60)
        assert asked.status_code == 200 and asked.json()["answer"]
        streamed = httpx.post(f"{base}/api/ask/stream", json={"question": QUESTION}, timeout=60)
        assert "event: reply" in streamed.text
        assert httpx.post(f"{base}/api/ask", json={"question": QUESTION * 200}, timeout=60).status_code == 422
        feedback = httpx.post(f"{base}/api/feedback", json={"helpful": True, "kind": asked.json()["kind"]}, timeout=10)
        assert feedback.status_code == 200

        from gradio_client import Client  # the chat's own path: the Gradio queue

        chat, *_ = Client(f"{base}/", verbose=False).submit(QUESTION, [], api_name="/chat").result(timeout=60)
        assert len(chat) == 2
        eval_out, eval_err = evaluation.communicate(timeout=180)
        assert evaluation.returncode == 0, eval_err[-2000:]
    finally:
        server.terminate()
        server.wait(timeout=30)
        if evaluation.poll() is None:
            evaluation.kill()

    connections = _connections(tmp_path)
    installed = {line.split()[1] for line in connections if line.startswith("installed")}
    assert len(installed) >= 2, "the audit hook ran in the server and in the eval"
    assert not [line for line in connections if line.startswith("BLOCKED")], "a connection left this machine"

    # Nothing of the question on disk: data (index), feedback, HOME, TMPDIR; nor in either's output.
    (tmp_path / "eval.out").write_text(eval_out + eval_err, encoding="utf-8")
    places = [data, tmp_path / "feedback", tmp_path / "home", tmp_path / "tmp", tmp_path / "serve.out",
              tmp_path / "serve.err", tmp_path / "eval.out", tmp_path / "connections.log"]
    written = [str(p.relative_to(tmp_path)) for p in (tmp_path / "home").rglob("*") if p.is_file()]
    assert not written, f"the run wrote under HOME (telemetry or caches): {written}"
    seen, hits = _scan(places, CANARY)
    assert seen > 10 and not hits, hits
    assert "kind=" in (tmp_path / "serve.err").read_text(), "the server logs each answer (without its text)"
    _, hits = _scan([p for p in places if p.name != "eval.out"], "zebra-eval-canary")
    assert not hits, hits  # the eval's questions stay in its own report folder
    assert _scan([tmp_path / "eval-out"], "zebra-eval-canary")[1], "the eval report lists its questions"
    stored = (tmp_path / "feedback" / "feedback.jsonl").read_text()
    assert stored == json.dumps({"helpful": True, "kind": asked.json()["kind"]}) + "\n"


# ---- logs ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("log_questions", [False, True])
def test_question_text_is_logged_only_when_asked_to(bot, caplog, log_questions):
    settings = bot.settings.model_copy(update={"log_questions": log_questions})
    logging_bot = Assistant(settings, bot.index, bot.embedder)
    with caplog.at_level(logging.DEBUG), TestClient(create_app(settings, logging_bot)) as client:
        assert client.post("/api/ask", json={"question": QUESTION}).status_code == 200
        assert client.post("/api/ask/stream", json={"question": QUESTION}).status_code == 200
        body = f'{{"question": "{QUESTION} \\ud800"}}'  # a lone surrogate: refused
        refused = client.post("/api/ask", content=body, headers={"content-type": "application/json"})
        assert refused.status_code == 422
    assert caplog.records, "something was logged"
    assert (CANARY in caplog.text) is log_questions


# ---- feedback -----------------------------------------------------------------------------------------


def test_feedback_is_off_unless_a_folder_is_set(bot):
    with TestClient(create_app(bot.settings.model_copy(update={"feedback_dir": None}), bot)) as client:
        response = client.post("/api/feedback", json={"helpful": True, "kind": "answer"})
        assert response.status_code == 404 and "CARTQA_FEEDBACK_DIR" in response.json()["detail"]
        assert "/api/feedback" not in client.get("/openapi.json").json()["paths"]


def test_feedback_keeps_only_whether_it_helped_and_the_kind(bot, tmp_path):
    folder = tmp_path / "feedback"
    with TestClient(create_app(bot.settings.model_copy(update={"feedback_dir": folder}), bot)) as client:
        for body in ({"helpful": True, "kind": "answer"}, {"helpful": False, "kind": "not_in_study"}):
            assert client.post("/api/feedback", json=body).status_code == 200
        refused = [
            {"helpful": True, "kind": "answer", "question": QUESTION},  # nothing else is accepted
            {"helpful": True, "kind": QUESTION},  # kind is one of the reply kinds, not free text
            {"helpful": "it was great, " + QUESTION, "kind": "answer"},
        ]
        for body in refused:
            response = client.post("/api/feedback", json=body)
            assert response.status_code == 422 and CANARY not in response.text
        extra = client.post("/api/feedback", json={"helpful": True, "kind": "answer", "note": "x"}).json()["detail"]
        assert "only helpful and kind" in extra, extra
    lines = (folder / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [{"helpful": True, "kind": "answer"},
                                                    {"helpful": False, "kind": "not_in_study"}]
    assert [p.name for p in folder.iterdir()] == ["feedback.jsonl"]


def test_feedback_file_stops_growing_at_its_cap_and_says_so(bot, tmp_path, monkeypatch):
    """Clicks are free to send: past the cap the file keeps what it had and the API answers 507."""
    import assistant.serving.api as api

    monkeypatch.setattr(api, "FEEDBACK_BYTES", 100)  # room for two lines of ~35 bytes, not three
    folder = tmp_path / "feedback"
    with TestClient(create_app(bot.settings.model_copy(update={"feedback_dir": folder}), bot)) as client:
        codes = [client.post("/api/feedback", json={"helpful": True, "kind": "answer"}).status_code
                 for _ in range(4)]
        full = client.post("/api/feedback", json={"helpful": False, "kind": "answer"})
    assert codes == [200, 200, 507, 507] and full.status_code == 507
    assert "full" in full.json()["detail"]
    lines = (folder / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [{"helpful": True, "kind": "answer"}] * 2


@pytest.mark.server
@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed (make test installs it as root)")
def test_serve_and_ask_make_no_outside_connection_or_name_lookup_even_from_native_code(tmp_path, settings):
    """The audit hook sees Python's sockets only; strace sees every connect of every thread, so a
    native library's telemetry (onnxruntime's uploader, its DNS lookup) would show here."""
    import re

    data = tmp_path / "data"
    shutil.copytree(settings.data_dir, data)
    port = free_port()
    env = _audited_env(tmp_path, data_dir=str(data), corpus_dir=str(CORPUS), port=str(port))
    trace = tmp_path / "strace.log"
    command = ["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg,accept,accept4", "-o", str(trace), str(CARTQA), "serve"]
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, "the server did not start"
            time.sleep(0.3)
        for question in (QUESTION, "How many patients were treated?", "What does DORIS mean?"):
            assert httpx.post(f"{base}/api/ask", json={"question": question}, timeout=60).status_code == 200
        time.sleep(2)  # time for any background uploader to try
    finally:
        import signal

        os.killpg(server.pid, signal.SIGTERM)  # strace and the server it runs
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)
    calls = trace.read_text().splitlines()
    assert sum("accept" in c for c in calls) >= 3, "strace saw the server accept the test's requests"
    inet = [c for c in calls if "AF_INET" in c and ("connect(" in c or "sendto(" in c or "sendmsg(" in c)]
    outside = [c for c in inet if not re.search(r'inet_addr\("127\.|inet_pton\(AF_INET6, "::1"|"::ffff:127\.', c)]
    dns = [c for c in inet if "htons(53)" in c]
    assert not outside and not dns, outside + dns
    written = [str(p.relative_to(tmp_path)) for p in (tmp_path / "home").rglob("*") if p.is_file()]
    assert not written, written


def test_feedback_after_a_line_cut_off_starts_a_line_of_its_own(bot, tmp_path):
    folder = tmp_path / "feedback"
    folder.mkdir()
    (folder / "feedback.jsonl").write_text('{"helpful": true, "kind": "answer"}\n{"helpful": fal', encoding="utf-8")
    with TestClient(create_app(bot.settings.model_copy(update={"feedback_dir": folder}), bot)) as client:
        assert client.post("/api/feedback", json={"helpful": False, "kind": "answer"}).status_code == 200
    lines = (folder / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines[0] == '{"helpful": true, "kind": "answer"}' and lines[-1] == '{"helpful": false, "kind": "answer"}'


def test_feedback_is_never_written_through_a_link_planted_in_its_folder(bot, tmp_path):
    folder, victim = tmp_path / "feedback", tmp_path / "victim.txt"
    folder.mkdir()
    victim.write_text("untouched\n", encoding="utf-8")
    (folder / "feedback.jsonl").symlink_to(victim)
    with TestClient(create_app(bot.settings.model_copy(update={"feedback_dir": folder}), bot),
                    raise_server_exceptions=False) as client:
        assert client.post("/api/feedback", json={"helpful": True, "kind": "answer"}).status_code >= 500
    assert victim.read_text(encoding="utf-8") == "untouched\n"


def test_a_question_is_embedded_for_its_own_answer_only():
    """A shared cache of recent questions would tell, by how fast it answers, whether someone else had
    just asked a guessed question: within one question's answer a text is embedded once; across
    questions it is embedded again; texts embedded outside any question (the page's suggested
    questions) are shared."""
    from assistant.index.embedders import RecentQueries, private_queries

    calls = []
    cache = RecentQueries(lambda text: calls.append(text) or (1.0, 0.0))
    cache("what does the figure show?")  # (at start-up: public)
    with private_queries():
        cache("my daughter's question"), cache("my daughter's question"), cache("what does the figure show?")
    assert calls == ["what does the figure show?", "my daughter's question"]
    with private_queries():
        cache("my daughter's question")
    assert calls.count("my daughter's question") == 2
    assert len(cache.vectors) == 1


def test_the_assistant_keeps_no_vector_of_a_persons_question(bot):
    shared, bank = bot.embedder._embed_query.vectors, bot.planner.bank._recent
    before, bank_before = set(shared), set(bank)
    bot.ask("My neighbour Ingrid has myositis: how did the myositis patients do?")
    assert set(shared) == before and set(bank) == bank_before
