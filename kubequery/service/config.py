"""The service's settings: one YAML file (`kq serve --config FILE`), then command-line flags.

Every key is documented in docs/service.md (a test keeps the two in step). A string value
`${NAME}` is read from the environment variable NAME, so that secrets can come from a
Kubernetes Secret mounted as environment variables instead of the config file.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml

from kubequery.errors import KubequeryError
from kubequery.kube.client import Identity

AUTH_METHODS = ("tokens", "proxy", "kube-token", "none")
LIVE_MODES = ("watch-cache", "impersonate")
_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


class ConfigError(KubequeryError):
    """The config file or a flag is malformed."""


@dataclass(frozen=True)
class TokenEntry:
    """One API token (kept as its SHA-256) and the Kubernetes identity it stands for."""

    sha256: str = field(repr=False)
    user: str
    groups: tuple[str, ...] = ()


@dataclass(frozen=True)
class AuthSettings:
    methods: tuple[str, ...] = ()  # tried in order; empty: "none" on a loopback host, else an error
    tokens: tuple[TokenEntry, ...] = ()
    proxy_trusted: tuple[str, ...] = ()  # addresses or CIDRs the proxy connects from
    proxy_user_header: str = "X-Remote-User"
    proxy_group_header: str = "X-Remote-Group"


@dataclass(frozen=True)
class LimitSettings:
    rate_per_minute: float = 60.0  # sustained requests per identity (token bucket refill)
    burst: int = 20  # requests an identity may make at once
    row_limit: int = 10_000
    query_timeout: float = 30.0  # seconds in DuckDB
    request_timeout: float | None = None  # seconds per Kubernetes API request (None: 60)
    max_body_bytes: int = 65_536


@dataclass(frozen=True)
class SlackSettings:
    signing_secret: str = field(repr=False)
    bot_token: str | None = field(default=None, repr=False)
    api_url: str = "https://slack.com/api/"
    users: dict[str, Identity] = field(default_factory=dict)  # Slack user id -> Kubernetes identity


@dataclass(frozen=True)
class Settings:
    # source
    demo: bool = False
    snapshot: tuple[str, ...] = ()
    now: str | None = None  # what now() means over a snapshot (ISO 8601)
    kubeconfig: str | None = None
    context: str | None = None
    mode: str = "watch-cache"  # live: watch-cache or impersonate (kube-token always asks live)
    seed: int = 7
    pods: int = 450
    # server
    host: str = "127.0.0.1"
    port: int = 8080
    # translator
    translator: str = "auto"
    llm_base_url: str | None = None
    llm_model: str | None = None
    fallback_offline: bool = False
    # the rest
    auth: AuthSettings = field(default_factory=AuthSettings)
    limits: LimitSettings = field(default_factory=LimitSettings)
    conversation_secret: str | None = field(default=None, repr=False)
    slack: SlackSettings | None = None
    log_level: str = "info"

    @property
    def live(self) -> bool:
        return not (self.demo or self.snapshot)

    @property
    def auth_methods(self) -> tuple[str, ...]:
        """The methods in force: as configured, else `none` when bound to loopback only."""
        if self.auth.methods:
            return self.auth.methods
        if _loopback(self.host):
            return ("none",)
        raise ConfigError(
            f"no auth method configured and the server would listen on {self.host}",
            hint="set auth.methods in the config file (docs/service.md), or listen on 127.0.0.1",
        )

    @classmethod
    def load(cls, path: str | Path | None = None, **overrides: Any) -> Settings:
        """Settings from the YAML file at `path` (if any), then `overrides` that are not None."""
        settings = cls()
        if path is not None:
            settings = from_mapping(_read(Path(path)))
        given = {k: v for k, v in overrides.items() if v is not None and v != () and v is not False}
        unknown = set(given) - {f.name for f in fields(cls)}
        if unknown:
            raise ConfigError(f"unknown setting {', '.join(sorted(unknown))}")
        if "snapshot" in given:
            given["snapshot"] = tuple(given["snapshot"])
        settings = replace(settings, **given)
        settings.check()
        return settings

    def check(self) -> None:
        if self.demo and self.snapshot:
            raise ConfigError("choose one source: demo or snapshot, not both")
        if self.mode not in LIVE_MODES:
            raise ConfigError(f"source.mode must be one of {', '.join(LIVE_MODES)}, not {self.mode!r}")
        for method in self.auth.methods:
            if method not in AUTH_METHODS:
                raise ConfigError(f"unknown auth method {method!r}", hint=f"one of {', '.join(AUTH_METHODS)}")
        if "tokens" in self.auth.methods and not self.auth.tokens:
            raise ConfigError("auth method tokens needs auth.tokens")
        if "proxy" in self.auth.methods and not self.auth.proxy_trusted:
            raise ConfigError("auth method proxy needs auth.proxy.trusted (the proxy's addresses)")
        for cidr in self.auth.proxy_trusted:
            try:
                ipaddress.ip_network(cidr, strict=False)
            except ValueError as e:
                raise ConfigError(f"auth.proxy.trusted: {cidr!r} is not an address or CIDR") from e
        self.auth_methods  # noqa: B018 - raises when nothing is configured on a public address


def hash_token(token: str) -> str:
    """How tokens are kept: their SHA-256, hex (`kq serve --hash-token` prints it)."""
    return hashlib.sha256(token.encode()).hexdigest()


def from_mapping(data: dict) -> Settings:
    """Settings from the config file's parsed YAML (see docs/service.md for the keys)."""
    data = _expand(data)
    _only(
        data, "", {"source", "server", "translator", "auth", "limits", "conversation_secret", "slack", "log"}
    )
    source = _section(
        data, "source", {"demo", "snapshot", "now", "kubeconfig", "context", "mode", "seed", "pods"}
    )
    server = _section(data, "server", {"host", "port"})
    translator = _section(data, "translator", {"name", "llm_base_url", "llm_model", "fallback_offline"})
    log = _section(data, "log", {"level"})
    snapshot = source.get("snapshot") or ()
    kw: dict[str, Any] = {
        **{k: v for k, v in source.items() if k != "snapshot"},
        "snapshot": (snapshot,) if isinstance(snapshot, str) else tuple(str(s) for s in snapshot),
        **server,
        **{("translator" if k == "name" else k): v for k, v in translator.items()},
        "auth": _auth(_section(data, "auth", {"methods", "tokens", "proxy"})),
        "limits": LimitSettings(**_section(data, "limits", {f.name for f in fields(LimitSettings)})),
        "conversation_secret": data.get("conversation_secret"),
        "slack": _slack(data["slack"]) if data.get("slack") else None,
    }
    if "level" in log:
        kw["log_level"] = log["level"]
    return Settings(**{k: v for k, v in kw.items() if v is not None})


