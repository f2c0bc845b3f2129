"""Containers, resources, namespaces and top-N asked in ways the dev set does not: image repositories said
before "images", env var names holding a container's name, quotas' hard limits alone, limit range defaults,
cluster-wide shares of what nodes can allocate, and groups ranked by what their containers hold."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO = [
    # a repository said before "images": the images of that repository, not every image
    ("which nginx images are running?", "SELECT DISTINCT image FROM containers WHERE image LIKE '%nginx%'"),
    (
        "which images are release candidates (rc tags)?",
        "SELECT DISTINCT image FROM containers WHERE image LIKE '%-rc%'",
    ),
    # images listed with how many containers run each
    (
        "images used in ml and how many containers run each",
        "SELECT image, count(*) FROM containers WHERE namespace = 'ml' GROUP BY image",
    ),
    # namespaces ranked by their containers' restarts, summed (not the containers counted)
    (
        "top 3 namespaces by container restarts",
        "SELECT namespace, sum(restarts) AS restarts FROM containers GROUP BY namespace "
        "ORDER BY restarts DESC LIMIT 3",
    ),
    # images ranked by the pods that run them, each pod once
    (
        "which 3 images are used by the most pods?",
        "SELECT image, count(DISTINCT (namespace, pod)) AS pods FROM containers GROUP BY image "
        "ORDER BY pods DESC LIMIT 3",
    ),
    # a limit range's defaults are its default limits, not a limit range named "defaults"
    (
        "limitrange defaults for payments",
        "SELECT name, default_cpu_limit, default_memory_limit FROM limitranges WHERE namespace = 'payments'",
    ),
    # the key's label, then its value
    ("namespaces with the team label platform", "SELECT name FROM namespaces WHERE labels['team'] = 'platform'"),
    # one quota's limit alone, without its usage
    ("pod limit of the staging quota", "SELECT namespace, name, hard['pods'] FROM resourcequotas WHERE namespace = 'staging'"),
    # "each quota": the quota objects, with how used their fullest resource is
    ("usage percentage of every quota", "SELECT namespace, name, max_usage_percent FROM resourcequotas"),
    # the cluster's share of allocatable cpu its pods request
    (
        "what percent of allocatable cpu is requested cluster-wide?",
        "SELECT 100 * (SELECT sum(cpu_request) FROM pods WHERE node IS NOT NULL) "
        "/ (SELECT sum(cpu_allocatable) FROM nodes)",
    ),
    (
        "what percentage of the cluster cpu is requested?",
        "SELECT 100 * (SELECT sum(cpu_request) FROM pods WHERE node IS NOT NULL) "
        "/ (SELECT sum(cpu_allocatable) FROM nodes)",
    ),
    # a mean over the nodes, not one group per node
    ("average cpu allocatable per node", "SELECT avg(cpu_allocatable) FROM nodes"),
    # objects ranked by how long a list of theirs is, said after "by"
    (
        "top 3 services by number of ports",
        "SELECT namespace, name, len(ports) AS ports FROM services ORDER BY len(ports) DESC LIMIT 3",
    ),
    # already read well: kept so
    ("containers that restarted more than 5 times", "SELECT namespace, pod, name FROM containers WHERE restarts > 5"),
    ("which containers mount /data?", "SELECT namespace, pod, name FROM containers WHERE list_contains(volume_mounts, '/data')"),
    ("top 3 nodes by cpu capacity", "SELECT name, cpu_capacity FROM nodes ORDER BY cpu_capacity DESC LIMIT 3"),
    (
        "which namespace has the most services?",
        "SELECT namespace, count(*) AS services FROM services GROUP BY namespace ORDER BY services DESC LIMIT 1",
    ),
    ("namespaces with no pods", "SELECT name FROM namespaces WHERE name NOT IN (SELECT namespace FROM pods)"),
]

REAL = [
    # an env var's name holding a container's name ("REDIS_ADDR") names no redis container
    (
        "which containers set the REDIS_ADDR env var?",
        "SELECT namespace, pod, name FROM containers WHERE list_contains(env_names, 'REDIS_ADDR')",
    ),
    # images said first, what they are pinned to is theirs
    ("images pinned by sha256 digest", "SELECT DISTINCT image FROM containers WHERE image LIKE '%@sha256:%'"),
    # "each container … that restarted": those that did, not a restart count beside each
    (
        "last exit code of each container in shop that restarted",
        "SELECT pod, name, last_exit_code FROM containers WHERE namespace = 'shop' AND restarts > 0",
    ),
    # the last termination said: its reason alone, as for "… last termination reason was Error"
    (
        "containers whose last termination was OOMKilled",
        "SELECT namespace, pod, name FROM containers WHERE last_reason = 'OOMKilled'",
    ),
    ("hard limits of the team-b quota", "SELECT namespace, name, hard FROM resourcequotas WHERE namespace = 'team-b'"),
    # each node's pod capacity beside the pods it has
    (
        "pods per node against the node's pod capacity",
        "SELECT n.name, n.pods_allocatable, count(p.name) FROM nodes n LEFT JOIN pods p ON p.node = n.name "
        "GROUP BY n.name, n.pods_allocatable",
    ),
    # already read well: kept so
    (
        "containers with pull policy Always",
        "SELECT namespace, pod, name FROM containers WHERE image_pull_policy = 'Always'",
    ),
    (
        "which namespace has the most containers?",
        "SELECT namespace, count(*) AS containers FROM containers GROUP BY namespace "
        "ORDER BY containers DESC LIMIT 1",
    ),
    ("number of different container images", "SELECT count(DISTINCT image) FROM containers"),
]

HERE = [  # (cluster, current namespace, question, sql)
    (
        "real",
        "team-a",
        "limit range defaults here",
        "SELECT name, default_cpu_limit, default_memory_limit FROM limitranges WHERE namespace = 'team-a'",
    ),
    (
        "real",
        "team-a",
        "containers here without resource limits",
        "SELECT pod, name FROM containers WHERE namespace = 'team-a' AND type = 'container' "
        "AND cpu_limit IS NULL AND memory_limit IS NULL",
    ),
    (
        "demo",
        "payments",
        "top 3 of my pods by restarts",
        "SELECT name, restarts FROM pods WHERE namespace = 'payments' ORDER BY restarts DESC LIMIT 3",
    ),
    (
        "demo",
        "ml",
        "how many GPUs has my namespace's quota used?",
        "SELECT name, used['requests.nvidia.com/gpu'] FROM resourcequotas WHERE namespace = 'ml'",
    ),
    ("demo", "checkout", "images used here", "SELECT DISTINCT image FROM containers WHERE namespace = 'checkout'"),
]


@pytest.mark.parametrize(("question", "sql"), DEMO)
def test_demo(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(("question", "sql"), REAL)
def test_real(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)


@pytest.mark.parametrize(("cluster", "namespace", "question", "sql"), HERE)
def test_here(translator, engine, real_translator, real_engine, cluster, namespace, question, sql):
    t, e = (translator, engine) if cluster == "demo" else (real_translator, real_engine)
    assert_same_rows(t, e, question, sql, columns=True, namespace=namespace)
