"""Label and field selectors behave, and fail, as a real kube-apiserver does."""

from __future__ import annotations

from pathlib import Path

import pytest

from kubequery.errors import SelectorError
from kubequery.selectors import (
    FIELD_SINCE,
    SUPPORTED_FIELDS,
    FieldRequirement,
    FieldSelector,
    LabelSelector,
    Operator,
    Requirement,
    escape_field_value,
    field_label_error,
    format_field_selector,
    format_label_selector,
    is_valid_label_key,
    is_valid_label_value,
    make_requirement,
    parse_field_selector,
    parse_label_selector,
    supported_fields,
)

REAL_SNAPSHOT = Path(__file__).resolve().parents[2] / "shared/clusters/real-k8s-1.20.json.gz"

NAME_RULE = ("must consist of alphanumeric characters, '-', '_' or '.', and must start and end "
             "with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex "
             "used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')")
VALUE_RULE = ("a valid label must be an empty string or consist of alphanumeric characters, '-', "
              "'_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',"
              "  or 'my_value',  or '12345', regex used for validation is "
              "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')")
SUBDOMAIN_RULE = ("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
                  "characters, '-' or '.', and must start and end with an alphanumeric character "
                  "(e.g. 'example.com', regex used for validation is "
                  "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')")
BINARY_OPS = "in, notin, =, ==, !=, gt, lt"


# ----------------------------------------------------------------- label selectors: parsing


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("", ""),
        ("   ", ""),
        ("app=web", "app=web"),
        ("app==web", "app==web"),
        ("app!=web", "app!=web"),
        (" app = web ", "app=web"),
        ("app=", "app="),
        ("app=,tier=db", "app=,tier=db"),
        ("tier=db,app=web", "app=web,tier=db"),  # sorted by key, as the server keeps them
        ("env in (prod, staging)", "env in (prod,staging)"),
        ("env in (staging,prod,prod)", "env in (prod,staging)"),
        ("env notin (qa)", "env notin (qa)"),
        ("x in (foo,,baz),y,z notin ()", "x in (,baz,foo),y,z notin ()"),
        ("x in (,a)", "x in (,a)"),
        ("x in (a,)", "x in (,a)"),
        ("canary", "canary"),
        ("!canary", "!canary"),
        ("! canary", "!canary"),
        ("app.kubernetes.io/name=web", "app.kubernetes.io/name=web"),
        ("example.com/A_b-c.d=V_1-2.3", "example.com/A_b-c.d=V_1-2.3"),
        ("replicas>2,age<10", "age<10,replicas>2"),
        ("n>10", "n>10"),
        ("in in (in,notin)", "in in (in,notin)"),
        ("notin=in", "notin=in"),
        ("a=b\t,\nc", "a=b,c"),
        ("k=" + "v" * 63, "k=" + "v" * 63),
        ("p" * 63, "p" * 63),
    ],
)
def test_parse_label_selector_canonical(text, canonical):
    selector = parse_label_selector(text)
    assert str(selector) == canonical
    assert format_label_selector(selector) == canonical
    # canonical text parses back to the same selector
    assert parse_label_selector(canonical) == selector


def test_parsed_requirements_are_structured():
    sel = parse_label_selector("tier notin (b,a),app=web,!legacy,env")
    assert sel.requirements == (
        Requirement("app", Operator.EQUALS, ("web",)),
        Requirement("env", Operator.EXISTS),
        Requirement("legacy", Operator.DOES_NOT_EXIST),
        Requirement("tier", Operator.NOT_IN, ("a", "b")),
    )
    assert sel.requirements[0].operator == "="  # operators compare equal to their text


def test_empty_selector_selects_everything():
    assert parse_label_selector("").empty
    assert LabelSelector().matches(None)
    assert LabelSelector().matches({"a": "b"})


# ----------------------------------------------------------------- label selectors: matching


