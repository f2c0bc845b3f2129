"""Tables for custom resources, built at run time from their CustomResourceDefinitions.

A custom resource's table has the common columns every table has (name, namespace,
labels, ..., raw), `spec` and `status` as JSON, and one typed column per printer
column of the CRD (what `kubectl get <plural>` shows). Snapshots get these tables
from the CRDs they hold (`catalog_for_objects`); live clusters from discovery
(kubequery.discovery), which reads a CRD only when a query touches its table.

Naming, the same for snapshots and live clusters:

- a custom resource's table is its plural in snake_case (`servicemonitors`);
- a name a built-in table has stays the built-in's; among custom resources whose
  plurals clash, the group that sorts first keeps the short name;
- every table also answers to its qualified name, `resource.group` as kubectl
  writes it, as one quoted SQL identifier: `FROM "certificates.cert-manager.io"`,
  `FROM "deployments.apps"`. A table that lost its short name is called by that
  name only.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from kubequery.catalog import (
    Catalog,
    Column,
    Example,
    Table,
    common_column_specs,
    default_catalog,
    load_table,
    parse_path,
)
from kubequery.columns import COMPUTED, Computed, RowContext

# Printer column types (the OpenAPI types a CRD may give) -> catalog column types.
PRINTER_TYPES = {
    "string": "text",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "date": "timestamp",
}
PRINTER_PREFIX = "printer_"  # for a printer column whose name a generic column already has

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_CATALOG_KEY = re.compile(r"^[A-Za-z0-9_$-]+$")
_CRD_GROUP = "apiextensions.k8s.io"


@dataclass(frozen=True)
class CustomKind:
    """What a custom resource's table is built from: its names, scope and printer columns."""

    group: str
    version: str
    plural: str
    kind: str
    namespaced: bool
    singular: str = ""
    short_names: tuple[str, ...] = ()
    printer_columns: tuple[dict, ...] = ()  # {"name", "type", "jsonPath", "description"}
    origin: str = "crd"  # "crd": read from its definition; "discovery"; "objects": guessed from objects

    @property
    def api_version(self) -> str:
        return f"{self.group}/{self.version}" if self.group else self.version

    @property
    def qualified_name(self) -> str:
        return f"{self.plural}.{self.group}" if self.group else self.plural


# --- JSONPath, the subset printer columns use ----------------------------------

_IDENT = r"[A-Za-z0-9_$/-]+"
_LITERAL = r"""'(?P<sq>[^']*)'|"(?P<dq>[^"]*)"|(?P<num>-?\d+(?:\.\d+)?)|(?P<bool>true|false)"""
_STEPS = [
    ("key", re.compile(rf"\.({_IDENT})")),
    ("all", re.compile(r"\.\*|\[\s*\*\s*\]")),
    ("key", re.compile(r"""\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]""")),
    ("index", re.compile(r"\[\s*(-?\d+)\s*\]")),
    (
        "filter",
        re.compile(
            rf"\[\s*\?\(\s*@(?P<path>(?:\.{_IDENT})+)\s*(?:(?P<op>==|!=)\s*(?:{_LITERAL}))?\s*\)\s*\]"
        ),
    ),
]


@dataclass(frozen=True)
class JsonPath:
    """A compiled JSONPath: a list of steps; `keys` is set when it is plain dotted keys."""

    text: str
    steps: tuple[tuple, ...]

    @property
    def keys(self) -> tuple[str, ...] | None:
        if all(step[0] == "key" for step in self.steps):
            return tuple(step[1] for step in self.steps)
        return None

    def find(self, obj: Any) -> list[Any]:
        """Every value the path selects, in document order."""
        values = [obj]
        for step in self.steps:
            out: list[Any] = []
            kind = step[0]
            for v in values:
                if kind == "key":
                    if isinstance(v, dict) and step[1] in v:
                        out.append(v[step[1]])
                elif kind == "index":
                    if isinstance(v, list) and -len(v) <= step[1] < len(v):
                        out.append(v[step[1]])
                elif kind == "all":
                    if isinstance(v, list):
                        out.extend(v)
                    elif isinstance(v, dict):
                        out.extend(v.values())
                else:  # filter: keep the list items whose sub-path matches
                    _, sub, op, want = step
                    for item in v if isinstance(v, list) else []:
                        if _filter_matches(item, sub, op, want):
                            out.append(item)
            values = [v for v in out if v is not None]
            if not values:
                return []
        return values

    def first(self, obj: Any) -> Any:
        """The first value, as kubectl's printer columns show it (None when nothing matches)."""
        found = self.find(obj)
        return found[0] if found else None


