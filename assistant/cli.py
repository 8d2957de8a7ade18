"""The `cartqa` command: parse, call the library, print. Errors print one line with the next step."""
from __future__ import annotations

import argparse
import json
import sys
import traceback

from assistant.ingest.corpus import CorpusError
from assistant.index.embedders import EmbeddingError
from assistant.index.store import IndexUnavailable
from assistant.answering.llm.backends import LLMUnavailable

EXPECTED = (CorpusError, EmbeddingError, IndexUnavailable, LLMUnavailable)


def _settings(args):
    from pydantic import ValidationError

    from assistant.settings import Settings

    overrides = {k: v for k, v in {"host": getattr(args, "host", None), "port": getattr(args, "port", None)}.items() if v is not None}
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise SystemExit(f"error: setting {field} (CARTQA_{field.upper()}): {first['msg']}")


def _progress(message: str) -> None:
    print(f"  {message}", file=sys.stderr, flush=True)


def cmd_index(args) -> int:
    from assistant.index.store import build_index, open_index
    from assistant.index.onnx import make_embedder

    settings = _settings(args)
    embedder = make_embedder(settings, _progress)
    print("building the index" if args.rebuild else "checking the index", file=sys.stderr)
    index = build_index(settings, embedder, _progress) if args.rebuild else open_index(settings, embedder, progress=_progress)
    print(f"index {index.manifest['key']}: {len(index.chunks)} chunks, {len(index.sentences)} sentences at {index.location}")
    return 0


def cmd_search(args) -> int:
    from assistant.index.store import open_index
    from assistant.index.onnx import make_embedder
    from assistant.retrieval.hybrid import Scorer

    settings = _settings(args)
    embedder = make_embedder(settings, _progress)
    scorer = Scorer(open_index(settings, embedder, progress=_progress), embedder, settings.rrf_k)
    hits = scorer.search(args.question, args.k)
    rows = [
        {"chunk_id": h.chunk.chunk_id, "source": h.chunk.source, "section": h.chunk.section, "text": h.chunk.text, "score": round(h.score, 5)}
        for h in hits
    ]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        for n, row in enumerate(rows, 1):
            print(f"{n}. [{row['chunk_id']}] {row['section']} (score {row['score']})\n   {row['text']}\n")
    return 0


def _load_bot(args):
    from assistant.answering.pipeline import Assistant

    return Assistant.load(_settings(args), progress=_progress)


def _print_reply(reply) -> None:
    print(reply.answer)
    if reply.citations:
        print("\nSources:")
        for c in reply.citations:
            print(f"  [{c.n}] {c.source} · {c.section} · \"{c.quote}\"")


def _answer_options(parser) -> None:
    parser.add_argument("--style", choices=("plain", "simple", "exact"), default="plain",
                        help="plain: everyday words (default); simple: simplest words; exact: the study's own sentences")
    parser.add_argument("--study", help="the study pack to answer from (its folder under the corpus); default: the one asked about")


def cmd_ask(args) -> int:
    bot = _load_bot(args)
    history = []
    if args.history:
        with open(args.history, encoding="utf-8") as handle:
            history = json.load(handle)
    reply = bot.ask(args.question, history, style=args.style, study=args.study)
    if args.json:
        print(json.dumps(reply.to_dict(), indent=2, ensure_ascii=False))
    else:
        _print_reply(reply)
    return 0


def cmd_chat(args) -> int:
    bot = _load_bot(args)
    history: list[dict] = []
    about = bot.packs[0].short_title if bot.packs else "the study"
    print(f"Ask about {about} (empty line or Ctrl-D to quit). This is not medical advice.")
    while True:
        try:
            question = input("\nyou> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not question:
            return 0
        reply = bot.ask(question, history, style=args.style, study=args.study)
        print()
        _print_reply(reply)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": reply.answer}]


def cmd_serve(args) -> int:
    from assistant.serving.api import run

    run(_settings(args))
    return 0


def cmd_eval(args) -> int:
    from assistant.evals.command import main_eval, main_eval_sets

    if args.sets:
        return main_eval_sets(args.sets, args.folder, args.check, args.floors, _settings(args), thresholds=args.thresholds,
                              style=args.style)
    return main_eval(args.questions, args.out, args.check, args.baseline, _settings(args), thresholds=args.thresholds,
                     style=args.style)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cartqa", description="Cited answers from the health studies in the corpus.")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("index", help="build the index if it is missing or stale")
    s.add_argument("--rebuild", action="store_true", help="rebuild even if current")
    s.set_defaults(func=cmd_index)

    s = sub.add_parser("search", help="show the passages retrieved for a question")
    s.add_argument("question")
    s.add_argument("--k", type=int, default=4, help="how many passages (default 4)")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(func=cmd_search)

    s = sub.add_parser("ask", help="answer one question with citations")
    s.add_argument("question")
    s.add_argument("--json", action="store_true", help="print the reply as JSON")
    s.add_argument("--history", help="JSON file of earlier turns [{role, content}]")
    _answer_options(s)
    s.set_defaults(func=cmd_ask)

    s = sub.add_parser("chat", help="a conversation in the terminal")
    _answer_options(s)
    s.set_defaults(func=cmd_chat)

    s = sub.add_parser("serve", help="start the chat UI, widget and HTTP API")
    s.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    s.add_argument("--port", type=int, help="port (default 7860)")
    s.set_defaults(func=cmd_serve)

    s = sub.add_parser("eval", help="run the ground-truth questions and write a report")
    s.add_argument("--questions", default="evals/questions.jsonl", help="questions file (JSONL)")
    s.add_argument("--out", default="evals/out", help="output folder")
    s.add_argument("--baseline", default="evals/baseline.json", help="summary to compare against")
    s.add_argument("--check", action="store_true", help="exit non-zero below evals/thresholds.toml")
    s.add_argument("--style", choices=("plain", "simple", "exact"), default="plain", help="answer style asked for (default plain)")
    s.add_argument("--thresholds", default="evals/thresholds.toml", help="what --check requires (TOML)")
    s.add_argument("--sets", nargs="+", metavar="NAME[:BASELINE]",
                   help="run several sets in one process: FOLDER/NAME.jsonl, compared with FOLDER/BASELINE.json, "
                        "report in FOLDER/out-NAME (--questions, --out and --baseline are then not used)")
    s.add_argument("--folder", default="evals", help="where --sets finds its files (default evals)")
    s.add_argument("--floors", action="store_true", help="with --sets: check each set against FOLDER/floors/NAME.toml")
    s.set_defaults(func=cmd_eval)

    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except EXPECTED as exc:
        if args.debug:
            traceback.print_exc()
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except SystemExit:
        raise
    except Exception as exc:  # the CLI prints a message, not a traceback, unless asked
        if args.debug:
            traceback.print_exc()
        print(f"error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