@pytest.mark.parametrize(
    ("selector", "labels", "expected"),
    [
        ("app=web", {"app": "web"}, True),
        ("app=web", {"app": "db"}, False),
        ("app=web", {}, False),
        ("app=web", None, False),
        ("app==web", {"app": "web", "x": "y"}, True),
        ("app=", {"app": ""}, True),
        ("app=", {}, False),
        # != and notin match objects WITHOUT the key
        ("app!=web", {}, True),
        ("app!=web", None, True),
        ("app!=web", {"app": "web"}, False),
        ("app!=web", {"app": "db"}, True),
        ("env notin (prod,qa)", {}, True),
        ("env notin (prod,qa)", {"env": "prod"}, False),
        ("env notin (prod,qa)", {"env": "dev"}, True),
        ("env notin ()", {"env": ""}, False),
        ("env notin ()", {"env": "x"}, True),
        # in requires the key
        ("env in (prod,qa)", {}, False),
        ("env in (prod,qa)", {"env": "qa"}, True),
        ("env in (prod,qa)", {"env": "dev"}, False),
        ("env in (,prod)", {"env": ""}, True),
        ("canary", {"canary": ""}, True),
        ("canary", {"other": "x"}, False),
        ("!canary", {"canary": "true"}, False),
        ("!canary", {}, True),
        ("app=web,tier!=db", {"app": "web"}, True),
        ("app=web,tier!=db", {"app": "web", "tier": "db"}, False),
        ("app=web,!legacy,env in (a,b)", {"app": "web", "env": "b"}, True),
        # gt / lt compare integers; non-integers never match
        ("replicas>2", {"replicas": "3"}, True),
        ("replicas>2", {"replicas": "2"}, False),
        ("replicas>2", {"replicas": "x"}, False),
        ("replicas>2", {}, False),
        ("replicas<2", {"replicas": "-5"}, True),
        ("replicas<2", {"replicas": "+1"}, True),
        ("replicas<2", {"replicas": "1.5"}, False),
        ("replicas>1", {"replicas": "99999999999999999999"}, False),  # beyond int64
    ],
)
def test_label_matching(selector, labels, expected):
    assert parse_label_selector(selector).matches(labels) is expected


# ----------------------------------------------------------------- label selectors: errors


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a b", f"unable to parse requirement: found 'b', expected: {BINARY_OPS}"),
        ("component not in (x)",
         f"unable to parse requirement: found 'not', expected: {BINARY_OPS}"),
        ("a!", f"unable to parse requirement: found '!', expected: {BINARY_OPS}"),
        ("a (", f"unable to parse requirement: found '(', expected: {BINARY_OPS}"),
        ("a=b c", "found 'c', expected: ',' or 'end of string'"),
        ("a=b=c", "found '=', expected: ',' or 'end of string'"),
        ("a in ()x", "found 'x', expected: ',' or 'end of string'"),
        ("a,", "found '', expected: identifier after ','"),
        ("a,,b", "found ',', expected: identifier after ','"),
        (",a", "found ',', expected: !, identifier, or 'end of string'"),
        ("=a", "found '=', expected: !, identifier, or 'end of string'"),
        ("(", "found '(', expected: !, identifier, or 'end of string'"),
        ("!", "unable to parse requirement: found '', expected: identifier"),
        ("!=a", "found '!=', expected: !, identifier, or 'end of string'"),
        ("a=(", "unable to parse requirement: found '(', expected: identifier"),
        ("a in b", "unable to parse requirement: found 'b' expected: '('"),
        ("a in (b", "unable to parse requirement: found '', expected: ',' or ')'"),
        ("a in (b c)", "unable to parse requirement: found 'c', expected: ',' or ')'"),
        ("a in (=)", "unable to parse requirement: found '=', expected: ',', ')' or identifier"),
        ("a in (b,=)", "unable to parse requirement: found '=', expected: ',', or identifier"),
        ("a/b/c=d",
         "unable to parse requirement: <nil>: Invalid value: \"a/b/c\": a valid label key "
         f"{NAME_RULE} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"),
        ("A_=x",
         f"unable to parse requirement: <nil>: Invalid value: \"A_\": name part {NAME_RULE}"),
        ("-a", f"unable to parse requirement: <nil>: Invalid value: \"-a\": name part {NAME_RULE}"),
        ("x" * 64,
         f"unable to parse requirement: <nil>: Invalid value: \"{'x' * 64}\": name part must be "
         "no more than 63 bytes"),
        ("/bar", "unable to parse requirement: <nil>: Invalid value: \"/bar\": prefix part must "
                 "be non-empty"),
        ("foo/", "unable to parse requirement: <nil>: Invalid value: \"foo/\": name part must be "
                 f"non-empty; name part {NAME_RULE}"),
        ("Foo.com/bar",
         f"unable to parse requirement: <nil>: Invalid value: \"Foo.com/bar\": prefix part "
         f"{SUBDOMAIN_RULE}"),
        ("app=-bad",
         f"unable to parse requirement: values[0][app]: Invalid value: \"-bad\": {VALUE_RULE}"),
        ("app=a;b",
         f"unable to parse requirement: values[0][app]: Invalid value: \"a;b\": {VALUE_RULE}"),
        ("a=" + "v" * 64,
         f"unable to parse requirement: values[0][a]: Invalid value: \"{'v' * 64}\": must be no "
         "more than 63 bytes"),
        ("a in (b,-c,d_)",
         f"unable to parse requirement: [values[0][a]: Invalid value: \"-c\": {VALUE_RULE}, "
         f"values[2][a]: Invalid value: \"d_\": {VALUE_RULE}]"),
        ("k>x", "unable to parse requirement: values[0]: Invalid value: \"x\": for 'Gt', 'Lt' "
                "operators, the value must be an integer"),
        ("k<-1",
         "unable to parse requirement: values[0][k]: Invalid value: \"-1\": " + VALUE_RULE),
        ("k>1_0", "unable to parse requirement: values[0]: Invalid value: \"1_0\": for 'Gt', "
                  "'Lt' operators, the value must be an integer"),
        ("app=\"web\"",
         "unable to parse requirement: values[0][app]: Invalid value: \"\\\"web\\\"\": "
         + VALUE_RULE),
    ],
)
def test_malformed_label_selectors(text, message):
    with pytest.raises(SelectorError) as info:
        parse_label_selector(text)
    assert info.value.message == message


