"""The report: rates overall, per tier and per split, latency, cost, and the failures.

`<out>.json` holds everything (each case with its runs); `<out>.md` is the summary a
person reads. Rates are over runs (cases × repeats), so with one repeat they are plain
case rates; `pass_at_1` is their mean and `pass_hat_k` the share of cases right every time.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eval.harness import score
from eval.harness.cases import Case, _split_order

LATENCY_STAGES = ("translate", "compile", "fetch", "load", "execute")


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def summarize(
    cases: list[Case],
    runs: dict[str, list[dict[str, Any]]],
    *,
    price_in: float | None = None,
    price_out: float | None = None,
    latency: bool = True,
) -> dict[str, Any]:
    """The rates of some cases given their runs (case id → records)."""
    outcomes = dict.fromkeys(score.OUTCOMES, 0)
    must_answer = must_decline = 0
    all_right = columns_only = 0
    for case in cases:
        records = runs[case.id]
        for record in records:
            outcomes[record["outcome"]] += 1
            columns_only += record["outcome"] == score.WRONG and bool(record.get("columns_only"))
        if case.decline:
            must_decline += len(records)
        else:
            must_answer += len(records)
        all_right += all(r["outcome"] in score.RIGHT for r in records)
    total = must_answer + must_decline
    right = outcomes[score.CORRECT] + outcomes[score.DECLINED_CORRECTLY]
    summary: dict[str, Any] = {
        "cases": len(cases),
        "runs": total,
        "must_answer_runs": must_answer,
        "must_decline_runs": must_decline,
        "outcomes": outcomes,
        "wrong_columns_only": columns_only,
        "execution_accuracy": _rate(outcomes[score.CORRECT], must_answer),
        "decline_accuracy": _rate(outcomes[score.DECLINED_CORRECTLY], must_decline),
        "wrongly_declined_rate": _rate(outcomes[score.WRONGLY_DECLINED], must_answer),
        "answered_must_decline_rate": _rate(outcomes[score.ANSWERED_MUST_DECLINE], must_decline),
        "error_rate": _rate(outcomes[score.ERROR], total),
        "gold_errors": outcomes[score.GOLD_ERROR],
        "overall_accuracy": _rate(right, total),
        "pass_at_1": _rate(right, total),
        "pass_hat_k": _rate(all_right, len(cases)),
    }
    if latency:
        records = [r for case in cases for r in runs[case.id]]
        summary["latency"] = _latency(records)
        summary["tokens"] = _tokens(records, price_in, price_out)
    return summary


def _latency(records: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    found: dict[str, dict[str, float]] = {}
    for stage in LATENCY_STAGES:
        values = sorted(r["timings"][stage] for r in records if stage in (r.get("timings") or {}))
        if values:
            found[stage] = {
                "mean": statistics.fmean(values),
                "p50": _quantile(values, 0.5),
                "p95": _quantile(values, 0.95),
                "max": values[-1],
                "total": sum(values),
            }
    return found


def _quantile(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


def _tokens(records: list[dict[str, Any]], price_in: float | None, price_out: float | None) -> dict[str, Any]:
    tokens_in = sum(r.get("tokens_in") or 0 for r in records)
    tokens_out = sum(r.get("tokens_out") or 0 for r in records)
    cost = None
    if price_in is not None or price_out is not None:
        cost = (tokens_in * (price_in or 0.0) + tokens_out * (price_out or 0.0)) / 1_000_000
    return {
        "in": tokens_in,
        "out": tokens_out,
        "repairs": sum(r.get("repairs") or 0 for r in records),
        "cost": cost,
        "cost_per_case": cost / len(records) if cost is not None and records else None,
        "price_in_per_1m": price_in,
        "price_out_per_1m": price_out,
    }


def build_report(config: Any, cases: list[Case], records: list[dict[str, Any]], *, started: float) -> dict:
    """The whole report of a run: its settings, the summaries and every case with its runs."""
    from kubequery import __version__

    runs: dict[str, list[dict[str, Any]]] = {c.id: [] for c in cases}
    for record in records:
        runs[record["id"]].append(record)
    for found in runs.values():
        found.sort(key=lambda r: r["repeat"])
    summary = summarize(cases, runs, price_in=config.price_in, price_out=config.price_out)
    summary["by_tier"] = {
        tier: summarize([c for c in cases if c.tier == tier], runs, latency=False)
        for tier in sorted({c.tier for c in cases})
    }
    summary["by_split"] = {
        split: summarize([c for c in cases if c.split == split], runs, latency=False)
        for split in sorted({c.split for c in cases}, key=_split_order)
    }
    case_entries = []
    for case in cases:
        records_of = runs[case.id]
        right = sum(r["outcome"] in score.RIGHT for r in records_of)
        entry = case.summary()
        entry.update(
            outcome=records_of[0]["outcome"],
            passed=right / len(records_of),
            runs=[{k: v for k, v in r.items() if k not in ("kind", "id")} for r in records_of],
        )
        warnings = records_of[0].get("case_warnings")
        if warnings:
            entry["case_warnings"] = warnings
        case_entries.append(entry)
    return {
        "format": "kubequery-eval/1",
        "translator": config.translator,
        "translator_options": config.options.describe(),
        "split": config.split,
        "tiers": list(config.tiers),
        "limit": config.limit,
        "repeat": config.repeat,
        "complete": not (config.tiers or config.ids or config.limit is not None),
        "cases_dir": str(config.cases_dir),
        "kubequery_version": __version__,
        "started": datetime.fromtimestamp(started, UTC).isoformat(timespec="seconds"),
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "summary": summary,
        "cases": case_entries,
    }


def write_reports(report: dict[str, Any], out: Path) -> dict[str, Path]:
    """`<out>.json` and `<out>.md`."""
    out.parent.mkdir(parents=True, exist_ok=True)
    json_path = out.with_name(out.name + ".json")
    md_path = out.with_name(out.name + ".md")
    json_path.write_text(json.dumps(report, indent=1, default=str) + "\n", encoding="utf-8")
    md_path.write_text(markdown(report), encoding="utf-8")
    return {"json": json_path, "md": md_path}


def load_report(path: Path | str) -> dict[str, Any]:
    """A report written by `write_reports`."""
    from eval.harness.run import HarnessError

    path = Path(path)
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise HarnessError(f"cannot read report {path}: {e}") from None
    if not isinstance(report, dict) or "summary" not in report or "cases" not in report:
        raise HarnessError(f"{path} is not an eval report (no summary or cases)")
    return report


# ---- markdown ----


def pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


def _ms(seconds: float) -> str:
    if seconds < 0.01:
        return f"{seconds * 1000:.2f} ms"
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def markdown(report: dict[str, Any]) -> str:
    """The summary a person reads: rates, the per-tier table, latency, cost, the failures."""
    s = report["summary"]
    options = ", ".join(f"{k} {v}" for k, v in report.get("translator_options", {}).items())
    scope = f"split **{report['split']}**"
    if report.get("tiers"):
        scope += f", tiers {', '.join(report['tiers'])}"
    if report.get("limit") is not None:
        scope += f", first {report['limit']} cases"
    lines = [
        f"# Eval: {report['translator']}" + (f" ({options})" if options else ""),
        "",
        f"{scope} · {s['cases']} cases · {report['repeat']} run{'s' if report['repeat'] > 1 else ''} each"
        f" · kubequery {report.get('kubequery_version', '?')} · {report.get('finished', '')}",
        "",
        "| measure | value |",
        "| --- | ---: |",
        f"| execution accuracy (must-answer) | {pct(s['execution_accuracy'])} |",
        f"| declined correctly (must-decline) | {pct(s['decline_accuracy'])} |",
        f"| wrongly declined (must-answer) | {pct(s['wrongly_declined_rate'])} |",
        f"| answered a must-decline case | {pct(s['answered_must_decline_rate'])} |",
        f"| error rate (all) | {pct(s['error_rate'])} |",
        f"| overall (right / all) | {pct(s['overall_accuracy'])} |",
    ]
    if report["repeat"] > 1:
        lines += [
            f"| pass@1 (mean of {report['repeat']} runs) | {pct(s['pass_at_1'])} |",
            f"| pass^{report['repeat']} (right every run) | {pct(s['pass_hat_k'])} |",
        ]
    if s.get("gold_errors"):
        lines.append(f"| **gold SQL failed (broken cases)** | {s['gold_errors']} |")
    lines += ["", "## Outcomes", "", "| outcome | runs |", "| --- | ---: |"]
    lines += [f"| {name} | {n} |" for name, n in s["outcomes"].items() if n]
    if s.get("wrong_columns_only"):
        lines.append(f"| wrong, but only in the columns shown | {s['wrong_columns_only']} |")
    for title, key in (("split", "by_split"), ("tier", "by_tier")):
        if len(s.get(key, {})) > 1 or key == "by_tier":
            lines += ["", f"## By {title}", "", *_breakdown(title, s[key])]
    if s.get("latency"):
        lines += ["", "## Latency", "", "| stage | mean | p50 | p95 | max |", "| --- |" + " ---: |" * 4]
        for stage, v in s["latency"].items():
            cells = " | ".join(_ms(v[k]) for k in ("mean", "p50", "p95", "max"))
            lines.append(f"| {stage} | {cells} |")
    tokens = s.get("tokens") or {}
    if tokens.get("in") or tokens.get("out") or tokens.get("cost") is not None:
        lines += ["", "## Tokens and cost", ""]
        lines.append(
            f"tokens in {tokens['in']:,} · out {tokens['out']:,} · repairs {tokens['repairs']}"
            + (f" · cost ${tokens['cost']:.4f} (${tokens['cost_per_case']:.5f} a run)" if tokens.get("cost")
               is not None else "")
        )
    failures = [c for c in report["cases"] if c["passed"] < 1.0]
    hidden = [c for c in failures if c.get("split") == "test"]  # test failures are not for reading
    lines += ["", f"## Failures ({len(failures)})", ""]
    if not failures:
        lines.append("None.")
    for case in failures:
        if case.get("split") != "test":
            lines += _failure(case)
    if hidden:
        lines.append(
            f"- {len(hidden)} failures on the test split are not listed: test failures are never read to"
            " tune a translator (eval/README.md); the per-tier table above has their scores."
        )
    warned = [c for c in report["cases"] if c.get("case_warnings")]
    if warned:
        lines += ["", f"## Case warnings ({len(warned)})", ""]
        lines += [f"- `{c['id']}`: {'; '.join(c['case_warnings'])}" for c in warned]
    return "\n".join(lines) + "\n"


def _breakdown(title: str, groups: dict[str, dict[str, Any]]) -> list[str]:
    lines = [
        f"| {title} | cases | execution accuracy | declined correctly | wrongly declined | errors"
        " | overall |",
        "| --- |" + " ---: |" * 6,
    ]
    for name, g in groups.items():
        cells = [
            str(g["cases"]),
            pct(g["execution_accuracy"]),
            pct(g["decline_accuracy"]),
            pct(g["wrongly_declined_rate"]),
            str(g["outcomes"][score.ERROR]),
            pct(g["overall_accuracy"]),
        ]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def _failure(case: dict[str, Any]) -> list[str]:
    run = next((r for r in case["runs"] if r["outcome"] not in score.RIGHT), case["runs"][0])
    why = run.get("gold_error") or run.get("error") or run.get("reason") or run.get("message") or ""
    head = f"- `{case['id']}` ({case['tier']}) **{run['outcome']}**"
    if len(case["runs"]) > 1:
        head += f" (right in {case['passed'] * 100:.0f}% of runs)"
    lines = [f"{head}: {_one_line(case['question'])}"]
    if why:
        lines.append(f"  - why: {_one_line(why, 300)}")
    if run.get("predicted_sql"):
        lines.append(f"  - predicted: `{_one_line(run['predicted_sql'], 300)}`")
    if case.get("gold_sql"):
        lines.append(f"  - gold: `{_one_line(case['gold_sql'], 300)}`")
    return lines


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(str(text).split()).replace("`", "'")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def iter_failures(report: dict[str, Any]) -> Iterable[dict[str, Any]]:
    return (c for c in report["cases"] if c["passed"] < 1.0)
