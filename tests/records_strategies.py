"""Hypothesis strategies for record batch v2 tests (shared by tests/test_records*.py)."""

from __future__ import annotations

from hypothesis import strategies as st

from spec.records.batch import Compression, Record

small_bytes = st.binary(max_size=40)
optional_bytes = st.none() | small_bytes
header_keys = st.text(max_size=8)


@st.composite
def records_lists(draw: st.DrawFn, max_records: int = 6) -> list[Record]:
    """Records with increasing offset deltas from 0, as a producer builds them."""
    count = draw(st.integers(0, max_records))
    offset_delta = 0
    records = []
    for _ in range(count):
        headers = tuple(draw(st.lists(st.tuples(header_keys, optional_bytes), max_size=3)))
        records.append(Record(
            offset_delta=offset_delta,
            timestamp_delta=draw(st.integers(-(2**40), 2**40)),
            key=draw(optional_bytes), value=draw(optional_bytes), headers=headers,
        ))
        offset_delta += draw(st.integers(1, 3))
    return records


def batch_kwargs() -> st.SearchStrategy[dict[str, object]]:
    return st.fixed_dictionaries({
        "base_offset": st.integers(0, 2**62),
        "compression": st.sampled_from(list(Compression)),
        "producer_id": st.integers(-1, 2**62),
        "producer_epoch": st.integers(-1, 2**15 - 1),
        "base_sequence": st.integers(-1, 2**31 - 1),
        "is_transactional": st.booleans(),
        "partition_leader_epoch": st.integers(-1, 2**31 - 1),
        "base_timestamp": st.integers(0, 2**41),
    })
