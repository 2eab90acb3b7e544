"""Transactions through the broker core: TxnOffsetCommit, read_committed Fetch, verification."""

from __future__ import annotations

import pytest

from models.txn_client import (
    READ_COMMITTED,
    READ_UNCOMMITTED,
    TxnClient,
    read_committed_view,
)
from reference.core.groups.offsets import OffsetStore
from reference.core.groups.offsets_classic import ClassicGroupView
from reference.core.groups.offsets_values import PartitionCommit
from reference.core.offsets_topic import OFFSETS_TOPIC
from reference.sim.inprocess import CoreClient
from spec.generated.errors import ErrorCode

GROUP = "group"
TXN = "txn"


@pytest.fixture
def client() -> TxnClient:
    driver = TxnClient(CoreClient(), "topic", 2)
    driver.setup(GROUP)
    return driver


def begin_with_offsets(client: TxnClient) -> tuple[int, int]:
    error, producer_id, epoch = client.init(TXN)
    assert error == ErrorCode.NONE
    assert client.add_partitions(TXN, producer_id, epoch, (0,)) == ErrorCode.NONE
    assert client.produce(TXN, producer_id, epoch, 0, 0, [b"a", b"b"]) == ErrorCode.NONE
    assert client.add_offsets(TXN, producer_id, epoch, GROUP) == ErrorCode.NONE
    return producer_id, epoch


def offsets_partition_lso(client: TxnClient) -> tuple[int, int]:
    broker = client.core.broker
    partition = broker.partition(OFFSETS_TOPIC, broker.groups.partition_of(GROUP))
    assert partition is not None
    return partition.last_stable_offset, partition.high_watermark


def test_transactional_offsets_are_unstable_until_the_commit_marker(client: TxnClient) -> None:
    producer_id, epoch = begin_with_offsets(client)
    assert client.commit_offsets(TXN, producer_id, epoch, GROUP, {0: 5}) == {0: ErrorCode.NONE}
    assert client.fetch_offsets(GROUP, (0,), True) == {0: (ErrorCode.UNSTABLE_OFFSET_COMMIT, -1)}
    assert client.fetch_offsets(GROUP, (0,), False) == {0: (ErrorCode.NONE, -1)}
    stable, high_watermark = offsets_partition_lso(client)
    assert stable < high_watermark  # the transactional batch holds the LSO
    assert client.end(TXN, producer_id, epoch, True) == ErrorCode.NONE
    assert client.fetch_offsets(GROUP, (0,), True) == {0: (ErrorCode.NONE, 5)}
    assert offsets_partition_lso(client)[0] == offsets_partition_lso(client)[1]


def test_aborted_transactional_offsets_are_dropped(client: TxnClient) -> None:
    producer_id, epoch = begin_with_offsets(client)
    client.commit_offsets(TXN, producer_id, epoch, GROUP, {0: 5})
    assert client.end(TXN, producer_id, epoch, False) == ErrorCode.NONE
    assert client.fetch_offsets(GROUP, (0,), True) == {0: (ErrorCode.NONE, -1)}


def test_committed_transactional_offsets_survive_a_restart(client: TxnClient) -> None:
    producer_id, epoch = begin_with_offsets(client)
    client.commit_offsets(TXN, producer_id, epoch, GROUP, {0: 9, 1: 4})
    client.end(TXN, producer_id, epoch, True)
    client.core.restart(crash=False)
    client.tick()
    assert client.fetch_offsets(GROUP, (0, 1), True) == {0: (ErrorCode.NONE, 9),
                                                         1: (ErrorCode.NONE, 4)}


def test_pending_offsets_reload_as_pending_and_then_commit(client: TxnClient) -> None:
    producer_id, epoch = begin_with_offsets(client)
    client.commit_offsets(TXN, producer_id, epoch, GROUP, {0: 9})
    client.core.restart(crash=False)
    client.tick()
    assert client.fetch_offsets(GROUP, (0,), True)[0][0] == ErrorCode.UNSTABLE_OFFSET_COMMIT
    assert client.end(TXN, producer_id, epoch, True) == ErrorCode.NONE
    assert client.fetch_offsets(GROUP, (0,), True) == {0: (ErrorCode.NONE, 9)}


def test_offsets_of_a_group_not_added_to_the_transaction_are_invalid_txn_state(
        client: TxnClient) -> None:
    _, producer_id, epoch = client.init(TXN)
    client.add_partitions(TXN, producer_id, epoch, (0,))
    answer = client.commit_offsets(TXN, producer_id, epoch, GROUP, {0: 1})
    assert answer == {0: ErrorCode.INVALID_TXN_STATE}


def test_a_fenced_producer_cannot_commit_offsets(client: TxnClient) -> None:
    producer_id, epoch = begin_with_offsets(client)
    # A new instance fences the old one: its first InitProducerId aborts the open transaction
    # (CONCURRENT_TRANSACTIONS), the retry gets the bumped epoch.
    assert client.init(TXN)[0] == ErrorCode.CONCURRENT_TRANSACTIONS
    error, _, new_epoch = client.init(TXN)
    assert error == ErrorCode.NONE and new_epoch > epoch
    answer = client.commit_offsets(TXN, producer_id, epoch, GROUP, {0: 1})
    assert answer == {0: ErrorCode.INVALID_PRODUCER_EPOCH}


