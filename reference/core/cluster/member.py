"""A broker's side of the cluster: the metadata it replays, its replicas' roles, and the
requests its replicas owe other nodes.

Mirrors Kafka's `BrokerMetadataPublisher` -> `ReplicaManager.applyDelta` (each partition record
makes the local replica leader or follower at its epoch), `ReplicaFetcherManager` (what each
follower asks its leader, one Fetch per leader), and `AlterPartitionManager` (the ISR changes
the leaders propose, sent to the controller one at a time per partition). Pure: the cluster
shell carries the requests (over TCP for Fetch, in-process for the controller) and brings the
answers back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from reference.core.cluster.controller import ClusterController, partition_key, partition_state
from reference.core.replication.controller import Controller
from reference.core.replication.follower import FollowerRole
from reference.core.replication.values import (
    NO_EPOCH,
    UNKNOWN_OFFSET,
    AlterPartitionRequest,
    AlterPartitionResponse,
    EpochEndOffset,
    FetchRequest,
    FetchResponse,
    LeaderOffsetsRequest,
    LeaderOffsetsResponse,
    MetadataView,
    OffsetForLeaderEpochRequest,
    OffsetForLeaderEpochResponse,
    PartitionState,
    ReplicationSettings,
)
from reference.core.topics import BrokerRecord, PartitionRecord, TopicPartition
from spec.generated.errors import ErrorCode
from spec.generated.fetch import FetchResponse as FetchResponseMessage
from spec.generated.list_offsets import ListOffsetsResponse
from spec.generated.offset_for_leader_epoch import (
    OffsetForLeaderEpochResponse as OffsetForLeaderEpochMessage,
)

if TYPE_CHECKING:
    from reference.core.broker import Broker
    from reference.core.partition import MarkerRequest, Partition

log = logging.getLogger("kspec.cluster")

Answer = TypeVar("Answer")

MarkerSender = Callable[[str, int, "MarkerRequest", int], ErrorCode | None]
TransactionVerifier = Callable[[str, int, int, str, int, int], ErrorCode | None]


@dataclass(frozen=True, slots=True)
class FollowerFetch:
    """One partition of a follower's next request to its leader."""

    key: TopicPartition
    leader_id: int
    request: FetchRequest | OffsetForLeaderEpochRequest | LeaderOffsetsRequest


@dataclass(frozen=True, slots=True)
class PendingAlterPartition:
    key: TopicPartition
    request: AlterPartitionRequest


