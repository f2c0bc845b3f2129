"""Push the WHERE conditions that are safe to push into list calls.

Invariant (DESIGN.md 4): a fetch may only narrow what is listed to a superset
of the rows the full SQL keeps; DuckDB still applies the whole WHERE. So only
top-level AND conjuncts of a SELECT's WHERE that read a single catalog table
are considered, and only these shapes, each exactly what the API server
filters on:

  namespace = 'a' | namespace IN ('a', 'b') | namespace = 'a' OR namespace = 'b'
  cluster = 'prod' | cluster IN (...)                    (several clusters: ask only those)
  labels['k'] = 'v' | != 'v' | IN (...) | NOT IN (...) | IS NOT NULL | IS NULL
  <field column> = 'v' | != 'v' | IN (...) | NOT IN (...)   (text fields)
  <bool field column> | NOT <bool field column> | = TRUE/FALSE

`IS NULL` on labels is pushed only when the table is not on the nullable side
of an outer join (the selector would drop objects that the join would have
matched and the WHERE would then see as NULL). Every other comparison is
null-rejecting, so pushing it is safe on either side of a join.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from sqlglot import exp
from sqlglot.optimizer.scope import Scope, traverse_scope

from kubequery.catalog import Catalog, Column, Table
from kubequery.compiler.plan import Fetch, TablePlan
from kubequery.selectors import is_valid_label_key, is_valid_label_value

MAX_FETCHES = 32  # past this many list calls, one unfiltered list is kinder to the server


@dataclass
class Filter:
    """What one reference to a table may push down."""

    namespaces: frozenset[str] | None = None  # None: all namespaces
    clusters: frozenset[str] | None = None  # None: every cluster of the source
    labels: list[str] = field(default_factory=list)  # label selector requirements
    fields: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)  # (field, op, values)
    pushed: list[str] = field(default_factory=list)

    def key(self) -> tuple:
        return (self.clusters, self.namespaces, tuple(sorted(self.labels)), tuple(sorted(self.fields)))


def _string(node: exp.Expression) -> str | None:
    return node.this if isinstance(node, exp.Literal) and node.is_string else None


def _column_of(node: exp.Expression, alias: str, table: Table) -> Column | None:
    if isinstance(node, exp.Column) and node.table == alias:
        return table.by_name.get(node.name)
    return None


def _label_key(node: exp.Expression, alias: str, table: Table) -> str | None:
    """The key k of `labels['k']` when labels is the table's label-pushdown column."""
    if not isinstance(node, exp.Bracket) or len(node.expressions) != 1:
        return None
    column = _column_of(node.this, alias, table)
    key = _string(node.expressions[0])
    if column and column.pushdown and column.pushdown.kind == "labels" and key:
        return key if is_valid_label_key(key) else None
    return None


def _in_values(node: exp.In) -> tuple[str, ...] | None:
    if node.args.get("query") or node.args.get("unnest") or node.args.get("field"):
        return None
    values = [_string(v) for v in node.expressions]
    return tuple(sorted(set(values))) if values and None not in values else None


def _or_to_in(node: exp.Or) -> exp.Expression | None:
    """`x = 'a' OR x = 'b'` → `x IN ('a', 'b')` when every branch compares the same thing."""
    branches = list(node.flatten())
    targets = []
    for b in branches:
        if isinstance(b, exp.Paren):
            b = b.this
        if not isinstance(b, exp.EQ) or _string(b.expression) is None:
            return None
        targets.append(b)
    if len({t.this.sql() for t in targets}) != 1:
        return None
    return exp.In(this=targets[0].this.copy(), expressions=[t.expression.copy() for t in targets])


def _normalise(cond: exp.Expression) -> exp.Expression:
    while isinstance(cond, exp.Paren):
        cond = cond.this
    if isinstance(cond, (exp.EQ, exp.NEQ)) and _string(cond.this) is not None:
        cond = cond.__class__(this=cond.expression, expression=cond.this)  # 'a' = x → x = 'a'
    if isinstance(cond, exp.Or):
        cond = _or_to_in(cond) or cond
    return cond