def _filter_matches(item: Any, sub: tuple[str, ...], op: str | None, want: Any) -> bool:
    value: Any = item
    for key in sub:
        if not isinstance(value, dict) or key not in value:
            return False
        value = value[key]
    if op is None:  # [?(@.x)]: the field exists
        return value is not None
    if isinstance(want, str):
        equal = isinstance(value, str) and value == want
    elif isinstance(want, bool):
        equal = value is want
    else:
        equal = isinstance(value, int | float) and not isinstance(value, bool) and value == want
    return equal if op == "==" else not equal


@functools.lru_cache(maxsize=4096)
def compile_jsonpath(text: str) -> JsonPath | None:
    """Compile a printer column's JSONPath; None for forms this subset cannot evaluate
    (recursive descent, slices, unions, expressions other than a field comparison)."""
    if not isinstance(text, str):
        return None
    body = text.strip()
    if body.startswith("{") and body.endswith("}"):
        body = body[1:-1].strip()
    if body.startswith("$"):
        body = body[1:]
    if body and body[0] not in ".[":
        body = "." + body
    steps: list[tuple] = []
    pos = 0
    while pos < len(body):
        if body.startswith("..", pos):
            return None
        for kind, pattern in _STEPS:
            m = pattern.match(body, pos)
            if not m:
                continue
            if kind == "key":
                steps.append(("key", m.group(1) if m.group(1) is not None else m.group(2)))
            elif kind == "index":
                steps.append(("index", int(m.group(1))))
            elif kind == "all":
                steps.append(("all",))
            else:
                steps.append(("filter", tuple(m.group("path")[1:].split(".")), m.group("op"), _literal(m)))
            pos = m.end()
            break
        else:
            return None
    return JsonPath(text, tuple(steps)) if steps else None


def _literal(m: re.Match) -> Any:
    if m.group("sq") is not None:
        return m.group("sq")
    if m.group("dq") is not None:
        return m.group("dq")
    if m.group("num") is not None:
        num = m.group("num")
        return float(num) if "." in num else int(num)
    if m.group("bool") is not None:
        return m.group("bool") == "true"
    return None


def _as_timestamp(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def register_jsonpath(path: JsonPath, column_type: str) -> str:
    """Register a computed column reading `path` (first match) and return its name.

    Timestamps keep only strings, so that an odd value reads as NULL instead of
    failing the load; the other types are made to fit by ingest's conversions.
    """
    name = f"jsonpath:{column_type}:{path.text}"
    if name not in COMPUTED:
        first = path.first
        if column_type == "timestamp":

            def fn(row: dict, ctx: RowContext) -> Any:
                return _as_timestamp(first(row))
        else:

            def fn(row: dict, ctx: RowContext) -> Any:
                return first(row)

        metadata_only = bool(path.steps) and path.steps[0] == ("key", "metadata")
        COMPUTED[name] = Computed(fn, metadata_only)
    return name


# --- names -----------------------------------------------------------------------


def snake_case(text: str) -> str:
    """`Last Scheduled` -> last_scheduled, `CurrentReplicas` -> current_replicas, `URL` -> url."""
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text or "")
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    s = re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_").lower()
    if s and not s[0].isalpha():
        s = f"c_{s}"
    return s


def table_name(plural: str) -> str:
    """A resource's short table name: its plural in snake_case (`network-chaos` -> network_chaos)."""
    name = snake_case(plural.replace(".", "-"))
    return name if _NAME.match(name) else f"t_{name}"


def assign_names(kinds: Iterable[CustomKind], reserved: Iterable[str]) -> dict[str, CustomKind]:
    """Table name -> kind. Reserved names (the built-in tables') are never given away;
    among kinds whose short names clash the group that sorts first keeps it, and the
    others are named `plural.group`."""
    taken = set(reserved)
    named: dict[str, CustomKind] = {}
    for kind in sorted(kinds, key=lambda k: (table_name(k.plural), k.group, k.version)):
        short = table_name(kind.plural)
        name = short if short not in taken else kind.qualified_name
        if name in taken:
            continue  # the same resource twice, or a core name already used
        taken.add(name)
        named[name] = kind
    return named


