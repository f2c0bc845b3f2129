"""Would answering with the nearest written case beat the offline parser? A leave-one-set-out baseline.

    python benchmarks/nearest_case.py            # targets: eval/written/stop30 (1,958 cases, ~4 min)

The bank is every case of eval/cases/dev.yaml, eval/cases/dev/ and eval/written/ (about 10,000 question
and gold SQL pairs), except stop 30's held-out sets, which only ever get scored. Each target question is
matched to the bank's questions with the names it says masked (namespaces, nodes, object names and
numbers become their kind), by idf-weighted overlap of its words; the best match whose names can be
refilled from the question gives the answer, its gold SQL with the question's names in place of its
own. The target's own set is left out of the bank, so no phrasing of the same intent is there.

Prints, per similarity floor, how the nearest case's answers compare with the offline parser's on the
same cases: how many of the parser's misses it would fix and how many right answers it would break, for
the sets tuned on and for the held-out sets apart (aggregate counts only: their cases are never read).
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import sqlglot
from sqlglot import exp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.harness.cases import Case, load_cases  # noqa: E402
from eval.harness.run import RunConfig, open_cluster, run_eval  # noqa: E402
from eval.harness.translators import TranslatorOptions  # noqa: E402
from kubequery.engine import Engine  # noqa: E402
from kubequery.translate.base import Translation, TranslationContext  # noqa: E402
from kubequery.translate.retrieval import terms  # noqa: E402

TARGETS = ROOT / "eval" / "written" / "stop30"
HELD_OUT = ("s30F", "s30G", "s30L", "s30M")
NAMED = (  # the tables whose object names a question may say
    *("pods", "deployments", "statefulsets", "daemonsets", "jobs", "cronjobs", "replicasets", "services"),
    *("configmaps", "secrets", "persistentvolumeclaims", "persistentvolumes", "storageclasses"),
    *("serviceaccounts", "roles", "clusterroles", "rolebindings", "clusterrolebindings", "ingresses"),
    *("horizontalpodautoscalers", "networkpolicies", "poddisruptionbudgets", "endpoints"),
)
_TOKEN = re.compile(r"[a-z0-9][a-z0-9._/-]*[a-z0-9]|[a-z0-9]")


def set_of(case: Case) -> str:
    return Path(case.file).stem


class Names:
    """A cluster's names, to find and type the ones a question says."""

    def __init__(self, engine: Engine) -> None:
        def column(sql: str) -> set[str]:
            return {str(r[0]).lower() for r in engine.query(sql).rows if r[0]}

        self.namespaces = column("SELECT name FROM namespaces")
        self.nodes = column("SELECT name FROM nodes")
        self.objects = set().union(*(column(f"SELECT DISTINCT name FROM {t}") for t in NAMED))
        self.prefixes = {"-".join(n.split("-")[:i]) for n in self.objects for i in range(1, n.count("-") + 1)}

    def kind(self, token: str) -> str | None:
        if token.isdigit():
            return "num"
        if token in self.namespaces:
            return "ns"
        if token in self.nodes:
            return "node"
        # a prefix counts only when it looks like a name: a dash or a digit ("vllm-gemma", not "data")
        shaped = "-" in token or any(ch.isdigit() for ch in token)
        named = token in self.objects or (shaped and token in self.prefixes)
        return "name" if named else None

    def said(self, question: str) -> dict[str, list[str]]:
        """Kind -> the names of that kind the question says, in order."""
        found: dict[str, list[str]] = defaultdict(list)
        for m in _TOKEN.finditer(question.lower()):
            kind = self.kind(m.group())
            if kind and m.group() not in found[kind]:
                found[kind].append(m.group())
        return dict(found)


def masked(question: str, said: dict[str, list[str]]) -> list[str]:
    text = question.lower()
    for kind, values in said.items():
        for v in sorted(values, key=len, reverse=True):
            text = re.sub(rf"(?<![a-z0-9-]){re.escape(v)}(?![a-z0-9-])", f" zz{kind} ", text)
    return terms(text)


def slots(case: Case, said: dict[str, list[str]]) -> list[tuple[str, str, str, int]]:
    """The gold SQL's literals the question said: (literal, the said part, its kind, its index)."""
    found = []
    for lit in sqlglot.parse_one(case.gold_sql or "", read="duckdb").find_all(exp.Literal):
        value = lit.this
        core = value.strip("%").rstrip("-").lower()
        if not lit.is_string:
            if value in said.get("num", []):
                found.append((value, value, "num", said["num"].index(value)))
            continue
        for kind in ("ns", "node", "name"):
            if core in said.get(kind, []):
                found.append((value, core, kind, said[kind].index(core)))
                break
        else:
            number = re.fullmatch(r"(\d+)\s*\w*", value)
            if number and number.group(1) in said.get("num", []):
                found.append((value, number.group(1), "num", said["num"].index(number.group(1))))
            elif case.namespace and core == case.namespace.lower():
                found.append((value, core, "here", 0))
    return found


