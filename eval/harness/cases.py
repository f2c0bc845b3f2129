"""Load and check the question sets: YAML lists of cases under `eval/cases/`.

Both layouts are read: `cases/dev*.yaml` and `cases/test*.yaml` files, or `cases/dev/` and
`cases/test/` folders of YAML files (nested folders too). A case file is checked strictly —
unknown keys, a missing gold SQL, a duplicate id are errors naming the file and the case —
because a typo such as `orderd: true` would otherwise silently change how a case is scored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kubequery.errors import KubequeryError
from kubequery.translate.base import Turn

EVAL_DIR = Path(__file__).resolve().parent.parent
CASES_DIR = EVAL_DIR / "cases"
REPO = EVAL_DIR.parent
# Where `{snapshot: NAME}` clusters are looked for, after the case file's own folder.
CLUSTER_DIRS = (EVAL_DIR / "clusters", REPO.parent / "shared" / "clusters")
SNAPSHOT_SUFFIXES = (".json.gz", ".json", ".yaml.gz", ".yaml", ".yml")
SPLITS = ("dev", "test")

REQUIRED = {"id", "tier", "question", "cluster"}
OPTIONAL = {
    "namespace",
    "conversation",
    "gold_sql",
    "ordered",
    "decline",
    "expect_empty",
    "notes",
    "expected_rows",
    "tags",
}


class CaseError(KubequeryError):
    """A case file is malformed: its message names the file and the case."""


@dataclass(frozen=True)
class ClusterSpec:
    """The cluster a case is asked of: a generated demo cluster or a snapshot file."""

    kind: str  # "demo" or "snapshot"
    seed: int = 7
    pods: int = 450
    name: str = ""  # the snapshot's name as written in the case
    path: str = ""  # the snapshot file, resolved

    @property
    def label(self) -> str:
        """A short name for reports: `demo(seed=7,pods=450)` or `real-k8s-1.20`."""
        if self.kind == "demo":
            return f"demo(seed={self.seed},pods={self.pods})"
        return self.name

    def as_dict(self) -> dict[str, Any]:
        if self.kind == "demo":
            return {"demo": {"seed": self.seed, "pods": self.pods}}
        return {"snapshot": self.name}


@dataclass(frozen=True)
class Case:
    id: str
    tier: str
    question: str
    cluster: ClusterSpec
    split: str
    gold_sql: str | None = None
    namespace: str | None = None
    conversation: tuple[Turn, ...] = ()
    ordered: bool = False
    decline: bool = False
    expect_empty: bool = False
    notes: str = ""
    expected_rows: tuple[tuple[Any, ...], ...] | None = None
    tags: tuple[str, ...] = ()
    file: str = ""

    def summary(self) -> dict[str, Any]:
        """The case as it appears in a report."""
        return {
            "id": self.id,
            "split": self.split,
            "tier": self.tier,
            "question": self.question,
            "namespace": self.namespace,
            "conversation": [{"question": t.question, "sql": t.sql} for t in self.conversation],
            "cluster": self.cluster.label,
            "gold_sql": self.gold_sql,
            "ordered": self.ordered,
            "decline": self.decline,
            "expect_empty": self.expect_empty,
            "file": self.file,
        }


def case_files(root: Path, split: str) -> list[Path]:
    """The YAML files of one split, in a stable order: `<split>*.yaml` files, then `<split>/**`."""
    if split not in SPLITS:
        raise CaseError(f"unknown split {split!r}", hint="use dev, test or all")
    files = {p for pattern in (f"{split}*.yaml", f"{split}*.yml") for p in root.glob(pattern) if p.is_file()}
    folder = root / split
    nested = set()
    if folder.is_dir():
        nested = {p for p in folder.rglob("*") if p.is_file() and p.suffix in (".yaml", ".yml")}
    return sorted(files) + sorted(nested)


def load_cases(
    root: Path | str = CASES_DIR,
    split: str = "all",
    *,
    tiers: Iterable[str] = (),
    ids: Iterable[str] = (),
) -> list[Case]:
    """Every case of `split` ("dev", "test" or "all") under `root`, checked, in file order."""
    root = Path(root)
    if not root.is_dir():
        raise CaseError(f"no case folder at {root}", hint="pass --cases DIR")
    splits = SPLITS if split == "all" else (split,)
    cases: list[Case] = []
    seen: dict[str, str] = {}
    for one in splits:
        for path in case_files(root, one):
            for case in load_file(path, one):
                if case.id in seen:
                    raise CaseError(f"{path}: case id {case.id!r} is already used in {seen[case.id]}")
                seen[case.id] = str(path)
                cases.append(case)
    wanted_tiers, wanted_ids = set(tiers), set(ids)
    if wanted_tiers:
        cases = [c for c in cases if c.tier in wanted_tiers]
    if wanted_ids:
        cases = [c for c in cases if c.id in wanted_ids]
    return cases


def load_file(path: Path, split: str) -> list[Case]:
    """The cases of one YAML file: a list of cases, or a mapping with a `cases:` list."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise CaseError(f"{path}: not valid YAML: {e}") from None
    if data is None:
        return []
    if isinstance(data, dict) and "cases" in data:
        data = data["cases"]
    if not isinstance(data, list):
        raise CaseError(f"{path}: expected a list of cases")
    return [parse_case(item, path, split, i) for i, item in enumerate(data)]


