"""Slack against the Kubernetes API test server: each Slack user's answers come from what their
mapped Kubernetes identity may list (the watch cache checked with access reviews)."""

from __future__ import annotations

import time

import httpx
import pytest

from kubequery.kube.client import Identity
from kubequery.testserver.slack import FakeSlack
from tests.test_slack import command_body, send_command, start_service, texts

USERS = {
    "UADMIN": Identity("admin", ("system:masters",)),
    "UALICE": Identity("alice", ("dev",)),
    "UNOBODY": Identity("nobody"),
}
PODS_BY_NS = "SELECT namespace, count(*) AS n FROM pods GROUP BY ALL ORDER BY namespace"


@pytest.fixture
def live(kube_api, kubeconfig_path):
    with (
        FakeSlack() as slack,
        start_service(slack, USERS, kubeconfig=str(kubeconfig_path), context="service") as running,
        httpx.Client(base_url=running.url, timeout=10) as client,
    ):
        deadline = time.monotonic() + 20
        while client.get("/readyz").status_code != 200:
            assert time.monotonic() < deadline, client.get("/readyz").text
            time.sleep(0.05)
        yield slack, client


def ask(slack: FakeSlack, client: httpx.Client, user: str, text: str) -> dict:
    url = slack.response_url()
    r = send_command(client, command_body(text, url, user=user))
    assert r.status_code == 200, r.text
    return slack.wait_for(lambda: slack.posted_to(url), timeout=15)[0]


def table_namespaces(message: dict) -> set[str]:
    lines = message["blocks"][2]["text"]["text"].strip("`").splitlines()
    return {line.split()[0] for line in lines[1:]}


def test_each_slack_user_sees_what_their_identity_may_list(live):
    slack, client = live
    everything = table_namespaces(ask(slack, client, "UADMIN", PODS_BY_NS))
    assert {"payments", "checkout"} < everything and len(everything) > 3

    alice = ask(slack, client, "UALICE", PODS_BY_NS)
    assert table_namespaces(alice) == {"checkout", "payments"}
    assert "listed only in namespaces checkout, payments" in texts(alice["blocks"])

    nobody = ask(slack, client, "UNOBODY", PODS_BY_NS)
    assert "blocks" not in nobody or not nobody["blocks"]
    assert nobody["text"].startswith(":warning:") and "nobody" in nobody["text"]
