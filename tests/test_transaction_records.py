"""`__transaction_state` records: Kafka 4's key and value layout, versions by feature level,
Empty's null partition list, tombstones, and refusal of what Kafka cannot read."""

from __future__ import annotations

from dataclasses import replace

import pytest

from spec.decode_error import DecodeError
from spec.generated_coordinator.transaction_log import TransactionLogValue
from spec.transaction_records import (
    TransactionLogEntry,
    TransactionState,
    decode_transaction_record,
    encode_transaction_record,
    value_version_for,
)

ONGOING = TransactionLogEntry(
    producer_id=7, producer_epoch=3, timeout_ms=60_000, state=TransactionState.ONGOING,
    partitions=frozenset({("b", 1), ("a", 2), ("a", 0)}), start_timestamp_ms=1_000,
    last_update_timestamp_ms=2_000, previous_producer_id=5, next_producer_id=-1,
    client_transaction_version=2)


def test_key_is_type_zero_then_the_transactional_id() -> None:
    key, _ = encode_transaction_record("tx", ONGOING, 2)
    assert key == b"\x00\x00" + b"\x00\x02tx"


@pytest.mark.parametrize(("level", "version"), [(0, 0), (1, 1), (2, 1)])
def test_value_version_follows_the_feature_level(level: int, version: int) -> None:
    assert value_version_for(level) == version
    _, value = encode_transaction_record("tx", ONGOING, level)
    assert value is not None and value[:2] == version.to_bytes(2, "big")


def test_flexible_value_round_trips_every_field() -> None:
    key, value = encode_transaction_record("tx", ONGOING, 2)
    record = decode_transaction_record(key, value)
    assert record.transactional_id == "tx" and record.entry == ONGOING
    assert record.value_version == 1


def test_version_zero_drops_the_tagged_fields() -> None:
    key, value = encode_transaction_record("tx", ONGOING, 0)
    entry = decode_transaction_record(key, value).entry
    assert entry is not None
    assert (entry.previous_producer_id, entry.client_transaction_version) == (-1, 0)
    assert entry.partitions == ONGOING.partitions


def test_version_zero_bytes_match_kafkas_layout() -> None:
    entry = TransactionLogEntry(producer_id=1, producer_epoch=2, timeout_ms=3,
                                state=TransactionState.EMPTY, partitions=frozenset(),
                                start_timestamp_ms=-1, last_update_timestamp_ms=4)
    _, value = encode_transaction_record("tx", entry, 0)
    expected = (b"\x00\x00" + (1).to_bytes(8, "big") + (2).to_bytes(2, "big")
                + (3).to_bytes(4, "big") + b"\x00" + b"\xff\xff\xff\xff"  # null partitions
                + (4).to_bytes(8, "big") + (-1).to_bytes(8, "big", signed=True))
    assert value == expected


def test_an_empty_transaction_with_partitions_is_refused() -> None:
    bad = TransactionLogEntry(producer_id=1, producer_epoch=0, timeout_ms=1,
                              state=TransactionState.EMPTY, partitions=frozenset({("a", 0)}),
                              start_timestamp_ms=-1, last_update_timestamp_ms=0)
    with pytest.raises(ValueError, match="Empty"):
        encode_transaction_record("tx", bad, 2)


def test_a_tombstone_has_no_value() -> None:
    key, value = encode_transaction_record("tx", None, 2)
    assert value is None
    assert decode_transaction_record(key, None).is_tombstone


def test_unknown_key_type_and_value_version_are_decode_errors() -> None:
    key, value = encode_transaction_record("tx", ONGOING, 2)
    assert value is not None
    with pytest.raises(DecodeError):
        decode_transaction_record(b"\x00\x01" + key[2:], value)
    with pytest.raises(DecodeError):
        decode_transaction_record(key, b"\x00\x02" + value[2:])


def test_state_names_are_kafkas() -> None:
    assert TransactionState.PREPARE_EPOCH_FENCE.display_name == "PrepareEpochFence"
    assert TransactionState.from_display_name("CompleteAbort") is TransactionState.COMPLETE_ABORT
    assert TransactionState.from_display_name("Nope") is None


def test_a_newer_kafkas_tagged_field_is_read_past() -> None:
    # Kafka 4.2+ writes NextProducerEpoch as tag 3; a 4.0 reader passes over it
    key, value = encode_transaction_record("tx", ONGOING, 2)
    assert value is not None
    newer = TransactionLogValue.decode(value[2:], 1)
    newer = replace(newer, unknown_tagged_fields=((3, b"\x00\x07"),))
    record = decode_transaction_record(key, value[:2] + newer.encode(1))
    assert record.entry == ONGOING