class ClusterMember:
    """What one broker knows of the cluster and owes it."""

    def __init__(self, broker: Broker, controller: ClusterController,
                 settings: ReplicationSettings) -> None:
        self.broker = broker
        self.cluster = controller
        self.settings = settings
        self.broker_epoch = NO_EPOCH
        self.metadata_offset = 0
        self.brokers: dict[int, BrokerRecord] = {}
        self.states: dict[TopicPartition, PartitionState] = {}
        self.outbox: list[PendingAlterPartition] = []
        # Set by the cluster shell: writes a transaction marker on the partition's leader, or
        # None when that broker cannot be reached now.
        self.marker_sender: MarkerSender | None = None
        # Set by the cluster shell: asks the coordinator of a transactional id whether a
        # partition is in its transaction (None: not reachable now).
        self.transaction_verifier: TransactionVerifier | None = None

    # -- what handlers reach (reference/core/cluster_link.py) ---------------------------------

    @property
    def controller(self) -> Controller:
        return self.cluster.replication

    def partition_key(self, topic: str, index: int) -> str:
        return partition_key(topic, index)

    def commit(self, now_ms: int) -> None:
        """Write what a handler changed in the controller, and learn it at once."""
        self.cluster.publish(now_ms)
        self.catch_up(now_ms)

    # -- metadata --------------------------------------------------------------------------------

    def catch_up(self, now_ms: int) -> int:
        """Replay the controller's records this broker has not seen; how many there were."""
        records = self.cluster.records[self.metadata_offset:]
        for record in records:
            self.metadata_offset += 1
            self.broker.apply_record(record, now_ms)
        if records:
            self.refresh_views(now_ms)
        return len(records)

    def on_broker_record(self, record: BrokerRecord) -> None:
        self.brokers[record.broker_id] = record

    def on_partition_record(self, key: TopicPartition, record: PartitionRecord) -> None:
        self.states[key] = partition_state(record)

    def hosts(self, key: TopicPartition) -> bool:
        state = self.states.get(key)
        return state is not None and self.broker.node_id in state.replicas

    def ineligible_brokers(self) -> frozenset[int]:
        return frozenset(broker_id for broker_id, record in self.brokers.items()
                         if record.is_fenced or record.in_controlled_shutdown)

    def alive_broker_epochs(self) -> dict[int, int]:
        """Each unfenced broker's epoch (`getAliveBrokerEpoch`), for KIP-903's ISR check."""
        return {broker_id: record.broker_epoch for broker_id, record in self.brokers.items()
                if not record.is_fenced}

    def leader_address(self, topic: str, index: int) -> tuple[int, str, int] | None:
        """(node id, host, port) of the partition's leader, None without a live one."""
        state = self.states.get(TopicPartition(topic, index))
        if state is None or state.leader < 0:
            return None
        record = self.brokers.get(state.leader)
        if record is None or record.is_fenced:
            return None
        return state.leader, record.host, record.port

    def live_broker_ids(self) -> list[int]:
        """The brokers clients may use: registered and not fenced (Metadata's broker list)."""
        return sorted(broker_id for broker_id, record in self.brokers.items()
                      if not record.is_fenced)

    def refresh_views(self, now_ms: int) -> None:
        """Give every local replica the partition state and fenced set the log now holds;
        then move the coordinators to the internal partitions this broker now leads."""
        ineligible = self.ineligible_brokers()
        epochs = self.alive_broker_epochs()
        gained: list[TopicPartition] = []
        lost: list[TopicPartition] = []
        for key, partition in list(self.broker.partitions.items()):
            state = self.states.get(key)
            replica = partition.replica
            if state is None or replica is None:
                continue
            if replica.view is not None and replica.view.partition == state:
                # Not a delta for this partition (Kafka applies only changed partitions): the
                # leader only learns who is fenced, and keeps an ISR change it has in flight.
                if replica.leader is not None:
                    replica.leader.learn_brokers(MetadataView(state, ineligible, epochs))
                continue
            was_leader = partition.is_leader
            partition.replica_log.now_ms = now_ms
            replica.apply_metadata(MetadataView(state, ineligible, epochs), now_ms)
            partition.leader_epoch = replica.leader_epoch
            if partition.is_leader != was_leader:
                (gained if partition.is_leader else lost).append(key)
        self.broker.move_coordinators(gained, lost, now_ms)
        self.broker.note_append()  # a leader change or a HW move may complete waiting answers

    # -- replication traffic -------------------------------------------------------------------

    def replicated_partitions(self) -> Iterator[tuple[TopicPartition, Partition]]:
        for key, partition in sorted(self.broker.partitions.items()):
            if partition.replica is not None and partition.replica.is_alive:
                yield key, partition

    def follower_fetches(self) -> list[FollowerFetch]:
        """Every follower's next request, in partition order."""
        fetches = []
        for key, partition in self.replicated_partitions():
            assert partition.replica is not None
            follower = partition.replica.follower
            if follower is None:
                continue
            request = follower.offsets_request() or follower.next_request()
            if request is not None:
                fetches.append(FollowerFetch(key, follower.leader_id, request))
        return fetches

    def send_marker(self, topic: str, index: int, request: MarkerRequest,
                    now_ms: int) -> ErrorCode | None:
        """A marker for a partition led elsewhere, through the shell; None: not reachable."""
        if self.marker_sender is None:
            return None
        return self.marker_sender(topic, index, request, now_ms)

    def verify_transaction(self, transactional_id: str, producer_id: int, producer_epoch: int,
                           topic: str, index: int, now_ms: int) -> ErrorCode | None:
        if self.transaction_verifier is None:
            return None
        return self.transaction_verifier(transactional_id, producer_id, producer_epoch, topic,
                                         index, now_ms)

    def propose(self, key: TopicPartition, request: AlterPartitionRequest | None) -> None:
        if request is not None:
            self.outbox.append(PendingAlterPartition(key, request))

    def take_outbox(self) -> list[PendingAlterPartition]:
        taken, self.outbox = self.outbox, []
        return taken

    def alter_partition_answered(self, pending: PendingAlterPartition,
                                 response: AlterPartitionResponse, now_ms: int) -> None:
        partition = self.broker.partitions.get(pending.key)
        if partition is None or partition.replica is None:
            return
        partition.replica_log.now_ms = now_ms
        partition.replica.alter_partition_answered(pending.request, response, now_ms)
        self.broker.note_append()

    def tick(self, now_ms: int) -> None:
        """The ISR check of every partition this broker leads (`maybeShrinkIsr`)."""
        for key, partition in self.replicated_partitions():
            assert partition.replica is not None
            partition.replica_log.now_ms = now_ms
            before = partition.high_watermark
            self.propose(key, partition.replica.tick(now_ms))
            if partition.high_watermark != before:
                self.broker.note_append()

    # -- answers from leaders ------------------------------------------------------------------

    def fetch_answered(self, sent: list[FollowerFetch], response: FetchResponseMessage,
                       now_ms: int) -> None:
        """`processFetchRequest`: each partition's answer moves its follower (truncate, or
        append the batches and take the leader's HW); answers to stale requests are dropped."""
        names = self.broker.topics.names_by_id
        answers = {(names.get(topic.topic_id, topic.topic), data.partition_index): data
                   for topic in response.responses for data in topic.partitions}
        for fetch, data, partition, follower in self._answered(sent, answers, FetchRequest):
            assert isinstance(fetch.request, FetchRequest)
            error = ErrorCode(response.error_code or data.error_code)
            diverging = (EpochEndOffset(data.diverging_epoch.epoch,
                                        data.diverging_epoch.end_offset)
                         if data.diverging_epoch.epoch >= 0 else None)
            answer = FetchResponse(error, (), data.high_watermark, UNKNOWN_OFFSET, diverging)
            partition.replica_log.now_ms = now_ms
            if not follower.takes_records(fetch.request, answer):
                continue
            records = data.records if isinstance(data.records, bytes) else b""
            refused = partition.append_as_follower(records, now_ms=now_ms)
            if refused != ErrorCode.NONE:
                log.warning("%s: dropped a fetch from leader %d: %s", fetch.key,
                            fetch.leader_id, refused.name)
                continue
            follower.records_appended(data.high_watermark)
            partition.follow_log_start(data.log_start_offset, now_ms=now_ms)
        self.broker.note_append()

    def epochs_answered(self, sent: list[FollowerFetch],
                        response: OffsetForLeaderEpochMessage) -> None:
        """OffsetForLeaderEpoch answers for followers still truncating (the pre-2.7 path)."""
        answers = {(topic.topic, entry.partition): entry
                   for topic in response.topics for entry in topic.partitions}
        for fetch, entry, _, follower in self._answered(sent, answers,
                                                        OffsetForLeaderEpochRequest):
            assert isinstance(fetch.request, OffsetForLeaderEpochRequest)
            follower.offset_for_leader_epoch_answered(fetch.request, OffsetForLeaderEpochResponse(
                ErrorCode(entry.error_code), EpochEndOffset(entry.leader_epoch,
                                                            entry.end_offset)))

    def offsets_answered(self, sent: list[FollowerFetch], latest: ListOffsetsResponse,
                         earliest: ListOffsetsResponse, now_ms: int) -> None:
        """The leader's log end (latest) and log start (earliest) for followers answered
        OFFSET_OUT_OF_RANGE; an error in either answer is the follower's to retry."""
        ends = {(topic.name, entry.partition_index): entry
                for topic in latest.topics for entry in topic.partitions}
        starts = {(topic.name, entry.partition_index): entry
                  for topic in earliest.topics for entry in topic.partitions}
        for fetch, end, partition, follower in self._answered(sent, ends, LeaderOffsetsRequest):
            assert isinstance(fetch.request, LeaderOffsetsRequest)
            start = starts.get((fetch.key.topic, fetch.key.partition))
            error = ErrorCode(end.error_code or (start.error_code if start is not None
                                                 else ErrorCode.UNKNOWN_SERVER_ERROR))
            partition.replica_log.now_ms = now_ms
            follower.leader_offsets_answered(fetch.request, LeaderOffsetsResponse(
                error, start.offset if start is not None else UNKNOWN_OFFSET, end.offset))
        self.broker.note_append()

    def _answered(self, sent: list[FollowerFetch], answers: Mapping[tuple[str, int], Answer],
                  kind: type[object]) -> Iterator[tuple[FollowerFetch, Answer, Partition,
                                                        FollowerRole]]:
        """Each sent request of `kind` with its answer, whose partition still follows here."""
        for fetch in sent:
            answer = answers.get((fetch.key.topic, fetch.key.partition))
            partition = self.broker.partitions.get(fetch.key)
            if answer is None or partition is None or partition.replica is None:
                continue
            follower = partition.replica.follower
            if follower is not None and isinstance(fetch.request, kind):
                yield fetch, answer, partition, follower
