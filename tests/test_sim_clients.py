"""The simulated clients: producers retry with the same sequence, group members resume from
their committed offsets, and a committed offset that went back is reported by name."""

from __future__ import annotations

import pytest

from reference.sim.group_consumer import GroupConsumer
from reference.sim.world import World, WorldShape
from spec.invariants import InvariantViolated


def run_world(seed: int, steps: int, shape: WorldShape | None = None) -> World:
    world = World(seed, (), shape=shape or WorldShape(), tears_on_crash=False)
    for _ in range(steps):
        world.step()
    world.finish()
    return world


def test_group_members_resume_from_their_committed_offsets() -> None:
    world = run_world(seed=2, steps=1_500)
    members = [c for c in world.consumers if isinstance(c, GroupConsumer)]
    assert members and sum(member.restarts for member in members) > 0
    resumes = [op for op in world.history.operations
               if op.function == "seek" and op.error == "resumed from commit"]
    # One resume at the start per member, one per restart; a resume after a restart starts at
    # the last acknowledged commit or later, never at 0 again once something was committed.
    assert len(resumes) == len(members) + sum(member.restarts for member in members)
    assert any(op.messages[0].offset > 0 for op in resumes)


def test_a_committed_offset_that_went_back_is_a_violation() -> None:
    world = World(1, (), shape=WorldShape(), tears_on_crash=False)
    member = world.consumers[0]
    assert isinstance(member, GroupConsumer)
    member.confirmed_offset, member.unconfirmed_offsets = 10, [12]
    member._check_committed(12)  # a commit whose answer was lost may have been applied
    with pytest.raises(InvariantViolated) as raised:
        member._check_committed(5)
    assert raised.value.name == "CommittedOffsetsChangeOnlyByCommit"


def test_plain_consumers_read_everything_that_was_acknowledged() -> None:
    world = run_world(seed=3, steps=600, shape=WorldShape(is_group_member=False))
    acknowledged = {m.value for op in world.history.operations
                    if op.function == "send" and op.kind == "ok" for m in op.messages}
    read = {m.value for op in world.history.operations
            if op.function == "poll" and op.kind == "ok" for m in op.messages}
    assert acknowledged and acknowledged <= read


def test_a_lost_produce_answer_is_retried_with_the_same_sequence() -> None:
    world = World(4, (), shape=WorldShape(), tears_on_crash=False)
    world.network.faults.response_loss_probability = 0.5
    for _ in range(400):
        world.step()
    world.network.faults.response_loss_probability = 0.0
    world.finish()
    assert world.network.lost_responses > 0
    # Every batch is in the log once: the retries were deduplicated, not written again.
    sends = [op for op in world.history.operations if op.function == "send" and op.kind == "ok"]
    offsets = [(m.partition, m.offset) for op in sends for m in op.messages]
    assert sends and len(offsets) == len(set(offsets))
    assert not [op for op in world.history.operations if op.kind == "fail"]
