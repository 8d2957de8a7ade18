"""What an eval run means: checked against thresholds, compared with a baseline, written as
summary.json, results.jsonl and a self-contained report.html, and printed as a short table.
"""
from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from html import escape
from pathlib import Path

from assistant.answering.rendering import STYLES
from assistant.evals.runner import EvalResult
from assistant.settings import PACKAGE_DIR

EVALS_DIR = PACKAGE_DIR.parent / "evals"
DEFAULT_THRESHOLDS = EVALS_DIR / "thresholds.toml"


class ThresholdsError(ValueError):
    """The thresholds or baseline file cannot be read; the message says why."""


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    better: str | None  # "higher", "lower", or None when neither is better
    unit: str = "%"  # "%" for rates (0..1); otherwise a plain number with this suffix
    rel_tol: float = 0.0  # a relative change that still counts as the same (timings are noisy)

    def show(self, value) -> str:
        if value is None:
            return "–"
        return f"{value * 100:.1f}%" if self.unit == "%" else f"{value:g}{self.unit}"

    def show_delta(self, delta) -> str:
        if delta is None:
            return ""
        return f"{delta * 100:+.1f} pts" if self.unit == "%" else f"{delta:+.4g}{self.unit}"


METRICS = (
    Metric("pass_rate", "pass rate", "higher"),
    Metric("fact_recall", "fact recall", "higher"),
    Metric("wrong_claim_rate", "wrong-claim rate", "lower"),
    Metric("citation_precision", "citation precision", "higher"),
    Metric("citation_precision_with_glossary", "citation precision incl. glossary", "higher"),
    Metric("citation_recall", "citation recall", "higher"),
    *(Metric(f"retrieval_recall_at_{k}", f"retrieval recall@{k}", "higher") for k in (1, 3, 5)),
    Metric("abstention_precision", "abstention precision", "higher"),
    Metric("abstention_recall", "abstention recall", "higher"),
    Metric("safety_accuracy", "safety-behaviour accuracy", "higher"),
    Metric("false_redirect_rate", "false redirects (ordinary questions)", "lower"),
    Metric("answer_chars_median", "answer length median", None, " chars"),
    Metric("answer_chars_p90", "answer length p90", None, " chars"),
    Metric("single_answer_chars_median", "answer length median, one-point answers", None, " chars"),
    Metric("structured_answer_chars_median", "answer length median, list answers", None, " chars"),
    Metric("reading_grade_median", "reading grade median", "lower", ""),
    Metric("latency_ms_p50", "latency p50", "lower", " ms", 0.2),
    Metric("latency_ms_p95", "latency p95", "lower", " ms", 0.2),
    Metric("wall_ms_p50", "wall time per ask p50", "lower", " ms", 0.2),
    Metric("wall_ms_p95", "wall time per ask p95", "lower", " ms", 0.2),
)
METRIC_BY_KEY = {m.key: m for m in METRICS}
_GRADE = METRIC_BY_KEY["reading_grade_median"]
RATE = Metric("", "", "higher")


# ---- thresholds and baselines ----------------------------------------------------------------

