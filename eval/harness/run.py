"""The runner: every case translated, gold and prediction run, scored — in parallel, resumable.

Each finished case is appended at once as a JSON line to `<out>.jsonl` (after a header line
naming the translator), so an interrupted run loses at most the cases in flight: run the
same command again and the cases already in the log are skipped. A record is reused only
while its case is unchanged (question, gold SQL, cluster, flags), so editing a case reruns
it. At the end `<out>.json` and `<out>.md` are written from the log.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from eval.harness import score
from eval.harness.cases import CASES_DIR, Case, ClusterSpec, load_cases
from eval.harness.translators import Translation, TranslationContext, TranslatorOptions, make_translator
from kubequery.engine import Engine
from kubequery.errors import KubequeryError
from kubequery.sources.base import Source

FORMAT = "kubequery-eval/1"
SAMPLE_ROWS = 5  # rows of each answer kept in the report for a case not answered right
STAGES = ("compile", "fetch", "load", "execute")


class HarnessError(KubequeryError):
    """The run cannot go on as asked (a log of another translator, nothing to run …)."""


@dataclass
class RunConfig:
    """What to run: the translator, the cases, where to write, how hard to push."""

    translator: str = "gold"
    split: str = "dev"
    tiers: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    limit: int | None = None
    jobs: int = max(1, min(8, os.cpu_count() or 1))
    repeat: int = 1
    out: Path | None = None
    cases_dir: Path = CASES_DIR
    fresh: bool = False
    timeout: float = 30.0
    row_limit: int = 100_000
    price_in: float | None = None  # per 1M input tokens
    price_out: float | None = None  # per 1M output tokens
    options: TranslatorOptions = field(default_factory=TranslatorOptions)
    progress: bool | None = None  # None: a bar when stderr is a terminal

    def out_path(self) -> Path:
        return self.out or Path("reports") / f"{self.translator.replace(':', '-')}-{self.split}"


def case_hash(case: Case) -> str:
    """What a stored record depends on: a changed case is run again."""
    text = json.dumps([case.summary(), case.cluster.as_dict()], sort_keys=True, default=str)
    return hashlib.sha1(text.encode()).hexdigest()[:12]


class Clusters:
    """One Engine per cluster spec, built once and shared by every thread."""

    def __init__(self, *, timeout: float, row_limit: int) -> None:
        self.timeout = timeout
        self.row_limit = row_limit
        self._engines: dict[ClusterSpec, Engine | KubequeryError] = {}
        self._locks: dict[ClusterSpec, threading.Lock] = {}
        self._lock = threading.Lock()

    def engine(self, spec: ClusterSpec) -> Engine:
        with self._lock:
            lock = self._locks.setdefault(spec, threading.Lock())
        with lock:
            if spec not in self._engines:
                try:
                    self._engines[spec] = Engine(
                        open_cluster(spec), row_limit=self.row_limit, timeout=self.timeout
                    )
                except KubequeryError as e:
                    self._engines[spec] = e
        found = self._engines[spec]
        if isinstance(found, KubequeryError):
            raise found
        return found


@functools.lru_cache(maxsize=8)
def open_cluster(spec: ClusterSpec) -> Source:
    """The source a cluster spec names; kept for the process, since sources in memory never change."""
    from kubequery.sources.factory import demo_source, snapshot_source

    if spec.kind == "demo":
        return demo_source(seed=spec.seed, pods=spec.pods)
    return snapshot_source([spec.path])


@dataclass
class Answer:
    rows: list[tuple] | None = None
    width: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    error: str | None = None


def _ask(engine: Engine, sql: str) -> Answer:
    try:
        result = engine.query(sql)
    except KubequeryError as e:
        return Answer(error=f"{type(e).__name__}: {e}")
    except Exception as e:  # noqa: BLE001 - a crash on one case is that case's error, not the run's
        return Answer(error=f"{type(e).__name__} (internal): {e}")
    return Answer(rows=result.rows, width=len(result.columns), timings=dict(result.timings))


class CaseRunner:
    """Runs one case: gold once, then the translator `repeat` times, each scored."""

    def __init__(self, translator, clusters: Clusters) -> None:
        self.translator = translator
        self.clusters = clusters

    def run(self, case: Case, repeats: Iterable[int]) -> list[dict[str, Any]]:
        base = {"kind": "case", "id": case.id, "hash": case_hash(case)}
        try:
            engine = self.clusters.engine(case.cluster)
        except KubequeryError as e:
            fail = f"cluster {case.cluster.label}: {e}"
            return [
                {**base, "repeat": r, "outcome": score.GOLD_ERROR, "error": fail, "gold_error": fail}
                for r in repeats
            ]
        gold = Answer() if case.decline else _ask(engine, case.gold_sql or "")
        warnings = _gold_warnings(case, gold)
        records = []
        for r in repeats:
            record = {**base, "repeat": r, **self._attempt(case, engine, gold)}
            if warnings:
                record["case_warnings"] = warnings
            records.append(record)
        return records

    def _attempt(self, case: Case, engine: Engine, gold: Answer) -> dict[str, Any]:
        context = TranslationContext(
            catalog=engine.catalog,
            namespace=case.namespace,
            conversation=case.conversation,
            now=engine.source.now,
            case_id=case.id,
            cluster=case.cluster.label,
        )
        start = time.perf_counter()
        try:
            translation = self.translator.translate(case.question, context=context)
        except Exception as e:  # noqa: BLE001 - a translator's crash is that case's error
            translation = Translation(message=f"translator failed: {type(e).__name__}: {e}")
        translate_s = time.perf_counter() - start if translation.seconds is None else translation.seconds
        sql = None if translation.declined else (translation.sql or None)
        predicted = _ask(engine, sql) if sql else Answer()
        error = predicted.error
        if sql is None and not translation.declined:
            error = translation.message or "the translator returned no SQL"
        comparison = None
        if gold.error is None and predicted.rows is not None and not case.decline:
            comparison = score.compare_answers(
                gold.rows or [],
                predicted.rows,
                ordered=case.ordered,
                gold_width=gold.width,
                predicted_width=predicted.width,
            )
        if gold.error is not None:
            outcome = score.GOLD_ERROR
        else:
            outcome = score.outcome_of(
                must_decline=case.decline,
                declined=translation.declined,
                sql=sql,
                error=error,
                comparison=comparison,
            )
        record: dict[str, Any] = {
            "outcome": outcome,
            "predicted_sql": sql,
            "declined": translation.declined,
            "message": translation.message,
            "error": error,
            "reason": comparison.reason if comparison and not comparison.equal else None,
            "columns_only": comparison is not None and comparison.columns_only,
            "gold_error": gold.error,
            "gold_rows": None if gold.rows is None else len(gold.rows),
            "predicted_rows": None if predicted.rows is None else len(predicted.rows),
            "timings": {"translate": translate_s, **{k: predicted.timings[k] for k in STAGES if k in
                                                     predicted.timings}},
            "tokens_in": translation.tokens_in,
            "tokens_out": translation.tokens_out,
            "repairs": translation.repairs,
            "confidence": translation.confidence,
        }
        if outcome not in score.RIGHT:
            record["gold_sample"] = _sample(gold.rows)
            record["predicted_sample"] = _sample(predicted.rows)
        return record


def _gold_warnings(case: Case, gold: Answer) -> list[str]:
    if case.decline or gold.rows is None:
        return []
    if not gold.rows and not case.expect_empty:
        return ["the gold answer is empty but the case does not say expect_empty"]
    if gold.rows and case.expect_empty:
        return [f"expect_empty, but the gold answer has {len(gold.rows)} rows"]
    return []


def _sample(rows: list[tuple] | None) -> list[list[Any]] | None:
    if rows is None:
        return None
    return [[_jsonable(v) for v in row] for row in rows[:SAMPLE_ROWS]]


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return str(value)


# ---- the log ----


class RunLog:
    """`<out>.jsonl`: a header line, then one line per finished (case, repeat)."""

    def __init__(self, path: Path, header: dict[str, Any], *, fresh: bool) -> None:
        self.path = path
        self._lock = threading.Lock()
        self.records: dict[tuple[str, int], dict[str, Any]] = {}
        if fresh and path.exists():
            path.unlink()
        if path.exists():
            self._read(header)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("w", encoding="utf-8") as f:
                f.write(json.dumps(header) + "\n")

    def _read(self, header: dict[str, Any]) -> None:
        lines = self.path.read_text(encoding="utf-8").splitlines()
        stored = _loads(lines[0]) if lines else None
        if not stored or stored.get("kind") != "run":
            raise HarnessError(f"{self.path} is not a run log", hint="pass --fresh to start over")
        for key in ("translator", "translator_options"):
            if stored.get(key) != header.get(key):
                raise HarnessError(
                    f"{self.path} holds a run with {key} {stored.get(key)!r}, not {header.get(key)!r}",
                    hint="pass --fresh to start over, or choose another --out",
                )
        for line in lines[1:]:
            record = _loads(line)  # a line cut short by an interruption is skipped
            if record and record.get("kind") == "case":
                self.records[(record["id"], record["repeat"])] = record

    def append(self, records: list[dict[str, Any]]) -> None:
        with self._lock, self.path.open("a", encoding="utf-8") as f:
            for record in records:
                f.write(json.dumps(record, default=str) + "\n")
                self.records[(record["id"], record["repeat"])] = record
            f.flush()


def _loads(line: str) -> dict | None:
    try:
        value = json.loads(line)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


# ---- the run ----


@dataclass
class RunResult:
    report: dict[str, Any]
    paths: dict[str, Path]
    ran: int  # (case, repeat) attempts run now
    reused: int  # attempts taken from the log


def select_cases(config: RunConfig) -> list[Case]:
    cases = load_cases(config.cases_dir, config.split, tiers=config.tiers, ids=config.ids)
    return cases[: config.limit] if config.limit is not None else cases


def run_eval(config: RunConfig, *, on_progress: Callable[[int, int], None] | None = None) -> RunResult:
    """Run (or resume) an evaluation and write its report; returns the report."""
    from eval.harness.report import build_report, write_reports

    if config.repeat < 1:
        raise HarnessError("--repeat must be at least 1")
    cases = select_cases(config)
    if not cases:
        raise HarnessError(f"no cases to run in {config.cases_dir} (split {config.split})")
    options = replace(config.options, cases=tuple(cases))
    translator = make_translator(config.translator, options)
    out = config.out_path()
    header = {
        "kind": "run",
        "format": FORMAT,
        "translator": config.translator,
        "translator_options": options.describe(),
    }
    log = RunLog(out.with_name(out.name + ".jsonl"), header, fresh=config.fresh)
    hashes = {c.id: case_hash(c) for c in cases}
    todo: list[tuple[Case, list[int]]] = []
    reused = 0
    for case in cases:
        missing = []
        for r in range(config.repeat):
            found = log.records.get((case.id, r))
            if found is not None and found.get("hash") == hashes[case.id]:
                reused += 1
            else:
                missing.append(r)
        if missing:
            todo.append((case, missing))
    runner = CaseRunner(translator, Clusters(timeout=config.timeout, row_limit=config.row_limit))
    started = time.time()
    ran = _run_all(runner, todo, log, config, on_progress)
    records = [log.records[(c.id, r)] for c in cases for r in range(config.repeat)]
    report = build_report(config, cases, records, started=started)
    paths = write_reports(report, out)
    return RunResult(report, {"jsonl": log.path, **paths}, ran, reused)


def _run_all(
    runner: CaseRunner,
    todo: list[tuple[Case, list[int]]],
    log: RunLog,
    config: RunConfig,
    on_progress: Callable[[int, int], None] | None,
) -> int:
    total = sum(len(r) for _, r in todo)
    if not total:
        return 0
    show = sys.stderr.isatty() if config.progress is None else config.progress
    bar = _ProgressBar(total, config.translator) if show else None
    done = 0
    pool = ThreadPoolExecutor(max_workers=max(1, config.jobs), thread_name_prefix="eval")
    try:
        if bar:
            bar.start()
        pending: set[Future] = {pool.submit(runner.run, case, repeats) for case, repeats in todo}
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            # every case that finished is logged before an interruption another one raised is passed on
            failed = [f for f in finished if f.exception() is not None]
            for future in [f for f in finished if f.exception() is None] + failed:
                records = future.result()
                log.append(records)
                done += len(records)
                if bar:
                    bar.advance(records)
                if on_progress:
                    on_progress(done, total)
    except BaseException:
        for future in pending:
            future.cancel()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if bar:
            bar.stop()
    return done


class _ProgressBar:
    """rich's progress bar on stderr, with the running count of right answers."""

    def __init__(self, total: int, name: str) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[right]} right"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self.task = self.progress.add_task(f"eval {name}", total=total, right=0)
        self.right = 0

    def start(self) -> None:
        self.progress.start()

    def advance(self, records: list[dict[str, Any]]) -> None:
        self.right += sum(r["outcome"] in score.RIGHT for r in records)
        self.progress.update(self.task, advance=len(records), right=self.right)

    def stop(self) -> None:
        self.progress.stop()
