"""How tables relate, for questions about one kind filtered by another ("pods on GPU nodes").

The offline translator reads such a question as two parts: the kind asked for (its own
filters, in `a`) and the kind it is related to (filters on `b`). This module holds the
relations and builds the joined query from the two parts' SQL, with sqlglot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlglot
from sqlglot import exp


@dataclass(frozen=True)
class Relation:
    on: str  # join condition between `a` (the kind asked for) and `b` (the related kind)
    via: str = ""  # an intermediate join, for two hops (pods -> replicasets -> deployments)
    fans_out: bool = False  # one `a` row can meet several `b` rows: answer with DISTINCT


def _owned(kind: str) -> Relation:
    return Relation(f"b.namespace = a.namespace AND b.name = a.owner_name AND a.owner_kind = '{kind}'")


def _owner_of(kind: str) -> Relation:
    return Relation(
        f"a.namespace = b.namespace AND b.owner_name = a.name AND b.owner_kind = '{kind}'", fans_out=True
    )


def _lists(column: str) -> Relation:
    """`a` names `b` objects of its namespace in a list column: pods.secrets, ingresses.services."""
    return Relation(f"b.namespace = a.namespace AND list_contains(a.{column}, b.name)", fans_out=True)


def _listed_in(column: str) -> Relation:
    """`a` is named in a list column of `b` objects of its namespace: the pods that use a secret."""
    return Relation(f"b.namespace = a.namespace AND list_contains(b.{column}, a.name)", fans_out=True)


def _selecting(labels: str, selector: str, selects_all: str = "", nonempty: bool = False) -> Relation:
    """Objects in one namespace, one picked by the other's selector: its labels hold all the pairs
    (or every object, where a flag says the selector is empty: a network policy's `{}`; or none, with
    `nonempty`: a service without a selector picks no pods)."""
    picked = f"list_has_all(map_entries({labels}), map_entries({selector}))"
    if selects_all:
        picked = f"({selects_all} OR {picked})"
    if nonempty:
        picked = f"cardinality({selector}) > 0 AND {picked}"
    return Relation(f"b.namespace = a.namespace AND {picked}", fans_out=True)


_WORKLOADS = ("deployments", "statefulsets", "daemonsets", "jobs")
_BINDINGS = ("rolebindings", "clusterrolebindings")


def _subject(account: str) -> Relation:
    """`a`'s service account (`account`, in `a`'s namespace) is a subject of binding `b`."""
    return Relation(f"list_contains(b.service_accounts, a.namespace || '/' || {account})", fans_out=True)


RELATIONS: dict[tuple[str, str], Relation] = {
    **{(w, kind): _lists(kind) for w in _WORKLOADS for kind in ("secrets", "configmaps")},
    ("pods", "nodes"): Relation("a.node = b.name"),
    ("priorityclasses", "pods"): Relation("b.priority_class = a.name", fans_out=True),
    # a namespace's quota (or limit range) and the pods that namespace runs
    **{
        (kind, "pods"): Relation("b.namespace = a.namespace", fans_out=True)
        for kind in ("resourcequotas", "limitranges")
    },
    # a namespace uses the priority classes its pods name
    ("namespaces", "priorityclasses"): Relation(
        "b.name = p.priority_class", via="JOIN pods p ON p.namespace = a.name", fans_out=True
    ),
    ("containers", "nodes"): Relation("a.node = b.name"),
    ("pods", "jobs"): _owned("Job"),
    ("pods", "replicasets"): _owned("ReplicaSet"),
    ("pods", "daemonsets"): _owned("DaemonSet"),
    ("pods", "statefulsets"): _owned("StatefulSet"),
    ("pods", "deployments"): Relation(
        "b.namespace = r.namespace AND b.name = r.owner_name AND r.owner_kind = 'Deployment'",
        via="JOIN replicasets r ON r.namespace = a.namespace AND r.name = a.owner_name "
        "AND a.owner_kind = 'ReplicaSet'",
    ),
    ("replicasets", "deployments"): _owned("Deployment"),
    ("deployments", "pods"): Relation(
        "b.namespace = r.namespace AND b.owner_name = r.name AND b.owner_kind = 'ReplicaSet'",
        via="JOIN replicasets r ON r.namespace = a.namespace AND r.owner_name = a.name "
        "AND r.owner_kind = 'Deployment'",
        fans_out=True,
    ),
    ("replicasets", "pods"): _owner_of("ReplicaSet"),
    ("jobs", "cronjobs"): _owned("CronJob"),
    ("cronjobs", "jobs"): _owner_of("CronJob"),
    ("deployments", "replicasets"): _owner_of("Deployment"),
    ("statefulsets", "pods"): _owner_of("StatefulSet"),
    ("daemonsets", "pods"): _owner_of("DaemonSet"),
    ("jobs", "pods"): _owner_of("Job"),
    ("persistentvolumeclaims", "persistentvolumes"): Relation("b.name = a.volume"),
    ("persistentvolumes", "persistentvolumeclaims"): Relation(
        "b.namespace = a.claim_namespace AND b.name = a.claim_name"
    ),
    ("persistentvolumeclaims", "storageclasses"): Relation("b.name = a.storage_class"),
    ("persistentvolumes", "storageclasses"): Relation("b.name = a.storage_class"),
    ("storageclasses", "persistentvolumeclaims"): Relation("b.storage_class = a.name", fans_out=True),
    ("storageclasses", "persistentvolumes"): Relation("b.storage_class = a.name", fans_out=True),
    # a stateful set's claims are the ones its pods mount (made from its volume claim templates)
    ("statefulsets", "persistentvolumeclaims"): Relation(
        "b.namespace = p.namespace AND list_contains(p.pvcs, b.name)",
        via="JOIN pods p ON p.namespace = a.namespace AND p.owner_name = a.name "
        "AND p.owner_kind = 'StatefulSet'",
        fans_out=True,
    ),
    ("persistentvolumeclaims", "statefulsets"): Relation(
        "b.namespace = p.namespace AND b.name = p.owner_name AND p.owner_kind = 'StatefulSet'",
        via="JOIN pods p ON p.namespace = a.namespace AND list_contains(p.pvcs, a.name)",
        fans_out=True,
    ),
    ("pods", "persistentvolumeclaims"): _lists("pvcs"),
    ("persistentvolumeclaims", "pods"): _listed_in("pvcs"),
    ("services", "endpoints"): Relation("b.namespace = a.namespace AND b.name = a.name"),
    ("endpoints", "services"): Relation("b.namespace = a.namespace AND b.name = a.name"),
    ("horizontalpodautoscalers", "deployments"): Relation(
        "b.namespace = a.namespace AND b.name = a.target_name AND a.target_kind = 'Deployment'"
    ),
    ("deployments", "horizontalpodautoscalers"): Relation(
        "b.namespace = a.namespace AND b.target_name = a.name AND b.target_kind = 'Deployment'"
    ),
    ("horizontalpodautoscalers", "statefulsets"): Relation(
        "b.namespace = a.namespace AND b.name = a.target_name AND a.target_kind = 'StatefulSet'"
    ),
    ("statefulsets", "horizontalpodautoscalers"): Relation(
        "b.namespace = a.namespace AND b.target_name = a.name AND b.target_kind = 'StatefulSet'"
    ),
    ("rolebindings", "roles"): Relation(
        "b.namespace = a.namespace AND b.name = a.role_name AND a.role_kind = 'Role'"
    ),
    ("rolebindings", "clusterroles"): Relation("b.name = a.role_name AND a.role_kind = 'ClusterRole'"),
    ("clusterrolebindings", "clusterroles"): Relation("b.name = a.role_name"),
    ("pods", "serviceaccounts"): Relation("b.namespace = a.namespace AND b.name = a.service_account"),
    ("pods", "configmaps"): _lists("configmaps"),
    ("pods", "secrets"): _lists("secrets"),
    ("ingresses", "services"): _lists("services"),
    ("ingresses", "secrets"): _lists("tls_secrets"),
    ("secrets", "ingresses"): _listed_in("tls_secrets"),
    ("services", "ingresses"): _listed_in("services"),
    ("volumeattachments", "persistentvolumes"): Relation("b.name = a.persistent_volume"),
    ("serviceaccounts", "pods"): Relation(
        "b.namespace = a.namespace AND b.service_account = a.name", fans_out=True
    ),
    ("configmaps", "pods"): _listed_in("configmaps"),
    # a deployment's pods run as its service account ('default' when it names none)
    ("serviceaccounts", "deployments"): Relation(
        "b.namespace = a.namespace AND coalesce(b.service_account, 'default') = a.name", fans_out=True
    ),
    # other workloads name no service account: their pods run as one
    **{
        ("serviceaccounts", w): Relation(
            f"b.namespace = p.namespace AND b.name = p.owner_name AND p.owner_kind = '{kind}'",
            via="JOIN pods p ON p.namespace = a.namespace AND p.service_account = a.name",
            fans_out=True,
        )
        for w, kind in (("statefulsets", "StatefulSet"), ("daemonsets", "DaemonSet"), ("jobs", "Job"))
    },
    **{
        (w, "serviceaccounts"): Relation(
            "b.namespace = p.namespace AND b.name = p.service_account",
            via="JOIN pods p ON p.namespace = a.namespace AND p.owner_name = a.name "
            f"AND p.owner_kind = '{kind}'",
            fans_out=True,
        )
        for w, kind in (("statefulsets", "StatefulSet"), ("daemonsets", "DaemonSet"), ("jobs", "Job"))
    },
    # named in a workload's pod template: "configmaps not used by any deployment"
    **{(kind, w): _listed_in(kind) for w in _WORKLOADS for kind in ("secrets", "configmaps")},
    # a binding lists its service account subjects as 'namespace/name', in any namespace
    **{("serviceaccounts", bound): _subject("a.name") for bound in _BINDINGS},
    **{("pods", bound): _subject("a.service_account") for bound in _BINDINGS},
    **{
        (bound, "serviceaccounts"): Relation(
            "list_contains(a.service_accounts, b.namespace || '/' || b.name)", fans_out=True
        )
        for bound in _BINDINGS
    },
    # the cluster roles a service account is granted, through the bindings naming it
    ("serviceaccounts", "clusterroles"): Relation(
        "b.name = c.role_name",
        via="JOIN clusterrolebindings c ON list_contains(c.service_accounts, a.namespace || '/' || a.name)",
        fans_out=True,
    ),
    # the cluster roles a pod's service account is granted: "pods whose sa is bound to a cluster role"
    ("pods", "clusterroles"): Relation(
        "b.name = c.role_name",
        via="JOIN clusterrolebindings c "
        "ON list_contains(c.service_accounts, a.namespace || '/' || a.service_account)",
        fans_out=True,
    ),
    ("secrets", "pods"): _listed_in("secrets"),
    ("nodes", "pods"): Relation("b.node = a.name", fans_out=True),
    ("nodes", "containers"): Relation("b.node = a.name", fans_out=True),
    # the pods behind a service are the ones its Endpoints object lists
    ("pods", "endpoints"): _listed_in("target_pods"),
    ("endpoints", "pods"): _lists("target_pods"),
    # the pods behind a service are the ones its (non-empty) selector picks, ready or not
    ("pods", "services"): _selecting("a.labels", "b.selector", nonempty=True),
    ("services", "pods"): _selecting("b.labels", "a.selector", nonempty=True),
    ("volumeattachments", "nodes"): Relation("b.name = a.node"),
    # a selector picks the pods whose labels hold all its pairs
    ("poddisruptionbudgets", "pods"): _selecting("b.labels", "a.selector"),
    ("pods", "poddisruptionbudgets"): _selecting("a.labels", "b.selector"),
    ("networkpolicies", "pods"): _selecting("b.labels", "a.pod_selector", "a.selects_all"),
    ("pods", "networkpolicies"): _selecting("a.labels", "b.pod_selector", "b.selects_all"),
    # a budget covers a deployment whose pods its selector picks
    ("deployments", "poddisruptionbudgets"): _selecting("a.selector", "b.selector"),
    ("statefulsets", "poddisruptionbudgets"): _selecting("a.selector", "b.selector"),
    # a role is referenced by the bindings naming it: "roles no binding uses"
    ("roles", "rolebindings"): Relation(
        "b.namespace = a.namespace AND b.role_name = a.name AND b.role_kind = 'Role'", fans_out=True
    ),
    ("clusterroles", "clusterrolebindings"): Relation("b.role_name = a.name", fans_out=True),
    ("clusterroles", "rolebindings"): Relation(
        "b.role_name = a.name AND b.role_kind = 'ClusterRole'", fans_out=True
    ),
    ("statefulsets", "services"): Relation("b.namespace = a.namespace AND b.name = a.service_name"),
    # its governing service's endpoints, which have the service's name
    ("statefulsets", "endpoints"): Relation("b.namespace = a.namespace AND b.name = a.service_name"),
    # a service exposes a deployment whose pods its (non-empty) selector picks
    ("deployments", "services"): _selecting("a.selector", "b.selector", nonempty=True),
    ("services", "deployments"): _selecting("b.selector", "a.selector", nonempty=True),
    # a service in front of a stateful set: its selector picks the set's pods (not only its governing one)
    ("services", "statefulsets"): _selecting("b.selector", "a.selector", nonempty=True),
    # an ingress exposes a deployment through a service it routes to that selects its pods
    ("deployments", "ingresses"): Relation(
        "b.namespace = s.namespace AND list_contains(b.services, s.name)",
        via="JOIN services s ON s.namespace = a.namespace AND cardinality(s.selector) > 0 "
        "AND list_has_all(map_entries(a.selector), map_entries(s.selector))",
        fans_out=True,
    ),
    # a pod's volumes through its claims, and a cron job's pods through its jobs
    ("pods", "persistentvolumes"): Relation(
        "b.name = c.volume",
        via="JOIN persistentvolumeclaims c ON c.namespace = a.namespace AND list_contains(a.pvcs, c.name)",
        fans_out=True,
    ),
    # a pod's storage classes are its claims': "pods using the default storage class"
    ("pods", "storageclasses"): Relation(
        "b.name = c.storage_class",
        via="JOIN persistentvolumeclaims c ON c.namespace = a.namespace AND list_contains(a.pvcs, c.name)",
        fans_out=True,
    ),
    ("storageclasses", "pods"): Relation(
        "b.namespace = c.namespace AND list_contains(b.pvcs, c.name)",
        via="JOIN persistentvolumeclaims c ON c.storage_class = a.name",
        fans_out=True,
    ),
    ("persistentvolumes", "pods"): Relation(
        "b.namespace = a.claim_namespace AND list_contains(b.pvcs, a.claim_name)", fans_out=True
    ),
    ("pods", "cronjobs"): Relation(
        "b.namespace = j.namespace AND b.name = j.owner_name AND j.owner_kind = 'CronJob'",
        via="JOIN jobs j ON j.namespace = a.namespace AND j.name = a.owner_name AND a.owner_kind = 'Job'",
    ),
    # an autoscaler's pods are its target deployment's, through their replica sets
    ("pods", "horizontalpodautoscalers"): Relation(
        "b.namespace = r.namespace AND b.target_name = r.owner_name AND b.target_kind = 'Deployment' "
        "AND r.owner_kind = 'Deployment'",
        via="JOIN replicasets r ON r.namespace = a.namespace AND r.name = a.owner_name "
        "AND a.owner_kind = 'ReplicaSet'",
    ),
    ("horizontalpodautoscalers", "pods"): Relation(
        "b.namespace = r.namespace AND b.owner_name = r.name AND b.owner_kind = 'ReplicaSet'",
        via="JOIN replicasets r ON r.namespace = a.namespace AND r.owner_name = a.target_name "
        "AND r.owner_kind = 'Deployment' AND a.target_kind = 'Deployment'",
        fans_out=True,
    ),
    # the nodes a workload's pods run on
    ("deployments", "nodes"): Relation(
        "b.name = p.node",
        via="JOIN replicasets r ON r.namespace = a.namespace AND r.owner_name = a.name "
        "AND r.owner_kind = 'Deployment' JOIN pods p ON p.namespace = r.namespace AND p.owner_name = r.name "
        "AND p.owner_kind = 'ReplicaSet'",
        fans_out=True,
    ),
    **{
        (owner, "nodes"): Relation(
            "b.name = p.node",
            via="JOIN pods p ON p.namespace = a.namespace AND p.owner_name = a.name "
            f"AND p.owner_kind = '{kind}'",
            fans_out=True,
        )
        for owner, kind in (
            ("statefulsets", "StatefulSet"),
            ("daemonsets", "DaemonSet"),
            ("jobs", "Job"),
            ("replicasets", "ReplicaSet"),
        )
    },
    # an ingress's pods are those its services' selectors pick
    ("ingresses", "pods"): Relation(
        "b.namespace = s.namespace AND cardinality(s.selector) > 0 "
        "AND list_has_all(map_entries(b.labels), map_entries(s.selector))",
        via="JOIN services s ON s.namespace = a.namespace AND list_contains(a.services, s.name)",
        fans_out=True,
    ),
    ("pods", "ingresses"): Relation(
        "b.namespace = s.namespace AND list_contains(b.services, s.name)",
        via="JOIN services s ON s.namespace = a.namespace AND cardinality(s.selector) > 0 "
        "AND list_has_all(map_entries(a.labels), map_entries(s.selector))",
        fans_out=True,
    ),
    ("cronjobs", "pods"): Relation(
        "b.namespace = j.namespace AND b.owner_name = j.name AND b.owner_kind = 'Job'",
        via="JOIN jobs j ON j.namespace = a.namespace AND j.owner_name = a.name AND j.owner_kind = 'CronJob'",
        fans_out=True,
    ),
}


@dataclass(frozen=True)
class Reference:
    """A column of one kind that names objects of another: pods.secrets names secrets."""

    column: str
    listed: bool = False  # a list of names (pods.secrets), not one name (pvcs.storage_class)
    namespaced: bool = True  # the named object lives in the referring object's namespace
    when: str = ""  # what makes the name point at this kind (a RoleBinding's role_kind)
    namespace: str = ""  # the column holding the named object's namespace, when the referrer has none
    shown: str = ""  # the column shown for the name, when another says it whole (a PV's claim: 'ns/name')


REFERENCES: dict[tuple[str, str], Reference] = {
    ("pods", "secrets"): Reference("secrets", listed=True),
    ("pods", "configmaps"): Reference("configmaps", listed=True),
    ("pods", "persistentvolumeclaims"): Reference("pvcs", listed=True),
    ("pods", "serviceaccounts"): Reference("service_account"),
    ("deployments", "serviceaccounts"): Reference("service_account"),  # NULL: 'default'
    # a workload's pod template names them as its pods do
    **{(w, kind): Reference(kind, listed=True) for w in _WORKLOADS for kind in ("secrets", "configmaps")},
    ("pods", "nodes"): Reference("node", namespaced=False),
    ("pods", "priorityclasses"): Reference("priority_class", namespaced=False),
    # a claim's own volume before its class: "pvcs and their reclaim policy" is the volume's
    ("persistentvolumeclaims", "persistentvolumes"): Reference("volume", namespaced=False),
    ("persistentvolumeclaims", "storageclasses"): Reference("storage_class", namespaced=False),
    ("persistentvolumes", "storageclasses"): Reference("storage_class", namespaced=False),
    ("ingresses", "services"): Reference("services", listed=True),
    ("ingresses", "secrets"): Reference("tls_secrets", listed=True),
    ("ingresses", "ingressclasses"): Reference("class", namespaced=False),
    ("rolebindings", "roles"): Reference("role_name", when="role_kind = 'Role'"),
    ("rolebindings", "clusterroles"): Reference(
        "role_name", namespaced=False, when="role_kind = 'ClusterRole'"
    ),
    ("clusterrolebindings", "clusterroles"): Reference("role_name", namespaced=False),
    ("horizontalpodautoscalers", "deployments"): Reference("target_name", when="target_kind = 'Deployment'"),
    ("horizontalpodautoscalers", "statefulsets"): Reference(
        "target_name", when="target_kind = 'StatefulSet'"
    ),
    ("statefulsets", "services"): Reference("service_name"),
    ("services", "endpoints"): Reference("name"),  # a service's endpoints object has its name
    ("persistentvolumes", "persistentvolumeclaims"): Reference(
        "claim_name", namespaced=False, namespace="claim_namespace", shown="claim"
    ),
}


# What a kind's "target" or "backend" names, said without the kind: "hpa targets that don't exist".
TARGETS: dict[str, tuple[str, ...]] = {
    "horizontalpodautoscalers": ("deployments", "statefulsets"),
    "ingresses": ("services",),
}


# What a kind refers to when it is called dangling with the referred kind unsaid: "dangling rolebindings".
DANGLES: dict[str, tuple[str, ...]] = {
    **TARGETS,
    "rolebindings": ("roles", "clusterroles"),
    "clusterrolebindings": ("clusterroles",),
    "persistentvolumes": ("persistentvolumeclaims",),
}


def dangling_targets(a_sql: str, asked: str, show: bool, targets: tuple[str, ...] = ()) -> str:
    """`a_sql` keeping rows whose target, of any kind it may name (`targets`, else the kind's
    TARGETS), does not exist ("hpas whose target is gone")."""
    tree, _ = _as_a(a_sql)
    refs = [(b, REFERENCES[(asked, b)]) for b in targets or TARGETS[asked]]
    if len(refs) == 1:
        return dangling(a_sql, refs[0][0], refs[0][1], show)
    column = refs[0][1].column
    either = []
    for target, ref in refs:
        match = f"x.name = a.{ref.column}" + (" AND x.namespace = a.namespace" if ref.namespaced else "")
        either.append(f"(a.{ref.when} AND NOT EXISTS (SELECT 1 FROM {target} AS x WHERE {match}))")
    tree = tree.where(f"a.{column} IS NOT NULL AND ({' OR '.join(either)})", copy=False, dialect="duckdb")
    if show:
        tree = tree.select(f"a.{column}", copy=False)
    return tree.sql(dialect="duckdb")


def dangling(a_sql: str, target: str, ref: Reference, show: bool) -> str:
    """`a_sql` keeping rows that name a `target` object that does not exist: "pods using a missing secret"."""
    tree, source = _as_a(a_sql)
    value = "s.ref" if ref.listed else f"a.{ref.column}"
    if ref.listed:  # one row per name the list holds
        tree = _after_from(tree, source, f", unnest(a.{ref.column}) AS s(ref)")
        tree.set("distinct", exp.Distinct())
    match = f"x.name = {value}" + (" AND x.namespace = a.namespace" if ref.namespaced else "")
    if ref.namespace:
        match += f" AND x.namespace = a.{ref.namespace}"
    conds = [f"a.{ref.when}"] if ref.when else []
    conds += [f"{value} IS NOT NULL", f"NOT EXISTS (SELECT 1 FROM {target} AS x WHERE {match})"]
    tree = tree.where(" AND ".join(conds), copy=False, dialect="duckdb")
    if show:
        tree = tree.select(f"a.{ref.shown}" if ref.shown else f"{value} AS {ref.column}", copy=False)
    return tree.sql(dialect="duckdb")


# Said with "select" or "match", a service meets the pods its (non-empty) selector picks, ready or not,
# rather than the ones its Endpoints object lists.
SELECTED: dict[tuple[str, str], Relation] = {
    ("services", "pods"): _selecting("b.labels", "a.selector", nonempty=True),
    ("pods", "services"): _selecting("a.labels", "b.selector", nonempty=True),
}
SELECTS = r"\bselect(?!ed by)|\bselector|\bmatch|\brout(?:e|es|ing) to\b|\bsend traffic\b"

NAMESPACED_TO_NAMESPACES = Relation("b.name = a.namespace")


def relation(
    a: str, b: str, a_namespaced: bool, b_namespaced: bool = False, selecting: bool = False
) -> Relation | None:
    """How `a` rows meet `b` rows; a namespaced kind meets the namespace it lives in, and back.
    `selecting`: the question says a selector picks them ("pods each service selects")."""
    found = SELECTED.get((a, b)) if selecting else None
    found = found or RELATIONS.get((a, b))
    if found is None and b == "namespaces" and a_namespaced:
        return NAMESPACED_TO_NAMESPACES
    if found is None and a == "namespaces" and b_namespaced:
        return Relation("b.namespace = a.name", fans_out=True)
    return found


def join(
    a_sql: str, b_table: str, b_conditions: list[str], how: Relation, b_columns: list[str] | None = None
) -> str:
    """`a_sql` (one table, unqualified) joined to `b_table`, filtered by `b_conditions`, with `b_columns`."""
    tree, source = _as_a(a_sql)
    if not b_columns and any(tree.find_all(exp.AggFunc)):
        return present(a_sql, b_table, how, b_conditions)  # counted once each, however many they meet
    tree = _after_from(tree, source, f" {how.via + ' ' if how.via else ''}JOIN {b_table} b ON {how.on}")
    where = " AND ".join(_qualified(c, "b") for c in b_conditions)
    if where:
        tree = tree.where(where, copy=False, dialect="duckdb")
    if b_columns:
        tree = tree.select(*(f"b.{c}" for c in b_columns), copy=False)
    if how.fans_out and not tree.args.get("group") and not any(tree.find_all(exp.AggFunc)):
        tree.set("distinct", exp.Distinct())
    return tree.sql(dialect="duckdb")


def count_per(
    a_sql: str, b_table: str, how: Relation, b_conditions: list[str], with_some: bool = False
) -> str:
    """Each `a_sql` row with how many `b_table` rows meet it, zero included: "jobs per cronjob";
    `with_some`: only the rows some meet ("deployments with non-running pods + count")."""
    tree, source = _as_a(a_sql)
    keys = [e.copy() for e in tree.expressions]
    on = " AND ".join([how.on, *(_qualified(c, "b") for c in b_conditions)])
    left = "" if with_some else "LEFT "
    via = f"{left}{how.via} " if how.via else ""
    tree = _after_from(tree, source, f" {via}{left}JOIN {b_table} b ON {on}")
    tree = tree.select("count(DISTINCT b.uid)", copy=False).group_by(*keys, copy=False)
    return tree.sql(dialect="duckdb")


def absent(a_sql: str, b_table: str, how: Relation, b_conditions: tuple[str, ...] | list[str] = ()) -> str:
    """`a_sql` keeping only rows that meet no such `b_table` row: "nodes with no fluent-bit pod"."""
    return _exists(a_sql, b_table, how, b_conditions, negated=True)


def present(a_sql: str, b_table: str, how: Relation, b_conditions: tuple[str, ...] | list[str] = ()) -> str:
    """`a_sql` keeping only rows that meet some `b_table` row, once each: "deployments with an hpa"."""
    return _exists(a_sql, b_table, how, b_conditions, negated=False)


def on_every_node(a_sql: str, kind: str, every: bool) -> str:
    """`a_sql` (workloads of `kind`) keeping those whose pods are on every node (`every`), or on fewer:
    "which daemonsets run on every node?", "daemonsets not on all nodes"."""
    how = relation(kind, "pods", True, True)
    assert how is not None
    tree, _ = _as_a(a_sql)
    via = f" {how.via}" if how.via else ""
    nodes_of = f"(SELECT count(DISTINCT b.node) FROM pods AS b{via} WHERE {how.on})"
    spread = f"{nodes_of} {'=' if every else '<'} (SELECT count(*) FROM nodes)"
    tree = tree.where(spread, copy=False, dialect="duckdb")
    return tree.sql(dialect="duckdb")


def _exists(
    a_sql: str, b_table: str, how: Relation, b_conditions: tuple[str, ...] | list[str], negated: bool
) -> str:
    tree, _ = _as_a(a_sql)
    via = f" {how.via}" if how.via else ""
    own = re.search(r"cardinality\(a\.(\w+)\) > 0 AND ", how.on) if negated else None
    if own:  # "services whose selector matches no pod": ones with a selector, no pod picked by it
        how = Relation(how.on.replace(own.group(0), "", 1), how.via, how.fans_out)
        tree = tree.where(f"cardinality(a.{own.group(1)}) > 0", copy=False, dialect="duckdb")
    on = " AND ".join([how.on, *(_qualified(c, "b") for c in b_conditions)])
    exists = f"EXISTS (SELECT 1 FROM {b_table} AS b{via} WHERE {on})"
    tree = tree.where(f"NOT {exists}" if negated else exists, copy=False, dialect="duckdb")
    return tree.sql(dialect="duckdb")


def _after_from(tree: exp.Expression, source: exp.Table, added: str) -> exp.Expression:
    """`tree` with `added` (joins, an unnest) right after `FROM <table> AS a`.

    Spliced into the SQL text and parsed again: sqlglot's builder would parse the same text anyway.
    """
    head, _, tail = tree.sql(dialect="duckdb").partition(f"FROM {source.name} AS a")
    return sqlglot.parse_one(f"{head}FROM {source.name} AS a{added}{tail}", read="duckdb")


def _as_a(a_sql: str) -> tuple[exp.Expression, exp.Table]:
    """`a_sql` parsed, its table aliased `a` and its columns qualified with it (select aliases aside)."""
    tree = sqlglot.parse_one(a_sql, read="duckdb")
    qualify(tree, "a", skip={e.alias for e in tree.expressions if isinstance(e, exp.Alias)})
    source = tree.find(exp.Table)
    assert source is not None
    source.set("alias", exp.TableAlias(this=exp.to_identifier("a")))
    return tree, source


def _qualified(condition: str, alias: str) -> str:
    tree = sqlglot.parse_one(condition, read="duckdb")
    qualify(tree, alias)
    return tree.sql(dialect="duckdb")


def qualify(tree: exp.Expression, alias: str, skip: frozenset[str] | set[str] = frozenset()) -> None:
    for column in list(tree.find_all(exp.Column)):
        if not column.table and column.name not in skip:
            column.set("table", exp.to_identifier(alias))


def selected_from(sql: str | None, table: str) -> tuple[exp.Select, str] | None:
    """`sql` parsed, with the alias `table` goes by, when it is a SELECT from that table; None otherwise."""
    tree = sqlglot.parse_one(sql, read="duckdb") if sql else None
    source = tree.find(exp.From) if isinstance(tree, exp.Select) else None
    if source is None or not isinstance(source.this, exp.Table) or source.this.name != table:
        return None
    return tree, source.this.alias_or_name


def listing(sql: str | None, table: str) -> tuple[exp.Select, str] | None:
    """As `selected_from`, when the query lists rows of `table` (no groups, no totals)."""
    found = selected_from(sql, table)
    if found is None or found[0].args.get("group") or found[0].find(exp.AggFunc):
        return None
    return found