def test_request_level_refusals(client: TxnClient) -> None:
    producer_id, epoch = begin_with_offsets(client)
    assert client.commit_offsets(TXN, producer_id, epoch, "", {0: 1}) == {
        0: ErrorCode.INVALID_GROUP_ID}
    assert client.commit_offsets(TXN, producer_id, epoch, GROUP, {7: 1}) == {
        7: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION}


def test_unknown_group_with_a_generation_is_illegal_generation(client: TxnClient) -> None:
    from spec.generated.txn_offset_commit import TxnOffsetCommitRequest
    producer_id, epoch = begin_with_offsets(client)
    request = TxnOffsetCommitRequest(
        transactional_id=TXN, group_id=GROUP, producer_id=producer_id, producer_epoch=epoch,
        generation_id=3, member_id="m", topics=(TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic(
            name="topic", partitions=(
                TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition(
                    partition_index=0, committed_offset=1),)),))
    answer = client.call(request, 3)
    assert answer.topics[0].partitions[0].error_code == ErrorCode.ILLEGAL_GENERATION


def test_read_committed_fetch_lists_the_aborted_transaction(client: TxnClient) -> None:
    _, producer_id, epoch = client.init(TXN)
    client.add_partitions(TXN, producer_id, epoch, (0,))
    client.produce(TXN, producer_id, epoch, 0, 0, [b"aborted"])
    client.end(TXN, producer_id, epoch, False)
    client.add_partitions(TXN, producer_id, epoch, (0,))
    client.produce(TXN, producer_id, epoch, 1, 0, [b"committed"])
    client.end(TXN, producer_id, epoch, True)
    view, controls = client.fetch(0, READ_COMMITTED)
    assert view.aborted == ((producer_id, 0),)
    assert [record.value for record in read_committed_view(view, controls)] == [b"committed"]
    uncommitted, _ = client.fetch(0, READ_UNCOMMITTED)
    assert [record.value for record in uncommitted.records] == [b"aborted", b"committed"]


def test_read_committed_stops_at_an_open_transaction(client: TxnClient) -> None:
    _, producer_id, epoch = client.init(TXN)
    client.add_partitions(TXN, producer_id, epoch, (0,))
    client.produce(TXN, producer_id, epoch, 0, 0, [b"open"])
    view, _ = client.fetch(0, READ_COMMITTED)
    assert view.records == () and view.last_stable_offset == 0 and view.high_watermark == 1


def test_describe_and_list_transactions(client: TxnClient) -> None:
    from spec.generated.describe_transactions import DescribeTransactionsRequest
    from spec.generated.list_transactions import ListTransactionsRequest
    producer_id, epoch = begin_with_offsets(client)
    described = client.call(DescribeTransactionsRequest(transactional_ids=(TXN, "nobody", "")), 0)
    ongoing, unknown, empty = described.transaction_states
    assert (ongoing.error_code, ongoing.transaction_state) == (ErrorCode.NONE, "Ongoing")
    assert (ongoing.producer_id, ongoing.producer_epoch) == (producer_id, epoch)
    assert {(topic.topic, topic.partitions) for topic in ongoing.topics} == {
        ("topic", (0,)), (OFFSETS_TOPIC, (client.core.broker.groups.partition_of(GROUP),))}
    assert unknown.error_code == ErrorCode.TRANSACTIONAL_ID_NOT_FOUND
    assert empty.error_code == ErrorCode.INVALID_REQUEST
    listed = client.call(ListTransactionsRequest(state_filters=("Ongoing", "Bogus")), 1)
    assert [(entry.transactional_id, entry.transaction_state)
            for entry in listed.transaction_states] == [(TXN, "Ongoing")]
    assert listed.unknown_state_filters == ("Bogus",)
    client.end(TXN, producer_id, epoch, True)
    listed = client.call(ListTransactionsRequest(state_filters=("Ongoing",)), 1)
    assert listed.transaction_states == ()


def test_describe_producers_shows_the_open_transaction(client: TxnClient) -> None:
    from spec.generated.describe_producers import DescribeProducersRequest
    producer_id, epoch = begin_with_offsets(client)
    request = DescribeProducersRequest(topics=(DescribeProducersRequest.TopicRequest(
        name="topic", partition_indexes=(0, 9)),))
    answered, missing = client.call(request, 0).topics[0].partitions
    assert missing.error_code == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    (state,) = answered.active_producers
    assert (state.producer_id, state.producer_epoch, state.last_sequence) == (producer_id, epoch, 1)
    assert state.current_txn_start_offset == 0
    client.end(TXN, producer_id, epoch, True)
    (state,) = client.call(request, 0).topics[0].partitions[0].active_producers
    assert state.current_txn_start_offset == -1