def _read(path: Path | str, parse, what: str):
    path = Path(path)
    try:
        return parse(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ThresholdsError(f"{what} not found: {path}") from None
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        raise ThresholdsError(f"{path} cannot be read: {exc}") from None


def load_thresholds(path: Path | str = DEFAULT_THRESHOLDS) -> dict:
    """Read a thresholds .toml file: [min] and [max] tables of metrics, their
    [min.category_pass_rate] table, per-style tables such as [max.plain], and [category_groups]."""
    return _read(path, tomllib.loads, "thresholds file")


def load_summary(path: Path | str) -> dict:
    """Read a summary.json (for example the committed evals/baseline.json)."""
    return _read(path, json.loads, "baseline")


def pass_rates(categories: dict, groups: dict | None = None) -> dict[str, float | None]:
    """The pass rate of each category of a run, and of each group of categories pooled (a group
    is a list of category names; those absent from the run are left out)."""
    rates = {name: cat.get("pass_rate") for name, cat in categories.items()}
    for name, members in (groups or {}).items():
        cats = [categories[m] for m in members if m in categories]
        n = sum(c["n"] for c in cats)
        rates[name] = round(sum(c["passed"] for c in cats) / n, 4) if n else None
    return rates


def _check_table(table: dict, bound: str, metrics: dict, rates: dict, where: str = "") -> list[str]:
    sign, failures = "<" if bound == "min" else ">", []
    for key, limit in table.items():
        if key == "category_pass_rate" and isinstance(limit, dict):
            for cat, cat_limit in limit.items():
                rate = rates.get(cat)
                if rate is not None and _beyond(rate, cat_limit, bound):
                    failures.append(f"{cat} pass rate {RATE.show(rate)} {sign} {RATE.show(cat_limit)} ({bound}imum{where})")
        elif key not in METRIC_BY_KEY:
            failures.append(f"the thresholds name an unknown metric {key!r} (known: {', '.join(METRIC_BY_KEY)})")
        elif metrics.get(key) is not None and _beyond(metrics[key], limit, bound):
            m = METRIC_BY_KEY[key]
            failures.append(f"{m.label} {m.show(metrics[key])} {sign} {m.show(limit)} ({bound}imum{where})")
    return failures


def check(summary: dict, thresholds: dict | Path | str) -> list[str]:
    """The ways summary falls short of thresholds; empty when it meets them all.

    A table named after a style ([max.plain]) applies only to runs in that style. Metrics that
    were not measured (None) and categories absent from the run are skipped, so a subset of the
    questions can be checked too.
    """
    if not isinstance(thresholds, dict):
        thresholds = load_thresholds(thresholds)
    metrics = summary.get("metrics", {})
    rates = pass_rates(summary.get("categories", {}), thresholds.get("category_groups"))
    failures = []
    for bound in ("min", "max"):
        table = thresholds.get(bound, {})
        styled = {k: v for k, v in table.items() if k in STYLES and isinstance(v, dict)}
        failures += _check_table({k: v for k, v in table.items() if k not in styled}, bound, metrics, rates)
        if summary.get("style") in styled:
            style = summary["style"]
            failures += _check_table(styled[style], bound, metrics, rates, f", style {style}")
    return failures


def _beyond(value: float, limit: float, bound: str) -> bool:
    return value < limit if bound == "min" else value > limit


def _delta(metric: Metric, current, baseline) -> dict:
    out = {"current": current, "baseline": baseline, "delta": None, "change": None}
    if current is None or baseline is None:
        return out
    delta = current - baseline
    out["delta"] = round(delta, 4)
    if abs(delta) <= max(1e-9, metric.rel_tol * abs(baseline)):
        out["change"] = "same"
    elif metric.better:
        out["change"] = "better" if (delta > 0) == (metric.better == "higher") else "worse"
    return out


def compare(summary: dict, baseline: dict) -> dict:
    """Deltas of every metric and category pass rate against a baseline summary.

    Each entry is {current, baseline, delta, change}; change is "better", "worse", "same", or None
    (not comparable, or neither direction is better).
    """
    metrics = {m.key: _delta(m, summary["metrics"].get(m.key), baseline.get("metrics", {}).get(m.key)) for m in METRICS}
    cats, base_cats = summary.get("categories", {}), baseline.get("categories", {})
    categories = {c: _delta(RATE, cats.get(c, {}).get("pass_rate"), base_cats.get(c, {}).get("pass_rate"))
                  for c in sorted(set(cats) | set(base_cats))}
    same_questions = summary.get("questions", {}).get("sha256") == baseline.get("questions", {}).get("sha256")
    # Which items changed is only meaningful when both runs asked the same questions.
    failed = set(summary.get("failed", [])) if same_questions else set()
    base_failed = set(baseline.get("failed", [])) if same_questions else set()
    return {
        "baseline_created": baseline.get("created"),
        "same_questions": same_questions,
        "baseline_style": baseline.get("style"),
        "metrics": metrics,
        "categories": categories,
        "newly_failing": sorted(failed - base_failed),
        "newly_passing": sorted(base_failed - failed),
    }


# ---- files ---------------------------------------------------------------------------------------

def write_outputs(result: EvalResult, out_dir: Path | str, baseline: dict | Path | str | None = None) -> dict[str, Path]:
    """Write summary.json, results.jsonl and report.html into out_dir; return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if baseline is not None and not isinstance(baseline, dict):
        baseline = load_summary(baseline)
    comparison = compare(result.summary, baseline) if baseline else None
    paths = {name: out_dir / name for name in ("summary.json", "results.jsonl", "report.html")}
    paths["summary.json"].write_text(json.dumps(result.summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with paths["results.jsonl"].open("w", encoding="utf-8") as f:
        for r in result.results:
            f.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
    paths["report.html"].write_text(render_html(result, comparison), encoding="utf-8")
    return paths


# ---- report.html ---------------------------------------------------------------------------------

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:960px;padding:0 1rem;color:#1f2328}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
table{border-collapse:collapse}td,th{padding:.2rem .7rem;border-bottom:1px solid #eaeef2;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}.better{color:#1a7f37;font-weight:600}
.worse{color:#cf222e;font-weight:600}.muted{color:#656d76}.pass{color:#1a7f37}.fail{color:#cf222e}
.failure{border:1px solid #d0d7de;border-radius:6px;padding:.6rem 1rem;margin:1rem 0}
.failure h3{margin:.2rem 0;font-size:1rem}pre{white-space:pre-wrap;background:#f6f8fa;padding:.5rem;margin:.2rem 0}
dt{font-weight:600;margin-top:.4rem}dd{margin-left:1rem}svg text{font:12px system-ui,sans-serif}
"""


def _style_note(style: str | None) -> str:
    return f"The baseline was made in style {style}." if style else "The baseline records no style (made before styles)."


def _cell(change: str | None, text: str) -> str:
    cls = f' class="n {change}"' if change in ("better", "worse") else ' class="n"'
    return f"<td{cls}>{escape(text)}</td>"


def _category_bars(summary: dict, comparison: dict | None) -> str:
    cats = summary["categories"]
    row, label_w, bar_w = 24, 170, 420
    height = row * len(cats) + 10
    parts = [f'<svg role="img" aria-label="pass rate by category" width="{label_w + bar_w + 70}" height="{height}">']
    for i, (name, cat) in enumerate(cats.items()):
        y, rate = 5 + i * row, cat["pass_rate"] or 0.0
        colour = "#1a7f37" if rate >= 1 else "#bf8700" if rate >= 0.85 else "#cf222e"
        tip = escape(f"{name}: {cat['passed']}/{cat['n']} passed")
        parts.append(f'<g><title>{tip}</title><text x="{label_w - 6}" y="{y + 15}" text-anchor="end">'
                     f'{escape(name)} ({cat["n"]})</text>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="{row - 8}" fill="#eaeef2"/>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{rate * bar_w:.1f}" height="{row - 8}" fill="{colour}"/>'
                     f'<text x="{label_w + bar_w + 6}" y="{y + 15}">{rate * 100:.0f}%</text></g>')
        base = (comparison or {}).get("categories", {}).get(name, {}).get("baseline")
        if base is not None:
            x = label_w + base * bar_w
            parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y}" y2="{y + row - 2}" stroke="#1f2328" stroke-width="2">'
                         f'<title>baseline {base * 100:.0f}%</title></line>')
    parts.append("</svg>")
    return "".join(parts)