def _auth(section: dict) -> AuthSettings:
    methods = section.get("methods") or ()
    if isinstance(methods, str):
        methods = (methods,)
    tokens = []
    for i, entry in enumerate(section.get("tokens") or ()):
        _only(entry, f"auth.tokens[{i}]", {"token", "sha256", "user", "groups"})
        if not entry.get("user") or not (entry.get("token") or entry.get("sha256")):
            raise ConfigError(f"auth.tokens[{i}] needs user and token (or sha256)")
        digest = str(entry.get("sha256") or hash_token(str(entry["token"]))).lower()
        tokens.append(TokenEntry(digest, str(entry["user"]), tuple(entry.get("groups") or ())))
    proxy = section.get("proxy") or {}
    _only(proxy, "auth.proxy", {"trusted", "user_header", "group_header"})
    trusted = proxy.get("trusted") or ()
    return AuthSettings(
        methods=tuple(methods),
        tokens=tuple(tokens),
        proxy_trusted=(trusted,) if isinstance(trusted, str) else tuple(trusted),
        proxy_user_header=proxy.get("user_header", "X-Remote-User"),
        proxy_group_header=proxy.get("group_header", "X-Remote-Group"),
    )


def _slack(section: dict) -> SlackSettings:
    _only(section, "slack", {"signing_secret", "bot_token", "api_url", "users"})
    if not section.get("signing_secret"):
        raise ConfigError("slack needs signing_secret (every request's signature is checked with it)")
    users = {}
    for slack_id, who in (section.get("users") or {}).items():
        if not isinstance(who, dict) or not who.get("user"):
            raise ConfigError(f"slack.users.{slack_id} needs user")
        users[str(slack_id)] = Identity(str(who["user"]), tuple(who.get("groups") or ()))
    return SlackSettings(
        signing_secret=str(section["signing_secret"]),
        bot_token=section.get("bot_token"),
        api_url=section.get("api_url") or "https://slack.com/api/",
        users=users,
    )


def _read(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text())
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read config file {path}: {e}") from e
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"config file {path} must be a mapping")
    return data


def _expand(value: Any) -> Any:
    """`${NAME}` in strings becomes the environment variable NAME (an error when unset)."""
    if isinstance(value, dict):
        return {k: _expand(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v) for v in value]
    if isinstance(value, str):

        def env(m: re.Match) -> str:
            if m.group(1) not in os.environ:
                raise ConfigError(f"the config file uses ${{{m.group(1)}}}, which is not set")
            return os.environ[m.group(1)]

        return _ENV.sub(env, value)
    return value


def _section(data: dict, name: str, allowed: set[str]) -> dict:
    section = data.get(name) or {}
    if not isinstance(section, dict):
        raise ConfigError(f"config key {name} must be a mapping")
    _only(section, name, allowed)
    return section


def _only(section: Any, where: str, allowed: set[str]) -> None:
    if not isinstance(section, dict):
        raise ConfigError(f"config key {where or 'top level'} must be a mapping")
    unknown = set(section) - allowed
    if unknown:
        raise ConfigError(
            f"unknown config key{'s' if len(unknown) > 1 else ''} "
            f"{', '.join(f'{where}.{k}' if where else k for k in sorted(unknown))}",
            hint=f"known here: {', '.join(sorted(allowed))}",
        )


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
