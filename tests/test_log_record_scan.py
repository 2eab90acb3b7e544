"""The light record walk of the produce hot path agrees with the full record decoder."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reference.core.log.record_scan import scan_records
from reference.core.log.settings import LogSettings
from reference.core.log.validator import ErrorCode, ValidationFailure, validate_and_assign
from spec.decode_error import DecodeError
from spec.records.batch import BATCH_HEADER_SIZE, Record, decode_batch, encode_batch
from spec.records.record import encode_record
from tests.records_strategies import records_lists


@given(records_lists(max_records=8))
def test_scan_matches_the_decoder(records: list[Record]) -> None:
    batch = encode_batch(records, base_timestamp=0)
    decoded = decode_batch(batch)
    scan = scan_records(memoryview(batch)[BATCH_HEADER_SIZE:], len(records), BATCH_HEADER_SIZE,
                        with_keys=True)
    assert scan.count == len(decoded.records)
    assert scan.timestamp_deltas == [record.timestamp_delta for record in decoded.records]
    assert scan.offset_deltas == [record.offset_delta for record in decoded.records]
    assert scan.keyless_indexes == [index for index, record in enumerate(decoded.records)
                                    if record.key is None]


@given(records_lists(max_records=4), st.data())
def test_scan_refuses_what_the_decoder_refuses_structurally(records: list[Record],
                                                            data: st.DataObject) -> None:
    body = b"".join(encode_record(record) for record in records)
    cut = data.draw(st.integers(0, max(0, len(body) - 1)))
    if not records:
        return
    try:
        scan_records(body[:cut], len(records), 0)
    except DecodeError:
        return
    raise AssertionError("a cut record body was accepted")


def test_timestamp_error_names_the_record_offset() -> None:
    now_ms = 10**12
    batch = encode_batch([Record(0, now_ms, b"k", b"v"), Record(4, now_ms + 2**40, b"k", b"v")],
                         last_offset_delta=1)
    result = validate_and_assign(batch, next_offset=0, settings=LogSettings(), now_ms=now_ms,
                                 partition_leader_epoch=0)
    assert isinstance(result, ValidationFailure)
    assert result.error_code == ErrorCode.INVALID_TIMESTAMP
    assert "of message with offset 4 is out of range" in result.record_errors[0].message
