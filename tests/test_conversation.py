"""Conversation ids: the turns come back as they went in, and nobody can forge or borrow one."""

from __future__ import annotations

import pytest

from kubequery.conversation import KEEP_TURNS, ConversationError, Conversations
from kubequery.translate.base import Turn

TURNS = (
    Turn("pods in payments", "SELECT name FROM pods WHERE namespace = 'payments'"),
    Turn("how many?", "SELECT count(*) FROM pods WHERE namespace = 'payments'"),
)


@pytest.fixture
def conversations() -> Conversations:
    return Conversations("shared-secret")


def test_turns_round_trip_for_their_owner(conversations):
    cid = conversations.encode(TURNS, owner="alice")
    assert conversations.decode(cid, owner="alice") == TURNS
    assert conversations.decode(None) == () and conversations.decode("") == ()


def test_another_replica_with_the_same_secret_reads_it(conversations):
    cid = conversations.append(None, TURNS[0], owner="alice")
    assert Conversations("shared-secret").decode(cid, owner="alice") == TURNS[:1]


def test_only_the_last_turns_are_kept(conversations):
    many = tuple(Turn(f"q{i}", f"SELECT {i}") for i in range(KEEP_TURNS + 3))
    assert conversations.decode(conversations.encode(many)) == many[-KEEP_TURNS:]


@pytest.mark.parametrize(
    "forge",
    [
        lambda cid: cid[:-2] + ("AA" if not cid.endswith("AA") else "BB"),  # signature altered
        lambda cid: "X" + cid,  # body altered
        lambda cid: cid.replace(".", ""),  # no signature
        lambda cid: "not-an-id",
        lambda cid: "a" * 20_000 + "." + "b",
    ],
)
def test_altered_ids_are_refused(conversations, forge):
    cid = conversations.encode(TURNS, owner="alice")
    with pytest.raises(ConversationError):
        conversations.decode(forge(cid), owner="alice")


def test_someone_elses_or_another_servers_id_is_refused(conversations):
    cid = conversations.encode(TURNS, owner="alice")
    with pytest.raises(ConversationError):
        conversations.decode(cid, owner="bob")
    with pytest.raises(ConversationError):
        Conversations("other-secret").decode(cid, owner="alice")
