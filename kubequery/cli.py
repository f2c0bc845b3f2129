"""`kq`: ask a cluster a question in SQL from the terminal.

Only click is imported at start-up; DuckDB, sqlglot, pyarrow and the sources
load when a command needs them, so `kq --version` and `kq --help` are quick.
User errors print one message on stderr and exit non-zero (2: the query,
3: the source); the answer goes to stdout, the rest to stderr.
"""

from __future__ import annotations

import contextlib
import sys
from datetime import UTC, datetime

import click

from kubequery import __version__

OUTPUTS = ("table", "wide", "json", "yaml", "csv")


class _DefaultToQuery(click.Group):
    """`kq "…"` and `kq --sql …` mean `kq query …`; `kq tables` and friends are subcommands."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["query", *args]
        elif not args:
            args = ["query"]
        return super().parse_args(ctx, args)


def _fail(error: Exception) -> None:
    from kubequery.errors import KubequeryError

    code = error.exit_code if isinstance(error, KubequeryError) else 1
    click.echo(f"error: {error}", err=True)
    sys.exit(code)


def _parse_time(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 time such as 2024-05-01T12:00:00Z") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def _parse_duration(value: str | None) -> float | None:
    """kubectl's --request-timeout: `30s`, `2m`, `1h` or a bare number of seconds; 0 means the default."""
    if value is None:
        return None
    text = value.strip().lower()
    unit = next((u for u in ("ms", "s", "m", "h") if text.endswith(u)), "")
    try:
        seconds = float(text[: len(text) - len(unit)]) * _UNITS.get(unit, 1.0)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a duration such as 30s, 2m or 1h") from None
    if seconds < 0:
        raise click.BadParameter("a timeout cannot be negative")
    return seconds or None


