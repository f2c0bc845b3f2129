"""Shared fixtures: the catalog, the demo cluster and the real 1.20 snapshot as sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from kubequery.catalog import default_catalog
from kubequery.engine import Engine
from kubequery.sources.factory import demo_source, snapshot_source

REPO = Path(__file__).resolve().parent.parent
REAL_SNAPSHOT = REPO.parent / "shared" / "clusters" / "real-k8s-1.20.json.gz"


@pytest.fixture(scope="session")
def catalog():
    return default_catalog()


@pytest.fixture(scope="session")
def demo():
    return demo_source()


@pytest.fixture(scope="session")
def real_path() -> Path:
    if not REAL_SNAPSHOT.exists():
        pytest.skip(f"{REAL_SNAPSHOT} is not here")
    return REAL_SNAPSHOT


@pytest.fixture(scope="session")
def real(real_path):
    return snapshot_source([real_path])


@pytest.fixture(scope="session")
def demo_engine(demo, catalog):
    return Engine(demo, catalog)


@pytest.fixture(scope="session")
def real_engine(real, catalog):
    return Engine(real, catalog)


# ---- the offline translator on the demo cluster (tests/test_offline*.py) ----


@pytest.fixture(scope="session")
def engine(demo_engine):
    """The engine the offline translator's tests query: the demo cluster's."""
    return demo_engine


@pytest.fixture(scope="session")
def translator(engine):
    """The offline translator grounded in the demo cluster (built once: grounding reads every table)."""
    from kubequery.translate import OfflineTranslator, grounding_from_engine

    return OfflineTranslator(grounding=grounding_from_engine(engine))


@pytest.fixture(scope="session")
def real_translator(real_engine):
    """The offline translator grounded in the real 1.20 snapshot alone, as kq pointed at that cluster is."""
    from kubequery.translate import OfflineTranslator, grounding_from_engine

    return OfflineTranslator(grounding=grounding_from_engine(real_engine))


# ---- the Kubernetes API test server (kubequery/testserver) ----

@pytest.fixture
def kube_api():
    """A fresh test API server over the demo cluster, started on 127.0.0.1, stopped after the test.

    Tokens (kubequery.testserver.TEST_TOKENS): admin-token (system:masters), alice-token
    (get/list/watch pods in payments and checkout only), nobody-token (no rights),
    impersonator-token (may impersonate users, groups, service accounts), service-token
    (system:serviceaccount:kubequery:kubequery: read everything, create subjectaccessreviews,
    impersonate). Bookmarks every 0.2 s.
    """
    from kubequery.testserver import KubeAPIServer

    server = KubeAPIServer.demo(bookmark_interval=0.2)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def kubeconfig_path(kube_api, tmp_path):
    """A kubeconfig for kube_api: contexts admin, alice, nobody, impersonator, service (current: admin)."""
    from kubequery.testserver import TEST_CONTEXTS

    return kube_api.kubeconfig(tmp_path / "kubeconfig", users=TEST_CONTEXTS)
