"""Choose a source from what the user asked for (CLI flags, server config)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from kubequery.crd import catalog_for_objects
from kubequery.errors import KubequeryError
from kubequery.sources.base import Source
from kubequery.sources.memory import MemorySource


def demo_source(seed: int = 7, pods: int = 450) -> MemorySource:
    """The built-in demo cluster: generated, deterministic, no cluster needed."""
    from kubequery.demo import generate_cluster
    from kubequery.snapshot import snapshot_from_document

    snapshot = snapshot_from_document(generate_cluster(seed=seed, pods=pods))
    return MemorySource(
        snapshot.objects,
        snapshot.taken_at,
        f"demo cluster (seed {seed}, {pods} pods)",
        cluster="demo",
        catalog=catalog_for_objects(snapshot.objects),
    )


def snapshot_source(paths: list[str | Path], now: datetime | None = None) -> MemorySource:
    """Objects read from kubectl output, manifests or cluster-info dumps."""
    from kubequery.snapshot import load_snapshot

    snapshot = load_snapshot(list(paths), taken_at=now)
    warnings = list(snapshot.warnings)
    if snapshot.taken_at_rule == "current time":
        warnings.append("the snapshot records no time: now() is the current time; set it with --now")
    names = ", ".join("standard input" if str(p) == "-" else str(p) for p in paths)
    return MemorySource(
        snapshot.objects,
        snapshot.taken_at,
        f"snapshot {names} (taken {snapshot.taken_at.isoformat().replace('+00:00', 'Z')})",
        warnings,
        cluster=_cluster_name(paths),
        catalog=catalog_for_objects(snapshot.objects),
    )


def _cluster_name(paths: list[str | Path]) -> str:
    """A snapshot's `cluster`: the file's name without its extensions, or "snapshot"."""
    if len(paths) != 1 or str(paths[0]) == "-":
        return "snapshot"
    name = Path(paths[0]).name
    for suffix in (".gz", ".json", ".yaml", ".yml"):
        name = name.removesuffix(suffix)
    return name or "snapshot"


# The live-cluster options open_source passes on, as the CLI spells them.
_LIVE_FLAGS = {
    "kubeconfig": "--kubeconfig",
    "context": "--context",
    "as_user": "--as",
    "as_groups": "--as-group",
    "all_contexts": "--all-contexts",
}


def open_source(
    *,
    demo: bool = False,
    snapshot: list[str] | None = None,
    now: datetime | None = None,
    seed: int = 7,
    pods: int = 450,
    **live: Any,
) -> Source:
    """--demo, --snapshot, or else the live cluster of the kubeconfig's (or --context's) context.

    `live` holds live_source's options; naming one with --demo or --snapshot is an error.
    """
    if demo and snapshot:
        raise KubequeryError("choose one source: --demo or --snapshot, not both")
    if demo or snapshot:
        given = [flag for name, flag in _LIVE_FLAGS.items() if live.get(name)]
        if given:
            raise KubequeryError(
                f"{', '.join(given)} apply to live clusters, not to --demo or --snapshot",
                hint="drop them, or drop --demo/--snapshot to ask the cluster",
            )
    if demo:
        return demo_source(seed=seed, pods=pods)
    if snapshot:
        return snapshot_source(snapshot, now=now)
    return live_source(**live)


def live_source(
    *,
    kubeconfig: str | None = None,
    context: str | None = None,
    as_user: str | None = None,
    as_groups: tuple[str, ...] | list[str] = (),
    request_timeout: float | None = None,
    page_size: int | None = None,
    all_contexts: bool = False,
) -> Source:
    """A live cluster chosen like kubectl: KUBECONFIG/--kubeconfig, --context, in-cluster config.

    `--context a,b,c` (or `all_contexts`) asks several clusters at once: every table's
    `cluster` column says which answered, and a cluster that fails becomes a warning.
    """
    from kubequery.kube.config import context_names
    from kubequery.sources.live import DEFAULT_PAGE_SIZE, open_live_source
    from kubequery.sources.multi import MultiSource

    def one(name: str | None) -> Source:
        return open_live_source(
            kubeconfig=kubeconfig,
            context=name,
            as_user=as_user,
            as_groups=tuple(as_groups),
            request_timeout=request_timeout,
            page_size=DEFAULT_PAGE_SIZE if page_size is None else page_size,
        )

    if all_contexts:
        names = context_names(kubeconfig)
    else:
        names = [c.strip() for c in (context or "").split(",") if c.strip()]
    if len(names) <= 1 and not all_contexts:
        return one(names[0] if names else None)
    return MultiSource({name: one(name) for name in dict.fromkeys(names)})
