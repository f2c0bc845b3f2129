"""RBAC authorization as kube-apiserver computes it, from Role/ClusterRole/(Cluster)RoleBinding objects.

Rules match as in ``plugin/pkg/auth/authorizer/rbac`` (verbs, apiGroups,
resources with ``*`` and ``*/subresource``, resourceNames, nonResourceURLs
with a trailing ``*``). ClusterRoles with an aggregationRule also get the
rules of the ClusterRoles their selectors pick. The group ``system:masters``
may do everything, and every authenticated user gets what the bootstrap
roles ``system:discovery``, ``system:basic-user`` and
``system:public-info-viewer`` grant.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kubequery.selectors import Operator, make_requirement

MASTERS = "system:masters"
AUTHENTICATED = "system:authenticated"
UNAUTHENTICATED = "system:unauthenticated"
ANONYMOUS = "system:anonymous"

_DISCOVERY_URLS = [
    "/api",
    "/api/*",
    "/apis",
    "/apis/*",
    "/healthz",
    "/livez",
    "/readyz",
    "/version",
    "/version/",
    "/openapi",
    "/openapi/*",
]
# What the bootstrap ClusterRoleBindings give every authenticated user.
AUTHENTICATED_RULES: list[dict] = [
    {"verbs": ["get"], "nonResourceURLs": _DISCOVERY_URLS},
    {
        "verbs": ["create"],
        "apiGroups": ["authorization.k8s.io"],
        "resources": ["selfsubjectaccessreviews", "selfsubjectrulesreviews"],
    },
    {"verbs": ["create"], "apiGroups": ["authentication.k8s.io"], "resources": ["selfsubjectreviews"]},
]
# system:public-info-viewer, bound to anonymous users too.
PUBLIC_RULES: list[dict] = [
    {"verbs": ["get"], "nonResourceURLs": ["/healthz", "/livez", "/readyz", "/version", "/version/"]},
]


@dataclass(frozen=True)
class User:
    """An authenticated identity: a name and its groups."""

    name: str
    groups: tuple[str, ...] = ()

    @property
    def service_account(self) -> tuple[str, str] | None:
        """(namespace, name) for ``system:serviceaccount:NS:NAME`` users."""
        parts = self.name.split(":")
        if len(parts) == 4 and parts[0] == "system" and parts[1] == "serviceaccount":
            return parts[2], parts[3]
        return None


@dataclass(frozen=True)
class Attributes:
    """What a request asks to do, as authorizer.Attributes carries it."""

    verb: str
    resource_request: bool = True
    group: str = ""
    resource: str = ""
    subresource: str = ""
    namespace: str = ""
    name: str = ""
    path: str = ""


@dataclass
class Decision:
    allowed: bool
    reason: str = ""


def forbidden_message(user: User, attrs: Attributes) -> str:
    """The server's ``forbiddenMessage`` (apiserver/pkg/endpoints/handlers/responsewriters)."""
    if not attrs.resource_request:
        return f'User "{user.name}" cannot {attrs.verb} path "{attrs.path}"'
    resource = attrs.resource + (f"/{attrs.subresource}" if attrs.subresource else "")
    where = f'in the namespace "{attrs.namespace}"' if attrs.namespace else "at the cluster scope"
    return (
        f'User "{user.name}" cannot {attrs.verb} resource "{resource}" in API group "{attrs.group}" {where}'
    )


def _verb_matches(rule: dict, verb: str) -> bool:
    verbs = rule.get("verbs") or []
    return "*" in verbs or verb in verbs


def rule_allows(rule: dict, attrs: Attributes) -> bool:
    """``RuleAllows``: whether one PolicyRule covers the request."""
    if not _verb_matches(rule, attrs.verb):
        return False
    if not attrs.resource_request:
        for url in rule.get("nonResourceURLs") or []:
            if url == "*" or url == attrs.path or (url.endswith("*") and attrs.path.startswith(url[:-1])):
                return True
        return False
    groups = rule.get("apiGroups") or []
    if not ("*" in groups or attrs.group in groups):
        return False
    combined = attrs.resource + (f"/{attrs.subresource}" if attrs.subresource else "")
    ok = False
    for r in rule.get("resources") or []:
        if r == "*" or r == combined or (attrs.subresource and r == f"*/{attrs.subresource}"):
            ok = True
            break
    if not ok:
        return False
    names = rule.get("resourceNames") or []
    return not names or attrs.name in names


