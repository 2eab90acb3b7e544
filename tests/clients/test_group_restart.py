"""Classic groups across restarts, with confluent-kafka consumers and a broker of their own.

- Committed offsets survive a clean broker restart: a new consumer of the group starts exactly
  at them (nothing read twice, nothing skipped).
- KIP-345 static members (`group.instance.id`): a member that restarts within the session
  timeout, the leader as well as a follower, takes its old assignment back without a
  rebalance (the generation stays, the other member's rebalance callbacks do not run); after a
  broker restart inside the session timeout the group is loaded back from `__consumer_offsets`
  and both members keep their assignment and generation.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from confluent_kafka import Consumer

from reference.server.kafka_client import KafkaClient
from tests.clients.test_classic_groups_confluent import (
    NO_DELAY,
    ClassicGroup,
    Member,
    batch,
    member_config,
    produce,
)
from tests.clients.test_confluent_kafka_records import create_topic
from tests.support.broker_process import start_broker

pytestmark = pytest.mark.clients

PARTITIONS = 6
TIMEOUT_S = 30.0
# librdkafka gives up its assignment when no heartbeat succeeds for a session timeout; a broker
# restart (stop, start, load) takes 5 s here and over 10 s on a loaded machine: leave room.
STATIC_SESSION_TIMEOUT_MS = 30_000


class RestartableBroker:
    """One broker for the module; each test restarts it once (a start costs seconds)."""

    def __init__(self, data_dir: Path) -> None:
        self.broker = start_broker(data_dir, [NO_DELAY])

    @property
    def bootstrap(self) -> str:
        return self.broker.bootstrap

    def restart(self) -> None:
        """Clean stop, then the same data directory on the same port."""
        assert self.broker.stop() == 0, self.broker.log_text()[-2000:]
        self.broker = start_broker(self.broker.data_dir, [NO_DELAY], port=self.broker.port)


@pytest.fixture(scope="module")
def restartable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RestartableBroker]:
    data_dir: Path = tmp_path_factory.mktemp("group-restart") / "data"
    data_dir.mkdir()
    holder = RestartableBroker(data_dir)
    try:
        yield holder
    finally:
        holder.broker.stop()


def committed(bootstrap: str, group_id: str) -> dict[int, int]:
    with KafkaClient(bootstrap) as client:
        return {tp.partition: offset
                for tp, offset in client.committed_offsets(group_id).items()}


def read_some_and_commit(bootstrap: str, topic: str, group_id: str,
                         count: int) -> list[tuple[int, int]]:
    """One member reads `count` records, committing each synchronously, then leaves."""
    consumer = Consumer(member_config(bootstrap, group_id, "first"))
    consumer.subscribe([topic])
    read: list[tuple[int, int]] = []
    try:
        deadline = time.monotonic() + TIMEOUT_S
        while len(read) < count and time.monotonic() < deadline:
            message = consumer.poll(0.1)
            if message is None or message.error() is not None:
                continue
            partition, offset = message.partition(), message.offset()
            assert partition is not None and offset is not None
            consumer.commit(message=message, asynchronous=False)
            read.append((partition, offset))
    finally:
        consumer.close()
    assert len(read) == count, f"read {len(read)} of {count}"
    return read


def read_the_rest(bootstrap: str, topic: str, group_id: str,
                  count: int) -> list[tuple[int, int]]:
    consumer = Consumer(member_config(bootstrap, group_id, "second"))
    consumer.subscribe([topic])
    read: list[tuple[int, int]] = []
    try:
        deadline = time.monotonic() + TIMEOUT_S
        while len(read) < count and time.monotonic() < deadline:
            message = consumer.poll(0.1)
            if message is not None and message.error() is None:
                partition, offset = message.partition(), message.offset()
                assert partition is not None and offset is not None
                read.append((partition, offset))
        time.sleep(0.3)  # a record past the expected ones would be a re-read: catch it
        message = consumer.poll(0.3)
        assert message is None or message.error() is not None, "read more than was left"
    finally:
        consumer.close()
    return read


def test_new_consumer_resumes_at_committed_offsets_after_restart(
        restartable: RestartableBroker, topic_name: str) -> None:
    group_id = f"{topic_name}-group"
    create_topic(restartable.bootstrap, topic_name, partitions=PARTITIONS)
    produce(restartable.bootstrap, topic_name, batch("record", 60))
    first = read_some_and_commit(restartable.bootstrap, topic_name, group_id, 25)
    expected = {p: 1 + max(o for q, o in first if q == p) for p, _ in first}
    assert committed(restartable.bootstrap, group_id) == expected
    restartable.restart()
    assert committed(restartable.bootstrap, group_id) == expected
    second = read_the_rest(restartable.bootstrap, topic_name, group_id, 60 - len(first))
    for partition in range(PARTITIONS):
        offsets = [o for p, o in second if p == partition]
        assert offsets == list(range(expected.get(partition, 0), 10)), (
            f"partition {partition}: resumed at {offsets[:1]}, committed "
            f"{expected.get(partition)}")
    assert sorted(first + second) == [(p, o) for p in range(PARTITIONS) for o in range(10)]


def static_group(bootstrap: str, topic: str) -> ClassicGroup:
    group = ClassicGroup(bootstrap, topic, **{"session.timeout.ms": STATIC_SESSION_TIMEOUT_MS})
    for name in ("static-a", "static-b"):
        group.add(name, **{"group.instance.id": name})
    return group


def poll_for(group: ClassicGroup, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        group.poll_round()


def callback_counts(group: ClassicGroup) -> dict[str, tuple[int, int]]:
    """How often each member's assign and revoke callbacks ran."""
    return {member.name: (len(member.assigned), len(member.revoked)) for member in group.members}


