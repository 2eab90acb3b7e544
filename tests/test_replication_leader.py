"""The leader's side: KIP-320 fencing, diverging epochs, the high watermark, ISR changes."""

from __future__ import annotations

from reference.core.log.leader_epoch import LeaderEpochCache
from reference.core.replication import (
    EpochEndOffset,
    FetchRequest,
    MetadataView,
    OffsetForLeaderEpochRequest,
    PartitionState,
    Record,
    Replica,
    ReplicaLog,
    ReplicationSettings,
)
from reference.sim.memory_storage import MemoryStorage
from spec.config.broker import BrokerConfig
from spec.errors import ErrorCode

ALL = frozenset({0, 1, 2})
T0 = 1_700_000_000_000  # a wall-clock time: "never caught up" (0) must be long ago


def replica(broker_id: int, *, min_insync_replicas: int = 1) -> Replica:
    log = ReplicaLog(LeaderEpochCache(MemoryStorage(), "leader-epoch-checkpoint"))
    return Replica(broker_id, log,
                   settings=ReplicationSettings(min_insync_replicas=min_insync_replicas))


def state(leader: int, leader_epoch: int, isr: frozenset[int] = ALL,
          partition_epoch: int = 0) -> MetadataView:
    return MetadataView(PartitionState((0, 1, 2), isr, leader, leader_epoch, partition_epoch))


def leader_with(*epochs: int, isr: frozenset[int] = ALL, leader_epoch: int = 5,
                now_ms: int = T0) -> Replica:
    """Replica 0 leading at `leader_epoch`, its log holding one record per entry of `epochs`."""
    leader = replica(0)
    leader.model_log.append([Record(epoch, index) for index, epoch in enumerate(epochs)])
    leader.apply_metadata(state(0, leader_epoch, isr), now_ms)
    return leader


def test_fetch_with_older_epoch_is_fenced_and_newer_is_unknown() -> None:
    leader = leader_with(1, 1)
    fenced, _ = leader.handle_fetch(FetchRequest(1, 4, 0), T0)
    unknown, _ = leader.handle_fetch(FetchRequest(1, 6, 0), T0)
    assert fenced.error == ErrorCode.FENCED_LEADER_EPOCH
    assert unknown.error == ErrorCode.UNKNOWN_LEADER_EPOCH


def test_follower_does_not_serve_replica_fetches() -> None:
    follower = replica(1)
    follower.apply_metadata(state(0, 5), T0)
    response, _ = follower.handle_fetch(FetchRequest(2, 5, 0), T0)
    assert response.error == ErrorCode.NOT_LEADER_OR_FOLLOWER


def test_fetch_past_the_last_fetched_epoch_end_returns_diverging_epoch_and_no_records() -> None:
    leader = leader_with(1, 1, 3, 3)  # epoch 1 ends at 2, epoch 3 ends at 4, epoch 5 starts at 4
    response, proposal = leader.handle_fetch(FetchRequest(1, 5, 3, last_fetched_epoch=1), T0)
    assert response.diverging_epoch == EpochEndOffset(1, 2)
    assert response.records == () and proposal is None
    older_epoch, _ = leader.handle_fetch(FetchRequest(1, 5, 2, last_fetched_epoch=2), T0)
    assert older_epoch.diverging_epoch == EpochEndOffset(1, 2)  # the leader never had epoch 2
    assert leader.leader is not None
    assert leader.leader.followers[1].log_end_offset == -1  # a diverging fetch is not progress


def test_matching_last_fetched_epoch_gets_records() -> None:
    leader = leader_with(1, 1, 3, 3)
    response, _ = leader.handle_fetch(FetchRequest(1, 5, 2, last_fetched_epoch=1), T0)
    assert response.diverging_epoch is None
    assert [record.record_id for record in response.records] == [2, 3]


def test_high_watermark_waits_for_every_isr_follower_at_the_current_epoch() -> None:
    leader = leader_with(1, 1, 1)  # a new leader knows no follower's offset yet
    assert leader.log.high_watermark == 0
    leader.handle_fetch(FetchRequest(1, 5, 3, last_fetched_epoch=1), T0)
    assert leader.log.high_watermark == 0  # follower 2 is in the ISR and has not fetched
    leader.handle_fetch(FetchRequest(2, 5, 2, last_fetched_epoch=1), T0)
    assert leader.log.high_watermark == 2
    response, _ = leader.handle_fetch(FetchRequest(2, 5, 3, last_fetched_epoch=1), T0)
    assert leader.log.high_watermark == 3
    assert response.high_watermark == 2  # the answer carries the HW from before this fetch


def test_isr_shrinks_only_after_replica_lag_time_max_ms() -> None:
    leader = leader_with(1, 1)
    leader.handle_fetch(FetchRequest(1, 5, 2, last_fetched_epoch=1), T0)
    assert leader.tick(T0 + 30_000) is None  # caught up at T0: 30 s is not more than the max lag
    proposal = leader.tick(T0 + 30_001)
    assert proposal is not None and proposal.new_isr == {0, 1}
    assert leader.tick(T0 + 60_000) is None  # one change in flight at a time


def test_follower_joins_isr_at_the_high_watermark_and_the_epoch_start() -> None:
    leader = leader_with(1, 1, isr=frozenset({0, 1}))
    leader.handle_fetch(FetchRequest(1, 5, 2, last_fetched_epoch=1), T0)
    assert leader.log.high_watermark == 2
    _, early = leader.handle_fetch(FetchRequest(2, 5, 1, last_fetched_epoch=1), T0)
    assert early is None  # below the high watermark
    _, proposal = leader.handle_fetch(FetchRequest(2, 5, 2, last_fetched_epoch=1), T0)
    assert proposal is not None and proposal.new_isr == ALL
    assert (proposal.leader_epoch, proposal.partition_epoch) == (5, 0)


def test_fenced_broker_is_not_added_to_the_isr() -> None:
    leader = replica(0)
    view = state(0, 5, frozenset({0, 1}))
    leader.apply_metadata(MetadataView(view.partition, frozenset({2})), T0)
    _, proposal = leader.handle_fetch(FetchRequest(2, 5, 0), T0)
    assert proposal is None


def test_acks_all_needs_min_insync_replicas_before_and_after_the_append() -> None:
    leader = replica(0, min_insync_replicas=2)
    leader.apply_metadata(state(0, 1, frozenset({0})), T0)
    assert leader.leader is not None
    assert leader.leader.append((7,), acks_all=True) == ErrorCode.NOT_ENOUGH_REPLICAS
    assert leader.leader.append((7,), acks_all=False) == 0
    leader.log.update_high_watermark(1)
    assert leader.leader.replicas_reached(1) == (True,
                                                 ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND)


def test_offset_for_leader_epoch_answers_from_the_epoch_cache() -> None:
    leader = leader_with(1, 1, 3)
    answer = leader.handle_offset_for_leader_epoch(OffsetForLeaderEpochRequest(1, 5, 2))
    assert answer.error == ErrorCode.NONE and answer.end == EpochEndOffset(1, 2)
    fenced = leader.handle_offset_for_leader_epoch(OffsetForLeaderEpochRequest(1, 4, 2))
    assert fenced.error == ErrorCode.FENCED_LEADER_EPOCH


def test_settings_defaults_are_kafkas() -> None:
    assert ReplicationSettings() == ReplicationSettings.from_broker_config(
        BrokerConfig.from_strings({}))
