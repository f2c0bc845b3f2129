"""How often a small change to a question the offline translator answers right changes its answer.

    python benchmarks/robustness.py            # the original dev set (eval/cases/dev.yaml)
    python benchmarks/robustness.py --all      # every dev case file (slower: minutes)
    python benchmarks/robustness.py --all --snapshot   # and the real cluster's snapshot's cases too

Takes each answerable dev question on the default demo cluster (and, with --snapshot, on the real
cluster's snapshot) whose answer equals its gold
answer, rewrites it the ways people do (a typo or a letter left out, a greeting or a lead-in, "pls"
or "thanks", "right now", "in the cluster", no capitals, kubectl's short names or the long ones, "what"
for "which", "show me", the namespace said first, last or as "the X namespace"),
and counts the rewrites whose answer rows differ from the gold rows. A robust reader gets the same
rows; each row printed is one kind of rewrite: tried, changed, and the share changed.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.harness.cases import resolve_snapshot  # noqa: E402
from kubequery.engine import Engine  # noqa: E402
from kubequery.errors import KubequeryError  # noqa: E402
from kubequery.sources.factory import demo_source, snapshot_source  # noqa: E402
from kubequery.translate import rx  # noqa: E402
from kubequery.translate.choose import make_translator  # noqa: E402

CASES = Path(__file__).resolve().parent.parent / "eval" / "cases"
DEMO = {"demo": {"seed": 7, "pods": 450}}  # the cluster demo_source() builds
SNAPSHOT = "real-k8s-1.20"  # the snapshot of a real cluster the eval's cases ask

_SHORT = [
    (r"\bpods\b", "po"),
    (r"\bdeployments\b", "deploys"),
    (r"\bservices\b", "svc"),
    (r"\bnamespaces?\b", "ns"),
    (r"\bstateful ?sets\b", "sts"),
    (r"\bdaemon ?sets\b", "ds"),
    (r"\bconfig ?maps\b", "cm"),
    (r"\bcontainers\b", "ctrs"),
]


def typo(q: str) -> str | None:
    """Two letters in the middle of the longest word swapped: "payments" -> "paymnets"."""
    words = rx.findall(r"[a-z]{7,}", q.lower())
    if not words:
        return None
    w = max(words, key=len)
    i = len(w) // 2
    return q.lower().replace(w, w[:i] + w[i + 1] + w[i] + w[i + 2 :], 1)


def letter_left_out(q: str) -> str | None:
    """A letter left out of the longest word: "pending" -> "peding", "images" -> "imges"."""
    words = rx.findall(r"(?<![\w\-./=])[a-z]{6,}(?![\w\-./=])", q.lower())
    if not words:
        return None
    w = max(words, key=len)
    return q.lower().replace(w, w[:2] + w[3:], 1)


_LONG = [
    (r"\bpo\b", "pods"),
    (r"\bdeploys?\b", "deployments"),
    (r"\bsvcs?\b", "services"),
    (r"\bsts\b", "statefulsets"),
    (r"\bds\b", "daemonsets"),
    (r"\bpvcs\b", "persistent volume claims"),
    (r"\bhpas?\b", "horizontal pod autoscalers"),
    (r"\bcm\b", "configmaps"),
]
# "in payments", "in the payments namespace", "in ns payments": where a question names its namespace
_IN_NAMESPACE = r"\b(?:in|from) (?:the )?(?:ns |namespace )?({names})(?: namespace| ns)?\b"


def long_names(q: str) -> str | None:
    out = q
    for short, long in _LONG:
        out = rx.sub(short, long, out)
    return out if out != q else None


def namespace_said(q: str, names: frozenset[str], place: str) -> str | None:
    """The one namespace `q` names said another way: as "the X namespace", first ("in X, …") or last."""
    found = list(rx.finditer(_IN_NAMESPACE.format(names="|".join(map(re.escape, names))), q))
    if len(found) != 1:
        return None
    m = found[0]
    rest = (q[: m.start()].rstrip() + q[m.end() :]).strip()
    tail = rx.search(r"[\s?.!]*$", rest).group(0)
    if place == "the":
        return q[: m.start()] + f"in the {m.group(1)} namespace" + q[m.end() :]
    if place == "first":
        return f"in {m.group(1)}, {rest[:1].lower()}{rest[1:]}"
    return rest[: len(rest) - len(tail)] + f" in {m.group(1)}" + tail


def short_names(q: str) -> str | None:
    out = q.lower()
    for long, short in _SHORT:
        out = rx.sub(long, short, out)
    return out if out != q.lower() else None


REWRITES: dict[str, Callable[[str], str | None]] = {
    "typo": typo,
    "greeting": lambda q: "hey, can you tell me " + q[0].lower() + q[1:],
    "pls": lambda q: q.rstrip("?.!") + " pls",
    "lower case": lambda q: q.lower().rstrip("?.!"),
    "short names": short_names,
    "left out": letter_left_out,
    "lead-in": lambda q: "quick question: " + q,
    "thanks": lambda q: q + " thanks!",
    "right now": lambda q: q.rstrip("?.!") + " right now",
    "in cluster": lambda q: None if rx.search(r"\bin\b|-n\b", q) else q.rstrip("?.!") + " in the cluster",
    "what for which": lambda q: rx.sub(r"^which\b", "what", q) if q.startswith("which ") else None,
    "show me": lambda q: "show me " + q,
    "long names": long_names,
}
# rewrites that need the cluster's namespaces: (name, where the namespace goes)
PLACES = {"the X namespace": "the", "namespace first": "first", "namespace last": "last"}


def measure(cases: list[dict], engine: Engine) -> tuple[int, Counter[str], Counter[str], list[str]]:
    """The cases answered right, then each rewrite of them: (right, tried, changed, rewrite names)."""
    translator = make_translator("offline", engine)

    def rows(question: str) -> list[str] | None:
        found = translator.translate(question)
        if found.declined or not found.sql:
            return None
        try:
            return sorted(map(repr, engine.query(found.sql).rows))
        except KubequeryError:
            return None

    names = frozenset(r[0] for r in engine.query("SELECT name FROM namespaces").rows)
    rewrites = {
        **REWRITES,
        **{name: (lambda q, p=place: namespace_said(q, names, p)) for name, place in PLACES.items()},
    }
    tried: Counter[str] = Counter()
    changed: Counter[str] = Counter()
    right = 0
    for case in cases:
        gold = sorted(map(repr, engine.query(case["gold_sql"]).rows))
        if rows(case["question"]) != gold:
            continue
        right += 1
        for name, rewrite in rewrites.items():
            question = rewrite(case["question"])
            if not question or question == case["question"]:
                continue
            tried[name] += 1
            changed[name] += rows(question) != gold
    return right, tried, changed, list(rewrites)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="every dev case file, not only dev.yaml")
    parser.add_argument("--snapshot", action="store_true", help=f"the {SNAPSHOT} snapshot's cases as well")
    args = parser.parse_args()
    files = [CASES / "dev.yaml", *(sorted((CASES / "dev").glob("*.yaml")) if args.all else [])]
    every = [
        c
        for f in files
        for c in yaml.safe_load(f.read_text())
        if not (c.get("decline") or c.get("conversation") or c.get("namespace"))
    ]
    clusters = [("demo cluster", DEMO, demo_source)]
    if args.snapshot:
        path = resolve_snapshot(SNAPSHOT, CASES)
        clusters.append((f"{SNAPSHOT} snapshot", {"snapshot": SNAPSHOT}, lambda: snapshot_source([path])))
    for label, spec, source in clusters:
        cases = [c for c in every if c.get("cluster") == spec]
        right, tried, changed, names = measure(cases, Engine(source()))
        print(f"offline translator, {label}: {right} of {len(cases)} questions right, then rewritten")
        for name in names:
            share = changed[name] / tried[name] if tried[name] else 0.0
            print(f"  {name:16} {changed[name]:4} of {tried[name]:4} answers changed ({share:.1%})")


if __name__ == "__main__":
    main()
