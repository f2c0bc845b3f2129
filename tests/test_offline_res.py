"""The offline translator on containers, images and resources of the demo cluster: what a container or
pod runs, how containers last ended, requests summed per node."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

CONTAINERS_AND_IMAGES = [
    # the image a named container (or pod) runs, not the pods that run an image of that name
    (
        "what image does the fraud-detector run?",
        "SELECT DISTINCT image FROM containers WHERE namespace = 'payments' AND name = 'fraud-detector'",
    ),
    (
        "which image is kafka using",
        "SELECT DISTINCT image FROM containers WHERE namespace = 'data' AND name = 'kafka'",
    ),
    ("what image is redis-0 running", "SELECT DISTINCT image FROM containers WHERE pod = 'redis-0'"),
    # how a container last ended, said in several ways
    (
        "containers whose last exit code was 1",
        "SELECT namespace, pod, name FROM containers WHERE last_exit_code = 1",
    ),
    (
        "containers that last terminated with Error",
        "SELECT namespace, pod, name FROM containers WHERE last_reason = 'Error'",
    ),
    (
        "containers whose last state was terminated with Error",
        "SELECT namespace, pod, name FROM containers WHERE last_reason = 'Error'",
    ),
]

RESOURCES = [
    # requests added up per node: pods on no node are no node's
    (
        "total memory requests per node",
        "SELECT node, sum(memory_request) FROM pods WHERE node IS NOT NULL GROUP BY node",
    ),
    (
        "cpu requested on each node",
        "SELECT node, sum(cpu_request) FROM pods WHERE node IS NOT NULL GROUP BY node",
    ),
]


@pytest.mark.parametrize(("question", "sql"), CONTAINERS_AND_IMAGES + RESOURCES)
def test_containers_images_resources(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)
