"""Events said the short way: "pods with events in the past 2m" is a time window (the words after "with" were
searched in the messages), "warning event reasons" are the warnings' reasons, and a namespace's total event
count or its noisiness counts repeats (sum of count), as "total count" already did."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows, ctx


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "po w/ ev in the past 2m",
            "SELECT DISTINCT namespace, involved_name FROM events "
            "WHERE involved_kind = 'Pod' AND last_seen > now() - INTERVAL 2 MINUTE",
        ),
        (
            "pods with events in the last hour",
            "SELECT DISTINCT namespace, involved_name FROM events "
            "WHERE involved_kind = 'Pod' AND last_seen > now() - INTERVAL 1 HOUR",
        ),
    ],
)
def test_with_events_in_a_window_is_no_message_search(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("distinct Warning ev reasons", "SELECT DISTINCT reason FROM events WHERE type = 'Warning'"),
        (
            "warning event reasons in data",
            "SELECT DISTINCT reason FROM events WHERE namespace = 'data' AND type = 'Warning'",
        ),
        (
            "warning event reasons and how many of each",
            "SELECT reason, count(*) FROM events WHERE type = 'Warning' GROUP BY reason",
        ),
        (
            "noisiest ns by total event count",
            "SELECT namespace, sum(count) AS n FROM events GROUP BY namespace ORDER BY n DESC LIMIT 1",
        ),
        (
            "what's the noisiest namespace?",
            "SELECT namespace, sum(count) AS n FROM events GROUP BY namespace ORDER BY n DESC LIMIT 1",
        ),
        (
            "top 3 namespaces by total event count",
            "SELECT namespace, sum(count) AS n FROM events GROUP BY namespace ORDER BY n DESC LIMIT 3",
        ),
    ],
)
def test_event_reasons_and_totals(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    "question",
    [
        "which pods opened connections to the postgres service in data in the last hour?",
        "which pods have open connections to postgres",
        "who launched the fraud-detector pods in payments?",
        "who spun up the web-preview deployment?",
    ],
)
def test_connections_and_who_did_it_are_declined(translator, question):
    """Connections made are not kept by the API, and who launched something is audit history."""
    assert translator.translate(question, context=ctx()).declined


@pytest.mark.parametrize("question", ["who can create pods in payments?", "pods launched in the last hour"])
def test_who_may_and_when_are_still_answered(translator, question):
    assert not translator.translate(question, context=ctx()).declined
