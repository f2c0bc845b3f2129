"""Event reasons named in plain words, and how often a cron job runs said in words."""

from __future__ import annotations

import pytest

from kubequery.translate import cron, reasons

HELD = [
    "FailedGetResourceMetric",
    "FailedComputeMetricsReplicas",
    "NodeHasDiskPressure",
    "FailedAttachVolume",
    "FailedCreate",
    "SuccessfulCreate",
    "Killing",
    "Evicted",
    "ProvisioningFailed",
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("events about disk pressure", ["NodeHasDiskPressure"]),
        ("replicaset create failures", ["FailedCreate"]),
        ("pods failing to attach volumes", ["FailedAttachVolume"]),
        ("hpa metric failures", ["FailedComputeMetricsReplicas", "FailedGetResourceMetric"]),
        ("which pods were killed", ["Killing"]),
        ("provisioning failures", ["ProvisioningFailed"]),
        ("failed events", []),  # "fail" alone names every failure
        ("warning events in payments", []),
    ],
)
def test_reasons_named_in_words(question, expected):
    assert reasons.named(question, HELD) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which volumes failed to provision and why?", ["ProvisioningFailed"]),  # not FailedAttachVolume
        ("volumes that failed to attach", ["FailedAttachVolume"]),
    ],
)
def test_what_failed_to_happen_picks_the_reason(question, expected):
    assert reasons.failed_to(question, reasons.named(question, HELD)) == expected


@pytest.mark.parametrize(
    ("question", "held", "expected"),
    [
        ("cron jobs that run every 15 minutes", ["*/15 * * * *", "0 * * * *"], ["*/15 * * * *"]),
        ("daily at 2am", ["0 2 * * *", "0 3 * * *", "*/5 * * * *"], ["0 2 * * *"]),
        ("nightly jobs", ["0 2 * * *", "30 6 * * 1"], ["0 2 * * *"]),
        ("hourly", ["0 * * * *", "@hourly", "0 2 * * *"], ["0 * * * *", "@hourly"]),
        ("every 6 hours", ["30 */6 * * *", "0 */2 * * *"], ["30 */6 * * *"]),
        ("weekly", ["30 6 * * 1", "0 2 * * *"], ["30 6 * * 1"]),
        ("cron jobs in batch", ["0 2 * * *"], []),
    ],
)
def test_cron_frequencies_match_the_schedules_held(question, held, expected):
    assert cron.schedules(question, held) == expected
