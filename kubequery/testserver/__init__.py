"""A Kubernetes API test server: real HTTP on 127.0.0.1 over any snapshot, read-only, with RBAC.

Used by the tests and benchmarks of the live source, discovery and the watch
cache, and runnable by hand (``python -m kubequery.testserver --demo``).
See :class:`KubeAPIServer`.
"""

from kubequery.testserver.server import (
    TEST_CONTEXTS,
    TEST_TOKENS,
    Fault,
    KubeAPIServer,
    RequestRecord,
    demo_objects,
    rbac_for_test_users,
)

__all__ = [
    "TEST_CONTEXTS",
    "TEST_TOKENS",
    "Fault",
    "KubeAPIServer",
    "RequestRecord",
    "demo_objects",
    "rbac_for_test_users",
]
