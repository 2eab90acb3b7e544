"""The Jepsen-style history checker on hand-written histories: each anomaly is found, with the
operations that show it, and a clean history passes."""

from __future__ import annotations

from reference.sim.history import History, Kind, Message, check_history


def send(history: History, process: str, partition: int, values: list[int],
         offsets: list[int] | None, *, kind: Kind = "ok") -> None:
    history.record(0, process, "invoke", "send", [Message(partition, -1, v) for v in values])
    if kind == "ok":
        assert offsets is not None
        history.record(1, process, "ok", "send",
                       [Message(partition, o, v) for v, o in zip(values, offsets, strict=True)])
    else:
        history.record(1, process, kind, "send",
                       [Message(partition, -1, v) for v in values], "SOME_ERROR")


def poll(history: History, process: str, partition: int, read: list[tuple[int, int]]) -> None:
    history.record(2, process, "invoke", "poll")
    history.record(3, process, "ok", "poll", [Message(partition, o, v) for o, v in read])


def names(history: History) -> list[str]:
    return [anomaly.name for anomaly in check_history(history.operations)]


def clean_history() -> History:
    history = History()
    send(history, "p0", 0, [10, 11], [0, 1])
    send(history, "p1", 0, [20], [2])
    send(history, "p0", 1, [12], [0])
    poll(history, "c0", 0, [(0, 10), (1, 11)])
    poll(history, "c0", 0, [(2, 20)])
    poll(history, "c1", 1, [(0, 12)])
    return history


def test_clean_history_has_no_anomaly() -> None:
    assert check_history(clean_history().operations) == []


def test_indeterminate_send_that_is_read_is_fine() -> None:
    history = clean_history()
    send(history, "p1", 0, [21], None, kind="info")
    poll(history, "c0", 0, [(3, 21)])
    assert names(history) == []


def test_lost_write_acknowledged_value_skipped_by_a_reader_past_it() -> None:
    history = History()
    send(history, "p0", 0, [10, 11, 12], [0, 1, 2])
    poll(history, "c0", 0, [(0, 10), (2, 12)])
    found = check_history(history.operations)
    assert [a.name for a in found] == ["lost-write"]
    assert "11" in found[0].explanation and found[0].operations[0].function == "send"


def test_unseen_acknowledged_value_nobody_read_past() -> None:
    history = History()
    send(history, "p0", 0, [10, 11], [0, 1])
    poll(history, "c0", 0, [(0, 10)])
    assert names(history) == ["unseen"]


def test_duplicate_value_at_two_offsets() -> None:
    history = History()
    send(history, "p0", 0, [10], [0])
    poll(history, "c0", 0, [(0, 10), (1, 10)])
    found = check_history(history.operations)
    assert [a.name for a in found] == ["duplicate"]
    assert "p0@0" in found[0].explanation and "p0@1" in found[0].explanation


def test_inconsistent_offsets_two_values_at_one_offset() -> None:
    history = History()
    send(history, "p0", 0, [10], [0])
    poll(history, "c0", 0, [(0, 10)])
    poll(history, "c1", 0, [(0, 99)])
    assert "inconsistent-offsets" in names(history)


def test_aborted_read_value_of_a_failed_send_is_read() -> None:
    history = History()
    send(history, "p0", 0, [10], None, kind="fail")
    poll(history, "c0", 0, [(0, 10)])
    found = check_history(history.operations)
    assert [a.name for a in found] == ["aborted-read"]
    assert {op.kind for op in found[0].operations} == {"fail", "ok"}


def test_nonmonotonic_poll_reads_go_back() -> None:
    history = History()
    send(history, "p0", 0, [10, 11], [0, 1])
    poll(history, "c0", 0, [(0, 10), (1, 11)])
    poll(history, "c0", 0, [(1, 11)])
    assert names(history) == ["nonmonotonic-poll"]


def test_seek_restarts_the_poll_order() -> None:
    history = History()
    send(history, "p0", 0, [10, 11], [0, 1])
    poll(history, "c0", 0, [(0, 10), (1, 11)])
    history.record(4, "c0", "info", "seek", [Message(0, 0, -1)])
    poll(history, "c0", 0, [(0, 10), (1, 11)])
    assert names(history) == []


def test_nonmonotonic_send_acknowledged_offsets_go_back() -> None:
    history = History()
    send(history, "p0", 0, [10], [5])
    send(history, "p0", 0, [11], [3])
    poll(history, "c0", 0, [(3, 11), (5, 10)])
    assert names(history) == ["nonmonotonic-send"]

