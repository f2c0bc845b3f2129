"""The service's config file: every key loads, secrets come from the environment, mistakes are
named, and docs/service.md documents every key (the docs cannot fall behind)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kubequery.cli import main
from kubequery.kube.client import Identity
from kubequery.service.config import ConfigError, LimitSettings, Settings, hash_token

DOCS = Path(__file__).resolve().parent.parent / "docs" / "service.md"

FULL = """
source:
  kubeconfig: /etc/kq/kubeconfig
  context: prod
  mode: impersonate
server:
  host: 0.0.0.0
  port: 9000
translator:
  name: llm
  llm_base_url: http://llm:8000/v1
  llm_model: qwen
  fallback_offline: true
auth:
  methods: [proxy, tokens]
  tokens:
    - token: ${KQ_TEST_TOKEN}
      user: alice
      groups: [dev]
    - sha256: "CI_HASH"
      user: ci
  proxy:
    trusted: [10.0.0.0/8]
    user_header: X-Forwarded-User
    group_header: X-Forwarded-Groups
limits:
  rate_per_minute: 30
  burst: 5
  row_limit: 500
  query_timeout: 10
  request_timeout: 20
  max_body_bytes: 4096
conversation_secret: ${KQ_TEST_SECRET}
slack:
  signing_secret: ${KQ_TEST_SECRET}
  bot_token: xoxb-1
  users:
    U123: {user: alice, groups: [dev]}
log:
  level: debug
""".replace("CI_HASH", hash_token("ci-token"))


def test_every_key_loads(tmp_path, monkeypatch):
    monkeypatch.setenv("KQ_TEST_TOKEN", "alice-token-value")
    monkeypatch.setenv("KQ_TEST_SECRET", "shh")
    path = tmp_path / "config.yaml"
    path.write_text(FULL)
    s = Settings.load(path, port=9100)  # a flag wins over the file
    assert (s.kubeconfig, s.context, s.mode, s.host, s.port) == ("/etc/kq/kubeconfig", "prod", "impersonate", "0.0.0.0", 9100)
    assert (s.translator, s.llm_model, s.llm_base_url, s.fallback_offline) == ("llm", "qwen", "http://llm:8000/v1", True)
    assert s.auth.methods == ("proxy", "tokens")
    assert [(t.user, t.groups) for t in s.auth.tokens] == [("alice", ("dev",)), ("ci", ())]
    assert s.auth.tokens[0].sha256 == hash_token("alice-token-value")  # only the hash is kept
    assert s.auth.proxy_trusted == ("10.0.0.0/8",) and s.auth.proxy_user_header == "X-Forwarded-User"
    assert s.limits == LimitSettings(30, 5, 500, 10, 20, 4096)
    assert s.conversation_secret == "shh" and s.log_level == "debug"
    assert s.slack.signing_secret == "shh" and s.slack.api_url == "https://slack.com/api/"
    assert s.slack.users == {"U123": Identity("alice", ("dev",))}
    assert "alice-token-value" not in repr(s) and "shh" not in repr(s)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sourse: {demo: true}", "unknown config key sourse"),
        ("source: {demo: true, snapshot: x.json}", "not both"),
        ("auth: {methods: [magic]}", "unknown auth method"),
        ("auth: {methods: [tokens]}", "needs auth.tokens"),
        ("auth: {methods: [proxy]}", "needs auth.proxy.trusted"),
        ("auth: {methods: [proxy], proxy: {trusted: [nowhere]}}", "not an address"),
        ("source: {mode: fast}", "source.mode"),
        ("conversation_secret: ${KQ_UNSET_VARIABLE}", "KQ_UNSET_VARIABLE"),
        ("server: {host: 0.0.0.0}", "no auth method"),
        ("slack: {bot_token: x}", "signing_secret"),
        ("- a list", "must be a mapping"),
    ],
)
def test_mistakes_are_named(tmp_path, text, message):
    path = tmp_path / "config.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=re.escape(message)):
        Settings.load(path)


def test_docs_name_every_config_key():
    docs = DOCS.read_text()
    keys = set(re.findall(r"^\s*-?\s*([a-z_]+):", FULL, re.M)) - {"u"}
    missing = sorted(k for k in keys if f"`{k}`" not in docs and f"{k}:" not in docs)
    assert not missing, f"docs/service.md does not document {missing}"
    for field in LimitSettings.__dataclass_fields__:
        assert field in docs


def test_serve_command_help_and_bad_config(tmp_path):
    runner = CliRunner()
    assert "--config" in runner.invoke(main, ["serve", "--help"]).output
    bad = tmp_path / "bad.yaml"
    bad.write_text("limits: {rows: 5}")
    result = runner.invoke(main, ["serve", "--config", str(bad)])
    assert result.exit_code == 1 and "limits.rows" in result.output
    assert runner.invoke(main, ["serve", "--hash-token"], input="abc\n").output.strip() == hash_token("abc")