def _selector_matches(selector: dict, labels: dict) -> bool:
    """A metav1.LabelSelector (matchLabels and matchExpressions) against labels."""
    for k, v in (selector.get("matchLabels") or {}).items():
        if labels.get(k) != v:
            return False
    ops = {
        "In": Operator.IN,
        "NotIn": Operator.NOT_IN,
        "Exists": Operator.EXISTS,
        "DoesNotExist": Operator.DOES_NOT_EXIST,
    }
    for expr in selector.get("matchExpressions") or []:
        op = ops.get(expr.get("operator"))
        if op is None:
            return False
        if not make_requirement(expr.get("key", ""), op, expr.get("values") or ()).matches(labels):
            return False
    return True


@dataclass
class _Binding:
    kind: str  # RoleBinding | ClusterRoleBinding
    name: str
    namespace: str
    role_kind: str
    role_name: str
    subjects: list[dict]

    def subject_for(self, user: User) -> dict | None:
        """The subject that names this user (``appliesTo``), or None."""
        for s in self.subjects:
            kind = s.get("kind")
            if kind == "User" and s.get("name") == user.name:
                return s
            if kind == "Group" and s.get("name") in user.groups:
                return s
            if kind == "ServiceAccount":
                sa = user.service_account
                if sa and sa == ((s.get("namespace") or self.namespace), s.get("name")):
                    return s
        return None

    def describe(self, subject: dict) -> str:
        """The ``RBAC: allowed by ...`` source text the real authorizer gives."""
        if subject.get("kind") == "ServiceAccount":
            who = f'ServiceAccount "{subject.get("name")}/{subject.get("namespace") or self.namespace}"'
        else:
            who = f'{subject.get("kind")} "{subject.get("name")}"'
        name = f"{self.name}/{self.namespace}" if self.kind == "RoleBinding" else self.name
        return f'{self.kind} "{name}" of {self.role_kind} "{self.role_name}" to {who}'


@dataclass
class _Index:
    cluster_roles: dict[str, list[dict]] = field(default_factory=dict)
    roles: dict[tuple[str, str], list[dict]] = field(default_factory=dict)
    cluster_bindings: list[_Binding] = field(default_factory=list)
    bindings: dict[str, list[_Binding]] = field(default_factory=dict)


def _build_index(objects: Iterable[dict]) -> _Index:
    idx = _Index()
    cluster_roles: dict[str, dict] = {}
    for o in objects:
        kind = o.get("kind")
        meta = o.get("metadata") or {}
        if kind == "ClusterRole":
            cluster_roles[meta.get("name", "")] = o
        elif kind == "Role":
            idx.roles[(meta.get("namespace") or "default", meta.get("name", ""))] = list(o.get("rules") or [])
        elif kind in ("RoleBinding", "ClusterRoleBinding"):
            ref = o.get("roleRef") or {}
            ns = "" if kind == "ClusterRoleBinding" else (meta.get("namespace") or "default")
            b = _Binding(
                kind,
                meta.get("name", ""),
                ns,
                ref.get("kind", ""),
                ref.get("name", ""),
                list(o.get("subjects") or []),
            )
            if kind == "ClusterRoleBinding":
                idx.cluster_bindings.append(b)
            else:
                idx.bindings.setdefault(b.namespace, []).append(b)
    for name, role in cluster_roles.items():
        rules = list(role.get("rules") or [])
        agg = role.get("aggregationRule") or {}
        for sel in agg.get("clusterRoleSelectors") or []:
            for other_name, other in cluster_roles.items():
                if other_name == name:
                    continue
                if _selector_matches(sel, (other.get("metadata") or {}).get("labels") or {}):
                    rules.extend(r for r in other.get("rules") or [] if r not in rules)
        idx.cluster_roles[name] = rules
    return idx


