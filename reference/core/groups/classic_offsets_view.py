"""The classic groups as the committed-offsets store reads them.

`ClassicGroupDirectory` is the `GroupDirectory` an `OffsetStore` takes: each lookup hands out a
`ClassicGroupView` snapshot of a group of a `ClassicGroupCoordinator`, so the store applies
Kafka's ClassicGroup offset rules without sharing the coordinator's mutable state.
"""

from __future__ import annotations

from reference.core.groups.classic import ClassicGroupCoordinator
from reference.core.groups.classic_group import ClassicGroup
from reference.core.groups.offsets_classic import ClassicGroupView


def offsets_view(group: ClassicGroup) -> ClassicGroupView:
    return ClassicGroupView(
        state=group.state.value,
        generation_id=group.generation_id,
        protocol_type=group.protocol_type,
        member_ids=frozenset(group.members),
        static_members=tuple(sorted(group.static_members.items())),
        subscribed_topics=group.subscribed_topics,
        current_state_timestamp_ms=group.state_changed_ms,
    )


class ClassicGroupDirectory:
    """A `GroupDirectory` over the classic groups of one coordinator."""

    def __init__(self, coordinator: ClassicGroupCoordinator) -> None:
        self._coordinator = coordinator

    def group(self, group_id: str) -> ClassicGroupView | None:
        group = self._coordinator.group(group_id)
        return None if group is None else offsets_view(group)

    def group_ids(self) -> list[str]:
        return self._coordinator.group_ids()