def _push(cond: exp.Expression, alias: str, table: Table, flt: Filter, nullable: bool) -> bool:
    """Add `cond` to `flt` if it has a pushable shape; return whether it was pushed."""
    cond = _normalise(cond)
    negated = isinstance(cond, exp.Not)
    inner = _normalise(cond.this) if negated else cond

    # Boolean field columns: `unschedulable`, `NOT unschedulable`, `unschedulable = true`.
    bool_value = None
    target = inner
    if isinstance(inner, exp.EQ) and isinstance(inner.expression, exp.Boolean):
        target, bool_value = inner.this, inner.expression.this
    elif isinstance(inner, exp.Column):
        bool_value = True
    column = _column_of(target, alias, table)
    if bool_value is not None and column and column.type == "bool":
        if column.pushdown and column.pushdown.kind == "field":
            value = "true" if bool_value != negated else "false"
            flt.fields.append((column.pushdown.field, "=", (value,)))
            return True
        return False

    if isinstance(inner, (exp.EQ, exp.NEQ, exp.In)):
        lhs = inner.this
        if isinstance(inner, exp.In):
            values = _in_values(inner)
            op = "notin" if negated else "in"
        else:
            value = _string(inner.expression)
            values = (value,) if value is not None else None
            is_eq = isinstance(inner, exp.EQ) != negated
            op = "in" if is_eq else "notin"
        if values is None:
            return False
        key = _label_key(lhs, alias, table)
        if key is not None:
            if not all(is_valid_label_value(v) for v in values):
                return False
            if op == "in":
                flt.labels.append(
                    f"{key}={values[0]}" if len(values) == 1 else f"{key} in ({','.join(values)})"
                )
            else:
                flt.labels.append(
                    f"{key}!={values[0]}" if len(values) == 1 else f"{key} notin ({','.join(values)})"
                )
            return True
        column = _column_of(lhs, alias, table)
        if not column or not column.pushdown or column.type != "text":
            return False
        if column.pushdown.kind in ("namespace", "cluster"):
            if op != "in":
                return False
            attr = "namespaces" if column.pushdown.kind == "namespace" else "clusters"
            wanted, before = frozenset(values), getattr(flt, attr)
            setattr(flt, attr, wanted if before is None else before & wanted)
            return True
        if column.pushdown.kind == "field":
            flt.fields.append((column.pushdown.field, "=" if op == "in" else "!=", values))
            return True
        return False

    if isinstance(inner, exp.Is) and isinstance(inner.expression, exp.Null):
        key = _label_key(inner.this, alias, table)
        if key is None:
            return False
        exists = negated  # NOT (x IS NULL) → the key exists
        if not exists and nullable:
            return False
        flt.labels.append(key if exists else f"!{key}")
        return True
    return False


def conjuncts(cond: exp.Expression) -> list[exp.Expression]:
    """The top-level AND terms of a condition (parentheses looked through)."""
    while isinstance(cond, exp.Paren):
        cond = cond.this
    if isinstance(cond, exp.And):
        return [term for part in (cond.left, cond.right) for term in conjuncts(part)]
    return [cond]


def _nullable_aliases(select: exp.Select) -> set[str]:
    """Aliases on the nullable side of an outer join in this SELECT."""
    nullable: set[str] = set()
    seen: list[str] = []
    from_ = select.args.get("from_") or select.args.get("from")
    if from_ is not None:
        seen.append(from_.this.alias_or_name)
    for join in select.args.get("joins") or []:
        name = join.this.alias_or_name
        side = (join.side or "").upper()
        if side in ("LEFT", "FULL"):
            nullable.add(name)
        if side in ("RIGHT", "FULL"):
            nullable.update(seen)
        seen.append(name)
    return nullable


def _escape_field_value(value: str) -> str:
    return value.replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\=")


def _fetches(flt: Filter, metadata_only: bool, namespaced: bool) -> tuple[list[Fetch], list[str]]:
    notes: list[str] = []
    namespaces: list[str | None] = sorted(flt.namespaces) if flt.namespaces is not None else [None]
    if not namespaced:
        namespaces = [None]
    fixed = [f"{f}{op}{_escape_field_value(v[0])}" for f, op, v in flt.fields if op == "=" and len(v) == 1]
    fixed += [f"{f}!={_escape_field_value(v)}" for f, op, vs in flt.fields if op == "!=" for v in vs]
    multi = [
        [f"{f}={_escape_field_value(v)}" for v in vs] for f, op, vs in flt.fields if op == "=" and len(vs) > 1
    ]
    combos = list(itertools.product(*multi)) if multi else [()]
    if len(namespaces) * len(combos) > MAX_FETCHES:
        notes.append(f"more than {MAX_FETCHES} list calls needed: field IN lists fetched unfiltered")
        combos = [()]
    if len(namespaces) > MAX_FETCHES:
        notes.append(f"more than {MAX_FETCHES} namespaces: listed across all namespaces")
        namespaces = [None]
    clusters: list[str | None] = sorted(flt.clusters) if flt.clusters is not None else [None]
    label_selector = ",".join(dict.fromkeys(flt.labels)) or None
    fetches = [
        Fetch(
            cluster=cluster,
            namespace=ns,
            label_selector=label_selector,
            field_selector=",".join(dict.fromkeys(fixed + list(combo))) or None,
            metadata_only=metadata_only,
        )
        for cluster in clusters
        for ns in namespaces
        for combo in combos
    ]
    return fetches, notes


