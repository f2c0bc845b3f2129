"""Which cluster to ask, chosen the way kubectl chooses it.

`--kubeconfig` (one file) or else `$KUBECONFIG` (a list of files, the first
file to define a name wins) or else `~/.kube/config`; `--context` or else the
current context; the context's namespace (else `default`). With no kubeconfig
at all, the in-cluster service-account config when running in a pod. Read with
PyYAML alone: the `kubernetes` package is loaded later, by `client.py`, only
when a request is made.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from kubequery.errors import KubequeryError, SourceError

SERVICE_ACCOUNT_DIR = Path("/var/run/secrets/kubernetes.io/serviceaccount")


@dataclass(frozen=True)
class ClusterTarget:
    """One cluster and identity to talk to: what kubectl would use for these flags."""

    server: str
    namespace: str  # the context's namespace, else "default"
    context: str | None = None  # None in-cluster
    cluster: str | None = None
    user: str | None = None  # the kubeconfig user entry's name (not the authenticated name)
    kubeconfig: tuple[str, ...] = ()  # the files, in precedence order; empty in-cluster
    in_cluster: bool = False

    @property
    def label(self) -> str:
        """How messages name this target: the context, or "in-cluster"."""
        return f"context {self.context}" if self.context else "in-cluster config"


def kubeconfig_paths(kubeconfig: str | None = None, environ: dict[str, str] | None = None) -> list[Path]:
    """The kubeconfig files kubectl would read, existing ones only, in precedence order."""
    env = os.environ if environ is None else environ
    if kubeconfig:
        path = Path(kubeconfig).expanduser()
        if not path.is_file():
            raise SourceError(f"kubeconfig {kubeconfig} does not exist", hint="check the --kubeconfig path")
        return [path]
    listed = env.get("KUBECONFIG", "")
    if listed:
        paths = [Path(p).expanduser() for p in listed.split(os.pathsep) if p]
    else:
        paths = [Path("~/.kube/config").expanduser()]
    seen: list[Path] = []
    for p in paths:
        if p.is_file() and p not in seen:
            seen.append(p)
    return seen


def _read(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text())
    except (OSError, yaml.YAMLError) as e:
        raise SourceError(f"cannot read kubeconfig {path}: {e}") from e
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SourceError(f"kubeconfig {path} is not a kubeconfig (expected a mapping)")
    return data


def _merge(paths: list[Path]) -> tuple[dict[str, dict], dict[str, dict], dict[str, dict], str | None]:
    """contexts, clusters, users by name and the current context; the first file to set a name wins."""
    contexts: dict[str, dict] = {}
    clusters: dict[str, dict] = {}
    users: dict[str, dict] = {}
    current = None
    for path in paths:
        data = _read(path)
        for key, into in (("contexts", contexts), ("clusters", clusters), ("users", users)):
            for entry in data.get(key) or []:
                if isinstance(entry, dict) and entry.get("name") and entry["name"] not in into:
                    into[entry["name"]] = {**(entry.get(key[:-1]) or {}), "_file": str(path)}
        if current is None and data.get("current-context"):
            current = str(data["current-context"])
    return contexts, clusters, users, current


def select_target(
    kubeconfig: str | None = None, context: str | None = None, environ: dict[str, str] | None = None
) -> ClusterTarget:
    """The cluster, context and namespace for these flags, or a message saying what to fix."""
    env = os.environ if environ is None else environ
    paths = kubeconfig_paths(kubeconfig, env)
    if not paths:
        if not context and env.get("KUBERNETES_SERVICE_HOST") and env.get("KUBERNETES_SERVICE_PORT"):
            return _in_cluster(env)
        where = env.get("KUBECONFIG") or "~/.kube/config"
        raise KubequeryError(
            f"no cluster to ask: no kubeconfig found at {where} and not running inside a cluster",
            hint="point --kubeconfig or KUBECONFIG at a kubeconfig, or use --demo / --snapshot PATH",
        )
    contexts, clusters, users, current = _merge(paths)
    files = ", ".join(str(p) for p in paths)
    name = context or current
    if not name:
        raise SourceError(
            f"no current context in {files}",
            hint=f"choose one with --context ({', '.join(contexts) or 'the kubeconfig defines none'})",
        )
    if name not in contexts:
        raise SourceError(
            f"context {name!r} is not in {files}",
            hint=f"contexts defined: {', '.join(contexts) or 'none'}",
        )
    ctx = contexts[name]
    cluster_name = ctx.get("cluster")
    cluster = clusters.get(cluster_name or "")
    if cluster is None or not cluster.get("server"):
        raise SourceError(f"context {name!r} names cluster {cluster_name!r}, which has no server in {files}")
    return ClusterTarget(
        server=str(cluster["server"]).rstrip("/"),
        namespace=str(ctx.get("namespace") or "default"),
        context=name,
        cluster=cluster_name,
        user=ctx.get("user"),
        kubeconfig=tuple(str(p) for p in paths),
    )


def context_names(kubeconfig: str | None = None, environ: dict[str, str] | None = None) -> list[str]:
    """Every context the kubeconfig(s) define, in file order (for --all-contexts)."""
    env = os.environ if environ is None else environ
    paths = kubeconfig_paths(kubeconfig, env)
    if not paths:
        raise KubequeryError(
            "--all-contexts needs a kubeconfig: none found",
            hint="point --kubeconfig or KUBECONFIG at a kubeconfig",
        )
    return list(_merge(paths)[0])


def _in_cluster(env: dict[str, str]) -> ClusterTarget:
    host, port = env["KUBERNETES_SERVICE_HOST"], env["KUBERNETES_SERVICE_PORT"]
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # IPv6
    namespace = env.get("POD_NAMESPACE")
    ns_file = SERVICE_ACCOUNT_DIR / "namespace"
    if not namespace and ns_file.is_file():
        namespace = ns_file.read_text().strip()
    return ClusterTarget(server=f"https://{host}:{port}", namespace=namespace or "default", in_cluster=True)
