"""CrossHair contracts on the pure helpers of the record format, and a bounded runner.

Each contract is a function in CrossHair's "asserts" style: its leading `assert`s are the
preconditions, every later `assert` (and every assertion inside the code it calls) is what
CrossHair tries to break by symbolic execution. A contract either finds a counterexample (a
concrete call that fails), is proved over all paths, or runs out of its per-condition time
without finding one; only the first is a failure.

`python -m models.contracts [--per-condition-timeout S] [--only NAME ...]` runs them all, one
line each, and exits 1 on any counterexample. The per-condition timeout is CrossHair's, in CPU
seconds of this process; the whole run is kept within `TOTAL_BUDGET_SECONDS` of wall time by
not starting a contract that might overrun it (on a loaded machine those are reported skipped).

The CRC contract hands concrete bytes to the C CRC-32C (CrossHair cannot look inside C), so
there CrossHair explores the positions and lengths, not the byte values.
"""

from __future__ import annotations

import argparse
import struct
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spec.decode_error import DecodeError
from spec.records.crc import crc32c
from spec.records.header import (
    ATTRIBUTES_OFFSET,
    BATCH_HEADER_SIZE,
    LENGTH_OFFSET,
    MAX_BATCH_LENGTH,
    MIN_BATCH_LENGTH,
    BatchHeader,
    Compression,
    TimestampType,
    compute_attributes,
    compute_batch_crc,
    decrement_sequence,
    increment_sequence,
    parse_batch_header,
    serialize_batch_header,
)
from spec.records.varint import (
    INT32_MAX,
    INT32_MIN,
    INT64_MAX,
    INT64_MIN,
    VARINT_MAX_BYTES,
    VARLONG_MAX_BYTES,
    decode_varint,
    decode_varlong,
    encode_varint,
    encode_varlong,
    size_of_varint,
    size_of_varlong,
    zigzag_decode,
    zigzag_encode,
)

DEFAULT_PER_CONDITION_TIMEOUT_SECONDS = 4.0
PER_PATH_TIMEOUT_SECONDS = 2.0
TOTAL_BUDGET_SECONDS = 60.0
Contract = Callable[..., None]
CRC_PATTERN = bytes((7 + 31 * index) % 256 for index in range(BATCH_HEADER_SIZE + 64))


def zigzag_32_round_trips_into_32_bits(value: int) -> None:
    """Zigzag is a bijection onto [0, 2**32) that puts the sign in the low bit."""
    assert INT32_MIN <= value <= INT32_MAX
    raw = zigzag_encode(value, 32)
    assert 0 <= raw < 2**32 and (raw % 2 == 1) == (value < 0)
    assert zigzag_decode(raw) == value


def zigzag_64_round_trips_into_64_bits(value: int) -> None:
    assert INT64_MIN <= value <= INT64_MAX
    raw = zigzag_encode(value, 64)
    assert 0 <= raw < 2**64 and (raw % 2 == 1) == (value < 0)
    assert zigzag_decode(raw) == value


def varint_round_trips_within_5_bytes(value: int) -> None:
    assert INT32_MIN <= value <= INT32_MAX
    encoded = encode_varint(value)
    assert 1 <= len(encoded) <= VARINT_MAX_BYTES
    assert len(encoded) == size_of_varint(value)
    assert decode_varint(encoded + b"\x01") == (value, len(encoded))


def varlong_round_trips_within_10_bytes(value: int) -> None:
    assert INT64_MIN <= value <= INT64_MAX
    encoded = encode_varlong(value)
    assert 1 <= len(encoded) <= VARLONG_MAX_BYTES
    assert len(encoded) == size_of_varlong(value)
    assert decode_varlong(encoded) == (value, len(encoded))


def varint_decode_of_any_bytes_is_bounded(data: bytes) -> None:
    """Any input either fails with DecodeError or yields an int32 read from at most 5 bytes."""
    assert len(data) <= VARINT_MAX_BYTES + 2
    try:
        value, end = decode_varint(data)
    except DecodeError:
        return
    assert INT32_MIN <= value <= INT32_MAX
    assert 1 <= end <= min(len(data), VARINT_MAX_BYTES)


def attribute_flags_read_back_as_written(compression: int, is_log_append_time: bool,
                                         is_transactional: bool, is_control: bool,
                                         has_delete_horizon: bool) -> None:
    assert 0 <= compression <= 4
    timestamp_type = TimestampType(int(is_log_append_time))
    attributes = compute_attributes(Compression(compression), timestamp_type,
                                    is_transactional=is_transactional, is_control=is_control,
                                    has_delete_horizon=has_delete_horizon)
    header = BatchHeader(0, MIN_BATCH_LENGTH, -1, 2, 0, attributes, 0, 0, 0, -1, -1, -1, 0)
    assert header.compression == compression and header.timestamp_type == timestamp_type
    assert header.is_transactional == is_transactional and header.is_control == is_control
    assert header.has_delete_horizon == has_delete_horizon and attributes < 0x80