def sql_name(name: str) -> str:
    """The table name as it must be written in SQL (qualified names quoted)."""
    return name if _NAME.match(name) else f'"{name}"'


# --- CRD -> kind -----------------------------------------------------------------


def _printer_columns(entries: Any, path_key: str) -> tuple[dict, ...]:
    out = []
    for pc in entries if isinstance(entries, list) else []:
        if isinstance(pc, dict) and isinstance(pc.get("name"), str):
            out.append(
                {
                    "name": pc["name"],
                    "type": pc.get("type") or "string",
                    "jsonPath": pc.get(path_key) or pc.get("jsonPath") or pc.get("JSONPath"),
                    "description": pc.get("description") or "",
                }
            )
    return tuple(out)


def kind_from_crd(crd: dict, version: str | None = None) -> CustomKind | None:
    """The kind a CRD defines (apiextensions.k8s.io v1 or v1beta1), at `version` or, by
    default, its storage version; None when the CRD lacks what a table needs."""
    spec = crd.get("spec") if isinstance(crd, dict) else None
    if not isinstance(spec, dict):
        return None
    names = spec.get("names") or {}
    group, plural, kind = spec.get("group"), names.get("plural"), names.get("kind")
    if not (isinstance(group, str) and isinstance(plural, str) and isinstance(kind, str) and plural and kind):
        return None
    versions = [
        v for v in spec.get("versions") or [] if isinstance(v, dict) and isinstance(v.get("name"), str)
    ]
    chosen = None
    if version is not None:
        chosen = next((v for v in versions if v["name"] == version), None)
    if chosen is None:
        chosen = (
            next((v for v in versions if v.get("storage")), None)
            or next((v for v in versions if v.get("served", True)), None)
            or (versions[0] if versions else None)
        )
    version_name = chosen["name"] if chosen else (version or spec.get("version"))
    if not isinstance(version_name, str):
        return None
    if spec.get("additionalPrinterColumns"):  # v1beta1: one list for every version
        printer = _printer_columns(spec["additionalPrinterColumns"], "JSONPath")
    else:
        printer = _printer_columns((chosen or {}).get("additionalPrinterColumns"), "jsonPath")
    return CustomKind(
        group=group,
        version=version_name,
        plural=plural,
        kind=kind,
        namespaced=spec.get("scope", "Namespaced") != "Cluster",
        singular=names.get("singular") or kind.lower(),
        short_names=tuple(s for s in names.get("shortNames") or [] if isinstance(s, str)),
        printer_columns=printer,
    )


def guess_plural(kind: str) -> str:
    """The API server's own guess of a resource name from a kind (UnsafeGuessKindToResource)."""
    lower = kind.lower()
    if lower.endswith("s"):
        return lower + "es"
    if lower.endswith("y"):
        return lower[:-1] + "ies"
    return lower + "s"


# --- kind -> table ---------------------------------------------------------------

_SPEC_STATUS = [
    {
        "name": "spec",
        "type": "json",
        "path": "spec",
        "description": "The spec (desired state) as JSON: spec->>'$.replicas'.",
    },
    {
        "name": "status",
        "type": "json",
        "path": "status",
        "description": "The status (observed state) as JSON: status->>'$.phase'.",
    },
]


def _description(kind: CustomKind) -> str:
    where = f"{kind.kind} ({kind.qualified_name}, {kind.api_version})"
    if kind.origin == "objects":
        return (
            f"One row per {where}: the common columns and spec and status as JSON. "
            "No definition was found, so the resource name is guessed from the kind."
        )
    if kind.origin == "builtin":
        return f"One row per {where}: the common columns and spec and status as JSON; raw has every field."
    return (
        f"One row per {where}, a custom resource: the common columns, spec and status as JSON, "
        f"and the columns `kubectl get {kind.plural}` shows."
    )


def _column_description(pc: dict, plural: str) -> str:
    text = " ".join(str(pc.get("description") or "").split())
    if len(text) > 200:
        text = text[:197].rstrip() + "..."
    where = f"`{pc['jsonPath']}`"
    if text:
        return f"{text.rstrip('.')} ({where})."
    return f"{pc['name']} as `kubectl get {plural}` shows it ({where})."


