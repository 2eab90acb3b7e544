"""What `kspec groups` prints and parses, as Kafka 4.x's ConsumerGroupCommand does: the table
layouts and their "-" placeholders, the JSON documents, and the parsing of states, topics and
datetimes. Pure functions; the command that talks to the broker is groups_command.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from reference.server.kafka_client import (
    GROUP_STATES,
    GroupDescription,
    ListedGroup,
    TopicPartition,
    normalize_state,
)

MISSING = "-"  # ConsumerGroupCommand.MISSING_COLUMN_VALUE
REBALANCING_STATES = ("PreparingRebalance", "CompletingRebalance", "Assigning", "Reconciling")
_CONSUMER_PROTOCOL_TYPES = ("consumer", "")  # ListGroupsOptions.forConsumerGroups
_CONSUMER_GROUP_TYPES = ("", "classic", "consumer")
_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})(Z|[+-]\d{2}(?::?\d{2})?)?")


class CommandError(Exception):
    """A failure Kafka's tool reports as "Error: ..." on stdout."""


class UsageError(Exception):
    """Arguments Kafka's tool would reject with its usage text."""


def parse_states(values: Sequence[str] | None) -> tuple[str, ...]:
    """States for `--list --state` (comma- or space-separated, any case), in Kafka's names."""
    if not values:
        return ()
    given = [part.strip() for value in values for part in value.split(",") if part.strip()]
    parsed = tuple(dict.fromkeys(normalize_state(state) for state in given))
    if "Unknown" in parsed:
        raise UsageError(f"Invalid state list '{','.join(given)}'. Valid states are: "
                         f"{', '.join(GROUP_STATES)}")
    return parsed


def consumer_groups(groups: Iterable[ListedGroup], states: Sequence[str]) -> list[ListedGroup]:
    """The consumer groups among `groups` (classic ones using the consumer protocol or none
    yet, and KIP-848 ones), in `states` when given."""
    return [group for group in groups
            if group.protocol_type in _CONSUMER_PROTOCOL_TYPES
            and group.group_type.lower() in _CONSUMER_GROUP_TYPES
            and (not states or normalize_state(group.state) in states)]


def format_list(groups: Sequence[ListedGroup], include_state: bool) -> str:
    """Kafka's `--list` text: bare ids, or a GROUP/STATE table when --state is given."""
    if not include_state:
        return "".join(f"{group.group_id}\n" for group in groups)
    group_width = max([15, *(len(group.group_id) for group in groups)]) + 10
    lines = [f"{'GROUP':<{group_width}} {'STATE':<20}"]
    lines += [f"{group.group_id:<{group_width}} {state_name(group.state):<20}"
              for group in groups]
    return "".join(f"{line}\n" for line in lines)


def state_name(state: str) -> str:
    return normalize_state(state) if state else "Unknown"


@dataclass(frozen=True, slots=True)
class OffsetRow:
    """One row of `--describe --offsets`; None prints as "-"."""

    group: str
    topic: str
    partition: int
    current_offset: int | None
    log_end_offset: int | None
    lag: int | None
    consumer_id: str | None
    host: str | None
    client_id: str | None


def offset_rows(description: GroupDescription, committed: Mapping[TopicPartition, int],
                log_end_offsets: Mapping[TopicPartition, int]) -> list[OffsetRow]:
    """Kafka's rows: members with partitions, most partitions first, each member's partitions
    by topic and number; then committed partitions no member owns, with no consumer."""
    def row(partition: TopicPartition, member: tuple[str, str, str] | None) -> OffsetRow:
        offset = committed.get(partition)
        end = log_end_offsets.get(partition)
        lag = end - offset if offset is not None and offset != -1 and end is not None else None
        consumer_id, host, client_id = member or (None, None, None)
        return OffsetRow(description.group_id, partition.topic, partition.partition, offset,
                         end, lag, consumer_id, host, client_id)

    owners = sorted((member for member in description.members if member.assignment),
                    key=lambda member: -len(set(member.assignment)))
    rows: list[OffsetRow] = []
    for member in owners:
        identity = (member.member_id, member.host, member.client_id)
        rows += [row(partition, identity) for partition in sorted(set(member.assignment))]
    assigned = {partition for member in owners for partition in member.assignment}
    rows += [row(partition, None) for partition in sorted(set(committed) - assigned)]
    return rows