@click.group(cls=_DefaultToQuery, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kq")
def main() -> None:
    """Ask a Kubernetes cluster questions in SQL, read-only.

    \b
    kq --demo --sql "SELECT name, status FROM pods WHERE status = 'CrashLoopBackOff'"
    kq --snapshot pods.json --sql "SELECT count(*) FROM pods" -o json
    kq --context prod --as alice --sql "SELECT namespace, count(*) FROM pods GROUP BY 1"
    kq --demo --explain --sql "SELECT name FROM pods WHERE namespace = 'payments'"
    kq tables            kq describe pods
    """


@main.command("query")
@click.argument("question", required=False)
@click.option("--sql", "sql", help="The SQL query to run (DuckDB dialect, read-only).")
@click.option("--demo", is_flag=True, help="Ask the built-in demo cluster (no cluster needed).")
@click.option(
    "--snapshot",
    "snapshots",
    multiple=True,
    metavar="PATH",
    help="Ask a snapshot: kubectl -o json/yaml output, manifests, a cluster-info dump; - is stdin.",
)
@click.option(
    "--now", "now", metavar="TIME", help="What now() means over a snapshot (default: when it was taken)."
)
@click.option("--explain", is_flag=True, help="Print the plan (the list calls) without fetching anything.")
@click.option("-o", "--output", type=click.Choice(OUTPUTS), default="table", show_default=True)
@click.option(
    "--limit",
    "row_limit",
    type=click.IntRange(min=1),
    default=10_000,
    show_default=True,
    help="Most rows to return.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=60.0,
    show_default=True,
    help="Seconds the query may run in DuckDB.",
)
@click.option(
    "--kubeconfig", metavar="PATH", help="The kubeconfig file (default: $KUBECONFIG or ~/.kube/config)."
)
@click.option(
    "--context",
    metavar="NAME[,NAME…]",
    help="The kubeconfig context to use (default: the current one); several, comma-separated, at once.",
)
@click.option("--all-contexts", is_flag=True, help="Ask every context of the kubeconfig at once.")
@click.option("--as", "as_user", metavar="USER", help="Ask as this user (impersonation, like kubectl --as).")
@click.option(
    "--as-group", "as_groups", multiple=True, metavar="GROUP", help="Impersonate this group too (repeatable)."
)
@click.option(
    "--request-timeout",
    metavar="DURATION",
    callback=lambda ctx, param, value: _parse_duration(value),
    help="Give up on an API request the server leaves waiting this long (5s, 1m; default 60s).",
)
@click.option(
    "--chunk-size",
    "chunk_size",
    type=click.IntRange(min=0),
    default=500,
    show_default=True,
    help="Objects per page of a list (0: one page).",
)
@click.option(
    "--translator",
    type=click.Choice(["auto", "offline", "llm"]),
    default="auto",
    show_default=True,
    help="Who turns a question into SQL: the LLM when one is configured (auto), or the offline parser.",
)
@click.option(
    "--llm-base-url", metavar="URL", help="OpenAI-compatible endpoint (or $KUBEQUERY_LLM_BASE_URL)."
)
@click.option("--llm-model", metavar="MODEL", help="The model (or $KUBEQUERY_LLM_MODEL); docs/llm.md.")
@click.option(
    "--fallback-offline", is_flag=True, help="Use the offline parser when the LLM cannot be reached."
)
@click.option("-q", "--quiet", is_flag=True, help="Print only the answer (no summary on stderr).")
@click.option("-v", "--verbose", is_flag=True, help="Also print the SQL, the plan and timings on stderr.")
@click.option(
    "-i", "--interactive", is_flag=True, help="Ask one question after another (the default in a terminal)."
)
@click.option("--seed", type=int, default=7, hidden=True)
@click.option("--pods", type=int, default=450, hidden=True)
def query_command(
    question: str | None,
    sql: str | None,
    demo: bool,
    snapshots: tuple[str, ...],
    now: str | None,
    explain: bool,
    output: str,
    row_limit: int,
    timeout: float,
    kubeconfig: str | None,
    context: str | None,
    all_contexts: bool,
    as_user: str | None,
    as_groups: tuple[str, ...],
    request_timeout: float | None,
    chunk_size: int,
    translator: str,
    llm_base_url: str | None,
    llm_model: str | None,
    fallback_offline: bool,
    quiet: bool,
    verbose: bool,
    interactive: bool,
    seed: int,
    pods: int,
) -> None:
    """Answer a question (SQL with --sql)."""
    if question and sql:
        raise click.UsageError("give either a question or --sql, not both")
    session = not sql and not question
    if session and not (interactive or sys.stdin.isatty()):
        raise click.UsageError('nothing to ask: kq --demo --sql "SELECT name, status FROM pods"')
    try:
        from kubequery.engine import Engine
        from kubequery.sources.factory import open_source

        source = open_source(
            demo=demo,
            snapshot=list(snapshots),
            now=_parse_time(now),
            seed=seed,
            pods=pods,
            kubeconfig=kubeconfig,
            context=context,
            all_contexts=all_contexts,
            as_user=as_user,
            as_groups=as_groups,
            request_timeout=request_timeout,
            page_size=chunk_size,
        )
        engine = Engine(source, row_limit=row_limit, timeout=timeout)
        if session:
            _session(engine, translator, llm_base_url, llm_model, fallback_offline, output)
            return
        if question:
            chosen = _translator(engine, translator, llm_base_url, llm_model, fallback_offline)
            sql = _translate(question, engine, chosen)
        if explain:
            plan = engine.explain(sql)
            click.echo(f"source: {source.description}")
            click.echo(f"sql: {plan.sql}")
            click.echo(plan.describe())
            return
        result = engine.query(sql)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as e:  # noqa: BLE001 - user errors are rendered, bugs re-raised
        from kubequery.errors import KubequeryError

        if isinstance(e, KubequeryError):
            _fail(e)
        raise
    _print_result(result, output, quiet=quiet, verbose=verbose)


def _session(
    engine, translator: str, base_url: str | None, model: str | None, fallback: bool, output: str
) -> None:
    """Questions one after another; each follow-up sees the earlier questions and their SQL.

    Lines that start like SQL run as SQL. `exit`, `quit` or end of input leave.
    """
    import os

    from kubequery.ask import looks_like_sql
    from kubequery.errors import KubequeryError
    from kubequery.translate.base import Turn

    history = os.path.expanduser("~/.kq_history")
    try:
        import readline

        readline.read_history_file(history)
    except (ImportError, OSError):
        readline = None
    click.echo(f"kq: asking {engine.source.description}. Questions or SQL; exit to leave.", err=True)
    chosen = None  # made at the first question, then kept: its grounding reads the cluster once
    turns: list[Turn] = []
    while True:
        try:
            line = input("kq> ").strip()
        except (EOFError, KeyboardInterrupt):
            click.echo(err=True)
            break
        if line.lower() in ("exit", "quit", r"\q"):
            break
        if not line:
            continue
        try:
            if looks_like_sql(line):
                sql = line
            else:
                chosen = chosen or _translator(engine, translator, base_url, model, fallback)
                sql = _translate(line, engine, chosen, tuple(turns))
            result = engine.query(sql)
        except KubequeryError as e:
            click.echo(f"error: {e}", err=True)
            continue
        turns.append(Turn(line, sql))
        _print_result(result, output, quiet=False, verbose=False)
    if readline is not None:
        with contextlib.suppress(OSError):
            readline.write_history_file(history)


def _translator(engine, name: str, base_url: str | None, model: str | None, fallback: bool):
    from kubequery.translate.choose import make_translator

    return make_translator(name, engine, base_url=base_url, model=model, fallback_offline=fallback)


def _translate(question: str, engine, chosen, conversation: tuple = ()) -> str:
    """The SQL for a plain-language question, printed so that the user can check it."""
    from kubequery.ask import Declined, translate
    from kubequery.errors import KubequeryError

    try:
        found = translate(question, engine, chosen, tuple(conversation))
    except Declined as e:
        raise KubequeryError(
            e.message, hint='ask in SQL with --sql, e.g. kq --demo --sql "SELECT name, status FROM pods"'
        ) from e
    click.echo(f"sql: {found.sql}", err=True)
    return found.sql or ""


def _print_result(result, output: str, *, quiet: bool, verbose: bool) -> None:
    from kubequery.output import render

    tty = sys.stdout.isatty()
    text = render(result.columns, result.types, result.rows, output, tty=tty)
    if text:
        click.echo(text)
    sys.stdout.flush()  # the answer before the summary when both go to one terminal
    if verbose:
        click.echo(f"sql: {result.plan.sql}", err=True)
        click.echo(result.plan.describe(), err=True)
        click.echo(
            "timings: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in result.timings.items()), err=True
        )
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    if not quiet:
        if not result.rows and output in ("table", "wide"):
            click.echo("No rows found.", err=True)
        click.echo(
            f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''} · {result.source} · "
            f"{result.objects_fetched} objects · {result.timings.get('total', 0) * 1000:.0f} ms",
            err=True,
        )


