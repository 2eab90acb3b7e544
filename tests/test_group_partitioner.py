"""Which __consumer_offsets partition coordinates a group (Kafka's partitionFor)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reference.core.groups.partitioner import kafka_abs, partition_for


def _java_hash_by_definition(text: str) -> int:
    """s[0]*31^(n-1) + ... + s[n-1] over UTF-16 units, reduced to a signed 32-bit int."""
    units = [int.from_bytes(text.encode("utf-16-be")[i:i + 2], "big")
             for i in range(0, len(text.encode("utf-16-be")), 2)]
    total: int = sum(unit * 31 ** (len(units) - 1 - index) for index, unit in enumerate(units))
    total %= 2**32
    return total - 2**32 if total >= 2**31 else total


def test_empty_group_id_lives_in_partition_zero() -> None:
    assert partition_for("") == 0


def test_hash_of_integer_min_value_maps_to_partition_zero() -> None:
    # "polygenelubricants".hashCode() is Integer.MIN_VALUE: Math.abs would stay negative, Kafka's
    # Utils.abs gives 0.
    assert _java_hash_by_definition("polygenelubricants") == -(2**31)
    assert partition_for("polygenelubricants") == 0
    assert partition_for("polygenelubricants", 7) == 0


def test_negative_hash_uses_its_absolute_value() -> None:
    assert _java_hash_by_definition("my-group") == -1906497762
    assert partition_for("my-group") == 1906497762 % 50 == 12


def test_characters_outside_the_bmp_hash_as_two_utf16_units() -> None:
    assert partition_for("\U0001F600", 1000) == _java_hash_by_definition("\U0001F600") % 1000
    assert _java_hash_by_definition("\U0001F600") == 0xD83D * 31 + 0xDE00


def test_kafka_abs() -> None:
    assert [kafka_abs(v) for v in (-(2**31), -5, 0, 5, 2**31 - 1)] == [0, 5, 0, 5, 2**31 - 1]


def test_partition_count_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        partition_for("g", 0)


@given(st.text(max_size=40), st.integers(min_value=1, max_value=1000))
def test_partition_matches_the_definition(group_id: str, num_partitions: int) -> None:
    hash_value = _java_hash_by_definition(group_id)
    expected = (0 if hash_value == -(2**31) else abs(hash_value)) % num_partitions
    assert partition_for(group_id, num_partitions) == expected
