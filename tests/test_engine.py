"""The engine end to end: answers, limits, errors, the fixed clock and DuckDB's locked room."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import duckdb
import pytest

from kubequery.engine import Engine
from kubequery.errors import ExecutionError, QueryTimeoutError, RefusedQueryError, UnknownNameError
from kubequery.redact import REDACTED
from kubequery.sources.memory import MemorySource


def test_answers_come_with_sql_plan_timings_and_source(real_engine):
    result = real_engine.query("SELECT name, restarts FROM pods WHERE namespace = 'shop' ORDER BY restarts DESC LIMIT 1")
    assert result.rows == [("cartservice-685fcbfd7b-jmkd4", 17)]
    assert result.columns == ["name", "restarts"]
    assert result.plan.table("pods").fetches[0].namespace == "shop"
    assert {"compile", "fetch", "load", "execute", "total"} <= set(result.timings)
    assert "real-k8s-1.20" in result.source
    assert result.warnings == []


def test_row_limit_truncates_with_a_warning(real, catalog):
    result = Engine(real, catalog, row_limit=5).query("SELECT name FROM pods")
    assert len(result.rows) == 5
    assert result.truncated
    assert any("truncated" in w for w in result.warnings)


def test_time_limit_interrupts_the_query(real, catalog):
    engine = Engine(real, catalog, timeout=0.5)
    with pytest.raises(QueryTimeoutError, match="longer than 0.5 s"):
        engine.query("SELECT count(*) FROM range(1000000000) a, range(1000000000) b")


@pytest.mark.parametrize(
    ("sql", "error", "message"),
    [
        ("SELECT nme FROM pods", UnknownNameError, "did you mean name"),
        ("SELECT p.stauts FROM pods p", UnknownNameError, "did you mean status"),
        ("SELECT * FROM pod", UnknownNameError, "did you mean pods"),
        ("SELECT * FROM deploymnets", UnknownNameError, "did you mean deployments"),
        ("SELECT * FROM main.pods", RefusedQueryError, "qualified table name"),
        ("SELECT * FROM information_schema.tables", RefusedQueryError, "qualified table name"),
        ("SELECT * FROM duckdb_tables", UnknownNameError, "unknown table"),
        ("SELECT * FROM 'secrets.csv'", UnknownNameError, "unknown table"),
        ("SELECT name FROM pods WHERE restarts > 'many'", ExecutionError, "many"),
        ("SELECT no_such_function(name) FROM pods", ExecutionError, "no_such_function"),
    ],
)
def test_bad_queries_fail_with_a_clear_error(real_engine, sql, error, message):
    with pytest.raises(error) as info:
        real_engine.query(sql)
    assert message in str(info.value)


def test_now_means_the_snapshot_time(real_engine, real):
    taken = datetime(2026, 11, 29, 9, 38, 11, tzinfo=UTC)
    assert real.now == taken
    result = real_engine.query("SELECT now(), current_timestamp, current_date, today()")
    assert [v.astimezone(UTC) if isinstance(v, datetime) else v for v in result.rows[0]] == [
        taken, taken, taken.date(), taken.date()
    ]
    assert result.columns[0].lower() == "now()"


def test_age_and_time_windows_count_from_the_snapshot_time(real_engine, real):
    (age, created, window), = real_engine.query(
        "SELECT age, created, created > now() - INTERVAL 1 HOUR FROM pods WHERE name = 'stress-test'"
    ).rows
    assert age == real.now - created
    assert window is True


def test_an_explicit_time_moves_now(catalog):
    moment = datetime(2030, 1, 1, tzinfo=UTC)
    obj = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "namespace": "a", "uid": "1",
           "creationTimestamp": "2029-12-31T00:00:00Z"}}
    engine = Engine(MemorySource([obj], moment, "test"), catalog)
    (row,) = engine.query("SELECT age, now() FROM pods").rows
    assert row[0] == timedelta(days=1)
    assert row[1] == moment


def test_secrets_never_yield_a_value(catalog):
    secret = {
        "apiVersion": "v1", "kind": "Secret", "type": "Opaque",
        "metadata": {
            "name": "db", "namespace": "a", "uid": "s1",
            "annotations": {"kubectl.kubernetes.io/last-applied-configuration":
                            '{"data":{"password":"c3VwZXJzZWNyZXQ="}}'},
        },
        "data": {"password": "c3VwZXJzZWNyZXQ="},
        "stringData": {"token": "plain-secret-token"},
    }
    engine = Engine(MemorySource([secret], datetime(2030, 1, 1, tzinfo=UTC), "test"), catalog)
    result = engine.query("SELECT * FROM secrets")
    text = repr(result.rows)
    assert "c3VwZXJzZWNyZXQ=" not in text and "plain-secret-token" not in text
    assert "password" in text and REDACTED in text
    row = result.as_dicts()[0]
    assert sorted(row["data_keys"]) == ["password", "token"]
    assert "kubectl.kubernetes.io/last-applied-configuration" not in (row["annotations"] or {})


def test_secrets_in_the_demo_and_the_real_snapshot_hold_no_values(demo_engine, real_engine):
    for engine in (demo_engine, real_engine):
        rows = engine.query("SELECT raw->'$.data' AS data FROM secrets WHERE raw->'$.data' IS NOT NULL").rows
        assert rows, "expected secrets with data keys"
        for (data,) in rows:
            assert set(__import__("json").loads(data).values()) == {REDACTED}


def test_duckdb_runs_with_external_access_off_and_configuration_locked(real_engine, monkeypatch, tmp_path):
    """The second wall: even SQL that slipped past the guard could not read a file or unlock."""
    secret_file = tmp_path / "x.csv"
    secret_file.write_text("a\n1\n")
    seen = {}

    original = Engine._run

    def run_unchecked(self, con, sql):
        for attempt in (f"SELECT * FROM read_csv('{secret_file}')", "SET enable_external_access = true",
                        "SET lock_configuration = false"):
            with pytest.raises(duckdb.Error) as info:
                con.execute(attempt)
            seen[attempt] = str(info.value)
        return original(self, con, sql)

    monkeypatch.setattr(Engine, "_run", run_unchecked)
    real_engine.query("SELECT 1")
    assert len(seen) == 3
    assert any("disabled" in m for m in seen.values())
    assert all("locked" in m for k, m in seen.items() if k.startswith("SET"))


def test_a_query_reading_no_columns_still_counts_rows(real_engine):
    assert real_engine.query("SELECT count(*) FROM pods").rows == [(83,)]
    assert real_engine.query("SELECT count(*) FROM containers").rows[0][0] >= 83


@pytest.mark.parametrize("source_name", ["demo", "real"])
def test_every_table_loads_with_every_column(source_name, request, catalog):
    engine = Engine(request.getfixturevalue(source_name), catalog)
    for table in catalog:
        result = engine.query(f"SELECT * FROM {table.name}")
        assert result.columns == [c.name for c in table.columns]


@pytest.mark.parametrize("source_name", ["demo", "real"])
def test_every_documented_example_runs(source_name, request, catalog):
    engine = Engine(request.getfixturevalue(source_name), catalog)
    examples = [ex for table in catalog for ex in table.examples]
    assert len(examples) >= len(list(catalog))
    for ex in examples:
        engine.query(ex.sql)  # raises on any error


@pytest.mark.parametrize(
    ("sql", "columns"),
    [
        ("SELECT status, count(*) c FROM pods GROUP BY ALL HAVING c > 1", ["status", "c"]),
        ("SELECT * EXCLUDE (raw, annotations) FROM nodes", None),
        ("SELECT COLUMNS('cpu_.*') FROM pods", ["cpu_request", "cpu_limit"]),
        ("SELECT name, restarts FROM pods QUALIFY row_number() OVER (PARTITION BY namespace ORDER BY restarts DESC) = 1",
         ["name", "restarts"]),
        ("SELECT list_transform(images, x -> upper(x)) AS up FROM pods", ["up"]),
        ("SELECT name[1:3], restarts::VARCHAR FROM pods", ["name[1:3]", "CAST(restarts AS TEXT)"]),
        ("SELECT count(*) FILTER (WHERE status = 'Running') FROM pods", ["count(*) FILTER(WHERE status = 'Running')"]),
        ("SELECT unnest(images) AS image, count(*) FROM pods GROUP BY 1", ["image", "count(*)"]),
        ("SELECT p.name, c.name FROM pods p, unnest(p.containers) AS c(name)", ["name", "name"]),
        ("SELECT DISTINCT ON (namespace) namespace, name FROM pods ORDER BY namespace, name", ["namespace", "name"]),
        ("SELECT count(*) FROM pods UNION ALL SELECT count(*) FROM nodes", ["count(*)"]),
        ("SELECT * FROM (SELECT namespace, status FROM pods) PIVOT (count(*) FOR status IN ('Running', 'Pending'))",
         ["namespace", "Running", "Pending"]),
    ],
)
def test_duckdb_dialect_runs_and_keeps_readable_names(demo_engine, sql, columns):
    result = demo_engine.query(sql)
    assert result.rows
    if columns is None:  # EXCLUDE means every column but those
        assert "raw" not in result.columns and "annotations" not in result.columns and "status" in result.columns
    else:
        assert result.columns == columns


ODD_PODS = [
    {"metadata": {"name": "no-spec", "namespace": "a", "uid": "1"}},
    {"metadata": {"name": "odd-labels", "namespace": "a", "uid": "2", "labels": {"n": 5, "b": True}},
     "spec": {"containers": "not-a-list"}, "status": {"containerStatuses": [{"name": "x"}]}},
    {"metadata": {"name": "bad-quantities", "namespace": "a", "uid": "3", "creationTimestamp": "not a time"},
     "spec": {"containers": [{"name": "c", "resources": {"requests": {"cpu": "lots", "memory": "1Zi"}}}]}},
    {"metadata": {"name": "no-namespace", "uid": "4"}, "status": {"phase": 7}},
]


def test_odd_objects_load_without_crashing(catalog):
    objects = [{"apiVersion": "v1", "kind": "Pod", **pod} for pod in ODD_PODS]
    engine = Engine(MemorySource(objects, datetime(2030, 1, 1, tzinfo=UTC), "odd"), catalog)
    result = engine.query("SELECT * FROM pods ORDER BY name")
    assert [r["name"] for r in result.as_dicts()] == sorted(p["metadata"]["name"] for p in ODD_PODS)
    engine.query("SELECT * FROM containers")
    assert engine.query("SELECT labels['n'] FROM pods WHERE name = 'odd-labels'").rows == [("5",)]


def test_the_cluster_column_names_the_source_and_pushes_down(demo_engine, real_engine):
    assert demo_engine.query("SELECT DISTINCT cluster FROM pods").rows == [("demo",)]
    assert real_engine.query("SELECT DISTINCT cluster FROM nodes").rows == [("real-k8s-1.20",)]
    other = demo_engine.query("SELECT count(*) FROM pods WHERE cluster = 'elsewhere'")
    assert other.rows == [(0,)] and other.objects_fetched == 0


def test_a_reused_database_keeps_nothing_between_queries(real_engine):
    from kubequery import engine as engine_module

    real_engine.query("SELECT count(*) FROM pods p JOIN nodes n ON p.node = n.name")
    with pytest.raises(ExecutionError):
        real_engine.query("SELECT name FROM pods WHERE restarts > 'many'")  # fails after loading pods
    real_engine.query("SELECT count(*) FROM services")
    con = engine_module._locked_connection(real_engine.memory_limit)
    assert con.execute("SELECT count(*) FROM duckdb_tables()").fetchall() == [(0,)]
    with pytest.raises(duckdb.Error, match="locked"):
        con.execute("SET enable_external_access = true")


def test_built_columns_are_reused_only_while_nothing_they_depend_on_changed(catalog):
    from kubequery.ingest import ArrowCache

    cache = ArrowCache()
    pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "namespace": "a", "uid": "1",
           "creationTimestamp": "2030-01-01T00:00:00Z"}}
    table, now = catalog["pods"], datetime(2030, 1, 2, tzinfo=UTC)
    first = cache.build(table, ("name", "status"), [pod], now, "c")
    assert cache.build(table, ("name", "status"), [pod], now + timedelta(hours=1), "c") is first
    aged = cache.build(table, ("name", "age"), [pod], now, "c")
    older = cache.build(table, ("name", "age"), [pod], now + timedelta(hours=1), "c")
    assert older is not aged and older.column("age")[0].as_py() == timedelta(days=1, hours=1)
    assert cache.build(table, ("name", "status"), [dict(pod)], now, "c") is not first  # another object


def test_built_columns_kept_are_bounded_in_bytes(catalog):
    from kubequery.ingest import ArrowCache

    table, now = catalog["pods"], datetime(2030, 1, 2, tzinfo=UTC)
    pods = [[{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": f"p{i}-{j}", "uid": f"{i}-{j}"}}
             for j in range(50)] for i in range(8)]
    one = ArrowCache().build(table, ("name", "raw"), pods[0], now, None).nbytes
    cache = ArrowCache(max_bytes=one * 5)  # room for five; a table over a quarter of it would not be kept
    for group in pods:
        cache.build(table, ("name", "raw"), group, now, None)
    assert cache._bytes <= cache.max_bytes and len(cache._store) <= 5
    huge = ArrowCache(max_bytes=one * 2)
    huge.build(table, ("name", "raw"), pods[0], now, None)
    assert not huge._store
