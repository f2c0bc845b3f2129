"""`kq` as a user runs it: formats, subcommands, errors without tracebacks, exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
import yaml
from click.testing import CliRunner

from kubequery.cli import main

CRASHING = "SELECT namespace, name, restarts FROM pods WHERE status = 'CrashLoopBackOff' ORDER BY restarts DESC"


@pytest.fixture
def kq(real_path, tmp_path, monkeypatch):
    # No kubeconfig of the machine's may leak in: without --demo/--snapshot kq asks a live cluster.
    monkeypatch.setenv("KUBECONFIG", str(tmp_path / "no-kubeconfig"))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("KUBERNETES_SERVICE_HOST", raising=False)
    runner = CliRunner()

    def run(*args: str):
        args = [str(real_path) if a == "REAL" else a for a in args]
        return runner.invoke(main, args, catch_exceptions=False)

    return run


def test_demo_answers_a_sql_question(kq):
    result = kq("--demo", "--sql", CRASHING)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["NAMESPACE", "NAME", "RESTARTS"]
    assert len(lines) > 1
    assert "rows" in result.stderr and "demo cluster" in result.stderr


@pytest.mark.parametrize("fmt", ["json", "yaml", "csv", "table", "wide"])
def test_output_formats_carry_the_same_rows(kq, fmt):
    result = kq("--snapshot", "REAL", "-o", fmt, "--sql", CRASHING)
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "json":
        rows = json.loads(out)
        assert rows[0] == {"namespace": "team-b", "name": "legacy-billing-5bd9bbf44-nsht9", "restarts": 38}
    elif fmt == "yaml":
        rows = yaml.safe_load(out)
        assert rows[0]["restarts"] == 38
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows[0]["name"] == "legacy-billing-5bd9bbf44-nsht9"
    else:
        rows = out.splitlines()[1:]
        assert rows[0].split() == ["team-b", "legacy-billing-5bd9bbf44-nsht9", "38"]
    assert len(rows) == 4


def test_machine_formats_keep_types(kq):
    result = kq("--snapshot", "REAL", "-o", "json", "--sql",
                "SELECT name, labels, age, created, raw->'$.spec.podCIDR' AS cidr FROM nodes WHERE name = 'cp-1'")
    (row,) = json.loads(result.stdout)
    assert isinstance(row["labels"], dict) and "kubernetes.io/hostname" in row["labels"]
    assert isinstance(row["age"], float)  # seconds
    assert row["created"].endswith("Z")


def test_explain_prints_the_plan_without_fetching(kq):
    result = kq("--demo", "--explain", "--sql",
                "SELECT name FROM pods WHERE namespace IN ('payments', 'checkout') AND labels['app'] = 'api'")
    assert result.exit_code == 0
    assert "list pods, namespace=checkout, labelSelector=app=api, metadata only" in result.stdout
    assert "list pods, namespace=payments, labelSelector=app=api, metadata only" in result.stdout
    assert "rows" not in result.stderr  # nothing ran


def test_tables_and_describe(kq):
    tables = kq("tables")
    assert tables.exit_code == 0
    assert {"pods", "containers", "secrets", "events"} <= {line.split()[0] for line in tables.stdout.splitlines()[1:]}
    described = kq("describe", "po")  # kubectl short names work
    assert described.exit_code == 0
    assert "fieldSelector status.phase" in described.stdout
    assert "examples:" in described.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--demo", "--sql", "DROP TABLE pods"], 2, "DROP statements are refused"),
        (["--demo", "--sql", "SELECT nme FROM pods"], 2, "did you mean name"),
        (["--demo", "--sql", "SELEC 1"], 2, "syntax error"),
        (["--snapshot", "/no/such/file.json", "--sql", "SELECT 1"], 3, "no such file"),
        (["--sql", "SELECT 1"], 1, "no cluster to ask"),
        (["--demo", "delete the failed pods"], 1, "read-only"),
        (["describe", "podz"], 2, "did you mean pods"),
    ],
)
def test_user_errors_are_one_message_and_an_exit_code(kq, args, code, message):
    result = kq(*args)
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_version_does_not_load_the_heavy_modules():
    code = "import sys; from kubequery.cli import main; print(sorted(m for m in ('duckdb', 'sqlglot', 'pyarrow', 'kubernetes') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    version = subprocess.run([sys.executable, "-m", "kubequery.cli", "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and "kq, version" in version.stdout


def test_snapshot_from_standard_input(real_path):
    """`kubectl get pods -A -o json | kq --snapshot - --sql …`"""
    import gzip

    result = CliRunner().invoke(
        main, ["--snapshot", "-", "-o", "csv", "--sql", "SELECT count(*) AS n FROM pods"],
        input=gzip.decompress(real_path.read_bytes()),
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["n", "83"]
    assert "standard input" in result.stderr


def test_tables_and_describe_of_a_source_include_its_custom_resources(kq):
    tables = kq("tables", "--snapshot", "REAL", "-o", "csv")
    assert tables.exit_code == 0, tables.output
    names = {line.split(",")[0] for line in tables.stdout.splitlines()[1:]}
    assert {"pods", "servicemonitors", "prometheuses"} <= names
    described = kq("describe", '"servicemonitors.monitoring.coreos.com"', "--snapshot", "REAL")
    assert described.exit_code == 2  # quoted is SQL syntax; the plain qualified name is what describe takes
    described = kq("describe", "servicemonitors.monitoring.coreos.com", "--snapshot", "REAL")
    assert described.exit_code == 0, described.output
    assert "spec" in described.stdout and "ServiceMonitor" in described.stdout


def test_a_plain_language_question_shows_its_sql_and_answers(kq):
    result = kq("--demo", "-o", "csv", "which pods are crashlooping?")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("sql: SELECT")
    assert "fraud-detector" in result.stdout


def test_an_interactive_session_carries_follow_ups(kq):
    from click.testing import CliRunner

    result = CliRunner().invoke(
        main, ["--demo", "-i", "-o", "csv"], input="pods in payments\nhow many?\nSELECT count(*) FROM nodes\nexit\n"
    )
    assert result.exit_code == 0, result.output
    assert "count(*)\n87\n" in result.stdout  # "how many?" counted the previous answer
    assert "count(*)\n11\n" in result.stdout
    assert "sql: SELECT COUNT(*) FROM pods WHERE namespace = 'payments'" in result.stderr