def test_nul_ends_the_selector_like_the_server():
    # The Go lexer reads a NUL byte where a token starts as the end of input.
    assert str(parse_label_selector("a=b \0 garbage (")) == "a=b"
    with pytest.raises(SelectorError) as info:
        parse_label_selector("a=b, \0 c")
    assert info.value.message == "found '', expected: identifier after ','"


# ----------------------------------------------------------------- label keys, values, building


@pytest.mark.parametrize(
    ("key", "valid"),
    [("app", True), ("app.kubernetes.io/name", True), ("A1", True), ("a" * 63, True),
     ("a" * 64, False), ("", False), ("-app", False), ("app-", False), ("a b", False),
     ("Example.com/x", False), ("example.com/", False), ("/x", False), ("a/b/c", False),
     (("x" * 63 + ".") * 4 + "com/name", False), ("in", True)],
)
def test_is_valid_label_key(key, valid):
    assert is_valid_label_key(key) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [("", True), ("web", True), ("v1.2_3-x", True), ("a" * 63, True), ("a" * 64, False),
     ("-x", False), ("x-", False), ("a b", False), ("a/b", False), ("é", False), ("a,b", False)],
)
def test_is_valid_label_value(value, valid):
    assert is_valid_label_value(value) is valid


def test_make_requirement_validates_like_new_requirement():
    assert make_requirement("app", "in", ["b", "a", "a"]) == Requirement("app", Operator.IN,
                                                                         ("a", "b"))
    with pytest.raises(SelectorError) as info:
        make_requirement("app", "=", ["a", "b"])
    assert info.value.message == ('values: Invalid value: ["a","b"]: exact-match compatibility '
                                  "requires one single value")
    with pytest.raises(SelectorError) as info:
        make_requirement("app", "in", [])
    assert info.value.message == ("values: Invalid value: []: for 'in', 'notin' operators, "
                                  "values set can't be empty")
    with pytest.raises(SelectorError) as info:
        make_requirement("bad key", "exists")
    assert info.value.message.startswith('key: Invalid value: "bad key": name part')
    with pytest.raises(SelectorError) as info:
        make_requirement("app", "~=", ["a"])
    assert info.value.message.startswith('operator: Unsupported value: "~=": supported values: '
                                         '"in", "notin", "="')