class Authorizer:
    """Decides requests from RBAC objects; rebuilt when the RBAC objects change.

    ``objects`` returns the current RBAC objects (the store's and the
    server's own extra ones); ``generation`` changes whenever they do.
    """

    def __init__(self, objects: Callable[[], Iterable[dict]], generation: Callable[[], int]) -> None:
        self._objects = objects
        self._generation = generation
        self._index: _Index | None = None
        self._index_gen = -1

    def _idx(self) -> _Index:
        gen = self._generation()
        if self._index is None or gen != self._index_gen:
            self._index = _build_index(self._objects())
            self._index_gen = gen
        return self._index

    def _role_rules(self, idx: _Index, b: _Binding) -> list[dict]:
        if b.role_kind == "ClusterRole":
            return idx.cluster_roles.get(b.role_name, [])
        if b.role_kind == "Role" and b.kind == "RoleBinding":
            return idx.roles.get((b.namespace, b.role_name), [])
        return []

    def _default_rules(self, user: User) -> list[dict]:
        if AUTHENTICATED in user.groups:
            return AUTHENTICATED_RULES + PUBLIC_RULES
        return PUBLIC_RULES

    def authorize(self, user: User, attrs: Attributes) -> Decision:
        """Allowed or not, with the RBAC reason for an allow (as SubjectAccessReview reports it)."""
        if MASTERS in user.groups:
            return Decision(True)
        for rule in self._default_rules(user):
            if rule_allows(rule, attrs):
                return Decision(True, "RBAC: allowed by bootstrap policy")
        idx = self._idx()
        for b in idx.cluster_bindings:
            subject = b.subject_for(user)
            if subject is None:
                continue
            for rule in self._role_rules(idx, b):
                if rule_allows(rule, attrs):
                    return Decision(True, f"RBAC: allowed by {b.describe(subject)}")
        if attrs.resource_request and attrs.namespace:
            for b in idx.bindings.get(attrs.namespace, []):
                subject = b.subject_for(user)
                if subject is None:
                    continue
                for rule in self._role_rules(idx, b):
                    if rule_allows(rule, attrs):
                        return Decision(True, f"RBAC: allowed by {b.describe(subject)}")
        return Decision(False, "")

    def rules(self, user: User, namespace: str) -> tuple[list[dict], list[dict]]:
        """(resourceRules, nonResourceRules) for a SelfSubjectRulesReview in ``namespace``."""
        collected: list[dict] = []
        if MASTERS in user.groups:
            collected.append({"verbs": ["*"], "apiGroups": ["*"], "resources": ["*"]})
            collected.append({"verbs": ["*"], "nonResourceURLs": ["*"]})
        collected.extend(self._default_rules(user))
        idx = self._idx()
        for b in idx.cluster_bindings:
            if b.subject_for(user) is not None:
                collected.extend(self._role_rules(idx, b))
        for b in idx.bindings.get(namespace, []) if namespace else []:
            if b.subject_for(user) is not None:
                collected.extend(self._role_rules(idx, b))
        resource_rules: list[dict] = []
        non_resource_rules: list[dict] = []
        for rule in collected:
            if rule.get("nonResourceURLs"):
                item = {
                    "verbs": list(rule.get("verbs") or []),
                    "nonResourceURLs": list(rule["nonResourceURLs"]),
                }
                if item not in non_resource_rules:
                    non_resource_rules.append(item)
            if rule.get("resources"):
                item = {
                    "verbs": list(rule.get("verbs") or []),
                    "apiGroups": list(rule.get("apiGroups") or []),
                    "resources": list(rule["resources"]),
                }
                if rule.get("resourceNames"):
                    item["resourceNames"] = list(rule["resourceNames"])
                if item not in resource_rules:
                    resource_rules.append(item)
        return resource_rules, non_resource_rules
