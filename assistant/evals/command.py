"""`cartqa eval`: read the questions, ask them in a style, write the reports, print a table, and
(with --check) compare the run with evals/thresholds.toml.
"""
from __future__ import annotations

import sys
from pathlib import Path

from assistant.evals import report
from assistant.evals.items import QuestionsError, load_questions
from assistant.evals.report import (
    DEFAULT_THRESHOLDS,
    ThresholdsError,
    compare,
    format_table,
    load_summary,
    load_thresholds,
    write_outputs,
)
from assistant.evals.runner import DEFAULT_STYLE, run_eval


def _progress_bar(total: int):
    from tqdm import tqdm

    bar = tqdm(total=total, file=sys.stderr, unit="q", desc="eval", disable=None, leave=False)
    return bar, lambda done, _total, _result: bar.update(1)


def _load_bot(settings):
    from assistant.answering.pipeline import Assistant

    return Assistant.load(settings, progress=lambda message: print(f"  {message}", file=sys.stderr))


def main_eval(questions: Path | str, out: Path | str, check: bool = False, baseline: Path | str | None = None,
              settings=None, thresholds: Path | str = DEFAULT_THRESHOLDS, bot=None, style: str = DEFAULT_STYLE) -> int:
    """`cartqa eval`: run the questions in style, write the reports, print a table.

    Returns the exit code: 0, 1 when check is set and a threshold is missed, 2 when an input file
    is malformed. A baseline path that does not exist yet is only noted. bot defaults to
    Assistant.load(settings).
    """
    try:
        items = load_questions(questions)
        limits = load_thresholds(thresholds) if check else None
        base = None
        if baseline is not None and Path(baseline).exists():
            base = load_summary(baseline)
    except (QuestionsError, ThresholdsError) as exc:
        print(f"cartqa eval: {exc}", file=sys.stderr)
        return 2
    if bot is None:
        bot = _load_bot(settings)
    bar, progress = _progress_bar(len(items))
    with bar:
        result = run_eval(bot, items, progress=progress, style=style)
    result.summary["questions"]["path"] = str(questions)
    paths = write_outputs(result, out, base)
    comparison = compare(result.summary, base) if base else None
    failures = report.check(result.summary, limits) if check else []
    s = result.summary
    print(f"{s['questions']['n'] - len(s['failed'])}/{s['questions']['n']} passed in {s['wall_s']} s")
    print(format_table(s, comparison, failures))
    if baseline is not None and base is None:
        print(f"no baseline at {baseline}: to make one, copy {paths['summary.json']} there")
    elif base is not None:
        print(f"compared with {baseline}")
    print(f"report: {paths['report.html']}")
    if check:
        print("thresholds: " + ("FAILED" if failures else "all met") + f" ({thresholds})")
    return 1 if failures else 0


def main_eval_sets(sets: list[str], folder: Path | str = "evals", check: bool = False, floors: bool = False,
                   settings=None, thresholds: Path | str = DEFAULT_THRESHOLDS, bot=None, style: str = DEFAULT_STYLE) -> int:
    """`cartqa eval --sets NAME[:BASELINE] ...`: several question sets in one process, the model loaded once.

    NAME's questions are FOLDER/NAME.jsonl, its report goes to FOLDER/out-NAME, and it is compared with
    FOLDER/BASELINE.json when a baseline is named. With floors, NAME is checked against FOLDER/floors/NAME.toml
    instead of thresholds. Every set is run even after one misses its thresholds; the exit code is the worst
    (2 for a malformed entry or file, 1 for a missed threshold, 0).
    """
    folder = Path(folder)
    named = []
    for entry in sets:
        name, _, base = entry.partition(":")
        if not name or "/" in entry or "\\" in entry or entry.count(":") > 1:
            print(f"cartqa eval: --sets entry {entry!r}: expected NAME or NAME:BASELINE (files in {folder})", file=sys.stderr)
            return 2
        named.append((name, base or None))
    missing = [str(folder / f"{name}.jsonl") for name, _ in named if not (folder / f"{name}.jsonl").is_file()]
    if missing:
        print("cartqa eval: no questions file " + ", ".join(missing), file=sys.stderr)
        return 2
    codes = {}
    for name, base in named:
        if bot is None:
            bot = _load_bot(settings)
        print(f"== {name}")
        codes[name] = main_eval(folder / f"{name}.jsonl", folder / f"out-{name}", check,
                                folder / f"{base}.json" if base else None, settings,
                                thresholds=folder / "floors" / f"{name}.toml" if floors else thresholds, bot=bot, style=style)
    bad = [name for name, code in codes.items() if code]
    print(f"{len(codes)} sets: " + ("all met their thresholds" if check and not bad else
                                    f"below their thresholds or malformed: {', '.join(bad)}" if bad else "run"))
    return max(codes.values(), default=0)