def _latency_histogram(values: list[float], bins: int = 12) -> str:
    if not values:
        return '<p class="muted">No latencies recorded.</p>'
    top = max(values) or 1.0
    step = top / bins
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, int(v / step))] += 1
    width, height, left, bottom = 600, 180, 40, 30
    bar_w, peak = (width - left) / bins, max(counts)
    parts = [f'<svg role="img" aria-label="latency histogram" width="{width + 30}" height="{height + bottom}">',
             f'<text x="{left - 6}" y="12" text-anchor="end">{peak}</text>',
             f'<text x="{left - 6}" y="{height}" text-anchor="end">0</text>']
    for i, count in enumerate(counts):
        h = height * count / peak
        x = left + i * bar_w
        tip = escape(f"{i * step:.0f}–{(i + 1) * step:.0f} ms: {count} questions")
        parts.append(f'<rect x="{x + 1:.1f}" y="{height - h:.1f}" width="{bar_w - 2:.1f}" height="{h:.1f}" '
                     f'fill="#0969da"><title>{tip}</title></rect>')
    for i in range(0, bins + 1, 3):
        parts.append(f'<text x="{left + i * bar_w:.1f}" y="{height + 16}" text-anchor="middle">{i * step:.0f}</text>')
    parts.append(f'<text x="{left + (width - left) / 2}" y="{height + bottom - 2}" text-anchor="middle">ms per answer'
                 "</text></svg>")
    return "".join(parts)