@pytest.mark.parametrize(
    "requirements",
    [
        [Requirement("tier", "notin", ("", "db")), Requirement("app", "=", ("web",))],
        [Requirement("in", "in", ("in", "notin")), Requirement("x", "!")],
        [Requirement("a", "exists"), Requirement("b", "!=", ("",)), Requirement("c", "gt", ("5",))],
        [Requirement("example.com/x", "==", ("y",))],
    ],
)
def test_format_round_trips(requirements):
    text = format_label_selector(requirements)
    assert parse_label_selector(text).requirements == tuple(sorted(requirements,
                                                                   key=lambda r: r.key))


def test_format_refuses_what_the_server_refuses():
    with pytest.raises(SelectorError):
        format_label_selector([Requirement("app", "=", ("has space",))])
    with pytest.raises(SelectorError):
        format_label_selector([Requirement("app", "gt", ("x",))])


# ----------------------------------------------------------------- field selectors: parsing


@pytest.mark.parametrize(
    ("text", "requirements", "canonical"),
    [
        ("", (), ""),
        ("status.phase=Running", (("status.phase", "=", "Running"),), "status.phase=Running"),
        ("status.phase==Running", (("status.phase", "=", "Running"),), "status.phase=Running"),
        ("status.phase!=Running", (("status.phase", "!=", "Running"),), "status.phase!=Running"),
        ("status.phase=Running,spec.nodeName!=n1",
         (("spec.nodeName", "!=", "n1"), ("status.phase", "=", "Running")),
         "spec.nodeName!=n1,status.phase=Running"),
        ("spec.nodeName=", (("spec.nodeName", "=", ""),), "spec.nodeName="),
        ("a=b,,c=d", (("a", "=", "b"), ("c", "=", "d")), "a=b,c=d"),
        # escaping, as fields.EscapeValue / UnescapeValue do
        (r"metadata.name=a\,b", (("metadata.name", "=", "a,b"),), r"metadata.name=a\,b"),
        (r"metadata.name=a\=b", (("metadata.name", "=", "a=b"),), r"metadata.name=a\=b"),
        (r"metadata.name=a\\b", (("metadata.name", "=", "a\\b"),), r"metadata.name=a\\b"),
        (r"x=\,\=\\,y!=1", (("x", "=", ",=\\"), ("y", "!=", "1")), r"x=\,\=\\,y!=1"),
        # no trimming: spaces belong to the field name and value
        (" status.phase = Running", ((" status.phase ", "=", " Running"),),
         " status.phase = Running"),
    ],
)
def test_parse_field_selector(text, requirements, canonical):
    selector = parse_field_selector(text)
    assert selector.requirements == tuple(FieldRequirement(*r) for r in requirements)
    assert str(selector) == canonical
    assert format_field_selector(selector) == canonical
    assert parse_field_selector(canonical) == selector


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a=b=c", "invalid field selector: unescaped character in value: 61"),
        ("a==b=c", "invalid field selector: unescaped character in value: 61"),
        ("a!==b", "invalid field selector: unescaped character in value: 61"),
        (r"a=x\y", r"invalid field selector: invalid escape sequence: \y"),
        ("a=x\\", "invalid field selector: invalid escape sequence: \\"),
        ("a=b,c", "invalid selector: 'a=b,c'; can't understand 'c'"),
        ("status.phase", "invalid selector: 'status.phase'; can't understand 'status.phase'"),
        ("status.phase in (a,b)",
         "invalid selector: 'status.phase in (a,b)'; can't understand 'b)'"),
    ],
)
def test_malformed_field_selectors(text, message):
    with pytest.raises(SelectorError) as info:
        parse_field_selector(text)
    assert info.value.message == message


@pytest.mark.parametrize("value", ["plain", "", "a,b", "a=b", "a\\b", "\\,=\\\\", "ü ,=x"])
def test_field_value_escaping_round_trips(value):
    text = f"metadata.name={escape_field_value(value)}"
    assert parse_field_selector(text).requirements == (
        FieldRequirement("metadata.name", "=", value),
    )


