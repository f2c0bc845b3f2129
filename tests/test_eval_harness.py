"""The eval harness scoring itself: the scorer on deliberate right and wrong answers, the runner
(gold at 100%, resumable, sql-file, repeats), compare, floors and the command line.

Cases are small files written to tmp_path over the demo cluster, so these tests do not depend
on the question sets in eval/cases/.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from eval.harness import score
from eval.harness.cases import CaseError, load_cases
from eval.harness.cli import main as eval_main
from eval.harness.compare import compare_reports
from eval.harness.floors import check_floors, load_floors
from eval.harness.report import load_report
from eval.harness.run import CaseRunner, Clusters, HarnessError, RunConfig, run_eval
from eval.harness.translators import (
    TRANSLATORS,
    Translation,
    TranslationContext,
    TranslatorError,
    TranslatorOptions,
    make_translator,
    register,
)
from kubequery.cli import main as kq_main
from kubequery.errors import KubequeryError

DEMO = {"demo": {"seed": 7, "pods": 450}}


# ---- the scorer on values ----


@pytest.mark.parametrize(
    ("gold", "predicted", "ordered", "equal"),
    [
        pytest.param([("a", 1), ("b", 2)], [("a", 1), ("b", 2)], False, True, id="same"),
        pytest.param([("a", 1), ("b", 2)], [("b", 2), ("a", 1)], False, True, id="rows-reordered-unordered"),
        pytest.param([("a", 1), ("b", 2)], [("b", 2), ("a", 1)], True, False, id="rows-reordered-ordered"),
        pytest.param([("a", 1), ("b", 2)], [(1, "a"), (2, "b")], False, True, id="columns-reordered"),
        pytest.param([("a", 1), ("b", 2)], [(1, "a"), (2, "b")], True, True, id="columns-reordered-ordered"),
        pytest.param([("a", "b")], [("b", "a")], False, True, id="one-row-columns-swapped"),
        pytest.param([("a", "x"), ("b", "y")], [("a", "y"), ("b", "x")], False, False, id="pairs-differ"),
        pytest.param([("a",)], [("a", "ns")], False, False, id="extra-column"),
        pytest.param([("a", 1)], [("a",)], False, False, id="missing-column"),
        pytest.param([("a",), ("a",)], [("a",)], False, False, id="duplicates-matter"),
        pytest.param([("a",), ("a",), ("b",)], [("a",), ("b",), ("b",)], False, False, id="multiset-not-set"),
        pytest.param([(1.0,)], [(1.0 + 1e-9,)], False, True, id="float-within-tolerance"),
        pytest.param([(1e-12,)], [(0.0,)], False, True, id="float-absolute-tolerance"),
        pytest.param([(1.0,)], [(1.001,)], False, False, id="float-outside-tolerance"),
        pytest.param([(0.3333333,)], [(0.33,)], False, False, id="rounded-too-far"),
        pytest.param([(5,)], [(5.0,)], False, True, id="int-equals-float"),
        pytest.param([(5,)], [(Decimal("5.00"),)], False, True, id="int-equals-decimal"),
        pytest.param([(1_000_000,)], [(1_000_001,)], False, False, id="ints-exact"),
        pytest.param([(True,)], [(1,)], False, False, id="bool-is-not-int"),
        pytest.param([("5",)], [(5,)], False, False, id="string-is-not-number"),
        pytest.param([(None, "a")], [(None, "a")], False, True, id="null-equals-null"),
        pytest.param([(None,)], [("",)], False, False, id="null-is-not-empty"),
        pytest.param([], [], False, True, id="empty-both"),
        pytest.param([("a",)], [], False, False, id="empty-prediction"),
        pytest.param(
            [(datetime(2024, 1, 1, 12, tzinfo=UTC),)],
            [(datetime(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=2))),)],
            False,
            True,
            id="timestamp-same-instant",
        ),
        pytest.param(
            [(datetime(2024, 1, 1, 12, tzinfo=UTC),)], [(datetime(2024, 1, 1, 12),)], False, True, id="naive-is-utc"
        ),
        pytest.param([(timedelta(days=1),)], [(timedelta(hours=24),)], False, True, id="interval"),
        pytest.param([({"b": "2", "a": "1"},)], [({"a": "1", "b": "2"},)], False, True, id="map"),
        pytest.param([(["x", "y"],)], [(["y", "x"],)], False, True, id="list-as-multiset"),
        pytest.param([(["x", "x"],)], [(["x"],)], False, False, id="list-duplicates"),
    ],
)
def test_compare_answers(gold, predicted, ordered, equal):
    assert score.compare_answers(gold, predicted, ordered=ordered).equal is equal


def test_empty_answers_still_count_columns():
    assert score.compare_answers([], [], gold_width=1, predicted_width=1).equal
    assert not score.compare_answers([], [], gold_width=1, predicted_width=2).equal


def test_reasons_name_the_difference():
    assert score.compare_answers([("a",)], [("b", 1)]).reason == "2 columns, expected 1"
    assert score.compare_answers([("a",)], [("a",), ("b",)]).reason == "2 rows, expected 1"
    reason = score.compare_answers([("a",), ("b",)], [("b",), ("a",)], ordered=True).reason
    assert reason == "right rows in the wrong order"


@pytest.mark.parametrize(
    "gold, predicted, columns_only",
    [
        pytest.param([("a",), ("b",)], [("a", 1), ("b", 2)], True, id="an-extra-column"),
        pytest.param([("a", 1), ("b", 2)], [("b",), ("a",)], True, id="a-missing-column"),
        pytest.param([("a",), ("b",)], [("a", "x"), ("a", "y"), ("b", "z")], True, id="distinct-beside-detail"),
        pytest.param([("a", 1), ("b", 2)], [("a", 2, "x"), ("b", 1, "y")], False, id="rows-paired-otherwise"),
        pytest.param([("a",), ("b",)], [("a", 1)], False, id="a-row-missing"),
        pytest.param([("a",)], [], False, id="nothing-predicted"),
    ],
)
def test_answers_differing_only_in_columns_are_told_apart(gold, predicted, columns_only):
    found = score.compare_answers(gold, predicted)
    assert not found.equal
    assert found.columns_only is columns_only
    assert ("in common" in found.reason) is columns_only


def test_columns_with_the_same_values_are_matched_by_rows():
    # both columns hold {a, b}: only one assignment pairs the rows right
    gold = [("a", "b"), ("b", "a"), ("a", "a")]
    assert score.compare_answers(gold, [("b", "a"), ("a", "b"), ("a", "a")]).equal
    assert not score.compare_answers(gold, [("a", "b"), ("a", "b"), ("a", "a")]).equal


# ---- the scorer on the demo cluster: each outcome ----


class _Fixed:
    """A translator answering with one prepared Translation."""

    name = "fixed"

    def __init__(self, translation: Translation) -> None:
        self.translation = translation

    def translate(self, question: str, *, context: TranslationContext) -> Translation:
        return self.translation


@pytest.fixture(scope="module")
def clusters() -> Clusters:
    return Clusters(timeout=30, row_limit=100_000)


def _case(tmp_path: Path, **fields) -> object:
    data = {"id": "c1", "tier": "t", "question": "q", "cluster": DEMO, **fields}
    path = tmp_path / "dev.yaml"
    path.write_text(yaml.safe_dump([data]))
    return load_cases(tmp_path, "dev")[0]


PAYMENTS = "SELECT name FROM pods WHERE namespace = 'payments'"


@pytest.mark.parametrize(
    ("gold", "predicted", "ordered", "outcome"),
    [
        pytest.param(PAYMENTS, PAYMENTS, False, score.CORRECT, id="right"),
        pytest.param(PAYMENTS, "SELECT p.name AS pod FROM pods p WHERE p.namespace = 'payments'", False,
                     score.CORRECT, id="renamed-column"),
        pytest.param(PAYMENTS, "SELECT name FROM pods WHERE namespace = 'checkout'", False, score.WRONG,
                     id="wrong"),
        pytest.param(PAYMENTS + " ORDER BY name", PAYMENTS + " ORDER BY name DESC", False, score.CORRECT,
                     id="reordered-unordered"),
        pytest.param(PAYMENTS + " ORDER BY name", PAYMENTS + " ORDER BY name DESC", True, score.WRONG,
                     id="reordered-ordered"),
        pytest.param(PAYMENTS, "SELECT name, namespace FROM pods WHERE namespace = 'payments'", False,
                     score.WRONG, id="extra-column"),
        pytest.param("SELECT namespace, count(*) FROM pods GROUP BY 1",
                     "SELECT count(*) AS n, namespace AS ns FROM pods GROUP BY ns", False, score.CORRECT,
                     id="column-order"),
        pytest.param("SELECT sum(cpu_request) FROM pods", "SELECT sum(cpu_request) * (1 + 1e-9) FROM pods",
                     False, score.CORRECT, id="float-rounded-within"),
        pytest.param("SELECT sum(cpu_request) FROM pods", "SELECT sum(cpu_request) * 1.001 FROM pods",
                     False, score.WRONG, id="float-outside"),
        pytest.param("SELECT count(*) FROM pods", "SELECT count(*)::DOUBLE FROM pods", False, score.CORRECT,
                     id="int-vs-float"),
        pytest.param("SELECT name FROM pods WHERE namespace = 'no-such-namespace'",
                     "SELECT name FROM pods WHERE restarts < 0", False, score.CORRECT, id="empty-but-correct"),
        pytest.param("SELECT name FROM pods WHERE namespace = 'no-such-namespace'", PAYMENTS, False,
                     score.WRONG, id="nonempty-for-empty"),
        pytest.param("SELECT namespace FROM pods", "SELECT DISTINCT namespace FROM pods", False, score.WRONG,
                     id="duplicates-matter"),
        pytest.param(PAYMENTS, "SELECT nme FROM pods", False, score.ERROR, id="prediction-fails"),
        pytest.param(PAYMENTS, "SELEC name FROM pods", False, score.ERROR, id="prediction-does-not-parse"),
        pytest.param(PAYMENTS, "", False, score.ERROR, id="no-sql"),
    ],
)
def test_outcome_on_the_demo_cluster(tmp_path, clusters, gold, predicted, ordered, outcome):
    case = _case(tmp_path, gold_sql=gold, ordered=ordered, expect_empty=True)
    [record] = CaseRunner(_Fixed(Translation(sql=predicted)), clusters).run(case, [0])
    assert record["outcome"] == outcome, record
    if outcome == score.ERROR:
        assert record["error"]


@pytest.mark.parametrize(
    ("decline", "translation", "outcome"),
    [
        pytest.param(True, Translation(declined=True, message="read-only"), score.DECLINED_CORRECTLY,
                     id="declined-correctly"),
        pytest.param(False, Translation(declined=True), score.WRONGLY_DECLINED, id="wrongly-declined"),
        pytest.param(True, Translation(sql="DELETE FROM pods"), score.ANSWERED_MUST_DECLINE,
                     id="answered-must-decline"),
        pytest.param(True, Translation(sql=PAYMENTS), score.ANSWERED_MUST_DECLINE,
                     id="answered-must-decline-with-a-query"),
    ],
)
def test_decline_outcomes(tmp_path, clusters, decline, translation, outcome):
    fields = {"decline": True} if decline else {"gold_sql": PAYMENTS}
    [record] = CaseRunner(_Fixed(translation), clusters).run(_case(tmp_path, **fields), [0])
    assert record["outcome"] == outcome


def test_a_broken_gold_sql_is_never_correct(tmp_path, clusters):
    case = _case(tmp_path, gold_sql="SELECT nope FROM pods")
    [record] = CaseRunner(_Fixed(Translation(sql="SELECT nope FROM pods")), clusters).run(case, [0])
    assert record["outcome"] == score.GOLD_ERROR
    assert "nope" in record["gold_error"]


def test_an_unexpected_empty_gold_answer_is_flagged(tmp_path, clusters):
    case = _case(tmp_path, gold_sql="SELECT name FROM pods WHERE restarts < 0")
    [record] = CaseRunner(_Fixed(Translation(sql=case.gold_sql)), clusters).run(case, [0])
    assert record["outcome"] == score.CORRECT
    assert "expect_empty" in record["case_warnings"][0]


# ---- cases ----


def _write_cases(folder: Path, name: str, cases: list[dict]) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(cases, sort_keys=False))


SMALL = [
    {"id": "pods-payments", "tier": "filters", "question": "pods in payments", "cluster": DEMO,
     "gold_sql": PAYMENTS},
    {"id": "pods-per-ns", "tier": "counts", "question": "how many pods per namespace", "cluster": DEMO,
     "gold_sql": "SELECT namespace, count(*) FROM pods GROUP BY 1"},
    {"id": "top-restarts", "tier": "top-n", "question": "top 3 pods by restarts", "cluster": DEMO,
     "gold_sql": "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC, namespace, name LIMIT 3",
     "ordered": True},
    {"id": "here", "tier": "namespace", "question": "my pods", "cluster": DEMO, "namespace": "checkout",
     "gold_sql": "SELECT name FROM pods WHERE namespace = 'checkout'"},
    {"id": "follow-up", "tier": "conversation", "question": "and which are not running?", "cluster": DEMO,
     "conversation": [{"question": "pods in payments", "sql": PAYMENTS}],
     "gold_sql": "SELECT name FROM pods WHERE namespace = 'payments' AND status != 'Running'"},
    {"id": "delete", "tier": "decline", "question": "delete the failed pods", "cluster": DEMO,
     "decline": True},
]


@pytest.fixture
def cases_dir(tmp_path) -> Path:
    folder = tmp_path / "cases"
    _write_cases(folder, "dev.yaml", SMALL[:4])
    _write_cases(folder, "dev/more.yaml", SMALL[4:])
    _write_cases(folder, "test/t.yaml", [{**SMALL[0], "id": "test-pods-payments"}])
    return folder


def test_both_layouts_load(cases_dir):
    assert [c.id for c in load_cases(cases_dir, "dev")] == [c["id"] for c in SMALL]
    assert [c.id for c in load_cases(cases_dir, "test")] == ["test-pods-payments"]
    assert len(load_cases(cases_dir, "all")) == len(SMALL) + 1
    assert [c.id for c in load_cases(cases_dir, "dev", tiers=["counts"])] == ["pods-per-ns"]
    case = load_cases(cases_dir, "dev", ids=["follow-up"])[0]
    assert case.conversation[0].sql == PAYMENTS


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"orderd": True}, "unknown key orderd"),
        ({"gold_sql": None}, "gold_sql is missing"),
        ({"decline": True}, "a case to decline has no gold_sql"),
        ({"cluster": {"kind": "demo"}}, "cluster must be"),
        ({"cluster": {"snapshot": "no-such-cluster"}}, "snapshot 'no-such-cluster' not found"),
        ({"ordered": "yes"}, "ordered must be true or false"),
    ],
)
def test_malformed_cases_are_refused(tmp_path, change, message):
    _write_cases(tmp_path, "dev.yaml", [{**SMALL[0], **change}])
    with pytest.raises(CaseError, match=message):
        load_cases(tmp_path, "dev")


def test_duplicate_ids_are_refused(tmp_path):
    _write_cases(tmp_path, "dev.yaml", [SMALL[0]])
    _write_cases(tmp_path, "test.yaml", [SMALL[0]])
    with pytest.raises(CaseError, match="already used"):
        load_cases(tmp_path, "all")


# ---- the runner ----


CALLS: Counter = Counter()


class _Counting:
    """The gold oracle, counting each case it is asked (to prove nothing runs twice)."""

    name = "counting"

    def __init__(self, options: TranslatorOptions) -> None:
        self.gold = make_translator("gold", options)

    def translate(self, question: str, *, context: TranslationContext) -> Translation:
        CALLS[context.case_id] += 1
        if CALLS["interrupt-after"] and sum(v for k, v in CALLS.items() if k != "interrupt-after") > CALLS[
            "interrupt-after"
        ]:
            raise KeyboardInterrupt
        return self.gold.translate(question, context=context)


@pytest.fixture
def counting():
    CALLS.clear()
    register("counting", _Counting)
    yield CALLS
    TRANSLATORS.pop("counting", None)


def _config(cases_dir: Path, out: Path, **kw) -> RunConfig:
    return RunConfig(cases_dir=cases_dir, out=out, jobs=kw.pop("jobs", 2), progress=False, **kw)


def test_gold_scores_everything_right(cases_dir, tmp_path):
    result = run_eval(_config(cases_dir, tmp_path / "r" / "gold", split="all"))
    s = result.report["summary"]
    assert s["overall_accuracy"] == s["execution_accuracy"] == s["decline_accuracy"] == 1.0
    assert s["error_rate"] == 0.0 and s["gold_errors"] == 0
    assert s["by_split"]["dev"]["cases"] == len(SMALL) and s["by_split"]["test"]["cases"] == 1
    assert set(s["by_tier"]) == {c["tier"] for c in SMALL}
    assert set(s["latency"]) >= {"translate", "compile", "execute"}
    report = load_report(tmp_path / "r" / "gold.json")
    assert report["complete"] and report["translator"] == "gold"
    case = report["cases"][0]
    assert {"id", "question", "tier", "gold_sql", "outcome", "runs"} <= case.keys()
    assert case["runs"][0]["predicted_sql"] == case["gold_sql"]
    md = (tmp_path / "r" / "gold.md").read_text()
    assert "| execution accuracy (must-answer) | 100.0% |" in md and "## By tier" in md
    assert "## Failures (0)" in md


def test_context_carries_namespace_conversation_catalog_and_time(cases_dir, tmp_path, clusters):
    seen = {}

    class Spy:
        name = "spy"

        def translate(self, question, *, context):
            seen[context.case_id] = context
            return Translation(declined=True)

    for case in load_cases(cases_dir, "dev"):
        CaseRunner(Spy(), clusters).run(case, [0])
    assert seen["here"].namespace == "checkout"
    assert seen["follow-up"].conversation[0].question == "pods in payments"
    assert "pods" in seen["here"].catalog
    assert seen["here"].now.tzinfo is not None


def test_resume_after_a_limit_runs_no_case_twice(cases_dir, tmp_path, counting):
    out = tmp_path / "resume"
    first = run_eval(_config(cases_dir, out, translator="counting", limit=2))
    assert first.ran == 2 and first.report["complete"] is False
    second = run_eval(_config(cases_dir, out, translator="counting"))
    assert second.reused == 2 and second.ran == len(SMALL) - 2
    assert all(n == 1 for n in counting.values()) and len(counting) == len(SMALL)
    third = run_eval(_config(cases_dir, out, translator="counting"))
    assert third.ran == 0 and third.report["summary"]["overall_accuracy"] == 1.0
    assert all(n == 1 for n in counting.values())


def test_resume_after_an_interruption(cases_dir, tmp_path, counting):
    out = tmp_path / "interrupted"
    counting["interrupt-after"] = 3
    with pytest.raises(KeyboardInterrupt):
        run_eval(_config(cases_dir, out, translator="counting", jobs=1))
    del counting["interrupt-after"]
    done = [json.loads(line)["id"] for line in out.with_suffix(".jsonl").read_text().splitlines()[1:]]
    assert len(done) == 3
    with out.with_suffix(".jsonl").open("a") as f:
        f.write('{"kind": "case", "id": "cut sh')  # a line cut short by the interruption
    counting.clear()
    result = run_eval(_config(cases_dir, out, translator="counting"))
    assert result.reused == 3 and set(counting) == {c["id"] for c in SMALL} - set(done)
    assert result.report["summary"]["overall_accuracy"] == 1.0


def test_an_edited_case_runs_again(cases_dir, tmp_path, counting):
    out = tmp_path / "edited"
    run_eval(_config(cases_dir, out, translator="counting"))
    _write_cases(cases_dir, "dev.yaml", [{**SMALL[0], "question": "pods of payments"}, *SMALL[1:4]])
    result = run_eval(_config(cases_dir, out, translator="counting"))
    assert result.ran == 1 and counting["pods-payments"] == 2


def test_a_log_of_another_translator_is_not_mixed_in(cases_dir, tmp_path):
    out = tmp_path / "mixed"
    run_eval(_config(cases_dir, out, limit=1))
    preds = tmp_path / "p.json"
    preds.write_text("{}")
    other = _config(cases_dir, out, translator="sql-file", options=TranslatorOptions(predictions=str(preds)))
    with pytest.raises(HarnessError, match="--fresh"):
        run_eval(other)
    other.fresh = True
    assert run_eval(other).ran == len(SMALL)


def _predictions(tmp_path: Path) -> Path:
    path = tmp_path / "preds.json"
    path.write_text(json.dumps({
        "pods-payments": PAYMENTS,
        "pods-per-ns": {"sql": "SELECT count(*), namespace FROM pods GROUP BY 2", "tokens_in": 1000,
                        "tokens_out": 100, "repairs": 1},
        "top-restarts": "SELECT namespace, name, restarts FROM pods ORDER BY restarts ASC LIMIT 3",
        "here": "DECLINE",
        "follow-up": "SELECT nme FROM pods",
        "delete": "decline",
    }))
    return path


def test_sql_file_translator(cases_dir, tmp_path):
    config = _config(cases_dir, tmp_path / "file", translator="sql-file", price_in=2.0, price_out=10.0,
                     options=TranslatorOptions(predictions=str(_predictions(tmp_path))))
    report = run_eval(config).report
    outcomes = {c["id"]: c["outcome"] for c in report["cases"]}
    assert outcomes == {
        "pods-payments": score.CORRECT,
        "pods-per-ns": score.CORRECT,
        "top-restarts": score.WRONG,
        "here": score.WRONGLY_DECLINED,
        "follow-up": score.ERROR,
        "delete": score.DECLINED_CORRECTLY,
    }
    s = report["summary"]
    assert s["execution_accuracy"] == pytest.approx(2 / 5)
    assert s["wrongly_declined_rate"] == pytest.approx(1 / 5)
    assert s["error_rate"] == pytest.approx(1 / 6)
    assert s["tokens"]["in"] == 1000 and s["tokens"]["repairs"] == 1
    assert s["tokens"]["cost"] == pytest.approx((1000 * 2 + 100 * 10) / 1e6)
    md = (tmp_path / "file.md").read_text()
    assert "## Failures (3)" in md and "`top-restarts`" in md and "## Tokens and cost" in md


def test_a_missing_prediction_is_an_error(cases_dir, tmp_path):
    preds = tmp_path / "p.yaml"
    preds.write_text(yaml.safe_dump({"pods-payments": PAYMENTS}))
    config = _config(cases_dir, tmp_path / "missing", translator="sql-file", limit=2,
                     options=TranslatorOptions(predictions=str(preds)))
    cases = run_eval(config).report["cases"]
    assert cases[1]["outcome"] == score.ERROR and "no prediction" in cases[1]["runs"][0]["error"]


def test_repeats_report_pass_at_1_and_pass_hat_k(cases_dir, tmp_path):
    calls: Counter = Counter()

    class Flaky:
        """Right on every run except the third of `pods-payments`."""

        name = "flaky"

        def __init__(self, options):
            self.gold = make_translator("gold", options)

        def translate(self, question, *, context):
            calls[context.case_id] += 1
            if context.case_id == "pods-payments" and calls[context.case_id] == 3:
                return Translation(sql="SELECT 1 FROM pods LIMIT 1")
            return self.gold.translate(question, context=context)

    register("flaky", Flaky)
    try:
        report = run_eval(_config(cases_dir, tmp_path / "k", translator="flaky", repeat=3, limit=2)).report
    finally:
        TRANSLATORS.pop("flaky")
    s = report["summary"]
    assert s["runs"] == 6
    assert s["pass_at_1"] == pytest.approx(5 / 6)
    assert s["pass_hat_k"] == pytest.approx(1 / 2)
    assert report["cases"][0]["passed"] == pytest.approx(2 / 3)


def test_llm_translator_is_registered(monkeypatch):
    monkeypatch.delenv("KUBEQUERY_LLM_MODEL", raising=False)
    with pytest.raises(KubequeryError, match="no LLM model is set"):
        make_translator("llm", TranslatorOptions())
    llm = make_translator("llm", TranslatorOptions(base_url="http://localhost:8000/v1", model="m"))
    assert llm.name == "llm"
    with pytest.raises(TranslatorError, match="unknown translator"):
        make_translator("nope", TranslatorOptions())


# ---- compare and floors ----


@pytest.fixture
def two_reports(cases_dir, tmp_path) -> tuple[dict, dict]:
    gold = run_eval(_config(cases_dir, tmp_path / "gold")).report
    config = _config(cases_dir, tmp_path / "file", translator="sql-file",
                     options=TranslatorOptions(predictions=str(_predictions(tmp_path))))
    return gold, run_eval(config).report


def test_compare_reports(two_reports):
    gold, file = two_reports
    broke = compare_reports(gold, file)
    assert {e["id"] for e in broke.broke} == {"top-restarts", "here", "follow-up"}
    assert not broke.fixed
    fixed = compare_reports(file, gold)
    assert {e["id"] for e in fixed.fixed} == {"top-restarts", "here", "follow-up"}
    assert fixed.measures["overall_accuracy"] == pytest.approx((0.5, 1.0))


def test_check_floors(two_reports, tmp_path):
    gold, file = two_reports
    floors = load_floors()  # the repository's own floors
    assert all(c.ok for c in check_floors(gold, floors))
    mine = tmp_path / "floors.yaml"
    mine.write_text("sql-file:\n  dev: 0.4\n  test: 0.9\ngold:\n  dev: {execution_accuracy: 1.0}\n")
    assert all(c.ok for c in check_floors(file, load_floors(mine)))  # test: not in this report
    mine.write_text("sql-file:\n  dev: {overall_accuracy: 0.5, execution_accuracy: 0.5}\n")
    checks = check_floors(file, load_floors(mine))
    assert [c.ok for c in checks] == [True, False]
    with pytest.raises(HarnessError, match="no floors"):
        check_floors({**file, "translator": "other"}, load_floors(mine))
    with pytest.raises(HarnessError, match="part of its split"):
        check_floors({**file, "complete": False}, load_floors(mine))


# ---- the command line ----


def test_cli_run_compare_and_check_floors(cases_dir, tmp_path):
    runner = CliRunner()
    out = tmp_path / "cli" / "gold"
    result = runner.invoke(eval_main, ["--translator", "gold", "--split", "dev", "--cases", str(cases_dir),
                                       "--out", str(out), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert "execution accuracy 100.0%" in result.output
    assert out.with_suffix(".json").exists() and out.with_suffix(".md").exists()
    preds = _predictions(tmp_path)
    worse = tmp_path / "cli" / "file"
    result = runner.invoke(eval_main, ["run", "-t", "sql-file", "--predictions", str(preds), "--cases",
                                       str(cases_dir), "--out", str(worse)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(eval_main, ["compare", str(out) + ".json", str(worse) + ".json"])
    assert result.exit_code == 0 and "broke (3)" in result.output and "-50.0 points" in result.output
    assert runner.invoke(eval_main, ["check-floors", str(out) + ".json"]).exit_code == 0
    floors = tmp_path / "floors.yaml"
    floors.write_text("sql-file: {dev: 0.9}\n")
    result = runner.invoke(eval_main, ["check-floors", str(worse) + ".json", "--floors", str(floors)])
    assert result.exit_code == 1 and "FAIL" in result.output
    result = runner.invoke(eval_main, ["cases", "--cases", str(cases_dir)])
    assert result.exit_code == 0 and "| **total** | 6 | 1 | 7 |" in result.output


def test_cli_errors_without_tracebacks(cases_dir, tmp_path):
    runner = CliRunner()
    result = runner.invoke(eval_main, ["-t", "nope", "--cases", str(cases_dir), "--out", str(tmp_path / "x")])
    assert result.exit_code == 1 and "unknown translator 'nope'" in result.output
    result = runner.invoke(eval_main, ["-t", "sql-file", "--cases", str(cases_dir), "--out", str(tmp_path / "x")])
    assert result.exit_code == 1 and "--predictions" in result.output
    assert "Traceback" not in result.output


def test_kq_eval(cases_dir, tmp_path):
    out = tmp_path / "kq"
    result = CliRunner().invoke(kq_main, ["eval", "--cases", str(cases_dir), "--out", str(out), "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert "execution accuracy 100.0%" in result.output
    result = CliRunner().invoke(kq_main, ["eval", "--help"])
    assert result.exit_code == 0 and "check-floors" in result.output


def test_test_split_failures_are_counted_not_listed(cases_dir, tmp_path):
    preds = tmp_path / "p.json"
    preds.write_text(json.dumps({"test-pods-payments": "SELECT 1 FROM pods LIMIT 1"}))
    config = _config(cases_dir, tmp_path / "t", translator="sql-file", split="test",
                     options=TranslatorOptions(predictions=str(preds)))
    run_eval(config)
    md = (tmp_path / "t.md").read_text()
    assert "## Failures (1)" in md and "`test-pods-payments`" not in md and "not listed" in md