def _catalog_options(command):
    """Where the tables come from: the shipped catalog, or a source's own (its CRDs, discovery)."""
    for option in reversed(
        [
            click.option(
                "--demo", is_flag=True, help="The demo cluster's tables (its custom resources too)."
            ),
            click.option(
                "--snapshot", "snapshots", multiple=True, metavar="PATH", help="A snapshot's tables."
            ),
            click.option("--kubeconfig", metavar="PATH", help="A live cluster's tables, from discovery."),
            click.option("--context", metavar="NAME", help="The kubeconfig context (live cluster)."),
            click.option("-o", "--output", type=click.Choice(OUTPUTS), default="table", show_default=True),
        ]
    ):
        command = option(command)
    return command


def _catalog_for(demo: bool, snapshots: tuple[str, ...], kubeconfig: str | None, context: str | None):
    """The shipped catalog unless a source is named; then that source's tables."""
    from kubequery.catalog import default_catalog

    if not (demo or snapshots or kubeconfig or context):
        return default_catalog()
    from kubequery.engine import Engine
    from kubequery.sources.factory import open_source

    source = open_source(demo=demo, snapshot=list(snapshots), kubeconfig=kubeconfig, context=context)
    return Engine(source).catalog


@main.command("tables")
@_catalog_options
def tables_command(
    output: str, demo: bool, snapshots: tuple[str, ...], kubeconfig: str | None, context: str | None
) -> None:
    """List the tables you can query (with a source flag: that source's, custom resources included)."""
    from kubequery.errors import KubequeryError
    from kubequery.output import render

    try:
        catalog = _catalog_for(demo, snapshots, kubeconfig, context)
    except KubequeryError as e:
        _fail(e)
    rows = [
        (t.name, t.kind, t.api_version, ",".join(t.aliases), len(t.columns), t.description) for t in catalog
    ]
    columns = ["table", "kind", "api_version", "aliases", "columns", "description"]
    click.echo(render(columns, [""] * len(columns), rows, output, tty=sys.stdout.isatty()))