# ----------------------------------------------------------------- field selectors: per kind


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        ("Pod", {"metadata.name", "metadata.namespace", "spec.nodeName", "spec.restartPolicy",
                 "spec.schedulerName", "spec.serviceAccountName", "spec.hostNetwork",
                 "status.phase", "status.podIP", "status.podIPs", "status.nominatedNodeName",
                 "spec.host"}),
        ("Node", {"metadata.name", "spec.unschedulable"}),
        ("Event", {"involvedObject.kind", "involvedObject.namespace", "involvedObject.name",
                   "involvedObject.uid", "involvedObject.apiVersion",
                   "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason",
                   "reportingComponent", "source", "type", "metadata.name",
                   "metadata.namespace"}),
        ("Secret", {"type", "metadata.name", "metadata.namespace"}),
        ("Namespace", {"status.phase", "metadata.name"}),
        ("ReplicationController", {"status.replicas", "metadata.name", "metadata.namespace"}),
        ("Job", {"status.successful", "metadata.name", "metadata.namespace"}),
        ("CertificateSigningRequest", {"spec.signerName", "metadata.name"}),
        ("Service", {"spec.clusterIP", "spec.type", "metadata.name", "metadata.namespace"}),
        ("Deployment", {"metadata.name", "metadata.namespace"}),
        ("ReplicaSet", {"metadata.name", "metadata.namespace"}),
        ("ConfigMap", {"metadata.name", "metadata.namespace"}),
        ("ClusterRole", {"metadata.name", "metadata.namespace"}),
    ],
)
def test_supported_fields_per_kind(kind, fields):
    assert set(SUPPORTED_FIELDS[kind]) == fields
    assert set(supported_fields(kind)) == fields


def test_custom_resources_support_name_and_namespace_when_namespaced():
    assert set(supported_fields("ServiceMonitor", "monitoring.coreos.com/v1")) == {
        "metadata.name", "metadata.namespace"}
    assert set(supported_fields("ClusterIssuer", "cert-manager.io/v1", namespaced=False)) == {
        "metadata.name"}
    # a CRD that happens to be called Pod is not the built-in Pod
    assert set(supported_fields("Pod", "example.com/v1")) == {"metadata.name",
                                                              "metadata.namespace"}


@pytest.mark.parametrize(
    ("kind", "api_version", "text", "message"),
    [
        ("Pod", None, "spec.containers=x", "field label not supported: spec.containers"),
        ("Pod", None, " status.phase=Running", "field label not supported:  status.phase"),
        ("Node", None, "metadata.namespace=", "field label not supported: metadata.namespace"),
        ("Namespace", None, "status.phase=Active,spec.finalizers=x",
         "field label not supported: spec.finalizers"),
        ("Event", None, "message=whatever", "field label not supported: message"),
        ("Secret", None, "data=x", "field label not supported: data"),
        ("Job", None, "status.succeeded=1",
         'field label "status.succeeded" not supported for batchv1.Job'),
        ("Deployment", "apps/v1", "status.replicas=1",
         '"status.replicas" is not a known field selector: only "metadata.name", '
         '"metadata.namespace"'),
        ("ReplicaSet", "apps/v1", "status.replicas=0",
         '"status.replicas" is not a known field selector: only "metadata.name", '
         '"metadata.namespace"'),
        ("Ingress", None, "foo.bar=baz",
         '"foo.bar" is not a known field selector: only "metadata.name", "metadata.namespace"'),
        ("Silo", "orleans.dot.net/v1", "status=dead", "field label not supported: status"),
        ("Event", "events.k8s.io/v1", "involvedObject.kind=Pod",
         "field label not supported: involvedObject.kind"),
    ],
)
def test_unsupported_fields(kind, api_version, text, message):
    with pytest.raises(SelectorError) as info:
        parse_field_selector(text, kind=kind, api_version=api_version)
    assert info.value.message == message
    with pytest.raises(SelectorError):
        parse_field_selector(text).check(kind, api_version)
    assert field_label_error(kind, "metadata.name", api_version) is None


def test_unsupported_field_raises_when_matching():
    selector = parse_field_selector("status.replicas=1")
    rs = {"apiVersion": "apps/v1", "kind": "ReplicaSet", "metadata": {"name": "a"}}
    with pytest.raises(SelectorError, match="is not a known field selector"):
        selector.matches(rs)


def test_pod_spec_host_is_an_alias_of_node_name():
    assert parse_field_selector("spec.host=n1", kind="Pod").requirements == (
        FieldRequirement("spec.nodeName", "=", "n1"),
    )
    pod = {"apiVersion": "v1", "kind": "Pod", "spec": {"nodeName": "n1"}}
    assert parse_field_selector("spec.host=n1").matches(pod)


