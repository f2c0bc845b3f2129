"""Custom resources on a live cluster: tables from discovery, typed printer columns, lazy CRD reads."""

from __future__ import annotations

from kubequery.engine import Engine
from kubequery.sources.live import open_live_source

CERTIFICATE = {
    "apiVersion": "cert-manager.io/v1",
    "kind": "Certificate",
    "metadata": {"name": "shop-tls", "namespace": "frontend", "uid": "cert-1",
                 "creationTimestamp": "2026-11-01T00:00:00Z"},
    "spec": {"secretName": "shop-tls", "dnsNames": ["shop.example.com"], "issuerRef": {"name": "letsencrypt"}},
    "status": {"conditions": [{"type": "Ready", "status": "True"}]},
}


def test_custom_resources_are_tables_on_a_live_cluster(kube_api, kubeconfig_path):
    kube_api.add(CERTIFICATE)
    engine = Engine(open_live_source(kubeconfig=str(kubeconfig_path), context="admin"))
    before = len(kube_api.requests)
    engine.query("SELECT count(*) FROM pods")
    assert not [r for r in kube_api.requests[before:] if "customresourcedefinitions/" in r.path]

    result = engine.query("SELECT name, namespace, spec->>'$.secretName' AS secret FROM certificates")
    assert result.rows == [("shop-tls", "frontend", "shop-tls")]
    qualified = engine.query('SELECT count(*) FROM "certificates.cert-manager.io"')
    assert qualified.rows == [(1,)]