def _catalog_path(keys: tuple[str, ...]) -> str | None:
    """Keys in the catalog's path syntax, or None if they cannot be written in it."""
    if not keys or not _CATALOG_KEY.match(keys[0]) or any('"' in k or not k for k in keys):
        return None
    text = keys[0] + "".join(f".{k}" if _CATALOG_KEY.match(k) else f'["{k}"]' for k in keys[1:])
    try:
        return text if parse_path(text) == keys else None
    except ValueError:
        return None


def printer_column_specs(kind: CustomKind) -> tuple[list[dict], list[str]]:
    """Adapter-style column entries for the kind's printer columns, and notes on what was skipped."""
    common = {c["name"]: c.get("path") for c in common_column_specs()}
    generic = set(common) | {c["name"] for c in _SPEC_STATUS}
    taken = set(generic)
    columns: list[dict] = []
    notes: list[str] = []
    for i, pc in enumerate(kind.printer_columns):
        path = compile_jsonpath(pc.get("jsonPath"))
        if path is None:
            notes.append(
                f"printer column {pc['name']!r} left out: cannot evaluate JSONPath {pc.get('jsonPath')!r}"
            )
            continue
        keys = path.keys
        if keys == ("metadata", "creationTimestamp"):
            continue  # kubectl's AGE: the common columns created and age
        name = snake_case(pc["name"]) or f"column_{i + 1}"
        if name in generic:
            if keys is not None and common.get(name) == ".".join(keys):
                continue  # the same field as the common column of that name
            name = PRINTER_PREFIX + name
        base, n = name, 2
        while name in taken:
            name, n = f"{base}_{n}", n + 1
        taken.add(name)
        column_type = PRINTER_TYPES.get(pc.get("type"), "text")
        entry: dict[str, Any] = {
            "name": name,
            "type": column_type,
            "description": _column_description(pc, kind.plural),
        }
        catalog_path = _catalog_path(keys) if keys is not None and column_type != "timestamp" else None
        if catalog_path is not None:
            entry["path"] = catalog_path
        else:
            entry["compute"] = register_jsonpath(path, column_type)
        columns.append(entry)
    return columns, notes


def _data(kind: CustomKind, columns: list[dict]) -> dict:
    return {
        "table": "custom_resource",  # renamed after loading: qualified names are not adapter names
        "kind": kind.kind,
        "api": kind.api_version,
        "resource": kind.plural,
        "namespaced": kind.namespaced,
        "description": _description(kind),
        "columns": [*_SPEC_STATUS, *columns],
    }


@functools.lru_cache(maxsize=4)
def _generic_columns(namespaced: bool) -> tuple[Column, ...]:
    """The columns of a custom resource table without printer columns, built once and
    shared: thousands of tables from discovery then build in milliseconds."""
    proto = CustomKind("kubequery.example", "v1", "prototypes", "Prototype", namespaced)
    return load_table(_data(proto, []), "custom resource", list(common_column_specs())).columns


def custom_table(kind: CustomKind, name: str) -> Table:
    """The table for a custom resource, named `name` (see assign_names)."""
    columns, notes = printer_column_specs(kind)
    aliases = tuple(dict.fromkeys(a for a in (kind.singular, *kind.short_names) if a and a != name))
    example_columns = ", ".join(
        (["namespace"] if kind.namespaced else []) + ["name"] + [c["name"] for c in columns[:3]]
    )
    example = Example(f"Every {kind.kind}", f"SELECT {example_columns} FROM {sql_name(name)}")
    if columns:
        where = f"custom resource {kind.qualified_name}"
        table = load_table(_data(kind, columns), where, list(common_column_specs()))
        return replace(table, name=name, aliases=aliases, examples=(example,), notes=tuple(notes))
    return Table(
        name=name,
        kind=kind.kind,
        group=kind.group,
        version=kind.version,
        resource=kind.plural,
        namespaced=kind.namespaced,
        description=_description(kind),
        columns=_generic_columns(kind.namespaced),
        aliases=aliases,
        examples=(example,),
        notes=tuple(notes),
    )


# --- snapshots ---------------------------------------------------------------------


