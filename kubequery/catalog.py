"""The catalog: SQL tables declared in adapters/, loaded strictly.

One YAML file per Kubernetes kind (see adapters/README.md for the format).
Columns shared by every table live in adapters/_common.yaml and are added to
each table unless the table redeclares a column of the same name. Loading
checks every key, type, transform, computed function and pushdown, so a typo
in an adapter is a load error, never a silently empty column.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kubequery.errors import CatalogError
from kubequery.paths import data_dir

# The C loader when PyYAML has it: the same safe subset, several times faster.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# The closed set of column types, with the DuckDB type each becomes.
SQL_TYPES: dict[str, str] = {
    "text": "VARCHAR",
    "int": "BIGINT",
    "float": "DOUBLE",
    "bool": "BOOLEAN",
    "timestamp": "TIMESTAMPTZ",
    "interval": "INTERVAL",
    "json": "JSON",
    "map": "MAP(VARCHAR, VARCHAR)",
    "list": "VARCHAR[]",
}

# Transforms a path column may apply to the value found at its path.
TRANSFORMS = ("quantity", "count", "keys")

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_TABLE_KEYS = {
    "table",
    "kind",
    "api",
    "resource",
    "namespaced",
    "aliases",
    "also_api",
    "expand",
    "description",
    "columns",
    "examples",
}
_COLUMN_KEYS = {"name", "type", "path", "compute", "transform", "description", "pushdown"}
_EXAMPLE_KEYS = {"description", "sql"}


@dataclass(frozen=True)
class Pushdown:
    """Which API-side filter a column maps to: the namespace, the label selector, or a field."""

    kind: str  # "namespace" | "labels" | "field" | "cluster"
    field: str | None = None


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    path: tuple[str, ...] | None = None
    compute: str | None = None
    transform: str | None = None
    pushdown: Pushdown | None = None
    metadata_only: bool = False  # readable from a PartialObjectMetadata object

    @property
    def sql_type(self) -> str:
        return SQL_TYPES[self.type]


@dataclass(frozen=True)
class Example:
    description: str
    sql: str


@dataclass(frozen=True)
class Table:
    name: str
    kind: str
    group: str
    version: str
    resource: str
    namespaced: bool
    description: str
    columns: tuple[Column, ...]
    aliases: tuple[str, ...] = ()
    also_api: tuple[str, ...] = ()
    expand: str | None = None
    examples: tuple[Example, ...] = ()
    notes: tuple[str, ...] = ()  # what building the table left out (custom resources), for describe
    by_name: dict[str, Column] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.by_name.update({c.name: c for c in self.columns})

    @property
    def api_version(self) -> str:
        return f"{self.group}/{self.version}" if self.group else self.version

    @property
    def qualified_names(self) -> tuple[str, ...]:
        """`resource.group` as kubectl writes it ("deployments.apps"), for the group and any
        group of also_api; a core resource is just its name. Expanded tables have none."""
        if self.expand is not None:
            return ()
        groups = [self.group] + [a.rpartition("/")[0] for a in self.also_api]
        return tuple(dict.fromkeys(f"{self.resource}.{g}" if g else self.resource for g in groups))

    def accepts(self, api_version: str, kind: str) -> bool:
        """Whether an object of this apiVersion and kind belongs in this table (any version)."""
        if kind != self.kind:
            return False
        group = api_version.rpartition("/")[0]
        return group == self.group or any(group == g.rpartition("/")[0] for g in self.also_api)


@dataclass(frozen=True)
class Catalog:
    """The tables a query may read, by SQL name.

    A catalog from discovery may hold tables whose full columns need a fetch (a custom
    resource's printer columns come from its CRD): `tables` then holds a stand-in with
    the generic columns and `loaders` a function building the whole table, called the
    first time `catalog[name]` is asked for it — so only the tables a query reads cost
    a fetch. Iterating gives what is known without fetching.
    """

    tables: dict[str, Table]
    loaders: dict[str, Callable[[], Table]] = field(default_factory=dict, compare=False, repr=False)
    missing: dict[str, str] = field(default_factory=dict, compare=False)  # name -> why it is absent
    notes: tuple[str, ...] = field(default=(), compare=False)  # e.g. discovery problems
    _qualified: dict[str, str] = field(init=False, compare=False, repr=False)
    _lock: threading.Lock = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        qualified: dict[str, str] = {}
        for table in self.tables.values():
            for q in table.qualified_names:
                if q not in self.tables:
                    qualified.setdefault(q, table.name)
        object.__setattr__(self, "_qualified", qualified)
        object.__setattr__(self, "_lock", threading.Lock())

    def __getitem__(self, name: str) -> Table:
        if name in self.loaders:
            with self._lock:
                loader = self.loaders.get(name)
                if loader is not None:
                    self.tables[name] = loader()
                    del self.loaders[name]
        return self.tables[name]

    def __contains__(self, name: object) -> bool:
        return name in self.tables

    def __iter__(self) -> Iterator[Table]:
        return iter(list(self.tables.values()))

    def resolve(self, name: str) -> str | None:
        """The table a name written in SQL means: its own name, or its qualified name
        (`"deployments.apps"`, `"certificates.cert-manager.io"`); None if neither."""
        if name in self.tables:
            return name
        return self._qualified.get(name)

    def names(self) -> list[str]:
        """Every name a table answers to (short and qualified), for suggestions."""
        return [*self.tables, *self._qualified]

    def extend(
        self,
        tables: Iterable[Table],
        loaders: dict[str, Callable[[], Table]] | None = None,
        *,
        missing: dict[str, str] | None = None,
        notes: Iterable[str] = (),
    ) -> Catalog:
        """A new catalog with these tables added (a name already present is replaced)."""
        merged = dict(self.tables)
        merged.update({t.name: t for t in tables})
        return Catalog(
            merged,
            {**self.loaders, **(loaders or {})},
            {**self.missing, **(missing or {})},
            (*self.notes, *notes),
        )

    def table_for(self, api_version: str, kind: str) -> list[Table]:
        """The tables fed by objects of this apiVersion/kind (pods feed pods and containers)."""
        return [t for t in self.tables.values() if t.accepts(api_version, kind)]


_KEY = r"[A-Za-z0-9_$-]+"
_QUOTED = r'\["([^"]+)"\]'
_PATH = re.compile(rf"^{_KEY}(?:\.{_KEY}|{_QUOTED})*$")


def parse_path(text: str) -> tuple[str, ...]:
    """Split `metadata.labels["app.kubernetes.io/name"]` into its keys."""
    if not isinstance(text, str) or not _PATH.match(text):
        raise ValueError(f'bad path {text!r}: use dotted keys and ["quoted.keys"]')
    return tuple(m.group(1) or m.group(2) for m in re.finditer(rf"{_QUOTED}|({_KEY})", text))


def _require(cond: bool, where: str, message: str) -> None:
    if not cond:
        raise CatalogError(f"{where}: {message}")


def _check_keys(data: Any, allowed: set[str], required: set[str], where: str) -> None:
    _require(isinstance(data, dict), where, f"expected a mapping, got {type(data).__name__}")
    unknown = set(data) - allowed
    _require(not unknown, where, f"unknown keys {sorted(unknown)}; allowed: {sorted(allowed)}")
    missing = required - set(data)
    _require(not missing, where, f"missing keys {sorted(missing)}")


def _load_column(data: Any, where: str, kind: str, namespaced: bool, api: str | None = None) -> Column:
    from kubequery.columns import COMPUTED
    from kubequery.selectors import supported_fields

    if isinstance(data, dict) and "name" in data:
        where = f"{where} {data['name']!r}"
    _check_keys(data, _COLUMN_KEYS, {"name", "type", "description"}, where)
    name = data["name"]
    _require(isinstance(name, str) and bool(_NAME.match(name)), where, "bad column name")
    _require(data["type"] in SQL_TYPES, where, f"type must be one of {sorted(SQL_TYPES)}")
    _require(
        isinstance(data["description"], str) and data["description"].strip() != "",
        where,
        "needs a one-line description",
    )
    _require(("path" in data) != ("compute" in data), where, "needs exactly one of path, compute")
    path = None
    metadata_only = False
    if "path" in data:
        try:
            path = parse_path(data["path"])
        except (ValueError, TypeError) as e:
            raise CatalogError(f"{where}: {e}") from None
        metadata_only = path[0] == "metadata"
    else:
        computed = COMPUTED.get(data["compute"])
        _require(computed is not None, where, f"unknown computed column {data['compute']!r}")
        metadata_only = computed.metadata_only
    transform = data.get("transform")
    _require(transform is None or transform in TRANSFORMS, where, f"transform must be one of {TRANSFORMS}")
    _require(transform is None or path is not None, where, "transform applies to path columns only")
    pushdown = None
    if "pushdown" in data:
        spec = data["pushdown"]
        if spec == "namespace":
            _require(namespaced, where, "namespace pushdown on a cluster-scoped kind")
            _require(data["type"] == "text", where, "namespace pushdown needs a text column")
            pushdown = Pushdown("namespace")
        elif spec == "cluster":
            _require(data["type"] == "text", where, "cluster pushdown needs a text column")
            pushdown = Pushdown("cluster")
        elif spec == "labels":
            _require(data["type"] == "map", where, "labels pushdown needs a map column")
            pushdown = Pushdown("labels")
        elif isinstance(spec, dict) and set(spec) == {"field"}:
            allowed = supported_fields(kind, api, namespaced)  # api tells custom kinds from built-in ones
            _require(
                spec["field"] in allowed,
                where,
                f"field selector {spec['field']!r} is not supported by the API server for {kind}",
            )
            _require(data["type"] in ("text", "bool"), where, "field pushdown needs a text or bool column")
            pushdown = Pushdown("field", spec["field"])
        else:
            raise CatalogError(f"{where}: pushdown must be namespace, labels, cluster or {{field: ...}}")
    return Column(
        name=name,
        type=data["type"],
        description=data["description"].strip(),
        path=path,
        compute=data.get("compute"),
        transform=transform,
        pushdown=pushdown,
        metadata_only=metadata_only,
    )


def load_table(data: Any, where: str, common: list[Any]) -> Table:
    """Build one Table from an adapter's parsed YAML, with the common columns added."""
    from kubequery.columns import EXPANDERS

    _check_keys(
        data,
        _TABLE_KEYS,
        {"table", "kind", "api", "resource", "namespaced", "description", "columns"},
        where,
    )
    name = data["table"]
    _require(isinstance(name, str) and bool(_NAME.match(name)), where, "bad table name")
    _require(isinstance(data["namespaced"], bool), where, "namespaced must be true or false")
    _require(isinstance(data["columns"], list), where, "columns must be a list")
    api = str(data["api"])
    group, _, version = api.rpartition("/")
    expand = data.get("expand")
    _require(expand is None or expand in EXPANDERS, where, f"unknown expander {expand!r}")
    own = [_load_column(c, f"{where} column", data["kind"], data["namespaced"], api) for c in data["columns"]]
    own_names = [c.name for c in own]
    _require(len(own_names) == len(set(own_names)), where, "duplicate column names")
    shared = [
        _load_column(c, f"{where} common column", data["kind"], data["namespaced"], api)
        for c in common
        if c["name"] not in own_names and not (c.get("pushdown") == "namespace" and not data["namespaced"])
    ]
    if not data["namespaced"]:
        # Cluster-scoped kinds keep a namespace column (always NULL) so that every
        # table has the same common columns; it just cannot push down.
        shared += (
            [
                Column(
                    "namespace",
                    "text",
                    "Always NULL: this kind is cluster-scoped.",
                    path=("metadata", "namespace"),
                    metadata_only=True,
                )
            ]
            if "namespace" not in own_names
            else []
        )
    examples = []
    for i, ex in enumerate(data.get("examples") or []):
        _check_keys(ex, _EXAMPLE_KEYS, _EXAMPLE_KEYS, f"{where} example {i}")
        examples.append(Example(ex["description"].strip(), ex["sql"].strip()))
    order = [c["name"] for c in common]
    columns = sorted(shared, key=lambda c: order.index(c.name)) + own
    return Table(
        name=name,
        kind=data["kind"],
        group=group,
        version=version,
        resource=data["resource"],
        namespaced=data["namespaced"],
        description=" ".join(data["description"].split()),
        columns=tuple(columns),
        aliases=tuple(data.get("aliases") or ()),
        also_api=tuple(data.get("also_api") or ()),
        expand=expand,
        examples=tuple(examples),
    )


def load_catalog(folder: Path | None = None) -> Catalog:
    """Load every adapter in `folder` (default: the shipped adapters/)."""
    folder = folder or data_dir("adapters")
    common_file = folder / "_common.yaml"
    common = (
        yaml.load(common_file.read_text(), Loader=_YAML_LOADER) if common_file.exists() else {"columns": []}
    )
    _check_keys(common, {"columns"}, {"columns"}, str(common_file))
    tables: dict[str, Table] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        try:
            data = yaml.load(path.read_text(), Loader=_YAML_LOADER)
        except yaml.YAMLError as e:
            raise CatalogError(f"{path.name}: not valid YAML: {e}") from None
        table = load_table(data, path.name, common["columns"])
        _require(table.name not in tables, path.name, f"table {table.name!r} declared twice")
        tables[table.name] = table
    if not tables:
        raise CatalogError(f"no adapters found in {folder}")
    return Catalog(tables)


@functools.cache
def common_column_specs() -> tuple[dict, ...]:
    """The shipped adapters/_common.yaml columns, for tables built at run time (custom resources)."""
    data = yaml.load((data_dir("adapters") / "_common.yaml").read_text(), Loader=_YAML_LOADER)
    _check_keys(data, {"columns"}, {"columns"}, "_common.yaml")
    return tuple(data["columns"])


@functools.cache
def default_catalog() -> Catalog:
    """The shipped catalog, loaded once per process."""
    return load_catalog()