def state_notice(group_id: str, state: str, row_count: int) -> tuple[str, str, bool]:
    """(stdout, stderr, whether to print the table) for a described group, as Kafka's
    shouldPrintMemberState decides."""
    if state == "Dead":
        return f"\nError: Consumer group '{group_id}' does not exist.\n", "", False
    if state == "Empty":
        return "", f"\nConsumer group '{group_id}' has no active members.\n", row_count > 0
    if state in REBALANCING_STATES:
        return "", f"\nWarning: Consumer group '{group_id}' is rebalancing.\n", row_count > 0
    return "", "", row_count > 0


def _cell(value: object) -> str:
    return MISSING if value is None else str(value)


def format_offsets(rows: Sequence[OffsetRow]) -> str:
    """Kafka's default `--describe` table (each line opens with a newline, one closes it)."""
    group_width = max([15, *(len(row.group) for row in rows)])
    topic_width = max([15, *(len(row.topic) for row in rows)])
    consumer_width = max([15, *(len(_cell(row.consumer_id)) for row in rows)])
    host_width = max([15, *(len(_cell(row.host)) for row in rows)])

    def line(cells: Sequence[object]) -> str:
        text = [_cell(cell) for cell in cells]
        return (f"\n{text[0]:<{group_width}} {text[1]:<{topic_width}} {text[2]:<10} "
                f"{text[3]:<15} {text[4]:<15} {text[5]:<15} {text[6]:<{consumer_width}} "
                f"{text[7]:<{host_width}} {text[8]}")

    header = line(("GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG",
                   "CONSUMER-ID", "HOST", "CLIENT-ID"))
    return header + "".join(line((row.group, row.topic, row.partition, row.current_offset,
                                  row.log_end_offset, row.lag, row.consumer_id, row.host,
                                  row.client_id)) for row in rows) + "\n"


def format_members(description: GroupDescription, should_print: bool) -> str:
    """Kafka's `--describe --members` table; its header is printed even for a group that has
    no members (the widths then keep their minimums)."""
    members = description.members if should_print else ()
    widths = [max([minimum, *(len(text) for text in texts)]) for minimum, texts in (
        (15, [description.group_id] if members else []),
        (15, [member.member_id for member in members]),
        (17, [member.group_instance_id or "" for member in members]),
        (15, [member.host for member in members]),
        (15, [member.client_id for member in members]))]
    with_instance_id = any(member.group_instance_id for member in members)

    def line(cells: Sequence[object]) -> str:  # the last cell is #PARTITIONS, width 15
        padded = [f"{cell!s:<{width}} " for cell, width in zip(cells, [*widths, 15],
                                                                strict=True)]
        return "".join(padded if with_instance_id else padded[:2] + padded[3:])

    header = line(("GROUP", "CONSUMER-ID", "GROUP-INSTANCE-ID", "HOST", "CLIENT-ID",
                   "#PARTITIONS"))
    rows = [line((description.group_id, member.member_id, member.group_instance_id or "",
                  member.host, member.client_id, len(set(member.assignment))))
            for member in description.members]
    return f"\n{header}\n" + "".join(f"{row}\n" for row in rows)


def format_state(description: GroupDescription) -> str:
    """Kafka's `--describe --state` table."""
    coordinator = description.coordinator
    where = f"{coordinator.host}:{coordinator.port}  ({coordinator.node_id})"
    group_width = max(15, len(description.group_id))
    where_width = max(25, len(where))

    def line(cells: Sequence[object]) -> str:
        return (f"\n{cells[0]!s:<{group_width}} {cells[1]!s:<{where_width}} {cells[2]!s:<20} "
                f"{cells[3]!s:<20} {cells[4]}")

    return (line(("GROUP", "COORDINATOR (ID)", "ASSIGNMENT-STRATEGY", "STATE", "#MEMBERS"))
            + line((description.group_id, where, description.assignor or MISSING,
                    description.state, len(description.members))) + "\n")


def _row_json(row: OffsetRow) -> dict[str, object]:
    return {"group": row.group, "topic": row.topic, "partition": row.partition,
            "current_offset": row.current_offset, "log_end_offset": row.log_end_offset,
            "lag": row.lag, "consumer_id": row.consumer_id, "host": row.host,
            "client_id": row.client_id}


