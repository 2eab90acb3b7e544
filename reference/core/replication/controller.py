"""The controller's replication state machine: brokers, partitions, AlterPartition, elections,
reassignments.

Mirrors the parts of Kafka's `ClusterControlManager`, `BrokerHeartbeatManager` and
`ReplicationControlManager` that decide leaders and ISRs:
- brokers register fenced with a new broker epoch (a re-registration ends the old incarnation:
  it is fenced first); heartbeats carry the epoch (STALE_BROKER_EPOCH otherwise, also before any
  registration); a fenced broker that is caught up and does not want fencing is unfenced and
  elected where a partition has no leader; an unfenced broker silent for longer than
  broker.session.timeout.ms (9000) is fenced by `tick`, which takes it out of every ISR
  (re-electing where it led);
- controlled shutdown (a heartbeat that wants to shut down): a broker that leads something
  enters it, leaves every ISR and every leadership (it is no longer acceptable), and is told to
  shut down (and fenced) on its next heartbeat once it leads nothing; one that leads nothing
  shuts down at once;
- AlterPartition from a leader is checked in Kafka's order: unknown partition, epochs ahead of
  the controller (NOT_CONTROLLER), an older leader epoch (FENCED_LEADER_EPOCH), not the leader
  (INVALID_REQUEST), an older partition epoch (INVALID_UPDATE_VERSION), an ISR outside the
  replicas or without the leader (INVALID_REQUEST), RECOVERING with more than one member or
  going back to RECOVERING (INVALID_REQUEST), fenced or shutting-down members
  (INELIGIBLE_REPLICA); then the change is applied with `change_partition`; a change that
  completes a reassignment and moves the leader answers NEW_LEADER_ELECTED;
- ElectLeaders: PREFERRED moves leadership to the first replica when valid; UNCLEAN elects only
  a leaderless partition; `balance_partition_leaders` is the periodic preferred election of
  auto.leader.rebalance.enable (`maybeBalancePartitionLeaders`: every partition not led by
  its first replica, at most 1,000 elections a pass; KRaft has no imbalance ratio);
- AlterPartitionReassignments (KIP-455): a target is checked as a manual assignment
  (INVALID_REPLICA_ASSIGNMENT: empty, an unregistered broker, a broker twice), recorded as
  adding/removing replicas and completed by the first change whose ISR holds every target
  replica; None cancels (NO_REASSIGNMENT_IN_PROGRESS when none; INVALID_REPLICA_ASSIGNMENT when
  reverting would need an unclean election the topic does not allow).
State: `brokers`, `partitions` and `unclean_overrides` are plain dicts of frozen values, the
state a KRaft metadata log records; a shell diffs them after each call and writes the changes.
`snapshot()`/`restore()` carry them (and the broker epoch counter) across a restart. Heartbeat
times (`last_contact_ms`) are not recorded, as in Kafka: after a restore every unfenced broker's
session starts at the next `tick`.
Divergences: broker epochs count registrations (Kafka uses the registration record's offset);
no incarnation ids (so no DUPLICATE_BROKER_REGISTRATION); "caught up" is the shell's verdict,
not a metadata offset, and a controlled shutdown does not wait for the other brokers' metadata
offsets; AlterPartition carries no broker epochs (as a request sending -1).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from enum import Enum

from reference.core.replication.partition_change import (
    Election,
    change_partition,
    plan_reassignment,
    revert_reassignment,
)
from reference.core.replication.values import (
    NO_LEADER,
    AlterPartitionRequest,
    AlterPartitionResponse,
    ApiError,
    BrokerHeartbeatResult,
    LeaderRecoveryState,
    MetadataView,
    OngoingReassignment,
    PartitionState,
    ReplicationSettings,
)
from spec.errors import ErrorCode
from spec.invariants import check, leader_epoch_monotonic, leader_in_isr

BROKER_SESSION_TIMEOUT_MS = 9_000  # Kafka's broker.session.timeout.ms default
MAX_ELECTIONS_PER_IMBALANCE = 1_000  # QuorumController's maxElectionsPerImbalance


@dataclass(frozen=True, slots=True)
class BrokerRegistration:
    broker_id: int
    is_fenced: bool = True
    broker_epoch: int = 0
    in_controlled_shutdown: bool = False


@dataclass(frozen=True, slots=True)
class ControllerSnapshot:
    """Everything the metadata log would hold, to rebuild a controller after a restart."""

    brokers: Mapping[int, BrokerRegistration]
    partitions: Mapping[str, PartitionState]
    unclean_overrides: Mapping[str, bool]
    next_broker_epoch: int


class _BrokerState(Enum):
    """`BrokerControlState`: where a heartbeat leaves a broker."""

    FENCED = "fenced"
    UNFENCED = "unfenced"
    CONTROLLED_SHUTDOWN = "controlled shutdown"
    SHUTDOWN_NOW = "shutdown now"


class Controller:
    """Broker registrations, sessions and partition registrations for a cluster."""

    def __init__(self, settings: ReplicationSettings | None = None, *,
                 session_timeout_ms: int = BROKER_SESSION_TIMEOUT_MS,
                 unclean_leader_election: Callable[[str], bool] | None = None) -> None:
        self.settings = settings or ReplicationSettings()
        self.session_timeout_ms = session_timeout_ms
        # The topic-level unclean.leader.election.enable, by partition name; a name in
        # `unclean_overrides` wins over the callable, which wins over the settings.
        self.unclean_leader_election = unclean_leader_election
        self.brokers: dict[int, BrokerRegistration] = {}
        self.partitions: dict[str, PartitionState] = {}
        self.unclean_overrides: dict[str, bool] = {}
        self.next_broker_epoch = 1
        self.last_contact_ms: dict[int, int] = {}

    # --- brokers ----------------------------------------------------------------------------

    def register_broker(self, broker_id: int, now_ms: int = 0) -> int:
        """A (re-)registration: a new broker epoch, fenced until a caught-up heartbeat."""
        previous = self.brokers.get(broker_id)
        if previous is not None and not previous.is_fenced:
            self.fence_broker(broker_id)  # the old incarnation is gone
        broker_epoch = self.next_broker_epoch
        self.next_broker_epoch += 1
        self.brokers[broker_id] = BrokerRegistration(broker_id, True, broker_epoch)
        self.last_contact_ms[broker_id] = now_ms
        return broker_epoch

    def unregister_broker(self, broker_id: int) -> ErrorCode:
        """UnregisterBroker: out of every ISR, then forgotten."""
        if broker_id not in self.brokers:
            return ErrorCode.BROKER_ID_NOT_REGISTERED
        self.fence_broker(broker_id)
        del self.brokers[broker_id]
        self.last_contact_ms.pop(broker_id, None)
        return ErrorCode.NONE

    def is_acceptable(self, broker_id: int) -> bool:
        """May lead or join an ISR: registered, not fenced, not in controlled shutdown."""
        registration = self.brokers.get(broker_id)
        return (registration is not None and not registration.is_fenced
                and not registration.in_controlled_shutdown)

    def ineligible_brokers(self) -> frozenset[int]:
        return frozenset(broker for broker, registration in self.brokers.items()
                         if registration.is_fenced or registration.in_controlled_shutdown)

    def fence_broker(self, broker_id: int) -> None:
        """Session expired (or the broker shut down): out of every ISR and leadership."""
        registration = self.brokers.get(broker_id, BrokerRegistration(broker_id))
        self.brokers[broker_id] = replace(registration, is_fenced=True,
                                          in_controlled_shutdown=False)
        self._remove_from_isrs(broker_id)

    def unfence_broker(self, broker_id: int) -> None:
        """Caught up with the metadata log: it may lead partitions that have no leader."""
        registration = self.brokers.get(broker_id, BrokerRegistration(broker_id))
        self.brokers[broker_id] = replace(registration, is_fenced=False,
                                          in_controlled_shutdown=False)
        for name, partition in self.partitions.items():
            if partition.leader == NO_LEADER:
                self._change(name, partition.isr, self._election(name))

    def _remove_from_isrs(self, broker_id: int) -> None:
        for name, partition in self.partitions.items():
            if broker_id in partition.isr or partition.leader == broker_id:
                self._change(name, partition.isr - {broker_id}, self._election(name))

    def leads_any(self, broker_id: int) -> bool:
        return any(partition.leader == broker_id for partition in self.partitions.values())

    def heartbeat(self, broker_id: int, broker_epoch: int, now_ms: int, *,
                  want_fence: bool = False, want_shut_down: bool = False,
                  caught_up: bool = True) -> BrokerHeartbeatResult:
        """BrokerHeartbeat, as `processBrokerHeartbeat`."""
        registration = self.brokers.get(broker_id)
        if registration is None or registration.broker_epoch != broker_epoch:
            return BrokerHeartbeatResult(ErrorCode.STALE_BROKER_EPOCH)
        self.last_contact_ms[broker_id] = now_ms
        current = self._broker_state(registration)
        following = self._next_broker_state(current, broker_id, want_fence=want_fence,
                                            want_shut_down=want_shut_down, caught_up=caught_up)
        if following is not current:
            if following is _BrokerState.UNFENCED:
                self.unfence_broker(broker_id)
            elif following is _BrokerState.CONTROLLED_SHUTDOWN:
                self._enter_controlled_shutdown(broker_id)
            else:
                self.fence_broker(broker_id)
        is_fenced = following in (_BrokerState.FENCED, _BrokerState.SHUTDOWN_NOW)
        assert self.brokers[broker_id].is_fenced == is_fenced, (registration, following)
        return BrokerHeartbeatResult(
            ErrorCode.NONE, is_caught_up=caught_up, is_fenced=is_fenced,
            should_shut_down=following is _BrokerState.SHUTDOWN_NOW,
            in_controlled_shutdown=following is _BrokerState.CONTROLLED_SHUTDOWN)

    @staticmethod
    def _broker_state(registration: BrokerRegistration) -> _BrokerState:
        if registration.in_controlled_shutdown:
            return _BrokerState.CONTROLLED_SHUTDOWN
        return _BrokerState.FENCED if registration.is_fenced else _BrokerState.UNFENCED

    def _next_broker_state(self, current: _BrokerState, broker_id: int, *, want_fence: bool,
                           want_shut_down: bool, caught_up: bool) -> _BrokerState:
        """`calculateNextBrokerState`."""
        if current is _BrokerState.FENCED:
            if want_shut_down:
                return _BrokerState.SHUTDOWN_NOW
            return (_BrokerState.UNFENCED if not want_fence and caught_up
                    else _BrokerState.FENCED)
        if current is _BrokerState.UNFENCED:
            if want_fence:
                return _BrokerState.SHUTDOWN_NOW if want_shut_down else _BrokerState.FENCED
            if want_shut_down:
                return (_BrokerState.CONTROLLED_SHUTDOWN if self.leads_any(broker_id)
                        else _BrokerState.SHUTDOWN_NOW)
            return _BrokerState.UNFENCED
        return (_BrokerState.CONTROLLED_SHUTDOWN if self.leads_any(broker_id)
                else _BrokerState.SHUTDOWN_NOW)

    def _enter_controlled_shutdown(self, broker_id: int) -> None:
        """`handleBrokerInControlledShutdown`: no longer acceptable, so it leaves every ISR
        and every partition it led elects another leader (or none, if it was alone)."""
        registration = self.brokers[broker_id]
        self.brokers[broker_id] = replace(registration, in_controlled_shutdown=True)
        self._remove_from_isrs(broker_id)
        assert not self.leads_any(broker_id), broker_id

    def tick(self, now_ms: int) -> list[int]:
        """Fence every unfenced broker whose session expired, oldest contact first."""
        unfenced = [broker for broker, registration in self.brokers.items()
                    if not registration.is_fenced]
        for broker in unfenced:  # a session begins when first seen (e.g. after a restore)
            self.last_contact_ms.setdefault(broker, now_ms)
        expired = sorted((self.last_contact_ms[broker], broker) for broker in unfenced
                         if self.last_contact_ms[broker] + self.session_timeout_ms < now_ms)
        for _, broker in expired:
            self.fence_broker(broker)
        return [broker for _, broker in expired]

    # --- state ------------------------------------------------------------------------------

    def snapshot(self) -> ControllerSnapshot:
        return ControllerSnapshot(dict(self.brokers), dict(self.partitions),
                                  dict(self.unclean_overrides), self.next_broker_epoch)

    def restore(self, snapshot: ControllerSnapshot) -> None:
        """Take over a recorded state; heartbeat sessions start afresh (at the next tick)."""
        self.brokers = dict(snapshot.brokers)
        self.partitions = dict(snapshot.partitions)
        self.unclean_overrides = dict(snapshot.unclean_overrides)
        self.next_broker_epoch = snapshot.next_broker_epoch
        self.last_contact_ms = {}

    # --- partitions -------------------------------------------------------------------------

    def create_partition(self, name: str, replicas: tuple[int, ...]) -> PartitionState:
        """A new partition: the ISR is the acceptable replicas, led by the first of them."""
        assert name not in self.partitions and replicas
        isr = frozenset(replica for replica in replicas if self.is_acceptable(replica))
        leader = next((replica for replica in replicas if replica in isr), NO_LEADER)
        partition = PartitionState(replicas, isr or frozenset(replicas), leader, 0, 0)
        self.partitions[name] = partition
        return partition

    def view(self, name: str) -> MetadataView:
        return MetadataView(self.partitions[name], self.ineligible_brokers())

    def is_unclean_election_enabled(self, name: str) -> bool:
        if name in self.unclean_overrides:
            return self.unclean_overrides[name]
        if self.unclean_leader_election is not None:
            return self.unclean_leader_election(name)
        return self.settings.unclean_leader_election_enable

    def _election(self, name: str) -> Election:
        return Election.UNCLEAN if self.is_unclean_election_enabled(name) else Election.ONLINE

    def _change(self, name: str, target_isr: frozenset[int], election: Election, *,
                recovery: LeaderRecoveryState | None = None,
                replicas: tuple[int, ...] | None = None,
                adding: tuple[int, ...] | None = None,
                removing: tuple[int, ...] | None = None) -> bool:
        before = self.partitions[name]
        after = change_partition(before, target_isr=target_isr, election=election,
                                 is_acceptable=self.is_acceptable,
                                 target_recovery_state=recovery, replicas=replicas,
                                 adding=adding, removing=removing)
        if after is None:
            return False
        check("LeaderInIsr", leader_in_isr(after.leader, after.isr), partition=after)
        check("LeaderEpochMonotonic", leader_epoch_monotonic(before.leader_epoch,
                                                             after.leader_epoch),
              before=before, after=after)
        assert after.isr <= set(after.replicas), after
        self.partitions[name] = after
        return True

    def alter_partition(self, name: str, request: AlterPartitionRequest) -> AlterPartitionResponse:
        """A leader's ISR proposal, validated as `validateAlterPartitionData`."""
        error = self._validate(name, request)
        if error != ErrorCode.NONE:
            return AlterPartitionResponse(error)
        before = self.partitions[name]
        self._change(name, request.new_isr, self._election(name),
                     recovery=request.leader_recovery_state)
        after = self.partitions[name]
        if after.leader != before.leader:
            # Only a completed reassignment moves the leader here; the leader must refetch
            # metadata, though the change is made.
            return AlterPartitionResponse(ErrorCode.NEW_LEADER_ELECTED)
        return AlterPartitionResponse(ErrorCode.NONE, after)

    def _validate(self, name: str, request: AlterPartitionRequest) -> ErrorCode:
        partition = self.partitions.get(name)
        if partition is None:
            return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
        if (request.leader_epoch > partition.leader_epoch
                or request.partition_epoch > partition.partition_epoch):
            return ErrorCode.NOT_CONTROLLER
        if request.leader_epoch < partition.leader_epoch:
            return ErrorCode.FENCED_LEADER_EPOCH
        if request.broker_id != partition.leader:
            return ErrorCode.INVALID_REQUEST
        if request.partition_epoch < partition.partition_epoch:
            return ErrorCode.INVALID_UPDATE_VERSION
        in_replicas = request.new_isr <= set(partition.replicas)
        if not in_replicas or partition.leader not in request.new_isr:
            return ErrorCode.INVALID_REQUEST
        recovering = LeaderRecoveryState.RECOVERING
        if request.leader_recovery_state is recovering and (
                len(request.new_isr) > 1
                or partition.leader_recovery_state is LeaderRecoveryState.RECOVERED):
            return ErrorCode.INVALID_REQUEST
        if any(not self.is_acceptable(broker) for broker in request.new_isr):
            return ErrorCode.INELIGIBLE_REPLICA
        return ErrorCode.NONE

    def reorder_replicas(self, name: str, replicas: tuple[int, ...]) -> None:
        """A reassignment to the same replicas in another order: completes at once."""
        partition = self.partitions[name]
        assert sorted(replicas) == sorted(partition.replicas), (replicas, partition)
        self._change(name, partition.isr, self._election(name), replicas=replicas)

    def elect_leaders(self, name: str, election: Election) -> ErrorCode:
        """ElectLeaders for one partition (PREFERRED or UNCLEAN)."""
        partition = self.partitions.get(name)
        if partition is None:
            return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
        if election is Election.PREFERRED and partition.leader == partition.replicas[0]:
            return ErrorCode.ELECTION_NOT_NEEDED
        if election is Election.UNCLEAN and partition.leader != NO_LEADER:
            return ErrorCode.ELECTION_NOT_NEEDED
        if not self._change(name, partition.isr, election):
            return (ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE if election is Election.PREFERRED
                    else ErrorCode.ELIGIBLE_LEADERS_NOT_AVAILABLE)
        return ErrorCode.NONE

    def imbalanced_partitions(self) -> list[str]:
        """Partitions not led by their preferred (first) replica."""
        return [name for name, partition in self.partitions.items()
                if partition.leader != partition.replicas[0]]

    def balance_partition_leaders(self) -> tuple[list[str], bool]:
        """One pass of `maybeBalancePartitionLeaders`: a preferred election for each imbalanced
        partition (it moves only where the first replica is in the ISR and acceptable). The
        partitions that moved, and whether the pass stopped at its cap (run again at once)."""
        moved: list[str] = []
        for name in self.imbalanced_partitions():
            if len(moved) >= MAX_ELECTIONS_PER_IMBALANCE:
                return moved, True
            if self._change(name, self.partitions[name].isr, Election.PREFERRED):
                moved.append(name)
        return moved, False

    # --- reassignments (KIP-455) -------------------------------------------------------------

    def alter_partition_reassignment(self, name: str,
                                     target: tuple[int, ...] | None) -> ApiError:
        """Start, change (a target) or cancel (None) a partition's reassignment."""
        partition = self.partitions.get(name)
        if partition is None:
            return ApiError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                            f"Unable to find partition {name}.")
        if target is None:
            return self._cancel_reassignment(name, partition)
        refusal = self._assignment_refusal(target)
        if refusal is not None:
            return ApiError(ErrorCode.INVALID_REPLICA_ASSIGNMENT, refusal)
        plan = plan_reassignment(partition.replicas, target)
        # As `changePartitionReassignment`: an empty side keeps what is recorded.
        self._change(name, partition.isr, Election.ONLINE, replicas=plan.replicas,
                     adding=plan.adding or None, removing=plan.removing or None)
        return ApiError(ErrorCode.NONE)

    def _assignment_refusal(self, target: tuple[int, ...]) -> str | None:
        """Why a manual assignment is invalid (`validateManualPartitionAssignment`), if it is."""
        if not target:
            return "The manual partition assignment includes an empty replica list."
        previous = None
        for broker in sorted(target):
            if broker not in self.brokers:
                return (f"The manual partition assignment includes broker {broker}, but no "
                        "such broker is registered.")
            if broker == previous:
                return (f"The manual partition assignment includes the broker {broker} more "
                        "than once.")
            previous = broker
        return None

    def _cancel_reassignment(self, name: str, partition: PartitionState) -> ApiError:
        if not partition.is_reassigning:
            return ApiError(ErrorCode.NO_REASSIGNMENT_IN_PROGRESS)
        replicas, isr, is_unclean = revert_reassignment(partition)
        if is_unclean and not self.is_unclean_election_enabled(name):
            return ApiError(ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                            f"Unable to revert partition assignment for {name} because it "
                            "would require an unclean leader election.")
        self._change(name, isr, self._election(name), replicas=replicas, adding=(),
                     removing=())
        return ApiError(ErrorCode.NONE)

    def list_partition_reassignments(
            self, names: Iterable[str] | None = None) -> dict[str, OngoingReassignment]:
        """The reassignments in flight, among `names` (unknown names are left out) or all."""
        chosen = self.partitions if names is None else names
        return {name: OngoingReassignment(partition.replicas, partition.adding_replicas,
                                          partition.removing_replicas)
                for name in chosen
                if (partition := self.partitions.get(name)) is not None
                and partition.is_reassigning}
