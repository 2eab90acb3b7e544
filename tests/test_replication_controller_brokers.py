"""The controller's broker lifecycle: registration epochs, heartbeats, session expiry,
controlled shutdown, per-partition unclean elections, snapshot and restore."""

from __future__ import annotations

from reference.core.replication import (
    NO_LEADER,
    Controller,
    LeaderRecoveryState,
    ReplicationSettings,
)
from reference.core.replication.controller import BROKER_SESSION_TIMEOUT_MS
from spec.errors import ErrorCode

P = "orders-0"
Q = "orders-1"


def started(*, brokers: tuple[int, ...] = (0, 1, 2), now_ms: int = 0,
            settings: ReplicationSettings | None = None) -> tuple[Controller, dict[int, int]]:
    """Brokers registered and unfenced by a caught-up heartbeat; P and Q on (0, 1, 2)."""
    controller = Controller(settings)
    epochs = {broker: controller.register_broker(broker, now_ms) for broker in brokers}
    for broker, epoch in epochs.items():
        assert not controller.heartbeat(broker, epoch, now_ms).is_fenced
    controller.create_partition(P, (0, 1, 2))
    controller.create_partition(Q, (1, 2, 0))
    return controller, epochs


def test_registration_is_fenced_with_a_new_epoch_each_time() -> None:
    controller = Controller()
    first = controller.register_broker(0, 0)
    second = controller.register_broker(1, 0)
    assert second > first and controller.brokers[0].is_fenced
    assert controller.register_broker(0, 10) > second


def test_heartbeat_with_a_stale_or_unknown_epoch_is_refused() -> None:
    controller, epochs = started()
    stale = controller.heartbeat(0, epochs[0] - 100, 5)
    assert stale.error == ErrorCode.STALE_BROKER_EPOCH
    assert controller.heartbeat(7, 1, 5).error == ErrorCode.STALE_BROKER_EPOCH
    assert controller.unregister_broker(7) == ErrorCode.BROKER_ID_NOT_REGISTERED


def test_fenced_broker_stays_fenced_until_caught_up_and_not_wanting_fence() -> None:
    controller = Controller()
    epoch = controller.register_broker(0, 0)
    assert controller.heartbeat(0, epoch, 1, caught_up=False).is_fenced
    assert controller.heartbeat(0, epoch, 2, want_fence=True).is_fenced
    answer = controller.heartbeat(0, epoch, 3)
    assert (answer.error, answer.is_fenced, answer.is_caught_up) == (ErrorCode.NONE, False, True)


def test_silent_broker_is_fenced_after_the_session_timeout_and_loses_leadership() -> None:
    controller, epochs = started()
    deadline_ms = BROKER_SESSION_TIMEOUT_MS
    for broker in (1, 2):
        controller.heartbeat(broker, epochs[broker], deadline_ms)
    assert controller.tick(deadline_ms) == []  # last contact + timeout is not yet past
    assert controller.tick(deadline_ms + 1) == [0]
    state = controller.partitions[P]
    assert (state.leader, state.isr, state.leader_epoch) == (1, frozenset({1, 2}), 1)
    assert controller.brokers[0].is_fenced and 0 in controller.ineligible_brokers()


def test_unfencing_elects_the_broker_where_no_partition_had_a_leader() -> None:
    controller, epochs = started()
    controller.fence_broker(1)
    controller.fence_broker(2)
    controller.fence_broker(0)
    assert controller.partitions[P].leader == NO_LEADER
    assert not controller.heartbeat(0, epochs[0], 1).is_fenced
    assert controller.partitions[P].leader == 0


def test_re_registration_ends_the_old_incarnation() -> None:
    controller, epochs = started()
    epoch = controller.register_broker(0, 5)
    assert epoch != epochs[0] and controller.brokers[0].is_fenced
    assert 0 not in controller.partitions[P].isr and controller.partitions[P].leader == 1
    assert controller.heartbeat(0, epochs[0], 6).error == ErrorCode.STALE_BROKER_EPOCH


def test_controlled_shutdown_moves_leadership_then_lets_the_broker_go() -> None:
    controller, epochs = started()
    first = controller.heartbeat(0, epochs[0], 1, want_shut_down=True)
    assert (first.in_controlled_shutdown, first.should_shut_down, first.is_fenced) == \
        (True, False, False)
    assert controller.partitions[P].leader == 1
    assert all(0 not in partition.isr for partition in controller.partitions.values())
    assert 0 in controller.ineligible_brokers() and not controller.is_acceptable(0)
    second = controller.heartbeat(0, epochs[0], 2, want_shut_down=True)
    assert (second.should_shut_down, second.is_fenced) == (True, True)
    assert controller.brokers[0].is_fenced and not controller.brokers[0].in_controlled_shutdown


def test_broker_leading_nothing_shuts_down_at_once() -> None:
    controller, epochs = started()
    assert not controller.leads_any(2)  # P is led by 0, Q by 1
    answer = controller.heartbeat(2, epochs[2], 1, want_shut_down=True)
    assert (answer.should_shut_down, answer.is_fenced, answer.in_controlled_shutdown) == \
        (True, True, False)


def test_last_isr_member_in_controlled_shutdown_leaves_the_partition_leaderless() -> None:
    controller, epochs = started()
    controller.fence_broker(1)
    controller.fence_broker(2)
    controller.heartbeat(0, epochs[0], 1, want_shut_down=True)
    state = controller.partitions[P]
    assert (state.leader, state.isr) == (NO_LEADER, frozenset({0}))  # no ELR: it stays in


def test_unclean_election_follows_the_per_partition_override() -> None:
    controller, _ = started()
    controller.unclean_overrides[Q] = True
    for broker in (1, 2, 0):
        controller.fence_broker(broker)
    controller.unfence_broker(2)
    assert controller.partitions[P].leader == NO_LEADER  # settings: unclean off
    state = controller.partitions[Q]
    assert (state.leader, state.isr, state.leader_recovery_state) == \
        (2, frozenset({2}), LeaderRecoveryState.RECOVERING)


def test_unclean_election_callable_is_consulted_by_name() -> None:
    controller = Controller(unclean_leader_election=lambda name: name == P)
    assert controller.is_unclean_election_enabled(P)
    assert not controller.is_unclean_election_enabled(Q)
    controller.unclean_overrides[P] = False
    assert not controller.is_unclean_election_enabled(P)


def test_restore_rebuilds_the_same_decisions_and_restarts_sessions() -> None:
    controller, epochs = started()
    controller.fence_broker(0)
    rebuilt = Controller()
    rebuilt.restore(controller.snapshot())
    assert (rebuilt.brokers, rebuilt.partitions) == (controller.brokers, controller.partitions)
    assert rebuilt.register_broker(3, 0) == controller.register_broker(3, 0)
    late_ms = 10 * BROKER_SESSION_TIMEOUT_MS
    assert rebuilt.tick(late_ms) == []  # sessions begin at the first tick after a restore
    assert rebuilt.heartbeat(1, epochs[1], late_ms).error == ErrorCode.NONE
    assert rebuilt.tick(late_ms + BROKER_SESSION_TIMEOUT_MS + 1) == [1, 2]
