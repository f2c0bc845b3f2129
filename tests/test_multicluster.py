"""Several clusters at once: a `cluster` column, fan-out, and one failing cluster as a warning."""

from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner

from kubequery.cli import main
from kubequery.engine import Engine
from kubequery.errors import KubequeryError
from kubequery.kube.client import RetryPolicy
from kubequery.sources.live import open_live_source
from kubequery.sources.multi import MultiSource
from kubequery.testserver import KubeAPIServer

FAST = RetryPolicy(attempts=2, connect_attempts=1, base_delay=0.01, max_delay=0.02, deadline=5.0)


@pytest.fixture(scope="module")
def two_servers():
    east = KubeAPIServer.demo(pods=150, seed=1).start()
    west = KubeAPIServer.demo(pods=200, seed=2).start()
    yield east, west
    east.stop()
    west.stop()


@pytest.fixture
def kubeconfig(two_servers, tmp_path):
    """Contexts east and west (admin on each) and down (a closed port)."""
    east, west = two_servers
    config = {"apiVersion": "v1", "kind": "Config", "clusters": [], "users": [], "contexts": []}
    for name, server in (("east", east), ("west", west)):
        part = server.kubeconfig_dict(["admin"], cluster=name, context_prefix=f"{name}-")
        for key in ("clusters", "users", "contexts"):
            config[key] += part[key]
    config["clusters"].append({"name": "down", "cluster": {"server": "http://127.0.0.1:9"}})
    config["users"].append({"name": "down-admin", "user": {"token": "x"}})
    config["contexts"].append({"name": "down", "context": {"cluster": "down", "user": "down-admin"}})
    config["current-context"] = "east-admin"
    path = tmp_path / "kubeconfig"
    path.write_text(yaml.safe_dump(config))
    return path


def _multi(kubeconfig, names):
    return MultiSource({n: open_live_source(kubeconfig=str(kubeconfig), context=n, retry=FAST) for n in names})


def test_every_table_gains_the_cluster_column(kubeconfig):
    engine = Engine(_multi(kubeconfig, ["east-admin", "west-admin"]))
    rows = engine.query("SELECT cluster, count(*) FROM pods GROUP BY cluster ORDER BY cluster").rows
    assert rows == [("east-admin", 150), ("west-admin", 200)]
    nodes = engine.query("SELECT DISTINCT cluster FROM nodes ORDER BY 1").rows
    assert nodes == [("east-admin",), ("west-admin",)]


def test_a_cluster_condition_asks_only_that_cluster(kubeconfig, two_servers):
    east, west = two_servers
    before = len(west.requests)
    engine = Engine(_multi(kubeconfig, ["east-admin", "west-admin"]))
    result = engine.query("SELECT count(*) FROM pods WHERE cluster = 'east-admin'")
    assert result.rows == [(150,)]
    assert not [r for r in west.requests[before:] if "/pods" in r.path]


def test_one_cluster_down_is_a_warning_while_the_others_answer(kubeconfig):
    engine = Engine(_multi(kubeconfig, ["east-admin", "down", "west-admin"]))
    result = engine.query("SELECT cluster, count(*) FROM pods GROUP BY 1 ORDER BY 1")
    assert result.rows == [("east-admin", 150), ("west-admin", 200)]
    assert any(w.startswith("cluster down did not answer") and "127.0.0.1:9" in w for w in result.warnings)


def test_every_cluster_down_is_an_error(kubeconfig):
    engine = Engine(_multi(kubeconfig, ["down"]))
    with pytest.raises(KubequeryError, match="every cluster failed"):
        engine.query("SELECT count(*) FROM pods")


@pytest.mark.parametrize(
    ("flags", "clusters"),
    [(["--context", "east-admin,west-admin"], ["east-admin", "west-admin"]),
     (["--context", "west-admin"], ["west-admin"])],
)
def test_cli_context_list(kubeconfig, flags, clusters):
    result = CliRunner().invoke(
        main, ["--kubeconfig", str(kubeconfig), *flags, "-o", "csv", "--sql",
               "SELECT DISTINCT cluster FROM namespaces ORDER BY 1"],
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["cluster", *clusters]


def test_cli_all_contexts_names_the_failing_cluster(kubeconfig):
    result = CliRunner().invoke(
        main, ["--kubeconfig", str(kubeconfig), "--all-contexts", "--request-timeout", "2s", "-o", "csv",
               "--sql", "SELECT cluster, count(*) AS n FROM nodes GROUP BY 1 ORDER BY 1"],
    )
    assert result.exit_code == 0, result.output
    assert [line.split(",")[0] for line in result.stdout.splitlines()] == ["cluster", "east-admin", "west-admin"]
    assert "cluster down did not answer" in result.stderr