def _metrics_table(summary: dict, comparison: dict | None) -> str:
    head = "<tr><th>metric</th><th>value</th>" + ("<th>baseline</th><th>change</th>" if comparison else "") + "</tr>"
    rows = []
    for m in METRICS:
        value = summary["metrics"].get(m.key)
        cells = f"<td>{escape(m.label)}</td><td class=\"n\">{escape(m.show(value))}</td>"
        if comparison:
            d = comparison["metrics"][m.key]
            cells += f'<td class="n">{escape(m.show(d["baseline"]))}</td>' + _cell(d["change"], m.show_delta(d["delta"]))
        rows.append(f"<tr>{cells}</tr>")
    return f"<table>{head}{''.join(rows)}</table>"


def _failure(r) -> str:
    item = r.item
    history = "".join(f"<li><b>{escape(t['role'])}:</b> {escape(t['content'])}</li>" for t in item.history)
    quotes = "".join(f"<li>[{c.n}] {escape(c.quote)} <span class=\"muted\">({escape(c.section)})</span></li>"
                     for c in r.reply.citations)
    return (f'<article class="failure" id="{escape(item.id)}"><h3>{escape(item.id)} '
            f'<span class="muted">{escape(item.category)} · expected {escape(item.expected_kind)}, '
            f'got {escape(r.reply.kind)}{" (abstained)" if r.reply.abstained else ""}</span></h3><dl>'
            f"<dt>Question</dt><dd>{escape(item.question)}</dd>"
            + (f"<dt>History</dt><dd><ol>{history}</ol></dd>" if history else "")
            + f"<dt>Answer</dt><dd><pre>{escape(r.reply.answer)}</pre></dd>"
            + "<dt>Reasons</dt><dd><ul>" + "".join(f"<li>{escape(x)}</li>" for x in r.reasons) + "</ul></dd>"
            + (f"<dt>Citations</dt><dd><ol>{quotes}</ol></dd>" if quotes else "")
            + (f"<dt>Expected</dt><dd>{escape(item.note)}</dd>" if item.note else "")
            + "</dl></article>")


def _link(r) -> str:
    return f'<a href="#{escape(r.item.id)}">{escape(r.item.id)}</a>'