@main.command("describe")
@click.argument("table")
@_catalog_options
def describe_command(
    table: str,
    output: str,
    demo: bool,
    snapshots: tuple[str, ...],
    kubeconfig: str | None,
    context: str | None,
) -> None:
    """Show a table's columns, types, pushdowns and example queries."""
    import difflib

    from kubequery.errors import KubequeryError, UnknownNameError
    from kubequery.output import render

    try:
        catalog = _catalog_for(demo, snapshots, kubeconfig, context)
        aliases = {a: t.name for t in catalog for a in t.aliases}
        name = catalog.resolve(table) or aliases.get(table)
        if name is None:
            near = difflib.get_close_matches(table, catalog.names(), n=3)
            raise UnknownNameError(
                f"unknown table {table!r}",
                hint=f"did you mean {', '.join(near)}?" if near else "`kq tables` lists the tables",
            )
        t = catalog[name]
    except KubequeryError as e:
        _fail(e)
    rows = [(c.name, c.sql_type, _pushdown_text(c), c.description) for c in t.columns]
    columns = ["column", "type", "pushdown", "description"]
    if output in ("table", "wide"):
        scope = "namespaced" if t.namespaced else "cluster-scoped"
        click.echo(f"{t.name}: {t.description}")
        click.echo(f"kind {t.kind} ({t.api_version}, resource {t.resource}, {scope})")
        if t.aliases:
            click.echo(f"also called: {', '.join(t.aliases)}")
        for note in getattr(t, "notes", ()):
            click.echo(f"note: {note}")
        click.echo()
    click.echo(render(columns, [""] * 4, rows, output, tty=sys.stdout.isatty()))
    if output in ("table", "wide") and t.examples:
        click.echo("\nexamples:")
        for ex in t.examples:
            click.echo(f"  -- {ex.description}\n  {ex.sql}")


