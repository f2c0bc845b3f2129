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