def write_marker(client: TxnClient, producer_id: int, epoch: int, commit: bool,
                 partition: int = 0) -> int:
    from spec.generated.write_txn_markers import WriteTxnMarkersRequest
    request = WriteTxnMarkersRequest(markers=(WriteTxnMarkersRequest.WritableTxnMarker(
        producer_id=producer_id, producer_epoch=epoch, transaction_result=commit,
        coordinator_epoch=0, topics=(WriteTxnMarkersRequest.WritableTxnMarkerTopic(
            name="topic", partition_indexes=(partition,)),)),))
    answer = client.call(request, 1)
    return int(answer.markers[0].topics[0].partitions[0].error_code)


def test_write_txn_markers_ends_a_partition_transaction(client: TxnClient) -> None:
    producer_id, epoch = begin_with_offsets(client)
    assert write_marker(client, producer_id, epoch, False) == ErrorCode.NONE
    view, controls = client.fetch(0, READ_COMMITTED)
    assert view.aborted == ((producer_id, 0),) and read_committed_view(view, controls) == []
    client.init(TXN)  # aborts the coordinator's open transaction with a bumped epoch
    assert write_marker(client, producer_id, epoch, True) == ErrorCode.INVALID_PRODUCER_EPOCH
    assert write_marker(client, producer_id, -1, True) == ErrorCode.INVALID_PRODUCER_EPOCH
    assert write_marker(client, producer_id, epoch, True, 9) == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION


def test_a_transactional_batch_outside_the_transaction_is_refused(client: TxnClient) -> None:
    _, producer_id, epoch = client.init(TXN)
    assert client.produce(TXN, producer_id, epoch, 0, 0, [b"x"]) == ErrorCode.INVALID_TXN_STATE
    client.add_partitions(TXN, producer_id, epoch, (0,))
    assert client.produce(TXN, producer_id, epoch, 0, 1, [b"x"]) == ErrorCode.INVALID_TXN_STATE
    assert client.produce(TXN, producer_id, epoch, 0, 0, [b"y"]) == ErrorCode.NONE


def test_a_fenced_zombie_cannot_produce_into_a_fresh_partition(client: TxnClient) -> None:
    _, producer_id, epoch = client.init(TXN)
    _, _, new_epoch = client.init(TXN)
    assert new_epoch > epoch
    assert client.produce(TXN, producer_id, epoch, 0, 0, [b"z"]) == (
        ErrorCode.INVALID_PRODUCER_EPOCH)


def test_without_verification_the_log_takes_an_unverified_batch() -> None:
    core = CoreClient(overrides={"transaction.partition.verification.enable": "false"})
    driver = TxnClient(core, "topic", 1)
    driver.setup(GROUP)
    _, producer_id, epoch = driver.init(TXN)
    assert driver.produce(TXN, producer_id, epoch, 0, 0, [b"x"]) == ErrorCode.NONE


class OneClassicGroup:
    """A group directory holding one classic group, as the classic coordinator shows it."""

    def __init__(self, view: ClassicGroupView) -> None:
        self.view = view

    def group(self, group_id: str) -> ClassicGroupView | None:
        return self.view if group_id == GROUP else None

    def group_ids(self) -> list[str]:
        return [GROUP]


@pytest.mark.parametrize(("state", "member_id", "generation_id", "expected"), [
    ("Stable", "m", 3, ErrorCode.NONE),
    ("Stable", "m", 2, ErrorCode.ILLEGAL_GENERATION),
    ("Stable", "x", 3, ErrorCode.UNKNOWN_MEMBER_ID),
    ("Stable", "", -1, ErrorCode.NONE),  # TxnOffsetCommit below v3 names no member
    ("CompletingRebalance", "m", 3, ErrorCode.NONE),  # OffsetCommit: REBALANCE_IN_PROGRESS
])
def test_transactional_commit_checks_a_classic_group_as_kafka(
        state: str, member_id: str, generation_id: int, expected: ErrorCode) -> None:
    view = ClassicGroupView(state=state, generation_id=3, protocol_type="consumer",
                            member_ids=frozenset({"m"}))
    store = OffsetStore(OneClassicGroup(view))
    result = store.commit_transactional_offsets(
        GROUP, [PartitionCommit("topic", 0, 5)], now_ms=0, member_id=member_id,
        generation_id=generation_id)
    assert [answer.error for answer in result.partitions] == [expected]
    assert len(result.records) == (1 if expected is ErrorCode.NONE else 0)
    assert store.offset(GROUP, "topic", 0) is None  # not applied: the caller writes it pending


def test_txn_offset_commit_before_the_offsets_topic_exists_is_not_coordinator() -> None:
    driver = TxnClient(CoreClient(), "topic", 1)
    from spec.generated.create_topics import CreateTopicsRequest
    driver.call(CreateTopicsRequest(topics=(CreateTopicsRequest.CreatableTopic(
        name="topic", num_partitions=1, replication_factor=1),), timeout_ms=1000), 7)
    assert driver.commit_offsets(TXN, 0, 0, GROUP, {0: 1}) == {0: ErrorCode.NOT_COORDINATOR}