POD = {
    "apiVersion": "v1", "kind": "Pod",
    "metadata": {"name": "web-1", "namespace": "shop", "labels": {"app": "web"}},
    "spec": {"nodeName": "node-a", "restartPolicy": "Always", "schedulerName": "default-scheduler",
             "serviceAccountName": "web", "serviceAccount": "web", "hostNetwork": True},
    "status": {"phase": "Running", "podIP": "10.0.0.5",
               "podIPs": [{"ip": "10.0.0.5"}, {"ip": "fd00::5"}]},
}
PENDING_POD = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "namespace": "shop"},
               "spec": {"serviceAccount": "legacy"}, "status": {"phase": "Pending"}}
NODE = {"apiVersion": "v1", "kind": "Node", "metadata": {"name": "node-a"},
        "spec": {"unschedulable": True}}
PLAIN_NODE = {"apiVersion": "v1", "kind": "Node", "metadata": {"name": "node-b"}, "spec": {}}
EVENT = {"apiVersion": "v1", "kind": "Event", "metadata": {"name": "e1", "namespace": "shop"},
         "involvedObject": {"kind": "Pod", "name": "web-1", "namespace": "shop",
                            "fieldPath": "spec.containers{web}"},
         "reason": "BackOff", "type": "Warning", "source": {"component": "kubelet"}}
NEW_EVENT = {"apiVersion": "v1", "kind": "Event", "metadata": {"name": "e2", "namespace": "shop"},
             "involvedObject": {"kind": "Pod", "name": "web-1"}, "reason": "Scheduled",
             "type": "Normal", "reportingComponent": "default-scheduler", "source": {}}
EVENTS_V1 = {"apiVersion": "events.k8s.io/v1", "kind": "Event",
             "metadata": {"name": "e3", "namespace": "shop"},
             "regarding": {"kind": "Pod", "name": "web-1"}, "reason": "Pulled",
             "reportingController": "kubelet", "type": "Normal"}
SECRET = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s", "namespace": "shop"},
          "type": "kubernetes.io/tls"}
NAMESPACE = {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "shop"},
             "status": {"phase": "Terminating"}}
RC = {"apiVersion": "v1", "kind": "ReplicationController",
      "metadata": {"name": "rc", "namespace": "shop"}, "status": {"replicas": 3}}
EMPTY_RC = {"apiVersion": "v1", "kind": "ReplicationController",
            "metadata": {"name": "rc0", "namespace": "shop"}}
JOB = {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "j", "namespace": "batch"},
       "status": {"succeeded": 1}}
CSR = {"apiVersion": "certificates.k8s.io/v1", "kind": "CertificateSigningRequest",
       "metadata": {"name": "csr"}, "spec": {"signerName": "kubernetes.io/kubelet-serving"}}
SERVICE = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web", "namespace": "shop"},
           "spec": {"type": "NodePort", "clusterIP": "10.96.0.10"}}
ROLE = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole",
        "metadata": {"name": "admin"}}
MONITOR = {"apiVersion": "monitoring.coreos.com/v1", "kind": "ServiceMonitor",
           "metadata": {"name": "m", "namespace": "monitoring"}}


