"""The classic group model with committed offsets: consumers commit, an admin resets.

Extends `ClassicGroupMachine` (models/classic_group_model.py) with the committed-offsets store,
`reference.core.groups.offsets.OffsetStore`, wired to the same coordinator through
`ClassicGroupDirectory`, as the broker wires them. A consumer commits a partition of its last
assignment with the member id and generation it holds, or, as a commit sent before its last
rebalance that arrives after it, with its previous generation. A zombie (a process the group has
moved on from) commits with the identity it last held. An admin resets an offset
(kafka-consumer-groups --reset-offsets: generation -1, no member id), which Kafka accepts only
while the group is Empty (or unknown).
It checks, besides the group model's invariants:
  StaleCommitRefused                 a commit is accepted only from a current member holding the
                                     current generation, outside CompletingRebalance; the error
                                     is the one Kafka's ClassicGroup.validateOffsetCommit gives;
  CommittedOffsetsChangeOnlyByCommit the store's offsets change only by accepted commits and
                                     resets, each ending at the value asked.
Run: `python -m models.classic_group_offsets_model`.
"""

from __future__ import annotations

from typing import NamedTuple

from hypothesis import strategies as st
from hypothesis.stateful import invariant, precondition, rule, run_state_machine_as_test

from models.classic_group_model import GROUP, PARTITION_COUNTS, ClassicGroupMachine, Client
from reference.core.groups.classic_group import ClassicGroup, ClassicGroupState
from reference.core.groups.classic_offsets_view import ClassicGroupDirectory
from reference.core.groups.offsets import OffsetStore
from reference.core.groups.offsets_values import PartitionCommit
from spec.errors import ErrorCode
from spec.invariants import (
    OffsetChange,
    OffsetKey,
    check,
    committed_offsets_change_only_by_commit,
    stale_commit_refused,
)

State = ClassicGroupState
ALL_PARTITIONS = tuple((topic, partition) for topic, count in sorted(PARTITION_COUNTS.items())
                       for partition in range(count))
OFFSETCOMMIT_VERSION = 9  # v9+: an unknown group with a generation is GROUP_ID_NOT_FOUND
MAX_ZOMBIES = 4


class Zombie(NamedTuple):
    """The identity a consumer held when the model forgot it, and the partitions it had."""

    member_id: str
    group_instance_id: str | None
    generation_id: int
    owned: tuple[tuple[str, int], ...]


def expected_commit_error(group: ClassicGroup | None, member_id: str,
                          group_instance_id: str | None, generation_id: int) -> ErrorCode:
    """What Kafka answers an OffsetCommit (v9) to a classic group, read off the coordinator's
    group: ClassicGroup.validateOffsetCommit's checks in its order."""
    if group is None:
        return ErrorCode.GROUP_ID_NOT_FOUND if generation_id >= 0 else ErrorCode.NONE
    if group.state is State.DEAD:
        return ErrorCode.COORDINATOR_NOT_AVAILABLE
    if generation_id < 0 and group.state is State.EMPTY:
        return ErrorCode.NONE
    if generation_id < 0 and not member_id and group_instance_id is None:
        return ErrorCode.UNKNOWN_MEMBER_ID  # an admin commit into a group with members
    if group_instance_id is not None:
        static_member_id = group.static_members.get(group_instance_id)
        if static_member_id is None:
            return ErrorCode.UNKNOWN_MEMBER_ID
        if static_member_id != member_id:
            return ErrorCode.FENCED_INSTANCE_ID
    if member_id not in group.members:
        return ErrorCode.UNKNOWN_MEMBER_ID
    if generation_id != group.generation_id:
        return ErrorCode.ILLEGAL_GENERATION
    if group.state is State.COMPLETING_REBALANCE:
        return ErrorCode.REBALANCE_IN_PROGRESS
    return ErrorCode.NONE