def sequence_decrement_undoes_increment(sequence: int, delta: int) -> None:
    assert 0 <= sequence <= INT32_MAX and 0 <= delta <= INT32_MAX
    assert decrement_sequence(increment_sequence(sequence, delta), delta) == sequence


def batch_header_round_trips_offsets_and_lengths(base_offset: int, batch_length: int,
                                                 partition_leader_epoch: int, crc: int) -> None:
    """Parsing inverts serializing; the header is split over two contracts because each
    symbolic 64-bit field costs the solver seconds (the other int64s, the timestamps and
    producer id, are left to the Hypothesis round trips in tests/test_records.py)."""
    assert INT64_MIN <= base_offset <= INT64_MAX and 0 <= crc < 2**32
    assert MIN_BATCH_LENGTH <= batch_length <= MAX_BATCH_LENGTH
    assert INT32_MIN <= partition_leader_epoch <= INT32_MAX
    header = BatchHeader(base_offset, batch_length, partition_leader_epoch, 2, crc, 0, 0,
                         0, 0, -1, -1, -1, 0)
    data = serialize_batch_header(header)
    assert len(data) == BATCH_HEADER_SIZE
    assert parse_batch_header(data) == header


def batch_header_round_trips_flags_and_counters(attributes: int, last_offset_delta: int,
                                                producer_epoch: int, base_sequence: int,
                                                records_count: int) -> None:
    assert 0 <= attributes < 2**16 and attributes % 8 <= 4
    assert INT32_MIN <= last_offset_delta <= INT32_MAX and -(2**15) <= producer_epoch < 2**15
    assert INT32_MIN <= base_sequence <= INT32_MAX and INT32_MIN <= records_count <= INT32_MAX
    header = BatchHeader(0, MIN_BATCH_LENGTH, -1, 2, 0, attributes, last_offset_delta, 0, 0,
                         -1, producer_epoch, base_sequence, records_count)
    assert parse_batch_header(serialize_batch_header(header)) == header


def crc_covers_attributes_to_batch_end(body_size_bytes: int, flipped_position: int) -> None:
    """The CRC is of bytes [21, end): flipping a byte before it keeps it, after changes it.

    The byte values are a fixed pattern (the C CRC cannot see symbolic bytes anyway); what
    CrossHair explores is the batch size and the flipped position.
    """
    assert 0 <= body_size_bytes <= 64
    assert 0 <= flipped_position < BATCH_HEADER_SIZE + body_size_bytes
    assert not LENGTH_OFFSET <= flipped_position < LENGTH_OFFSET + 4
    size_bytes = _realized_int(BATCH_HEADER_SIZE + body_size_bytes)
    batch = bytearray(CRC_PATTERN[:size_bytes])
    struct.pack_into(">i", batch, LENGTH_OFFSET, size_bytes - 12)
    before = compute_batch_crc(_realized(batch))
    assert before == crc32c(_realized(batch[ATTRIBUTES_OFFSET:]))
    batch[_realized_int(flipped_position)] ^= 0x01
    after = compute_batch_crc(_realized(batch))
    assert (after == before) == (flipped_position < ATTRIBUTES_OFFSET)


def _realized(data: bytearray) -> bytes:
    """Concrete bytes for C code: CrossHair wraps even concrete buffers it has touched."""
    from crosshair import deep_realize

    result: bytes = deep_realize(bytes(data))
    return result


def _realized_int(value: int) -> int:
    """A concrete int, so the buffers handed to C code are concrete too."""
    from crosshair import realize

    result: int = realize(value)
    return result


CONTRACTS: tuple[Contract, ...] = (
    zigzag_32_round_trips_into_32_bits,
    zigzag_64_round_trips_into_64_bits,
    varint_round_trips_within_5_bytes,
    varlong_round_trips_within_10_bytes,
    varint_decode_of_any_bytes_is_bounded,
    attribute_flags_read_back_as_written,
    sequence_decrement_undoes_increment,
    batch_header_round_trips_offsets_and_lengths,
    batch_header_round_trips_flags_and_counters,
    crc_covers_attributes_to_batch_end,
)


