import json
import subprocess
import sys

from assistant.cli import main, parser

from conftest import ROOT


def test_search_json_has_the_documented_fields(settings, bot, monkeypatch, capsys):
    monkeypatch.setenv("CARTQA_DATA_DIR", str(settings.data_dir))
    assert main(["search", "Did the lupus patients go into remission?", "--k", "2", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 2
    assert set(rows[0]) == {"chunk_id", "source", "section", "text", "score"}
    assert "remission" in rows[0]["text"]


def test_ask_prints_the_answer_and_numbered_sources(settings, bot, monkeypatch, capsys):
    monkeypatch.setenv("CARTQA_DATA_DIR", str(settings.data_dir))
    assert main(["ask", "How many patients were treated?"]) == 0
    out = capsys.readouterr().out
    assert "15 patients" in out and "Sources:" in out and "[1]" in out


def test_ask_json(settings, bot, monkeypatch, capsys):
    monkeypatch.setenv("CARTQA_DATA_DIR", str(settings.data_dir))
    assert main(["ask", "What does DORIS stand for?", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "Definition of Remission in SLE" in data["answer"] and data["kind"] == "answer"


def test_index_reports_progress(settings, bot, monkeypatch, capsys):
    monkeypatch.setenv("CARTQA_DATA_DIR", str(settings.data_dir))
    assert main(["index"]) == 0
    captured = capsys.readouterr()
    assert "chunks" in captured.out and "checking the index" in captured.err


def test_errors_are_one_line_with_the_next_step(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CARTQA_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CARTQA_CORPUS_DIR", str(tmp_path / "empty"))
    (tmp_path / "empty").mkdir()
    assert main(["search", "lupus"]) == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1].startswith("error: ") and "add the study files" in err and "Traceback" not in err


def test_unreachable_chroma_server_message(tmp_path, monkeypatch, capsys):
    from conftest import free_port

    monkeypatch.setenv("CARTQA_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CARTQA_CHROMA_URL", f"http://127.0.0.1:{free_port()}")
    assert main(["search", "lupus"]) == 2
    assert "unreachable" in capsys.readouterr().err


def test_bad_setting_is_named(monkeypatch, capsys):
    monkeypatch.setenv("CARTQA_CHUNK_MAX_CHARS", "nope")
    try:
        main(["search", "x"])
    except SystemExit as exc:
        assert "CARTQA_CHUNK_MAX_CHARS" in str(exc)
    else:
        raise AssertionError("expected a settings error")


def test_console_script_help_lists_the_commands():
    out = subprocess.run([sys.executable, "-m", "assistant.cli", "--help"], cwd=ROOT, capture_output=True, text=True)
    for command in ("index", "search", "ask", "chat", "serve", "eval"):
        assert command in out.stdout
    assert parser().prog == "cartqa"


def test_chat_keeps_history_between_turns(settings, bot, monkeypatch, capsys):
    monkeypatch.setenv("CARTQA_DATA_DIR", str(settings.data_dir))
    answers = iter(["How many lupus patients were in the study?", "and what about myositis?", ""])
    monkeypatch.setattr("builtins.input", lambda _: next(answers))
    assert main(["chat"]) == 0
    out = capsys.readouterr().out
    assert "8 patients" in out and "3 patients" in out


def test_ask_takes_a_style(settings, bot, monkeypatch, capsys):
    monkeypatch.setenv("CARTQA_DATA_DIR", str(settings.data_dir))
    assert main(["ask", "How did the scleroderma patients do?", "--style", "exact", "--json"]) == 0
    exact = json.loads(capsys.readouterr().out)
    assert main(["ask", "How did the scleroderma patients do?", "--json"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert exact["style"] == "exact" and plain["style"] == "plain"
    assert exact["citations"][0]["quote"] == plain["citations"][0]["quote"]