class ClassicGroupOffsetsMachine(ClassicGroupMachine):
    directory_class = ClassicGroupDirectory  # tests swap in a broken one to see it caught

    def __init__(self) -> None:
        super().__init__()
        self.store = OffsetStore(self.directory_class(self.coordinator))
        self.last_committed: dict[OffsetKey, int] = {}
        self.accepted: list[OffsetChange] = []  # accepted since the last check
        self.zombies: list[Zombie] = []  # identities clients held before the model forgot them

    def _holders(self) -> list[Client]:
        return [client for client in self.clients.values()
                if client.member_id and client.assignment]

    @precondition(lambda self: bool(self._holders()))
    @rule(who=st.integers(0, 4), choice=st.integers(0, 9), advance=st.integers(1, 5),
          is_late=st.booleans())
    def commit(self, who: int, choice: int, advance: int, is_late: bool) -> None:
        """A consumer that holds an assignment commits its position in one of its partitions,
        `advance` past the committed offset; `is_late`: sent in its previous generation, before
        its last rebalance, the commit arrives only now."""
        holders = self._holders()
        client = holders[who % len(holders)]
        owned = sorted((topic, partition) for topic, partitions in client.assignment.items()
                       for partition in partitions)
        topic, partition = owned[choice % len(owned)]
        committed = self.store.offset(GROUP, topic, partition)
        generation_id = client.generation_id
        if is_late and client.previous_generation_id >= 0:
            generation_id = client.previous_generation_id
        self._commit(topic, partition, (committed.offset if committed else 0) + advance,
                     client.member_id, client.instance_id, generation_id)

    @rule(choice=st.integers(0, len(ALL_PARTITIONS) - 1), offset=st.sampled_from((0, 3)))
    def reset_offsets(self, choice: int, offset: int) -> None:
        """An admin moves a committed offset (to the earliest, 0, or a given offset)."""
        topic, partition = ALL_PARTITIONS[choice]
        self._commit(topic, partition, offset, "", None, -1)

    def _commit(self, topic: str, partition: int, offset: int, member_id: str,
                group_instance_id: str | None, generation_id: int) -> None:
        group = self.coordinator.group(GROUP)
        expected = expected_commit_error(group, member_id, group_instance_id, generation_id)
        result = self.store.commit_offsets(
            GROUP, (PartitionCommit(topic, partition, offset),), now_ms=self.now_ms,
            member_id=member_id, generation_id=generation_id,
            group_instance_id=group_instance_id, api_version=OFFSETCOMMIT_VERSION)
        error = result.partitions[0].error
        is_member_commit = generation_id >= 0 or bool(member_id)
        if is_member_commit and group is not None:
            is_member = member_id in group.members
            holds_current_generation = generation_id == group.generation_id
            is_awaiting_assignment = group.state is State.COMPLETING_REBALANCE
            check("StaleCommitRefused",
                  stale_commit_refused(error is ErrorCode.NONE, is_member,
                                       holds_current_generation, is_awaiting_assignment),
                  member_id=member_id, generation=generation_id, state=group.state.value,
                  group_generation=group.generation_id, error=error.name)
        assert error is expected, (f"OffsetCommit answered {error.name}, Kafka gives "
                                   f"{expected.name}", member_id, generation_id, group)
        if error is ErrorCode.NONE:
            self.accepted.append(OffsetChange((GROUP, topic, partition), offset))

    def _forget(self, client: Client) -> None:
        if client.member_id and client.assignment:
            zombie = Zombie(client.member_id, client.instance_id, client.generation_id,
                            tuple(sorted((topic, partition) for topic, partitions
                                         in client.assignment.items() for partition in partitions)))
            self.zombies = [*self.zombies[-(MAX_ZOMBIES - 1):], zombie]
        super()._forget(client)

    @precondition(lambda self: bool(self.zombies))
    @rule(who=st.integers(0, MAX_ZOMBIES - 1), choice=st.integers(0, 9))
    def zombie_commits(self, who: int, choice: int) -> None:
        """A process the group has moved on from (it left, paused past its session, or a
        restart replaced it) commits with the identity it last held."""
        zombie = self.zombies[who % len(self.zombies)]
        topic, partition = zombie.owned[choice % len(zombie.owned)]
        self._commit(topic, partition, 0, zombie.member_id, zombie.group_instance_id,
                     zombie.generation_id)

    @invariant()
    def committed_offsets_change_only_by_commit(self) -> None:
        after = {key: committed.offset for key, committed in self.store.committed().items()}
        check("CommittedOffsetsChangeOnlyByCommit",
              committed_offsets_change_only_by_commit(self.last_committed, after, self.accepted),
              before=self.last_committed, after=after, accepted=self.accepted)
        self.last_committed, self.accepted = after, []


TestClassicGroupOffsets = ClassicGroupOffsetsMachine.TestCase


def main() -> None:
    run_state_machine_as_test(ClassicGroupOffsetsMachine)
    print("classic group offsets model: no invariant broken")


if __name__ == "__main__":
    main()
