"""Invariant 1, read-only: only one SELECT-like query passes, before DuckDB sees anything."""

import pytest

from kubequery.compiler.guard import parse_one_query
from kubequery.errors import QueryError, RefusedQueryError, SQLSyntaxError

ACCEPTED = [
    "SELECT name FROM pods",
    "select name from pods where namespace = 'a;b'",  # a semicolon inside a string is data
    "WITH crashing AS (SELECT * FROM pods WHERE status = 'CrashLoopBackOff') SELECT count(*) FROM crashing",
    "SELECT name FROM pods UNION ALL SELECT name FROM nodes",
    "SELECT name FROM pods EXCEPT SELECT name FROM pods WHERE restarts > 3",
    "SELECT namespace, count(*) FROM pods GROUP BY ALL ORDER BY 2 DESC",
    "SELECT name, row_number() OVER (PARTITION BY namespace ORDER BY restarts DESC) FROM pods",
    "SELECT * FROM pods p JOIN nodes n ON p.node = n.name",
    "SELECT (SELECT count(*) FROM nodes) AS n",
    "FROM pods SELECT name",
    "SELECT * FROM range(3)",
    "SELECT x FROM unnest([1, 2]) AS t(x)",
    "SELECT 1 -- trailing comment ; DROP TABLE pods",
    "SELECT 1 /* ; DROP TABLE pods */",
    "SELECT 1;",
]

REFUSED = [
    # DDL and DML
    ("CREATE TABLE x AS SELECT 1", "CREATE"),
    ("CREATE MACRO m() AS 1", "CREATE"),
    ("CREATE VIEW v AS SELECT * FROM pods", "CREATE"),
    ("DROP TABLE pods", "DROP"),
    ("ALTER TABLE pods ADD COLUMN x INT", "ALTER"),
    ("INSERT INTO pods VALUES (1)", "INSERT"),
    ("UPDATE pods SET name = 'x'", "UPDATE"),
    ("DELETE FROM pods", "DELETE"),
    ("TRUNCATE pods", "TRUNCATE"),
    ("SELECT 1 INTO t", "INTO"),
    # file and session statements
    ("COPY pods TO '/tmp/x.csv'", "COPY"),
    ("COPY (SELECT 1) TO '/tmp/x.csv'", "COPY"),
    ("ATTACH '/tmp/x.db' AS x", "ATTACH"),
    ("DETACH x", "DETACH"),
    ("INSTALL httpfs", "INSTALL"),
    ("LOAD httpfs", "LOAD"),
    ("PRAGMA enable_profiling", "PRAGMA"),
    ("SET enable_external_access = true", "SET"),
    ("RESET threads", "RESET"),
    ("CALL pragma_version()", "CALL"),
    ("EXPORT DATABASE '/tmp/x'", ""),
    ("IMPORT DATABASE '/tmp/x'", ""),
    ("CHECKPOINT", ""),
    ("VACUUM", "VACUUM"),
    ("DESCRIBE pods", "DESCRIBE"),
    ("SHOW TABLES", "SHOW"),
    ("SUMMARIZE pods", "SUMMARIZE"),
    ("BEGIN TRANSACTION", ""),
    # several statements, including comment and quoting tricks
    ("SELECT 1; SELECT 2", "several statements"),
    ("SELECT 1; DROP TABLE pods", "several statements"),
    ("SELECT 1 /* comment */; DROP TABLE pods", "several statements"),
    ("SELECT 1 -- comment\n; DROP TABLE pods", "several statements"),
    ("SELECT 'a'';'; DROP TABLE pods", "several statements"),
    ('SELECT "x;y" FROM pods; DROP TABLE pods', "several statements"),
    ("SELECT $$;$$; DROP TABLE pods", "several statements"),
    # functions that read files or URLs or run SQL text
    ("SELECT * FROM read_csv('/etc/passwd')", "read_csv"),
    ("SELECT * FROM read_csv_auto('/etc/passwd')", "read_csv"),
    ("SELECT * FROM read_json('https://example.com/x.json')", "read_json"),
    ("SELECT * FROM read_parquet('x.parquet')", "read_parquet"),
    ("SELECT * FROM read_text('/etc/passwd')", "read_text"),
    ("SELECT * FROM read_blob('/etc/passwd')", "read_blob"),
    ("SELECT * FROM glob('/*')", "glob"),
    ("SELECT * FROM query('SELECT 1')", "query"),
    ("SELECT * FROM parquet_scan('x')", "parquet_scan"),
    ("SELECT (SELECT content FROM read_text('/etc/passwd'))", "read_text"),
    ("SELECT * FROM pods WHERE name IN (SELECT * FROM read_csv('x.csv'))", "read_csv"),
    ("WITH x AS (SELECT * FROM read_json('x')) SELECT * FROM x", "read_json"),
    ("SELECT getenv('HOME')", "getenv"),
    ("SELECT * FROM duckdb_settings()", "duckdb_settings"),
]


@pytest.mark.parametrize("sql", ACCEPTED)
def test_read_only_queries_are_accepted(sql):
    assert parse_one_query(sql) is not None


@pytest.mark.parametrize(("sql", "named"), REFUSED)
def test_everything_else_is_refused_with_a_reason(sql, named):
    with pytest.raises(QueryError) as info:
        parse_one_query(sql)
    assert isinstance(info.value, (RefusedQueryError, SQLSyntaxError))
    assert named.lower() in str(info.value).lower()


@pytest.mark.parametrize(
    ("sql", "line", "column"),
    [
        ("SELECT name FROM pods WHERE", 1, 27),
        ("SELECT name\nFROM pods\nWHERE name = ", 3, 13),
        ("SELEC name FROM pods", 1, 5),
    ],
)
def test_syntax_errors_name_the_position(sql, line, column):
    with pytest.raises(SQLSyntaxError) as info:
        parse_one_query(sql)
    assert info.value.line == line
    assert "line" in str(info.value)


@pytest.mark.parametrize("sql", ["", "   ", "-- only a comment", ";"])
def test_empty_input_is_an_error(sql):
    with pytest.raises(SQLSyntaxError):
        parse_one_query(sql)