class Bank:
    def __init__(self, names: dict[str, Names]) -> None:
        self.entries: list[dict] = []
        for case in load_cases(ROOT / "eval" / "cases", "dev") + load_cases(ROOT / "eval" / "written", "dev"):
            if set_of(case) in HELD_OUT or case.conversation or case.cluster.label not in names:
                continue
            said = names[case.cluster.label].said(case.question)
            counts = {k: len(v) for k, v in said.items()}
            entry = {"set": set_of(case), "terms": masked(case.question, said), "counts": counts}
            entry["case"] = case
            entry["slots"] = [] if case.decline else slots(case, said)
            self.entries.append(entry)
        df: Counter[str] = Counter(t for e in self.entries for t in set(e["terms"]))
        self.idf = {t: math.log(1 + len(self.entries) / f) for t, f in df.items()}
        self.index: dict[str, list[int]] = defaultdict(list)
        for i, e in enumerate(self.entries):
            for t in set(e["terms"]):
                self.index[t].append(i)

    def similarity(self, a: list[str], b: list[str]) -> float:
        both, either = set(a) & set(b), set(a) | set(b)
        weight = sum(self.idf.get(t, 5.0) for t in either)
        return sum(self.idf.get(t, 5.0) for t in both) / weight if weight else 0.0

    def nearest(self, query: list[str], leave_out: str) -> list[tuple[float, dict]]:
        near = {i for t in set(query) for i in self.index.get(t, ())}
        scored = [(self.similarity(query, self.entries[i]["terms"]), i) for i in near]
        scored = [(s, i) for s, i in scored if self.entries[i]["set"] != leave_out]
        return [(s, self.entries[i]) for s, i in sorted(scored, reverse=True)[:10]]


def refill(entry: dict, said: dict[str, list[str]], namespace: str | None) -> str | None:
    """The entry's gold SQL with the question's names in place of its own; None when they do not fit."""
    if {k: len(v) for k, v in said.items()} != entry["counts"]:
        return None
    sql = entry["case"].gold_sql
    for literal, core, kind, i in entry["slots"]:
        new = namespace if kind == "here" else said[kind][i]
        if new is None:
            return None
        if literal.isdigit() and kind != "here":
            sql = re.sub(rf"(?<![\w.'-]){literal}(?![\w.'])", new, sql)
        else:
            sql = sql.replace(f"'{literal}'", "'" + literal.replace(core, new, 1) + "'")
    return sql


class NearestCase:
    name = "nearest-case"

    def __init__(self, options: TranslatorOptions) -> None:
        specs = {c.cluster.label: c.cluster for c in load_cases(ROOT / "eval" / "cases", "dev")}
        self.names = {label: Names(Engine(open_cluster(spec))) for label, spec in specs.items()}
        self.bank = Bank(self.names)
        self.sets = {c.id: set_of(c) for c in options.cases}

    def translate(self, question: str, *, context: TranslationContext) -> Translation:
        names = self.names.get(context.cluster or "")
        if context.conversation or names is None:
            return Translation(declined=True, message="0")
        said = names.said(question)
        # the case id only says which set to leave out of the bank: the baseline's own cross-validation
        own_set = self.sets.get(context.case_id or "", "")
        for score, entry in self.bank.nearest(masked(question, said), own_set):
            if entry["case"].decline:
                return Translation(declined=True, message=f"{score}")
            sql = refill(entry, said, context.namespace)
            # "my pods" is matched only to questions asked in a namespace too
            if sql and bool(entry["case"].namespace) == bool(context.namespace):
                return Translation(sql=sql, message=f"{score}")
        return Translation(declined=True, message="0")


def main() -> None:
    out = ROOT / "reports" / "nearest-case"
    reports = {}
    for name in ("offline", "benchmarks.nearest_case:NearestCase"):
        config = RunConfig(translator=name, split="dev", cases_dir=TARGETS, fresh=True, progress=False)
        config.out = out / name.split(":")[-1]
        reports[name] = run_eval(config).report
    parser = {c["id"]: c["outcome"] in ("correct", "declined-correctly") for c in reports["offline"]["cases"]}
    print("nearest written case vs the offline parser, on eval/written/stop30 (leave-one-set-out)")
    print(f"{'':10}{'floor':>6}{'answered':>10}{'fixes':>7}{'breaks':>8}{'both wrong':>12}")
    nearest = reports["benchmarks.nearest_case:NearestCase"]["cases"]
    for held in (False, True):
        for floor in (0.9, 0.8, 0.7, 0.5, 0.0):
            tally: Counter[tuple[bool, bool]] = Counter()
            for c in nearest:
                run = c["runs"][0]
                if any(f"-{h}-" in c["id"] for h in HELD_OUT) != held or run["declined"]:
                    continue
                if float(run["message"] or 0) >= floor:
                    tally[(parser[c["id"]], c["outcome"] == "correct")] += 1
            label = "held out" if held else "tuned on"
            print(
                f"{label:10}{floor:>6}{sum(tally.values()):>10}{tally[(False, True)]:>7}"
                f"{tally[(True, False)]:>8}{tally[(False, False)]:>12}"
            )


if __name__ == "__main__":
    main()
