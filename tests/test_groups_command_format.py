"""`kspec groups` without a broker: argument checks, Kafka's table layouts and messages, the
reset helpers (topic arguments, datetimes, clamping) and the classic assignment decoder."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from kafka.coordinator.assignors.abstract import ConsumerProtocolAssignment

from reference.server.cli import main
from reference.server.groups_format import (
    CommandError,
    OffsetRow,
    UsageError,
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
    state_notice,
)
from reference.server.kafka_client import (
    GroupDescription,
    ListedGroup,
    MemberDescription,
    Node,
    TopicPartition,
    decode_consumer_assignment,
    normalize_state,
)

T0, T1, U0 = TopicPartition("t", 0), TopicPartition("t", 1), TopicPartition("u", 0)
COORDINATOR = Node(1, "127.0.0.1", 9092)


def member(member_id: str, *partitions: TopicPartition,
           instance_id: str | None = None) -> MemberDescription:
    return MemberDescription(member_id, instance_id, f"client-{member_id}", "/127.0.0.1",
                             partitions, None, None)


def group(state: str, *members: MemberDescription, group_id: str = "g") -> GroupDescription:
    return GroupDescription(group_id, state, "classic", "range", COORDINATOR, members)


# --list

def test_list_without_state_prints_one_group_id_per_line() -> None:
    groups = [ListedGroup("a", "consumer", "Stable", "classic"),
              ListedGroup("b", "consumer", "Empty", "classic")]
    assert format_list(groups, include_state=False) == "a\nb\n"


def test_list_with_state_pads_the_group_column_to_its_longest_id_plus_ten() -> None:
    groups = [ListedGroup("a-rather-long-group", "consumer", "stable", "consumer")]
    width = len("a-rather-long-group") + 10
    assert format_list(groups, include_state=True) == (
        "GROUP".ljust(width) + " " + "STATE".ljust(20) + "\n"
        + "a-rather-long-group".ljust(width) + " " + "Stable".ljust(20) + "\n")


def test_list_keeps_consumer_groups_only_and_filters_by_state() -> None:
    groups = [ListedGroup("classic", "consumer", "Stable", "classic"),
              ListedGroup("fresh", "", "Empty", ""),
              ListedGroup("connect", "connect", "Stable", "classic"),
              ListedGroup("share", "share", "Stable", "share"),
              ListedGroup("new", "consumer", "reconciling", "consumer")]
    assert [g.group_id for g in consumer_groups(groups, ())] == ["classic", "fresh", "new"]
    assert [g.group_id for g in consumer_groups(groups, ("Reconciling", "Empty"))] == [
        "fresh", "new"]


def test_state_list_is_parsed_case_insensitively_with_commas_or_spaces() -> None:
    assert parse_states(["stable,EMPTY", "preparingrebalance"]) == (
        "Stable", "Empty", "PreparingRebalance")
    assert parse_states([]) == ()
    assert normalize_state("assigning") == "Assigning"


def test_an_unknown_state_is_a_usage_error_naming_the_valid_ones() -> None:
    message = ("Invalid state list 'stable,sleepy'. Valid states are: PreparingRebalance, "
               "CompletingRebalance, Stable, Dead, Empty, Assigning, Reconciling")
    with pytest.raises(UsageError, match=re.escape(message)):
        parse_states(["stable,sleepy"])


# --describe (offsets)

def test_offset_rows_put_members_with_most_partitions_first_then_unowned_commits() -> None:
    description = group("Stable", member("small", U0), member("big", T1, T0))
    committed = {T0: 3, T1: 5, U0: 1, TopicPartition("old", 0): 7}
    log_end_offsets = {T0: 10, T1: 5, U0: 4}
    rows = offset_rows(description, committed, log_end_offsets)
    assert [(row.topic, row.partition, row.consumer_id) for row in rows] == [
        ("t", 0, "big"), ("t", 1, "big"), ("u", 0, "small"), ("old", 0, None)]
    assert [(row.current_offset, row.log_end_offset, row.lag) for row in rows] == [
        (3, 10, 7), (5, 5, 0), (1, 4, 3), (7, None, None)]


def test_an_owned_partition_without_a_commit_has_no_offset_and_no_lag() -> None:
    rows = offset_rows(group("Stable", member("m", T0)), {}, {T0: 8})
    assert rows == [OffsetRow("g", "t", 0, None, 8, None, "m", "/127.0.0.1", "client-m")]


def test_offsets_table_has_kafkas_columns_widths_and_dashes() -> None:
    rows = [OffsetRow("g", "t", 0, 3, 10, 7, "consumer-1-a-very-long-member-id", "/127.0.0.1",
                      "client-1"),
            OffsetRow("g", "t", 1, None, None, None, None, None, None)]
    consumer_width = len("consumer-1-a-very-long-member-id")

    def line(*cells: str) -> str:
        return ("\n" + cells[0].ljust(15) + " " + cells[1].ljust(15) + " " + cells[2].ljust(10)
                + " " + cells[3].ljust(15) + " " + cells[4].ljust(15) + " " + cells[5].ljust(15)
                + " " + cells[6].ljust(consumer_width) + " " + cells[7].ljust(15) + " "
                + cells[8])

    assert format_offsets(rows) == (
        line("GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG",
             "CONSUMER-ID", "HOST", "CLIENT-ID")
        + line("g", "t", "0", "3", "10", "7", "consumer-1-a-very-long-member-id",
               "/127.0.0.1", "client-1")
        + line("g", "t", "1", "-", "-", "-", "-", "-", "-") + "\n")


@pytest.mark.parametrize(("state", "rows", "out", "err", "should_print"), [
    ("Dead", 0, "\nError: Consumer group 'g' does not exist.\n", "", False),
    ("Empty", 0, "", "\nConsumer group 'g' has no active members.\n", False),
    ("Empty", 2, "", "\nConsumer group 'g' has no active members.\n", True),
    ("PreparingRebalance", 1, "", "\nWarning: Consumer group 'g' is rebalancing.\n", True),
    ("Reconciling", 0, "", "\nWarning: Consumer group 'g' is rebalancing.\n", False),
    ("Stable", 3, "", "", True),
])
def test_state_notices_are_kafkas(state: str, rows: int, out: str, err: str,
                                  should_print: bool) -> None:
    assert state_notice("g", state, rows) == (out, err, should_print)


# --describe --members / --state

def test_members_table_counts_partitions_and_ends_each_line_with_a_space() -> None:
    description = group("Stable", member("m1", T0, T1), member("m2"))
    expected_header = ("GROUP".ljust(15) + " " + "CONSUMER-ID".ljust(15) + " "
                       + "HOST".ljust(15) + " " + "CLIENT-ID".ljust(15) + " "
                       + "#PARTITIONS".ljust(15) + " ")
    first = ("g".ljust(15) + " " + "m1".ljust(15) + " " + "/127.0.0.1".ljust(15) + " "
             + "client-m1".ljust(15) + " " + "2".ljust(15) + " ")
    second = ("g".ljust(15) + " " + "m2".ljust(15) + " " + "/127.0.0.1".ljust(15) + " "
              + "client-m2".ljust(15) + " " + "0".ljust(15) + " ")
    assert format_members(description, should_print=True) == (
        f"\n{expected_header}\n{first}\n{second}\n")


def test_members_table_adds_group_instance_id_only_when_a_member_has_one() -> None:
    text = format_members(group("Stable", member("m1", T0, instance_id="static-1")), True)
    assert "GROUP-INSTANCE-ID" in text and "static-1".ljust(17) in text
    assert "GROUP-INSTANCE-ID" not in format_members(group("Stable", member("m1", T0)), True)


def test_members_header_is_printed_even_for_a_group_without_members() -> None:
    assert format_members(group("Empty"), should_print=False).startswith("\nGROUP ")


def test_state_table_shows_coordinator_strategy_state_and_member_count() -> None:
    where = "127.0.0.1:9092  (1)"

    def line(*cells: str) -> str:
        return ("\n" + cells[0].ljust(15) + " " + cells[1].ljust(25) + " " + cells[2].ljust(20)
                + " " + cells[3].ljust(20) + " " + cells[4])

    assert format_state(group("Stable", member("m1"), member("m2"))) == (
        line("GROUP", "COORDINATOR (ID)", "ASSIGNMENT-STRATEGY", "STATE", "#MEMBERS")
        + line("g", where, "range", "Stable", "2") + "\n")
    empty = GroupDescription("g", "Empty", "classic", "", COORDINATOR, ())
    assert "\ng".ljust(16) + " " + where.ljust(25) + " " + "-".ljust(20) in format_state(empty)


# --reset-offsets helpers

def test_reset_plan_table_is_sorted_by_topic_and_partition() -> None:
    def line(*cells: str) -> str:
        return ("\n" + cells[0].ljust(15) + " " + cells[1].ljust(15) + " " + cells[2].ljust(10)
                + " " + cells[3])

    assert format_reset("g", {U0: 4, T1: 0, T0: 2}) == (
        line("GROUP", "TOPIC", "PARTITION", "NEW-OFFSET") + line("g", "t", "0", "2")
        + line("g", "t", "1", "0") + line("g", "u", "0", "4") + "\n")


def test_topic_arguments_name_whole_topics_or_some_partitions() -> None:
    assert parse_topic_arguments(["t:0,1", "u"]) == ([T0, T1], ["u"])
    with pytest.raises(UsageError, match="Invalid topic arg 't:0:1'"):
        parse_topic_arguments(["t:0:1"])
    with pytest.raises(UsageError, match="Invalid partition 'x' specified in topic arg 't:0,x'"):
        parse_topic_arguments(["t:0,x"])


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-03-01T12:30:45.123", datetime(2024, 3, 1, 12, 30, 45, 123_000, tzinfo=UTC)),
    ("2024-03-01T12:30:45.123Z", datetime(2024, 3, 1, 12, 30, 45, 123_000, tzinfo=UTC)),
    ("2024-03-01T12:30:45.123+08:00", datetime(2024, 3, 1, 4, 30, 45, 123_000, tzinfo=UTC)),
    ("2024-03-01T12:30:45.123+0800", datetime(2024, 3, 1, 4, 30, 45, 123_000, tzinfo=UTC)),
    ("2024-03-01T12:30:45.123-05", datetime(2024, 3, 1, 17, 30, 45, 123_000, tzinfo=UTC)),
])
def test_datetimes_are_read_as_kafka_reads_them(text: str, expected: datetime) -> None:
    assert parse_datetime_ms(text) == int(expected.timestamp() * 1000)


@pytest.mark.parametrize("text", ["2024-03-01", "2024-03-01T12:30:45", "2024-13-01T00:00:00.000"])
def test_a_malformed_datetime_is_refused(text: str) -> None:
    with pytest.raises(CommandError, match="Unparseable date"):
        parse_datetime_ms(text)


@given(st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2200, 1, 1)),
       st.integers(min_value=-12 * 60, max_value=14 * 60))
def test_datetime_with_any_offset_agrees_with_the_standard_library(
        moment: datetime, offset_minutes: int) -> None:
    moment = moment.replace(microsecond=moment.microsecond // 1000 * 1000)
    zone = timedelta(minutes=offset_minutes)
    sign = "+" if offset_minutes >= 0 else "-"
    hours, minutes = divmod(abs(offset_minutes), 60)
    text = f"{moment.isoformat(timespec='milliseconds')}{sign}{hours:02d}:{minutes:02d}"
    expected = (moment - zone - datetime(1970, 1, 1)) // timedelta(milliseconds=1)
    assert parse_datetime_ms(text) == expected


def test_offsets_outside_the_log_are_clamped_to_its_ends_with_a_warning() -> None:
    offsets, warnings = clamp_offsets({T0: 50, T1: 1, U0: 3}, {T0: 0, T1: 2, U0: 0},
                                      {T0: 10, T1: 9, U0: 9})
    assert offsets == {T0: 10, T1: 2, U0: 3}
    assert warnings == [
        "New offset (50) is higher than latest offset for topic partition t-0. "
        "Value will be set to 10.",
        "New offset (1) is lower than earliest offset for topic partition t-1. "
        "Value will be set to 2."]


# the classic member assignment

def test_classic_assignment_bytes_decode_as_kafka_python_encodes_them() -> None:
    encoded = ConsumerProtocolAssignment(0, [("t", [0, 1]), ("u", [0])], b"data").encode()
    assert decode_consumer_assignment(encoded) == (T0, T1, U0)
    assert decode_consumer_assignment(b"") == ()


# argument checks, before any connection is made

@pytest.mark.parametrize("argv", [
    ["groups", "--describe"],
    ["groups", "--describe", "g", "--members", "--offsets"],
    ["groups", "--describe", "g", "--state", "stable"],
    ["groups", "--list", "--state", "sleepy"],
    ["groups", "--reset-offsets", "--to-earliest", "--all-topics"],
    ["groups", "--reset-offsets", "--group", "g", "--to-earliest"],
    ["groups", "--reset-offsets", "--group", "g", "--all-topics"],
    ["groups", "--reset-offsets", "--group", "g", "--all-topics", "--topic", "t",
     "--to-latest"],
])
def test_bad_arguments_are_usage_errors(argv: list[str],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*argv, "--bootstrap-server", "127.0.0.1:1"]) == 2
    assert capsys.readouterr().err.startswith("kspec groups: ")


def test_exactly_one_action_is_required() -> None:
    with pytest.raises(SystemExit):
        main(["groups", "--list", "--reset-offsets"])
    with pytest.raises(SystemExit):
        main(["groups", "--group", "g"])


def test_an_unreachable_broker_is_reported_as_kafkas_error(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["groups", "--bootstrap-server", "127.0.0.1:1", "--list"]) == 1
    assert capsys.readouterr().out.startswith(
        "\nError: Executing consumer group command failed due to cannot connect to 127.0.0.1:1")
