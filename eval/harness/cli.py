"""`python -m eval` / `kq eval`: run a translator over the cases, compare reports, check floors.

`python -m eval --translator gold` means `python -m eval run --translator gold`. Exit codes:
0 done (whatever the score: floors are `check-floors`' job), 1 below a floor or a harness
problem, 2 bad arguments, 130 interrupted (rerun the same command to resume).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from eval.harness.cases import CASES_DIR

COMMANDS = ("run", "compare", "check-floors", "cases")


class _DefaultToRun(click.Group):
    """A first argument that is not a command means `run`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h")):
            args = ["run", *args]
        return super().parse_args(ctx, args)


def _fail(error: Exception, code: int = 1) -> None:
    click.echo(f"error: {error}", err=True)
    sys.exit(code)


@click.group(cls=_DefaultToRun, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Score a translator by execution accuracy over kubequery's question sets.

    \b
    python -m eval --translator gold --split dev
    python -m eval --translator sql-file --predictions preds.json --split test --out reports/mine
    python -m eval compare reports/before.json reports/after.json
    python -m eval check-floors reports/offline-dev.json
    python -m eval cases            # case counts per split and tier
    """


@main.command("run")
@click.option("--translator", "-t", default="gold", show_default=True,
              help="gold, sql-file, offline, llm, or package.module:factory.")
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="dev", show_default=True)
@click.option("--tier", "tiers", multiple=True, metavar="TIER", help="Only these tiers (repeatable).")
@click.option("--id", "ids", multiple=True, metavar="ID", help="Only these cases (repeatable).")
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N cases.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Cases run at once (threads).")
@click.option("--repeat", "-k", type=click.IntRange(min=1), default=1, show_default=True,
              help="Runs per case, for non-deterministic translators: pass@1 and pass^k.")
@click.option("--out", type=click.Path(path_type=Path), metavar="PATH",
              help="Writes PATH.json, PATH.md and the resume log PATH.jsonl "
                   "[default: reports/TRANSLATOR-SPLIT].")
@click.option("--fresh", is_flag=True, help="Discard the resume log and run every case again.")
@click.option("--cases", "cases_dir", type=click.Path(path_type=Path, file_okay=False), default=CASES_DIR,
              show_default="eval/cases", help="The folder of case files.")
@click.option("--predictions", metavar="FILE", help="sql-file: JSON/YAML of case id → SQL or DECLINE.")
@click.option("--base-url", metavar="URL", help="llm: an OpenAI-compatible endpoint.")
@click.option("--model", metavar="NAME", help="llm: the model name.")
@click.option("--api-key-env", metavar="VAR", default="OPENAI_API_KEY", show_default=True,
              help="llm: the environment variable holding the API key.")
@click.option("--price-in", type=float, metavar="USD", help="Price per 1M input tokens (for the cost).")
@click.option("--price-out", type=float, metavar="USD", help="Price per 1M output tokens.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds a query may run in DuckDB.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar (default: when stderr is a terminal).")
def run_command(
    translator: str,
    split: str,
    tiers: tuple[str, ...],
    ids: tuple[str, ...],
    limit: int | None,
    jobs: int | None,
    repeat: int,
    out: Path | None,
    fresh: bool,
    cases_dir: Path,
    predictions: str | None,
    base_url: str | None,
    model: str | None,
    api_key_env: str,
    price_in: float | None,
    price_out: float | None,
    timeout: float,
    progress: bool | None,
) -> None:
    """Run a translator over the cases and write a report (resumes an interrupted run)."""
    from eval.harness.report import pct
    from eval.harness.run import RunConfig, run_eval
    from eval.harness.translators import TranslatorOptions
    from kubequery.errors import KubequeryError

    config = RunConfig(
        translator=translator,
        split=split,
        tiers=tiers,
        ids=ids,
        limit=limit,
        repeat=repeat,
        out=out,
        cases_dir=cases_dir,
        fresh=fresh,
        timeout=timeout,
        price_in=price_in,
        price_out=price_out,
        progress=progress,
        options=TranslatorOptions(
            predictions=predictions, base_url=base_url, model=model, api_key_env=api_key_env
        ),
    )
    if jobs is not None:
        config.jobs = jobs
    try:
        result = run_eval(config)
    except KeyboardInterrupt:
        click.echo("interrupted: finished cases are kept; run the same command again to resume", err=True)
        sys.exit(130)
    except KubequeryError as e:
        _fail(e)
    s = result.report["summary"]
    click.echo(
        f"{translator} on {split}: {s['cases']} cases · execution accuracy {pct(s['execution_accuracy'])}"
        f" · declined correctly {pct(s['decline_accuracy'])} · errors {pct(s['error_rate'])}"
        f" · overall {pct(s['overall_accuracy'])}"
        + (f" · pass^{repeat} {pct(s['pass_hat_k'])}" if repeat > 1 else "")
    )
    if s.get("gold_errors"):
        click.echo(f"warning: {s['gold_errors']} runs hit a failing gold SQL (broken cases)", err=True)
    reused = f" ({result.reused} reused from the log)" if result.reused else ""
    click.echo(f"report: {result.paths['json']}, {result.paths['md']}{reused}", err=True)


@main.command("compare")
@click.argument("before", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("after", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def compare_command(before: Path, after: Path) -> None:
    """What got fixed and what broke from report BEFORE to report AFTER."""
    from eval.harness.compare import compare_reports, render
    from eval.harness.report import load_report
    from kubequery.errors import KubequeryError

    try:
        found = compare_reports(load_report(before), load_report(after))
    except KubequeryError as e:
        _fail(e)
    click.echo(render(found, str(before), str(after)))


@main.command("check-floors")
@click.argument(
    "reports", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--floors", "floors_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The floors file [default: eval/floors.yaml].")
@click.option("--allow-partial", is_flag=True, help="Check a report of only some cases too.")
def check_floors_command(reports: tuple[Path, ...], floors_path: Path | None, allow_partial: bool) -> None:
    """Exit non-zero when a report scores below its translator's floors."""
    from eval.harness.floors import FLOORS_FILE, check_floors, load_floors
    from eval.harness.report import load_report, pct
    from kubequery.errors import KubequeryError

    failed = False
    try:
        floors = load_floors(floors_path or FLOORS_FILE)
        for path in reports:
            report = load_report(path)
            for check in check_floors(report, floors, allow_partial=allow_partial):
                mark = "ok  " if check.ok else "FAIL"
                click.echo(
                    f"{mark} {report['translator']} {check.split} {check.measure}: "
                    f"{pct(check.value)} (floor {pct(check.floor)})"
                )
                failed |= not check.ok
    except KubequeryError as e:
        _fail(e)
    if failed:
        sys.exit(1)


@main.command("cases")
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="all", show_default=True)
@click.option("--cases", "cases_dir", type=click.Path(path_type=Path, file_okay=False), default=CASES_DIR,
              show_default="eval/cases")
def cases_command(split: str, cases_dir: Path) -> None:
    """Check the case files and print the case counts per tier and split (markdown)."""
    from eval.harness.cases import CaseCounts, load_cases
    from kubequery.errors import KubequeryError

    try:
        cases = load_cases(cases_dir, split)
    except KubequeryError as e:
        _fail(e)
    click.echo(CaseCounts.of(cases).markdown())
    declines = sum(c.decline for c in cases)
    click.echo(f"\n{len(cases)} cases, {declines} to decline, "
               f"{sum(bool(c.conversation) for c in cases)} follow-ups")