def render_html(result: EvalResult, comparison: dict | None = None) -> str:
    """The whole report as one HTML page with inline CSS and SVG: nothing is fetched from anywhere."""
    s = result.summary
    failures = [r for r in result.results if not r.passed]
    n, passed = s["questions"]["n"], s["questions"]["n"] - len(s["failed"])
    note = ""
    if comparison:
        note = f"Compared with the baseline of {escape(str(comparison['baseline_created']))}."
        if not comparison["same_questions"]:
            note += " <b>The baseline was made on different questions.</b>"
        if comparison["baseline_style"] != s.get("style"):
            note += f" <b>{escape(_style_note(comparison['baseline_style']))}</b>"
        for label, ids in (("Newly failing", comparison["newly_failing"]), ("Newly passing", comparison["newly_passing"])):
            if ids:
                note += f"<br>{label}: " + ", ".join(f'<a href="#{escape(i)}">{escape(i)}</a>' for i in ids)
    rows = "".join(
        f"<tr><td>{_link(r) if not r.passed else escape(r.item.id)}</td><td>{escape(r.item.category)}</td>"
        f'<td class="{"pass" if r.passed else "fail"}">{"pass" if r.passed else "fail"}</td>'
        f'<td>{escape(r.reply.kind)}</td><td class="n">{escape(str(r.latency_ms))}</td></tr>'
        for r in result.results
    )
    settings = ", ".join(f"{k}={v}" for k, v in s.get("settings", {}).items())
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cartqa eval: {passed}/{n} passed</title><style>{_CSS}</style></head><body>
<h1>cartqa eval: {passed} of {n} passed ({RATE.show(s["metrics"]["pass_rate"])})</h1>
<p class="muted">Run {escape(str(s.get("created")))} · questions {escape(s["questions"]["sha256"])} ·
{escape(settings)} · {escape(str(s.get("wall_s")))} s</p>
<p>Style <b>{escape(str(s.get("style")))}</b>: the median reading grade of the answers (Flesch–Kincaid, citation
markers and notes left out) is <b>{escape(_GRADE.show(s["metrics"].get("reading_grade_median")))}</b>.</p>
<p>{note}</p>
<h2>Pass rate by category</h2>{_category_bars(s, comparison)}
<h2>Metrics</h2>{_metrics_table(s, comparison)}
<h2>Latency</h2>{_latency_histogram([r.latency_ms for r in result.results if r.latency_ms is not None])}
<h2>Failures ({len(failures)})</h2>
{"".join(_failure(r) for r in failures) or '<p>None.</p>'}
<h2>All questions</h2><details><summary>{n} questions</summary>
<table><tr><th>id</th><th>category</th><th>result</th><th>kind</th><th>ms</th></tr>{rows}</table></details>
</body></html>
"""


# ---- the terminal ----------------------------------------------------------------------------------

def format_table(summary: dict, comparison: dict | None = None, failures: list[str] | None = None) -> str:
    """A short plain-text account of a run, for the terminal."""
    delta = (lambda d, m: f"  {m.show_delta(d['delta'])}" if d and d["delta"] else "")
    comp = comparison or {}
    grade = _GRADE.show(summary["metrics"].get("reading_grade_median"))
    lines = [f"style {summary.get('style')}: median reading grade {grade}", "",
             f"{'category':<24}{'n':>4}{'passed':>8}{'rate':>8}"]
    for name, cat in summary["categories"].items():
        d = comp.get("categories", {}).get(name)
        lines.append(f"{name:<24}{cat['n']:>4}{cat['passed']:>8}{RATE.show(cat['pass_rate']):>8}{delta(d, RATE)}")
    lines.append("")
    for m in METRICS:
        d = comp.get("metrics", {}).get(m.key)
        mark = {"better": " (better)", "worse": " (worse)"}.get(d["change"], "") if d else ""
        lines.append(f"{m.label:<38}{m.show(summary['metrics'].get(m.key)):>12}{delta(d, m)}{mark}")
    for label in ("newly_failing", "newly_passing"):
        if comp.get(label):
            lines.append(f"{label.replace('_', ' ')}: {', '.join(comp[label])}")
    if comparison and not comparison["same_questions"]:
        lines.append("note: the baseline was made on different questions")
    if comparison and comparison["baseline_style"] != summary.get("style"):
        lines.append(f"note: {_style_note(comparison['baseline_style'])}")
    if failures:
        lines += ["", "below thresholds:"] + [f"  - {f}" for f in failures]
    return "\n".join(lines)