@dataclass(frozen=True, slots=True)
class ContractResult:
    """One contract's outcome: `status` is proved, no-counterexample, counterexample or error."""

    name: str
    status: str
    detail: str
    elapsed_seconds: float

    @property
    def is_failure(self) -> bool:
        return self.status in ("counterexample", "error")

    def line(self, bound_seconds: float) -> str:
        return (f"{self.name:<46} bound {bound_seconds:>4.1f}s cpu  {self.status:<17} "
                f"{self.elapsed_seconds:5.2f}s  {self.detail}").rstrip()


def _install_struct_unpack_from_fix() -> None:
    """Work around CrossHair 0.0.113's `struct.unpack_from` model, which passes the whole rest
    of a concrete buffer to `struct.unpack` and so fails whenever bytes follow the field."""
    from crosshair import realize
    from crosshair.core import _PATCH_REGISTRATIONS

    def unpack_from(fmt: str, /, buffer: bytes, offset: int = 0) -> tuple[object, ...]:
        size_bytes = struct.calcsize(realize(fmt))
        if offset < 0 or offset + size_bytes > len(buffer):
            raise struct.error(f"unpack_from requires a buffer of at least {size_bytes} bytes")
        return struct.unpack(fmt, buffer[offset:offset + size_bytes])

    _PATCH_REGISTRATIONS[struct.unpack_from] = unpack_from


def check_contract(contract: Contract, per_condition_timeout_seconds: float) -> ContractResult:
    """Run CrossHair on one contract for at most about `per_condition_timeout_seconds`."""
    from crosshair.core_and_libs import AnalysisKind, analyze_function
    from crosshair.options import AnalysisOptionSet
    from crosshair.statespace import MessageType

    _install_struct_unpack_from_fix()
    options = AnalysisOptionSet(
        analysis_kind=[AnalysisKind.asserts],
        per_condition_timeout=per_condition_timeout_seconds,
        per_path_timeout=min(PER_PATH_TIMEOUT_SECONDS, per_condition_timeout_seconds),
    )
    started = time.monotonic()
    messages = [message for checkable in analyze_function(contract, options)
                for message in checkable.analyze()]
    elapsed_seconds = time.monotonic() - started
    passed = (MessageType.CONFIRMED, MessageType.CANNOT_CONFIRM)
    refuted = (MessageType.EXEC_ERR, MessageType.POST_FAIL)
    failures = sorted((m for m in messages if m.state not in passed),
                      key=lambda m: m.state not in refuted)
    if failures:
        status = "counterexample" if failures[0].state in refuted else "error"
        return ContractResult(contract.__name__, status, str(failures[0].message),
                              elapsed_seconds)
    if not messages:
        return ContractResult(contract.__name__, "error", "not analysed (no leading assert?)",
                              elapsed_seconds)
    is_proved = all(m.state == MessageType.CONFIRMED for m in messages)
    status = "proved" if is_proved else "no-counterexample"
    return ContractResult(contract.__name__, status, "", elapsed_seconds)


def run_contracts(contracts: Sequence[Contract], per_condition_timeout_seconds: float,
                  total_budget_seconds: float = TOTAL_BUDGET_SECONDS,
                  report: Callable[[str], None] = print) -> list[ContractResult]:
    """Check each contract in turn, printing one line each; stop starting new ones once the
    next could overrun `total_budget_seconds` (those are reported as skipped)."""
    results: list[ContractResult] = []
    started = time.monotonic()
    for contract in contracts:
        remaining_seconds = total_budget_seconds - (time.monotonic() - started)
        # The timeout counts CPU time, and a path in flight finishes: allow twice it in wall time.
        if remaining_seconds < 2 * per_condition_timeout_seconds + PER_PATH_TIMEOUT_SECONDS:
            result = ContractResult(contract.__name__, "skipped", "total budget spent", 0.0)
        else:
            result = check_contract(contract, per_condition_timeout_seconds)
        results.append(result)
        report(result.line(per_condition_timeout_seconds))
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.contracts", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-condition-timeout", type=float,
                        default=DEFAULT_PER_CONDITION_TIMEOUT_SECONDS, metavar="SECONDS")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these contracts")
    args = parser.parse_args(argv)
    by_name = {contract.__name__: contract for contract in CONTRACTS}
    unknown = sorted(set(args.only or ()) - set(by_name))
    if unknown:
        parser.error(f"unknown contracts {unknown}; known: {sorted(by_name)}")
    chosen = [by_name[name] for name in args.only] if args.only else list(CONTRACTS)
    results = run_contracts(chosen, args.per_condition_timeout)
    failures = [result for result in results if result.is_failure]
    print(f"{len(results)} contracts: {len(failures)} failed, "
          f"{sum(r.status == 'skipped' for r in results)} skipped")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
