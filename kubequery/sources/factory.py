"""Choose a source from what the user asked for (CLI flags, server config)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from kubequery.errors import KubequeryError
from kubequery.sources.memory import MemorySource


def demo_source(seed: int = 7, pods: int = 450) -> MemorySource:
    """The built-in demo cluster: generated, deterministic, no cluster needed."""
    from kubequery.demo import generate_cluster
    from kubequery.snapshot import snapshot_from_document

    snapshot = snapshot_from_document(generate_cluster(seed=seed, pods=pods))
    return MemorySource(
        snapshot.objects, snapshot.taken_at, f"demo cluster (seed {seed}, {pods} pods)", cluster="demo"
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
    )


def _cluster_name(paths: list[str | Path]) -> str:
    """A snapshot's `cluster`: the file's name without its extensions, or "snapshot"."""
    if len(paths) != 1 or str(paths[0]) == "-":
        return "snapshot"
    name = Path(paths[0]).name
    for suffix in (".gz", ".json", ".yaml", ".yml"):
        name = name.removesuffix(suffix)
    return name or "snapshot"


def open_source(
    *,
    demo: bool = False,
    snapshot: list[str] | None = None,
    now: datetime | None = None,
    seed: int = 7,
    pods: int = 450,
) -> MemorySource:
    if demo and snapshot:
        raise KubequeryError("choose one source: --demo or --snapshot, not both")
    if demo:
        return demo_source(seed=seed, pods=pods)
    if snapshot:
        return snapshot_source(snapshot, now=now)
    raise KubequeryError(
        "no cluster to ask: use --demo for the built-in demo cluster or --snapshot PATH for kubectl output",
        hint="live clusters (kubeconfig) are not supported yet",
    )