@pytest.mark.parametrize(
    ("obj", "text", "expected"),
    [
        (POD, "status.phase=Running", True),
        (POD, "status.phase!=Running", False),
        (POD, "spec.nodeName=node-a,metadata.namespace=shop", True),
        (POD, "metadata.name=web-1,metadata.namespace!=shop", False),
        (POD, "spec.restartPolicy=Always", True),
        (POD, "spec.schedulerName=default-scheduler", True),
        (POD, "spec.serviceAccountName=web", True),
        (POD, "spec.hostNetwork=true", True),
        (POD, "spec.hostNetwork=True", False),  # the server's value is Go's "true"
        (POD, "status.podIP=10.0.0.5", True),
        (POD, "status.podIPs=10.0.0.5", False),  # accepted, but never set by the server
        (POD, "status.podIPs=", True),
        (POD, "status.nominatedNodeName=", True),
        (PENDING_POD, "spec.nodeName=", True),  # missing compares as ""
        (PENDING_POD, "spec.nodeName!=", False),
        (PENDING_POD, "spec.hostNetwork=false", True),
        (PENDING_POD, "status.podIP=", True),
        (PENDING_POD, "spec.serviceAccountName=legacy", True),  # deprecated alias
        (NODE, "spec.unschedulable=true", True),
        (PLAIN_NODE, "spec.unschedulable=false", True),
        (PLAIN_NODE, "metadata.name=node-b", True),
        (EVENT, "involvedObject.kind=Pod,involvedObject.name=web-1", True),
        (EVENT, "involvedObject.fieldPath=spec.containers{web}", True),
        (EVENT, "reason=BackOff,type=Warning", True),
        (EVENT, "source=kubelet", True),
        (EVENT, "reportingComponent=", True),
        (EVENT, "involvedObject.uid=", True),
        (NEW_EVENT, "source=default-scheduler", True),  # falls back to reportingComponent
        (NEW_EVENT, "reportingComponent=default-scheduler", True),
        (NEW_EVENT, "involvedObject.namespace=", True),
        (EVENTS_V1, "regarding.kind=Pod,reportingController=kubelet", True),
        (EVENTS_V1, "source=kubelet", True),
        (EVENTS_V1, "reason!=Pulled", False),
        (SECRET, "type=kubernetes.io/tls", True),
        (SECRET, "type!=Opaque", True),
        (NAMESPACE, "status.phase=Terminating", True),
        (NAMESPACE, "metadata.name=shop", True),
        (RC, "status.replicas=3", True),
        (EMPTY_RC, "status.replicas=0", True),  # Go's zero value, not ""
        (JOB, "status.successful=1", True),
        (JOB, "status.successful=0", False),
        (CSR, "spec.signerName=kubernetes.io/kubelet-serving", True),
        (SERVICE, "spec.type=NodePort,spec.clusterIP=10.96.0.10", True),
        (ROLE, "metadata.name=admin", True),
        (ROLE, "metadata.namespace=", True),  # cluster-scoped: namespace compares as ""
        (ROLE, "metadata.namespace=default", False),
        (MONITOR, "metadata.namespace=monitoring", True),
        (POD, "", True),
    ],
)
def test_field_matching(obj, text, expected):
    assert parse_field_selector(text).matches(obj) is expected
    assert parse_field_selector(text).matches(obj, obj["kind"]) is expected


def test_field_since_lists_newer_fields():
    for kind, field in FIELD_SINCE:
        assert field in SUPPORTED_FIELDS[kind]


def test_field_selector_defaults():
    assert FieldSelector().empty
    assert FieldSelector().matches({"kind": "Anything"})
    with pytest.raises(SelectorError):
        FieldRequirement("a", "in", "b")


# ----------------------------------------------------------------- on the real 1.20 snapshot


@pytest.fixture(scope="module")
def real_objects():
    if not REAL_SNAPSHOT.exists():
        pytest.skip(f"{REAL_SNAPSHOT} is not here")
    from kubequery.snapshot import load_snapshot

    return load_snapshot([REAL_SNAPSHOT]).objects


@pytest.mark.parametrize(
    ("kind", "text", "count"),
    [
        ("Pod", "status.phase=Running", 67),
        ("Pod", "status.phase!=Running", 16),
        ("Pod", "spec.nodeName=", 2),
        ("Pod", "spec.hostNetwork=true", 18),
        ("Pod", "metadata.namespace=kube-system", 14),
        ("Node", "spec.unschedulable=true", 1),
        ("Event", "involvedObject.kind=Pod", 343),
        ("Event", "type=Warning", 80),
        ("Event", "source=kubelet", 254),
        ("Secret", "type=kubernetes.io/service-account-token", 67),
        ("Namespace", "status.phase=Active", 12),
        ("Job", "status.successful=1", 2),
        ("Service", "spec.type=ClusterIP", 34),
    ],
)
def test_field_selectors_on_real_snapshot(real_objects, kind, text, count):
    selector = parse_field_selector(text, kind=kind)
    assert sum(selector.matches(o) for o in real_objects if o["kind"] == kind) == count


def test_every_real_object_answers_name_selectors(real_objects):
    by_name = parse_field_selector("metadata.name!=")
    assert all(by_name.matches(o) for o in real_objects)
    app = parse_label_selector("app,app notin (guestbook)")
    assert sum(app.matches(o["metadata"].get("labels")) for o in real_objects if
               o["kind"] == "Pod") == 44