def _is_crd(obj: dict) -> bool:
    api_version = obj.get("apiVersion")
    return (
        obj.get("kind") == "CustomResourceDefinition"
        and isinstance(api_version, str)
        and api_version.startswith(f"{_CRD_GROUP}/")
    )


def kinds_from_objects(objects: Iterable[dict], base: Catalog) -> tuple[list[CustomKind], list[str]]:
    """The custom kinds a set of objects needs tables for: one per CRD among them, and one
    per kind of object that neither a table of `base` nor a CRD covers (name guessed)."""
    from kubequery.selectors import is_builtin_api_version

    objects = objects if isinstance(objects, list) else list(objects)
    # One cheap pass for the (apiVersion, kind) pairs; objects are looked at again only
    # for the pairs that need it (100k pods cost a set insertion each).
    pairs = {(o.get("apiVersion"), o.get("kind")) for o in objects if isinstance(o, dict)}
    pairs = {(a, k) for a, k in pairs if isinstance(a, str) and isinstance(k, str) and k and k != "List"}
    notes: list[str] = []
    kinds: list[CustomKind] = []
    defined: set[tuple[str, str]] = set()
    if any(k == "CustomResourceDefinition" for _, k in pairs):
        crds = {
            str((o.get("metadata") or {}).get("name")): o
            for o in objects
            if isinstance(o, dict) and o.get("kind") == "CustomResourceDefinition" and _is_crd(o)
        }
        for name, crd in sorted(crds.items()):
            kind = kind_from_crd(crd)
            if kind is None:
                notes.append(f"CustomResourceDefinition {name!r} lacks a group, kind or plural: no table")
                continue
            if (kind.group, kind.kind) in defined or base.table_for(kind.api_version, kind.kind):
                continue
            defined.add((kind.group, kind.kind))
            kinds.append(kind)
    uncovered = {
        (a, k)
        for a, k in pairs
        if (a.rpartition("/")[0], k) not in defined and not base.table_for(a, k)
    }
    if not uncovered:
        return kinds, notes
    namespaced: set[tuple[str, str]] = set()  # (group, kind) with an object in a namespace
    for o in objects:
        if (
            isinstance(o, dict)
            and (o.get("apiVersion"), o.get("kind")) in uncovered
            and (o.get("metadata") or {}).get("namespace")
        ):
            namespaced.add((o["apiVersion"].rpartition("/")[0], o["kind"]))
    guessed: dict[tuple[str, str], CustomKind] = {}
    for api_version, kind_name in sorted(uncovered):
        group, _, version = api_version.rpartition("/")
        guessed.setdefault(
            (group, kind_name),
            CustomKind(
                group=group,
                version=version,
                plural=guess_plural(kind_name),
                kind=kind_name,
                namespaced=(group, kind_name) in namespaced,
                singular=kind_name.lower(),
                origin="builtin" if is_builtin_api_version(api_version) else "objects",
            ),
        )
    return kinds + list(guessed.values()), notes


def catalog_for_objects(objects: Iterable[dict], base: Catalog | None = None) -> Catalog:
    """`base` (the shipped catalog) plus a table for every custom kind the objects hold:
    from their CRDs, or guessed from the objects when the CRD is not among them."""
    base = base or default_catalog()
    kinds, notes = kinds_from_objects(objects, base)
    if not kinds:
        return base if not notes else base.extend([], notes=notes)
    named = assign_names(kinds, base.names())
    return base.extend([custom_table(kind, name) for name, kind in named.items()], notes=notes)


def loader_for(name: str, kind: CustomKind, fetch: Callable[[], dict | None]) -> Callable[[], Table]:
    """A Catalog loader building `name`'s table from the CRD `fetch` returns (called once,
    when a query first reads the table); without the CRD, the generic columns and a note."""

    def load() -> Table:
        try:
            crd = fetch()
            problem = None if crd else "not found"
        except Exception as e:  # any client error: the table still answers with generic columns
            crd, problem = None, str(e) or type(e).__name__
        full = kind_from_crd(crd, version=kind.version) if crd else None
        if full is None:
            stub = custom_table(kind, name)
            note = (
                f"definition {kind.qualified_name} could not be read ({problem or 'incomplete'}): "
                "generic columns only"
            )
            return replace(stub, notes=(*stub.notes, note), by_name={})
        return custom_table(replace(full, version=kind.version, namespaced=kind.namespaced), name)

    return load