def parse_case(data: Any, path: Path, split: str, index: int = 0) -> Case:
    """One case from its YAML mapping, checked."""
    where = f"{path}: case {index + 1}"
    if not isinstance(data, dict):
        raise CaseError(f"{where}: expected a mapping with {', '.join(sorted(REQUIRED))}")
    if "id" in data:
        where = f"{path}: case {data['id']!r}"
    missing = REQUIRED - data.keys()
    if missing:
        raise CaseError(f"{where}: missing {', '.join(sorted(missing))}")
    unknown = data.keys() - REQUIRED - OPTIONAL
    if unknown:
        raise CaseError(
            f"{where}: unknown key{'s' if len(unknown) > 1 else ''} {', '.join(sorted(map(str, unknown)))}",
            hint=f"known keys: {', '.join(sorted(REQUIRED | OPTIONAL))}",
        )
    for key in ("id", "tier", "question"):
        if not isinstance(data[key], str | int) or not str(data[key]).strip():
            raise CaseError(f"{where}: {key} must be a non-empty string")
    flags = {}
    for key in ("ordered", "decline", "expect_empty"):
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise CaseError(f"{where}: {key} must be true or false")
        flags[key] = value
    gold = data.get("gold_sql")
    if flags["decline"]:
        if gold:
            raise CaseError(f"{where}: a case to decline has no gold_sql")
    elif not isinstance(gold, str) or not gold.strip():
        raise CaseError(f"{where}: gold_sql is missing (or set decline: true)")
    namespace = data.get("namespace")
    if namespace is not None and not isinstance(namespace, str):
        raise CaseError(f"{where}: namespace must be a string")
    expected = data.get("expected_rows")
    if expected is not None:
        if not isinstance(expected, list) or not all(isinstance(r, list | tuple) for r in expected):
            raise CaseError(f"{where}: expected_rows must be a list of rows (lists)")
        expected = tuple(tuple(r) for r in expected)
    tags = data.get("tags") or ()
    if isinstance(tags, str):
        tags = (tags,)
    return Case(
        id=str(data["id"]),
        tier=str(data["tier"]),
        question=str(data["question"]).strip(),
        cluster=parse_cluster(data["cluster"], path, where),
        split=split,
        gold_sql=gold.strip() if isinstance(gold, str) else None,
        namespace=namespace,
        conversation=_parse_conversation(data.get("conversation"), where),
        ordered=flags["ordered"],
        decline=flags["decline"],
        expect_empty=flags["expect_empty"],
        notes=str(data.get("notes") or ""),
        expected_rows=expected,
        tags=tuple(map(str, tags)),
        file=str(path),
    )