@main.command("serve")
@click.option("--config", "config_path", metavar="FILE", help="The service's YAML config (docs/service.md).")
@click.option("--demo", is_flag=True, help="Serve the built-in demo cluster.")
@click.option("--snapshot", "snapshots", multiple=True, metavar="PATH", help="Serve a snapshot (repeatable).")
@click.option("--now", metavar="TIME", help="What now() means over a snapshot.")
@click.option("--host", help="Address to listen on (default 127.0.0.1).")
@click.option("--port", type=click.IntRange(0, 65535), help="Port to listen on (default 8080).")
@click.option("--kubeconfig", metavar="PATH", help="The service's own kubeconfig (default: as kubectl does).")
@click.option("--context", metavar="NAME", help="The kubeconfig context to serve.")
@click.option(
    "--mode",
    type=click.Choice(["watch-cache", "impersonate"]),
    help="Live clusters: answer from a watch cache (default) or list per request, impersonating.",
)
@click.option("--translator", type=click.Choice(["auto", "offline", "llm"]), help="Who writes the SQL.")
@click.option("--llm-base-url", metavar="URL", help="OpenAI-compatible endpoint.")
@click.option("--llm-model", metavar="MODEL", help="The LLM model.")
@click.option("--fallback-offline", is_flag=True, help="The offline parser when the LLM is unreachable.")
@click.option("--log-level", type=click.Choice(["debug", "info", "warning", "error"]), help="Log level.")
@click.option("--hash-token", is_flag=True, help="Read an API token on stdin, print its sha256.")
def serve_command(
    config_path: str | None,
    demo: bool,
    snapshots: tuple[str, ...],
    now: str | None,
    host: str | None,
    port: int | None,
    kubeconfig: str | None,
    context: str | None,
    mode: str | None,
    translator: str | None,
    llm_base_url: str | None,
    llm_model: str | None,
    fallback_offline: bool,
    log_level: str | None,
    hash_token: bool,
) -> None:
    """Serve the JSON API, the web UI and Slack (docs/service.md).

    \b
    kq serve --demo                                   # http://127.0.0.1:8080, no sign-in
    kq serve --config /etc/kubequery/config.yaml      # a cluster, askers under their own RBAC
    """
    from kubequery.errors import KubequeryError

    if hash_token:
        from kubequery.service.config import hash_token as digest

        click.echo(digest(sys.stdin.readline().strip()))
        return
    try:
        import uvicorn

        from kubequery.service.app import create_app
        from kubequery.service.config import Settings

        _parse_time(now)  # a bad --now is a usage error now, not at the first question
        settings = Settings.load(
            config_path,
            demo=demo,
            snapshot=snapshots,
            now=now,
            host=host,
            port=port,
            kubeconfig=kubeconfig,
            context=context,
            mode=mode,
            translator=translator,
            llm_base_url=llm_base_url,
            llm_model=llm_model,
            fallback_offline=fallback_offline,
            log_level=log_level,
        )
        app = create_app(settings)
    except KubequeryError as e:
        _fail(e)
    click.echo(f"kq serve: http://{settings.host}:{settings.port}/ (API docs at /docs)", err=True)
    # proxy_headers off: the trusted-proxy check must see the TCP peer, never an X-Forwarded-For claim
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level="warning",
        access_log=False,
        proxy_headers=False,
    )


@main.command(
    "eval",
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
    add_help_option=False,
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def eval_command(args: tuple[str, ...]) -> None:
    """Score a translator over the eval question sets (python -m eval; from a checkout).

    The same as `python -m eval …`. The harness lives in eval/ at the top of the repository, not in
    the wheel; when `eval` is not importable, the checkout this kubequery was imported from is
    added to sys.path.
    """
    _eval_cli().main(list(args), prog_name="kq eval")


def _eval_cli() -> click.Command:
    """The harness's command group, imported lazily (from the checkout next to this package)."""
    import importlib
    from pathlib import Path

    def load() -> click.Command:
        return importlib.import_module("eval.harness.cli").main

    try:
        return load()
    except ModuleNotFoundError as e:
        if e.name not in ("eval", "eval.harness", "eval.harness.cli"):
            raise
    root = Path(__file__).resolve().parent.parent
    if not (root / "eval" / "harness" / "cli.py").is_file():
        _fail(_no_harness())
    sys.path.insert(0, str(root))
    for name in [m for m in sys.modules if m == "eval" or m.startswith("eval.")]:
        del sys.modules[name]  # a namespace package `eval` found elsewhere first
    return load()


def _no_harness():
    from kubequery.errors import KubequeryError

    return KubequeryError(
        "the eval harness is not installed: it lives in eval/ of a kubequery checkout",
        hint="run kq eval (or python -m eval) from a clone of the repository",
    )


def _pushdown_text(column) -> str:
    if column.pushdown is None:
        return ""
    if column.pushdown.kind == "field":
        return f"fieldSelector {column.pushdown.field}"
    return {"namespace": "namespace", "labels": "labelSelector", "cluster": "cluster"}[column.pushdown.kind]


if __name__ == "__main__":
    main()
