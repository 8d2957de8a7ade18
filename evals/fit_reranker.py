"""Fit the sentence re-ranker (assistant/knowledge/reranker.json) on the tuning question sets.

    .venv/bin/python evals/fit_reranker.py [--check]

Every answerable, single-turn item of the tuning sets gives one row per study sentence: the
sentence's retrieval signals (the fused order, no re-ranking) and whether it is the item's evidence.
A logistic regression over the standardised signals and their pairwise products is fitted and
written as plain numbers. The locked sets (evals/locked*.jsonl) are never read. --check: report
leave-sets-out top-1 evidence accuracy (fused order vs re-ranked) without writing.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from assistant.answering.composer import Request  # noqa: E402
from assistant.answering.asking import without_role  # noqa: E402
from assistant.answering.pipeline import Assistant  # noqa: E402
from assistant.answering.reranker import MODEL, Reranker, expand, signals  # noqa: E402
from assistant.evals.items import load_questions  # noqa: E402
from assistant.settings import Settings  # noqa: E402

C = 1.0  # regularisation (leave-sets-out accuracy was flat from 0.1 to 10)


def tuning_sets() -> list[Path]:
    return sorted(p for p in (ROOT / "evals").glob("*.jsonl") if not p.name.startswith("locked"))


def rows(bot: Assistant, path: Path):
    """(features, labels) per answerable single-turn item with evidence."""
    composer = bot.composer
    for item in load_questions(path):
        if item.history or item.expected_kind != "answer" or not item.evidence:
            continue
        study = bot.knowledge.study(None)
        request = Request(study, "plain")
        question = without_role(item.question)
        captured = {}
        original = composer.order_by

        def capture(fused, scores, nearest, coverage, positions):
            captured["x"] = signals(fused, scores, nearest, np.array([coverage[int(i)] for i in positions]), positions)
            # (An evidence string may be part of a sentence.)
            captured["y"] = [int(any(e in bot.index.sentences[i].text for e in item.evidence)) for i in positions]
            return original(fused, scores, nearest, coverage, positions)

        composer.order_by = capture
        try:
            composer.evidence(question, "", request)
        finally:
            composer.order_by = original
        if any(captured["y"]):
            yield captured["x"], np.array(captured["y"])


def fit(data):
    from sklearn.linear_model import LogisticRegression

    x = np.vstack([d[0] for d in data])
    y = np.concatenate([d[1] for d in data])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    # The expansion's constant column is the intercept (so the stored bias is 0).
    model = LogisticRegression(C=C, max_iter=5000, fit_intercept=False).fit(expand((x - mean) / scale), y)
    return Reranker(mean, scale, model.coef_[0], 0.0)


def top1(data, score) -> int:
    return sum(int(y[int(np.argmax(score(x)))]) for x, y in data)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="leave-sets-out accuracy only; write nothing")
    args = parser.parse_args(argv)
    bot = Assistant.load(Settings(rerank=False))
    by_set = {p.stem: list(rows(bot, p)) for p in tuning_sets()}
    names = sorted(by_set)
    folds = [names[i::4] for i in range(4)]
    fused = reranked = total = 0
    for fold in folds:
        model = fit([d for n in names if n not in fold for d in by_set[n]])
        test = [d for n in fold for d in by_set[n]]
        fused += top1(test, lambda x: x[:, 0])
        reranked += top1(test, model.scores)
        total += len(test)
    print(f"top-1 evidence, leave-sets-out ({len(names)} sets, {total} questions): fused {fused / total:.1%}, re-ranked {reranked / total:.1%}")
    if not args.check:
        model = fit([d for n in names for d in by_set[n]])
        MODEL.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
