"""`kspec groups`: list, describe and reset consumer groups, like Kafka's kafka-consumer-groups.sh.

A client of any Kafka-compatible broker over TCP (reference/server/kafka_client.py). The text
output mirrors Kafka 4.x's ConsumerGroupCommand: the same columns, widths, "-" for a missing
value, and the same messages ("Consumer group 'g' has no active members.", "Error: ...").
`--output json` prints the same facts as one JSON document instead.
Divergences from Kafka's tool: `--describe` also takes the group as its own value
(`--describe GROUP`, besides `--group GROUP`); a command that prints "Error: ..." exits 1 (Kafka's
exits 0), so a refused reset or a missing group fails a script; the reset plan is printed sorted
by topic and partition (Kafka's follows a hash map's order).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence

from reference.server.groups_format import (
    CommandError,
    OffsetRow,
    UsageError,
    _members_json,
    _row_json,
    _state_json,
    clamp_offsets,
    consumer_groups,
    format_list,
    format_members,
    format_offsets,
    format_reset,
    format_state,
    offset_rows,
    parse_datetime_ms,
    parse_states,
    parse_topic_arguments,
    state_name,
    state_notice,
)
from reference.server.kafka_client import (
    DEFAULT_TIMEOUT_MS,
    GroupDescription,
    KafkaClient,
    KafkaClientError,
    TopicPartition,
)
from spec.errors import ErrorCode

INACTIVE_STATES = ("Empty", "Dead")
EARLIEST_TIMESTAMP = -2
LATEST_TIMESTAMP = -1



def add_groups_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--bootstrap-server", default="127.0.0.1:9092", metavar="HOST:PORT")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--list", action="store_true", help="list the consumer groups")
    action.add_argument("--describe", nargs="?", const="", metavar="GROUP",
                        help="describe a group: its offsets and lag by default")
    action.add_argument("--reset-offsets", action="store_true",
                        help="reset an inactive group's committed offsets")
    parser.add_argument("--group", help="the group to describe or reset")
    parser.add_argument("--members", action="store_true", help="with --describe: the members")
    parser.add_argument("--offsets", action="store_true", help="with --describe: offsets, lag")
    parser.add_argument("--state", nargs="*", metavar="STATE",
                        help="with --list: show (or filter by) state; with --describe: the state")
    parser.add_argument("--topic", action="append", default=[], metavar="TOPIC[:P,P]",
                        help="with --reset-offsets: a topic, or some of its partitions")
    parser.add_argument("--all-topics", action="store_true",
                        help="with --reset-offsets: every topic the group has offsets for")
    scenario = parser.add_mutually_exclusive_group()
    scenario.add_argument("--to-earliest", action="store_true")
    scenario.add_argument("--to-latest", action="store_true")
    scenario.add_argument("--to-offset", type=int, metavar="N")
    scenario.add_argument("--to-datetime", metavar="YYYY-MM-DDTHH:mm:SS.sss")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true", help="only show the plan (the default)")
    mode.add_argument("--execute", action="store_true", help="commit the new offsets")
    parser.add_argument("--timeout", type=int, default=DEFAULT_TIMEOUT_MS, metavar="MS")
    parser.add_argument("--output", choices=("table", "json"), default="table")


def run_groups(arguments: argparse.Namespace) -> int:
    try:
        group = _checked_group(arguments)
        states = parse_states(arguments.state) if arguments.list else ()
        with KafkaClient(arguments.bootstrap_server, arguments.timeout) as client:
            if arguments.list:
                return _list(client, arguments, states)
            if arguments.reset_offsets:
                return _reset(client, arguments, group)
            return _describe(client, arguments, group)
    except UsageError as error:
        print(f"kspec groups: {error}", file=sys.stderr)
        return 2
    except (CommandError, KafkaClientError, ValueError) as error:
        _print_error(f"Executing consumer group command failed due to {error}",
                     arguments.output == "json")
        return 1


def _checked_group(arguments: argparse.Namespace) -> str:
    """The group named by --describe GROUP or --group (not needed by --list)."""
    group: str = arguments.group or arguments.describe or ""
    if arguments.describe is not None:
        if not group:
            raise UsageError("--describe takes a group: --describe GROUP or --group GROUP")
        if sum((arguments.members, arguments.offsets, arguments.state is not None)) > 1:
            raise UsageError("--describe takes at most one of --members, --offsets, --state")
        if arguments.state:
            raise UsageError("--describe does not take a value for --state")
    if arguments.reset_offsets:
        _check_reset_arguments(arguments, group)
    return group


def _check_reset_arguments(arguments: argparse.Namespace, group: str) -> None:
    if not group:
        raise UsageError("--reset-offsets takes --group GROUP")
    if not arguments.topic and not arguments.all_topics:
        raise UsageError("One of the reset scopes should be defined: --all-topics, --topic.")
    if arguments.topic and arguments.all_topics:
        raise UsageError("--reset-offsets takes --all-topics or --topic, not both")
    if not (arguments.to_earliest or arguments.to_latest or arguments.to_offset is not None
            or arguments.to_datetime is not None):
        raise UsageError("--reset-offsets requires one of the following scenarios: "
                         "--to-earliest, --to-latest, --to-offset, --to-datetime")
    if not arguments.dry_run and not arguments.execute:
        print("WARN: No action will be performed as the --execute option is missing. "
              "Add --dry-run to keep this behaviour explicitly.", file=sys.stderr)


def _print_error(message: str, is_json: bool) -> None:
    """Kafka prints errors on stdout; with --output json they go to stderr, keeping stdout JSON."""
    print(f"\nError: {message}", file=sys.stderr if is_json else sys.stdout)


# --list


def _list(client: KafkaClient, arguments: argparse.Namespace, states: Sequence[str]) -> int:
    groups = consumer_groups(client.list_groups(states), states)
    if arguments.output == "json":
        _print_json([{"group": group.group_id, "state": state_name(group.state),
                      "type": group.group_type or None} for group in groups])
    else:
        sys.stdout.write(format_list(groups, arguments.state is not None))
    return 0


def _print_json(document: object) -> None:
    print(json.dumps(document, indent=2))


# --describe


def _describe(client: KafkaClient, arguments: argparse.Namespace, group_id: str) -> int:
    description = client.describe_group(group_id)
    if arguments.members:
        row_count, document = len(description.members), _members_json(description)
    elif arguments.state is not None:
        row_count, document = 1, _state_json(description)
    else:
        rows = _collect_offset_rows(client, description)
        row_count = len(rows)
        document = {"group": group_id, "state": description.state,
                    "offsets": [_row_json(row) for row in rows]}
    out, err, should_print = state_notice(group_id, description.state, row_count)
    if arguments.output == "json":
        sys.stderr.write(out + err)
        _print_json(document)
    else:
        sys.stdout.write(out)
        sys.stderr.write(err)
        if arguments.members:
            sys.stdout.write(format_members(description, should_print))
        elif should_print and arguments.state is not None:
            sys.stdout.write(format_state(description))
        elif should_print:
            sys.stdout.write(format_offsets(rows))
    return 1 if description.state == "Dead" else 0


def _collect_offset_rows(client: KafkaClient, description: GroupDescription) -> list[OffsetRow]:
    if description.state == "Dead":
        return []
    committed = client.committed_offsets(description.group_id)
    partitions = set(committed).union(*(member.assignment for member in description.members))
    log_end_offsets = client.list_offsets(partitions, LATEST_TIMESTAMP) if partitions else {}
    return offset_rows(description, committed, log_end_offsets)


# --reset-offsets


def _reset(client: KafkaClient, arguments: argparse.Namespace, group_id: str) -> int:
    state = client.describe_group(group_id).state
    if state not in INACTIVE_STATES:
        _print_error(f"Assignments can only be reset if the group '{group_id}' is inactive, "
                     f"but the current state is {state}.", arguments.output == "json")
        return 1
    partitions = _partitions_to_reset(client, arguments, group_id)
    offsets = _new_offsets(client, arguments, partitions)
    if arguments.execute:
        client.commit_offsets(group_id, offsets)
    if arguments.output == "json":
        _print_json({"group": group_id, "executed": bool(arguments.execute), "offsets": [
            {"topic": partition.topic, "partition": partition.partition, "new_offset": offset}
            for partition, offset in sorted(offsets.items())]})
    else:
        sys.stdout.write(format_reset(group_id, offsets))
    return 0


def _partitions_to_reset(client: KafkaClient, arguments: argparse.Namespace,
                         group_id: str) -> list[TopicPartition]:
    if arguments.all_topics:
        partitions = sorted(client.committed_offsets(group_id))
        _brokers, leaders = client.metadata({partition.topic for partition in partitions})
    else:
        named, topics = parse_topic_arguments(arguments.topic)
        _brokers, leaders = client.metadata({*topics, *(partition.topic for partition in named)})
        known_topics = {partition.topic for partition in leaders}
        if any(topic not in known_topics for topic in topics):
            raise CommandError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION.message)
        whole = [partition for partition in leaders if partition.topic in topics]
        partitions = sorted({*named, *whole})
    # Kafka's checkAllTopicPartitionsValid: every partition exists and has a leader.
    absent = [str(partition) for partition in partitions if partition not in leaders]
    if absent:
        raise CommandError(f'The partitions "{",".join(absent)}" do not exist')
    leaderless = [str(partition) for partition in partitions if leaders[partition] < 0]
    if leaderless:
        raise CommandError(f'The partitions "{",".join(leaderless)}" have no leader')
    return partitions


def _new_offsets(client: KafkaClient, arguments: argparse.Namespace,
                 partitions: Sequence[TopicPartition]) -> dict[TopicPartition, int]:
    if not partitions:
        return {}
    if arguments.to_earliest:
        return _found(client.list_offsets(partitions, EARLIEST_TIMESTAMP), partitions,
                      "starting offset")
    if arguments.to_latest:
        return _found(client.list_offsets(partitions, LATEST_TIMESTAMP), partitions,
                      "ending offset")
    if arguments.to_offset is not None:
        offsets, warnings = clamp_offsets(
            dict.fromkeys(partitions, arguments.to_offset),
            client.list_offsets(partitions, EARLIEST_TIMESTAMP),
            client.list_offsets(partitions, LATEST_TIMESTAMP))
        for warning in warnings:
            print(f"WARN: {warning}", file=sys.stderr)
        return offsets
    timestamp_ms = parse_datetime_ms(arguments.to_datetime)
    found = _found(client.list_offsets(partitions, timestamp_ms), partitions,
                   "offset by timestamp")
    empty = [partition for partition in partitions if found[partition] == -1]
    for partition in empty:  # no record at or after the time: the log end, as Kafka does
        print(f"\nWarn: Partition {partition.partition} from topic {partition.topic} is empty. "
              "Falling back to latest known offset.")
    latest = _found(client.list_offsets(empty, LATEST_TIMESTAMP), empty, "ending offset") \
        if empty else {}
    return found | latest


def _found(offsets: Mapping[TopicPartition, int], partitions: Sequence[TopicPartition],
           what: str) -> dict[TopicPartition, int]:
    for partition in partitions:
        if partition not in offsets:
            raise CommandError(f"Error getting {what} of topic partition: {partition}")
    return {partition: offsets[partition] for partition in partitions}