def _find_source(scope: Scope, alias: str) -> exp.Expression | Scope | None:
    while scope is not None:
        if alias in scope.sources:
            return scope.sources[alias]
        scope = scope.parent
    return None


def reads_unlisted_columns(query: exp.Expression) -> bool:
    """Whether the query picks columns by pattern (`*`, `* EXCLUDE`, `COLUMNS('re')`), so
    every column must be built: qualify lists a star's columns, but not what DuckDB
    must see for EXCLUDE or a regular expression to mean the same thing."""
    return any(
        isinstance(node, exp.Columns)
        or (isinstance(node, exp.Star) and not isinstance(node.parent, exp.Count))
        for node in query.walk()
    )


def plan_tables(
    qualified: exp.Expression, catalog: Catalog, tables: list[str], *, all_columns: bool = False
) -> list[TablePlan]:
    """One TablePlan per catalog table the (qualified) query reads; `all_columns` builds every column."""
    references: dict[int, tuple[str, Filter]] = {}  # id(Table node) → (table, filter)
    columns: dict[str, set[str]] = {t: set() for t in tables}
    opaque = all_columns or reads_unlisted_columns(qualified)

    for scope in traverse_scope(qualified):
        for source in scope.sources.values():
            if (
                isinstance(source, exp.Table)
                and source.name in catalog
                and not isinstance(source.this, exp.Func)
            ):
                references.setdefault(id(source), (source.name, Filter()))
        for col in scope.columns:
            source = _find_source(scope, col.table)
            if isinstance(source, exp.Table) and source.name in columns:
                columns[source.name].add(col.name)
        select = scope.expression
        if not isinstance(select, exp.Select) or not select.args.get("where"):
            continue
        nullable = _nullable_aliases(select)
        for cond in conjuncts(select.args["where"].this):
            aliases = {c.table for c in cond.find_all(exp.Column)}
            if len(aliases) != 1 or cond.find(exp.Subquery, exp.Select):
                continue
            alias = aliases.pop()
            source = scope.sources.get(alias)
            if not isinstance(source, exp.Table) or id(source) not in references:
                continue
            name, flt = references[id(source)]
            if _push(cond, alias, catalog[name], flt, alias in nullable):
                flt.pushed.append(cond.sql(dialect="duckdb"))

    plans = []
    for name in tables:
        table = catalog[name]
        refs = [flt for t, flt in references.values() if t == name]
        notes: list[str] = []
        if opaque:
            used = [c.name for c in table.columns]
        else:
            used = [c.name for c in table.columns if c.name in columns[name]]
        metadata_only = (
            not opaque and table.expand is None and all(table.by_name[c].metadata_only for c in used)
        )
        if not refs:
            refs = [Filter()]
        # Each reference needs its own fetches; the table gets their union (the engine
        # drops objects listed twice), so every reference still sees a superset.
        fetches: list[Fetch] = []
        pushed: list[str] = []
        for flt in refs:
            ref_fetches, ref_notes = _fetches(flt, metadata_only, table.namespaced)
            fetches.extend(f for f in ref_fetches if f not in fetches)
            pushed.extend(p for p in flt.pushed if p not in pushed)
            notes.extend(n for n in ref_notes if n not in notes)
        if any(f == Fetch(metadata_only=metadata_only) for f in fetches) or len(fetches) > MAX_FETCHES:
            if len(refs) > 1 and len(fetches) > 1:
                notes.append(f"read {len(refs)} times with different conditions: listed once, unfiltered")
            fetches, pushed = [Fetch(metadata_only=metadata_only)], []
        plans.append(
            TablePlan(
                table=name,
                api_version=table.api_version,
                resource=table.resource,
                namespaced=table.namespaced,
                columns=tuple(used),
                fetches=tuple(fetches),
                pushed=tuple(pushed),
                notes=tuple(notes),
            )
        )
    return plans