def parse_cluster(data: Any, path: Path, where: str) -> ClusterSpec:
    """`{demo: {seed, pods}}` or `{snapshot: NAME-or-PATH}`."""
    if not isinstance(data, dict) or len(data) != 1 or next(iter(data)) not in ("demo", "snapshot"):
        raise CaseError(f"{where}: cluster must be {{demo: {{seed, pods}}}} or {{snapshot: NAME}}")
    kind, value = next(iter(data.items()))
    if kind == "demo":
        value = value or {}
        if not isinstance(value, dict) or value.keys() - {"seed", "pods"}:
            raise CaseError(f"{where}: cluster demo takes seed and pods")
        seed, pods = value.get("seed", 7), value.get("pods", 450)
        if not isinstance(seed, int) or not isinstance(pods, int) or pods < 1:
            raise CaseError(f"{where}: demo seed and pods must be whole numbers")
        return ClusterSpec("demo", seed=seed, pods=pods)
    if not isinstance(value, str) or not value:
        raise CaseError(f"{where}: cluster snapshot must name a snapshot file")
    return ClusterSpec("snapshot", name=value, path=str(resolve_snapshot(value, path.parent, where)))


def resolve_snapshot(name: str, folder: Path, where: str = "") -> Path:
    """A snapshot named in a case: a path (absolute or next to the case file), or a name looked
    up, with or without its suffix, in eval/clusters/ and <repo>/../shared/clusters/."""
    given = Path(name)
    candidates = [given] if given.is_absolute() else [folder / given]
    for base in (folder, *CLUSTER_DIRS):
        candidates += [base / given] + [base / f"{name}{suffix}" for suffix in SNAPSHOT_SUFFIXES]
    for candidate in candidates:
        if candidate.is_file():
            return candidate.resolve()
    looked = ", ".join(str(d) for d in (folder, *CLUSTER_DIRS))
    raise CaseError(f"{where}: snapshot {name!r} not found", hint=f"looked in {looked}")


def _parse_conversation(data: Any, where: str) -> tuple[Turn, ...]:
    if data is None:
        return ()
    if not isinstance(data, list):
        raise CaseError(f"{where}: conversation must be a list of {{question, sql}}")
    turns = []
    for i, turn in enumerate(data):
        if not isinstance(turn, dict) or not isinstance(turn.get("question"), str):
            raise CaseError(f"{where}: conversation turn {i + 1} needs a question (and its sql)")
        if turn.keys() - {"question", "sql"}:
            raise CaseError(f"{where}: conversation turn {i + 1} takes only question and sql")
        turns.append(Turn(turn["question"], str(turn.get("sql") or "")))
    return tuple(turns)


@dataclass
class CaseCounts:
    """Case counts per split and tier, for the README and `python -m eval cases`."""

    by_split_tier: dict[tuple[str, str], int] = field(default_factory=dict)

    @classmethod
    def of(cls, cases: Iterable[Case]) -> CaseCounts:
        counts: dict[tuple[str, str], int] = {}
        for case in cases:
            counts[(case.split, case.tier)] = counts.get((case.split, case.tier), 0) + 1
        return cls(counts)

    def markdown(self) -> str:
        splits = sorted({s for s, _ in self.by_split_tier}, key=_split_order)
        tiers = sorted({t for _, t in self.by_split_tier})
        lines = ["| tier | " + " | ".join(splits) + " | total |", "| --- |" + " ---: |" * (len(splits) + 1)]
        for tier in tiers:
            row = [self.by_split_tier.get((s, tier), 0) for s in splits]
            lines.append(f"| {tier} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
        totals = [sum(n for (s, _), n in self.by_split_tier.items() if s == split) for split in splits]
        lines.append("| **total** | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
        return "\n".join(lines)


def _split_order(split: str) -> tuple[int, str]:
    return (SPLITS.index(split) if split in SPLITS else len(SPLITS), split)