def _members_json(description: GroupDescription) -> dict[str, object]:
    return {"group": description.group_id, "state": description.state, "members": [
        {"consumer_id": member.member_id, "group_instance_id": member.group_instance_id,
         "host": member.host, "client_id": member.client_id,
         "partitions": [{"topic": partition.topic, "partition": partition.partition}
                        for partition in sorted(set(member.assignment))]}
        for member in description.members]}


def _state_json(description: GroupDescription) -> dict[str, object]:
    coordinator = description.coordinator
    return {"group": description.group_id,
            "coordinator": {"id": coordinator.node_id, "host": coordinator.host,
                            "port": coordinator.port},
            "assignment_strategy": description.assignor or None, "state": description.state,
            "type": description.group_type, "members": len(description.members),
            "group_epoch": description.group_epoch,
            "target_assignment_epoch": description.target_assignment_epoch}


def parse_topic_arguments(values: Sequence[str]) -> tuple[list[TopicPartition], list[str]]:
    """(partitions named as `topic:0,1`, topics named whole) from the --topic values."""
    partitions: list[TopicPartition] = []
    topics: list[str] = []
    for value in values:
        if ":" not in value:
            topics.append(value)
            continue
        parts = value.split(":")
        if len(parts) != 2 or not parts[0] or not parts[1]:
            raise UsageError(f"Invalid topic arg '{value}', expected topic name and partitions")
        for number in parts[1].split(","):
            if not re.fullmatch(r"[+-]?\d+", number):
                raise UsageError(f"Invalid partition '{number}' specified in topic arg "
                                 f"'{value}'")
            partitions.append(TopicPartition(parts[0], int(number)))
    return partitions, topics


def parse_datetime_ms(text: str) -> int:
    """Kafka's Utils.getDateTime: YYYY-MM-DDTHH:mm:SS.sss with an optional zone (Z, +hh,
    +hhmm, +hh:mm); without one the time is UTC."""
    match = _DATETIME.fullmatch(text)
    if match is None:
        raise CommandError(f'Unparseable date: "{text}"')
    zone = match.group(2) or "Z"
    if zone == "Z":
        zone = "+00:00"
    elif len(zone) == 3:
        zone += ":00"
    elif ":" not in zone:
        zone = f"{zone[:3]}:{zone[3:]}"
    try:
        moment = datetime.fromisoformat(match.group(1) + zone)
    except ValueError as error:
        raise CommandError(f'Unparseable date: "{text}"') from error
    return (moment - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(milliseconds=1)


def clamp_offsets(requested: Mapping[TopicPartition, int],
                  earliest: Mapping[TopicPartition, int],
                  latest: Mapping[TopicPartition, int]) -> tuple[dict[TopicPartition, int],
                                                                 list[str]]:
    """Kafka's checkOffsetsRange: an offset past the log end becomes the log end, one before
    the log start becomes the log start; a warning for each."""
    offsets: dict[TopicPartition, int] = {}
    warnings: list[str] = []
    for partition, offset in sorted(requested.items()):
        end, start = latest.get(partition), earliest.get(partition)
        if end is not None and offset > end:
            warnings.append(f"New offset ({offset}) is higher than latest offset for topic "
                            f"partition {partition}. Value will be set to {end}.")
            offset = end
        elif start is not None and offset < start:
            warnings.append(f"New offset ({offset}) is lower than earliest offset for topic "
                            f"partition {partition}. Value will be set to {start}.")
            offset = start
        offsets[partition] = offset
    return offsets, warnings


def format_reset(group_id: str, offsets: Mapping[TopicPartition, int]) -> str:
    """Kafka's reset plan: GROUP TOPIC PARTITION NEW-OFFSET."""
    group_width = max(15, len(group_id))
    topic_width = max([15, *(len(partition.topic) for partition in offsets)])

    def line(cells: Sequence[object]) -> str:
        return f"\n{cells[0]!s:<{group_width}} {cells[1]!s:<{topic_width}} {cells[2]!s:<10} " \
               f"{cells[3]}"

    return line(("GROUP", "TOPIC", "PARTITION", "NEW-OFFSET")) + "".join(
        line((group_id, partition.topic, partition.partition, offset))
        for partition, offset in sorted(offsets.items())) + "\n"