def check_kept(group: ClassicGroup, generation: int, assignment: dict[str, set[int]],
               callbacks: dict[str, tuple[int, int]]) -> None:
    """Same generation and partitions, and no rebalance callback beyond those counted."""
    described = group.admin.describe_group(group.group_id)
    assert described.state == "Stable", described
    assert {m.group_instance_id: {tp.partition for tp in m.assignment}
            for m in described.members} == assignment
    for member in group.members:
        assert member.generation() == generation, f"{member.name} is in a new generation"
        assert member.held() == assignment[member.name]
    assert callback_counts(group) == callbacks, "a member's rebalance callback ran"


def restart_member(group: ClassicGroup, member: Member) -> Member:
    """Close the consumer (a static member sends no LeaveGroup) and start it again."""
    group.remove(member)
    return group.add(member.name, **{"group.instance.id": member.name})


def test_static_members_keep_their_assignment_across_restarts(
        restartable: RestartableBroker, topic_name: str) -> None:
    create_topic(restartable.bootstrap, topic_name, partitions=PARTITIONS)
    group = static_group(restartable.bootstrap, topic_name)
    try:
        group.wait_until_stable()
        generation = group.members[0].generation()
        assert generation >= 1 and group.members[1].generation() == generation
        assignment = {member.name: member.held() for member in group.members}
        callbacks = callback_counts(group)

        for name in ("static-b", "static-a"):  # one of them leads: KIP-814 skip_assignment
            member = next(member for member in group.members if member.name == name)
            restarted = restart_member(group, member)
            callbacks[name] = (1, 0)  # its first assignment, which must be its old one
            group.wait_until_stable()
            assert restarted.assigned == [assignment[name]]
            check_kept(group, generation, assignment, callbacks)

        restartable.restart()
        group.admin.close()
        group.admin = KafkaClient(restartable.bootstrap)
        values = batch("after-restart", 30)
        produce(restartable.bootstrap, topic_name, values)
        group.read_until(values)
        poll_for(group, 2.0)  # several heartbeats against the reloaded group
        check_kept(group, generation, assignment, callbacks)
        assert group.log.failed_commits == 0, "a member's commit was refused after the restart"
    finally:
        group.close()

